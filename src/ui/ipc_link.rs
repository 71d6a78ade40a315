//! The window's real link to the daemon, over the IPC client.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use super::link::DaemonLink;
use crate::ipc::client::Client;
use crate::ipc::protocol::{Request, Response};

/// The real link: one subscribed connection read on a small thread that
/// wakes the UI on every push, and one for requests, opened at the first.
pub struct IpcLink {
    requests: Option<Client>,
    /// The daemon's welcome, until the window takes it.
    welcome: Option<Response>,
    pushed: Receiver<Response>,
    socket: std::path::PathBuf,
    fresh_for: std::time::Duration,
    /// Wakes the window when an answer or a push arrives.
    wake: Arc<dyn Fn() + Send + Sync>,
    /// When the request connection was last used: the daemon hangs up on
    /// one idle for `ipc::idle_limit`, so one older than `fresh_for` is
    /// replaced before it is used (Settings can stay open for minutes).
    used: std::time::Instant,
}

impl IpcLink {
    /// Connects and subscribes, keeping the welcome; `wake` is called on
    /// every push. A request connection unused for `fresh_for` is replaced
    /// before use.
    pub fn connect(
        socket: &std::path::Path,
        fresh_for: std::time::Duration,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> std::io::Result<IpcLink> {
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(wake);
        let wake_on_push = Arc::clone(&wake);
        let mut events = Client::connect(socket)?;
        let welcome = events.subscribe()?;
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
                            wake_on_push();
                            return;
                        }
                    }
                    wake_on_push();
                }
            })?;
        Ok(IpcLink {
            fresh_for,
            wake,
            requests: None,
            welcome: Some(welcome),
            pushed: rx,
            socket: socket.to_path_buf(),
            used: std::time::Instant::now(),
        })
    }
}

impl DaemonLink for IpcLink {
    fn welcome(&mut self) -> Response {
        self.welcome.take().unwrap_or_else(|| Response::Error {
            message: "the welcome was already taken".into(),
        })
    }

    fn send(&mut self, request: Request) -> Response {
        if self.used.elapsed() >= self.fresh_for {
            self.requests = None;
        }
        self.used = std::time::Instant::now();
        let requests = match self.requests.take() {
            Some(client) => Ok(client),
            None => Client::connect(&self.socket),
        };
        requests
            .and_then(|mut client| {
                // A connection that failed is dropped; the next request
                // opens another.
                let answer = client.request(request)?;
                self.requests = Some(client);
                Ok(answer)
            })
            .unwrap_or_else(|e| Response::Error {
                message: format!("cannot reach Sitbreak: {e}"),
            })
    }

    fn poll(&mut self) -> Vec<Response> {
        self.pushed.try_iter().collect()
    }

    /// On a connection of its own, on a thread of its own.
    fn ask(&mut self, request: Request) -> Receiver<Response> {
        let (tx, rx) = mpsc::channel();
        let socket = self.socket.clone();
        let wake = Arc::clone(&self.wake);
        let spawned = std::thread::Builder::new()
            .name("daemon-ask".into())
            .spawn(move || {
                let answer = Client::connect(&socket)
                    .and_then(|mut c| c.request(request))
                    .unwrap_or_else(|e| Response::Error {
                        message: format!("cannot reach Sitbreak: {e}"),
                    });
                let _ = tx.send(answer);
                wake();
            });
        if let Err(e) = spawned {
            let (tx, rx) = mpsc::channel();
            let _ = tx.send(Response::Error {
                message: format!("cannot ask Sitbreak (no thread: {e})"),
            });
            return rx;
        }
        rx
    }
}
