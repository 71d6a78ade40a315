//! Local-socket IPC between the daemon and its clients (CLI, window).
//! `protocol` is the shared message set and its framing; `server` runs
//! inside the daemon; `client` is used by everything else. Both run on
//! `interprocess`'s local sockets. Where the socket lives and who may use
//! it is the transport's half for each system: a Unix socket in a private
//! folder (`unix.rs`), or a named pipe with a private DACL (`windows.rs`).

pub mod client;
pub mod hook_failure;
pub mod protocol;
pub mod server;
#[cfg(unix)]
#[path = "unix.rs"]
mod transport;
#[cfg(windows)]
#[path = "windows.rs"]
mod transport;

use std::io::{self, Read, Write};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use interprocess::local_socket::Stream;

use self::protocol::{Request, Response};
pub use self::transport::{ensure_private_dir, socket_dir, socket_path};

/// The window's exit code when it closed so that the daemon maps a fresh
/// break card on top, rather than because the person closed it.
pub const REMAP_EXIT: u8 = 3;

/// How long the daemon keeps a connection that sends nothing: a client
/// must finish a request within it. Under the short limits of the
/// end-to-end tests it is seconds, so they need not wait half a minute.
pub fn idle_limit(limits: crate::settings::Limits) -> Duration {
    match limits {
        crate::settings::Limits::Standard => Duration::from_secs(30),
        crate::settings::Limits::Short => Duration::from_secs(3),
    }
}

/// How long a client's connection is used before a fresh one replaces
/// it: comfortably inside the daemon's [`idle_limit`].
pub fn fresh_for(limits: crate::settings::Limits) -> Duration {
    idle_limit(limits) * 2 / 3
}

/// What a connection hands to the daemon loop.
pub enum Incoming {
    /// A request; the answer goes back through `reply`.
    Request {
        request: Request,
        reply: mpsc::Sender<Response>,
    },
    /// A subscriber; pushes go through `events` until it hangs up.
    Subscribe { events: mpsc::Sender<Response> },
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
