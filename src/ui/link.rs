//! The window's connection to the daemon, behind a small trait so the
//! views can be tested with a fake that records requests.

use std::sync::mpsc::{self, Receiver};

use crate::ipc::protocol::{Request, Response};

/// What the window needs from the daemon.
pub trait DaemonLink {
    /// What the window opens with, asked once: the daemon's
    /// [`Response::Welcome`] (status and settings), or why there is none.
    fn welcome(&mut self) -> Response;
    /// Sends a request and waits for its answer.
    fn send(&mut self, request: Request) -> Response;
    /// Messages pushed since the last call (status changes, "show view").
    fn poll(&mut self) -> Vec<Response>;
    /// Sends a request whose answer may be slow without waiting for it:
    /// the answer arrives on the returned channel (and wakes the window).
    /// The default answers at once.
    fn ask(&mut self, request: Request) -> Receiver<Response> {
        let (tx, rx) = mpsc::channel();
        let _ = tx.send(self.send(request));
        rx
    }
}
