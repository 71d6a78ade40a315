//! The window's connection to the daemon, behind a small trait so the
//! views can be tested with a fake that records requests.

use crate::ipc::protocol::{Request, Response};

#[cfg(unix)]
pub use super::ipc_link::IpcLink;

/// What the window needs from the daemon.
pub trait DaemonLink {
    /// Sends a request and waits for its answer.
    fn send(&mut self, request: Request) -> Response;
    /// Messages pushed since the last call (status changes, "show view").
    fn poll(&mut self) -> Vec<Response>;
}
