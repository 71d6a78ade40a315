//! The daemon's side of the socket. Every connection gets its own small
//! thread, so a slow or malicious client can never stall the daemon: the
//! thread decodes requests and hands them to the daemon loop through
//! `deliver`, then writes the reply. Peers of another user are refused.

use std::io::{self, BufReader};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use interprocess::local_socket::{Stream, prelude::*};

use super::protocol::{Request, Response, decode_request, read_line, write_message};
use super::{Incoming, Shared, transport};

/// Most connections served at once; more are told so and closed.
const MAX_CONNECTIONS: usize = 64;
/// The daemon loop answers well within this time.
const REPLY_TIMEOUT: Duration = Duration::from_secs(20);

/// The running server, for a clean shutdown.
pub struct Server {
    /// Requests handed to the daemon whose replies are not written yet.
    in_flight: Arc<AtomicUsize>,
}

impl Server {
    /// Waits until every reply already given has been written (so a client
    /// that asked the daemon to quit hears "ok"), at most `limit`.
    pub fn drain(&self, limit: Duration) {
        let start = std::time::Instant::now();
        while self.in_flight.load(Ordering::SeqCst) > 0 && start.elapsed() < limit {
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// Binds the socket, open to this user alone, and serves it on a
/// background thread.
/// `deliver` returns false once the daemon loop is gone.
pub fn start(
    socket: &Path,
    idle_limit: Duration,
    deliver: impl Fn(Incoming) -> bool + Send + Sync + 'static,
) -> io::Result<Server> {
    let listener = transport::listen(socket)?;
    let deliver = Arc::new(deliver);
    let n_open = Arc::new(AtomicUsize::new(0));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let server = Server {
        in_flight: Arc::clone(&in_flight),
    };
    std::thread::Builder::new()
        .name("ipc-accept".into())
        .spawn(move || {
            for stream in listener.incoming().filter_map(Result::ok) {
                if n_open.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
                    let mut stream = stream;
                    let _ = write_message(
                        &mut stream,
                        &Response::Error {
                            message: "too many connections".into(),
                        },
                    );
                    continue;
                }
                n_open.fetch_add(1, Ordering::SeqCst);
                let deliver = Arc::clone(&deliver);
                let n_open_conn = Arc::clone(&n_open);
                let in_flight = Arc::clone(&in_flight);
                let spawned = std::thread::Builder::new()
                    .name("ipc-conn".into())
                    .stack_size(64 * 1024)
                    .spawn(move || {
                        serve(stream, idle_limit, deliver.as_ref(), &in_flight);
                        n_open_conn.fetch_sub(1, Ordering::SeqCst);
                    });
                if spawned.is_err() {
                    n_open.fetch_sub(1, Ordering::SeqCst);
                }
            }
        })?;
    Ok(server)
}

fn serve(
    stream: Stream,
    idle_limit: Duration,
    deliver: &(dyn Fn(Incoming) -> bool + Send + Sync),
    in_flight: &AtomicUsize,
) {
    if !transport::same_user(&stream) {
        return;
    }
    if transport::set_patience(&stream, Some(idle_limit)).is_err() {
        return;
    }
    let mut send = Shared(Arc::new(stream));
    let mut reader = BufReader::new(send.clone());
    loop {
        let line = match read_line(&mut reader) {
            Ok(Some(line)) => line,
            Ok(None) => return,
            Err(e) => {
                // Oversized, truncated or garbled: say so, then hang up,
                // since the stream can no longer be trusted to be framed.
                let _ = write_message(
                    &mut send,
                    &Response::Error {
                        message: e.to_string(),
                    },
                );
                return;
            }
        };
        let request = match decode_request(&line) {
            Ok(r) => r,
            Err(message) => {
                if write_message(&mut send, &Response::Error { message }).is_err() {
                    return;
                }
                continue;
            }
        };
        if request == Request::Subscribe {
            let (tx, rx) = mpsc::channel();
            if !deliver(Incoming::Subscribe { events: tx }) {
                return;
            }
            for event in rx {
                if write_message(&mut send, &event).is_err() {
                    return;
                }
            }
            return;
        }
        let (tx, rx) = mpsc::channel();
        in_flight.fetch_add(1, Ordering::SeqCst);
        if !deliver(Incoming::Request { request, reply: tx }) {
            in_flight.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        let response = rx.recv_timeout(REPLY_TIMEOUT).unwrap_or(Response::Error {
            message: "the daemon did not answer in time".into(),
        });
        let written = write_message(&mut send, &response);
        in_flight.fetch_sub(1, Ordering::SeqCst);
        if written.is_err() {
            return;
        }
    }
}
