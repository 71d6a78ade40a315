//! Local-socket IPC between the daemon and its clients (CLI, window).
//! `protocol` is the shared message set; `server` runs inside the daemon;
//! `client` is used by everything else.

pub mod client;
pub mod protocol;
pub mod server;

use std::fs;
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use interprocess::local_socket::Stream;

use crate::store::paths::Paths;

/// The window's exit code when it closed so that the daemon maps a fresh
/// break card on top, rather than because the person closed it.
pub const REMAP_EXIT: u8 = 3;

/// The folder holding the socket and the single-instance lock: owner only.
pub fn socket_dir(paths: &Paths) -> PathBuf {
    match &paths.runtime_dir {
        Some(dir) => dir.clone(),
        // Without XDG_RUNTIME_DIR, a private folder in /tmp named by uid.
        None => std::env::temp_dir().join(format!("sitbreak-{}", unsafe { libc::getuid() })),
    }
}

/// The socket's path.
pub fn socket_path(paths: &Paths) -> PathBuf {
    socket_dir(paths).join("sitbreak.sock")
}

/// Creates the socket folder with mode 0700, or tightens an existing one.
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
}

/// One end of a connection shared by a reader and a writer: `&Stream`
/// reads and writes, so both halves can hold the same stream.
#[derive(Clone)]
pub struct Shared(pub Arc<Stream>);

impl Read for Shared {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        (&*self.0).read(buf)
    }
}

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        (&*self.0).write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        (&*self.0).flush()
    }
}
