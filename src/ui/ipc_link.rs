//! The window's real link to the daemon, over the IPC client.

use std::sync::mpsc::{self, Receiver};

use super::link::DaemonLink;
use crate::ipc::client::Client;
use crate::ipc::protocol::{Request, Response};

/// The real link: one connection for requests, one subscribed connection
/// read on a small thread that wakes the UI on every push.
pub struct IpcLink {
    requests: Client,
    pushed: Receiver<Response>,
    socket: std::path::PathBuf,
    /// When the request connection was last used: the daemon hangs up on
    /// one idle for `ipc::server::READ_TIMEOUT`, so an older one is
    /// replaced before it is used (Settings can stay open for minutes).
    used: std::time::Instant,
}

/// Comfortably inside the daemon's 30 s limit on an idle connection.
const FRESH_FOR: std::time::Duration = std::time::Duration::from_secs(20);

impl IpcLink {
    /// Connects and subscribes; `wake` is called on every push.
    pub fn connect(
        socket: &std::path::Path,
        wake: impl Fn() + Send + 'static,
    ) -> std::io::Result<IpcLink> {
        let requests = Client::connect(socket)?;
        let mut events = Client::connect(socket)?;
        events.subscribe()?;
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("daemon-events".into())
            .spawn(move || {
                loop {
                    match events.next_event() {
                        Ok(Some(msg)) => {
                            if tx.send(msg).is_err() {
                                return;
                            }
                        }
                        // The daemon is gone: tell the window, then stop.
                        _ => {
                            let _ = tx.send(Response::Error {
                                message: "Sitbreak stopped running".into(),
                            });
                            wake();
                            return;
                        }
                    }
                    wake();
                }
            })?;
        Ok(IpcLink {
            requests,
            pushed: rx,
            socket: socket.to_path_buf(),
            used: std::time::Instant::now(),
        })
    }
}

impl DaemonLink for IpcLink {
    fn send(&mut self, request: Request) -> Response {
        if self.used.elapsed() >= FRESH_FOR
            && let Ok(fresh) = Client::connect(&self.socket)
        {
            self.requests = fresh;
        }
        self.used = std::time::Instant::now();
        self.requests
            .request(request)
            .unwrap_or_else(|e| Response::Error {
                message: format!("cannot reach Sitbreak: {e}"),
            })
    }

    fn poll(&mut self) -> Vec<Response> {
        self.pushed.try_iter().collect()
    }
}
