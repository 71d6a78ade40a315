//! The Unix half of the IPC transport: the socket lives in a folder only
//! its owner can open, and a peer of another user is refused.

use std::fs;
use std::io;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use interprocess::local_socket::Stream;
use interprocess::local_socket::prelude::*;

use crate::store::paths::Paths;

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

/// Makes the socket file its owner's alone.
pub(super) fn make_private(socket: &Path) -> io::Result<()> {
    fs::set_permissions(socket, fs::Permissions::from_mode(0o600))
}

/// Whether the peer runs as this user.
pub(super) fn same_user(stream: &Stream) -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    match stream.peer_creds() {
        Ok(creds) => creds.euid().is_none_or(|uid| uid == me),
        // Where the OS cannot tell, the 0700 folder and 0600 socket guard.
        Err(_) => true,
    }
}
