//! The Unix half of the IPC transport: the socket lives in a folder only
//! its owner can open, and a peer of another user is refused.

use std::fs;
use std::io;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use interprocess::local_socket::{GenericFilePath, Listener, ListenerOptions, Stream, prelude::*};

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

/// Listens on the socket, made its owner's alone (mode 0600).
pub(super) fn listen(socket: &Path) -> io::Result<Listener> {
    // The caller holds the single-instance lock, so a socket file still
    // here was left by a daemon that died; it is safe to replace.
    let _ = fs::remove_file(socket);
    let name = socket.to_fs_name::<GenericFilePath>()?;
    let listener = ListenerOptions::new().name(name).create_sync()?;
    fs::set_permissions(socket, fs::Permissions::from_mode(0o600))?;
    Ok(listener)
}

/// Connects to the socket.
pub(super) fn connect(socket: &Path) -> io::Result<Stream> {
    Stream::connect(socket.to_fs_name::<GenericFilePath>()?)
}

/// How long a read or write on `stream` may wait; `None` for ever.
pub(super) fn set_patience(stream: &Stream, limit: Option<Duration>) -> io::Result<()> {
    stream.set_recv_timeout(limit)?;
    stream.set_send_timeout(limit)
}

/// Whether [`set_patience`] makes a blocked read give up.
pub(super) const WAITS_BY_ITSELF: bool = true;

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
