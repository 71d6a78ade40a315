//! The client side: connect, send a request, read the response, or follow
//! the event stream after `Subscribe`.

use std::io::{self, BufReader};
use std::path::Path;
use std::time::Duration;

use std::sync::Arc;

use super::{Shared, transport};

use super::protocol::{
    self, PROTOCOL_VERSION, Request, RequestEnvelope, Response, read_line, write_message,
};

/// A connection to the daemon.
pub struct Client {
    reader: BufReader<Shared>,
    writer: Shared,
    /// How long a request waits for its answer, where the transport
    /// cannot give up by itself (named pipes).
    patience: Option<Duration>,
}

/// Whether an error means "no daemon is listening" rather than a fault.
pub fn is_not_running(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused
    )
}

impl Client {
    /// Connects to the daemon's socket.
    pub fn connect(socket: &Path) -> io::Result<Client> {
        // A daemon that stops answering must not hang a CLI command forever.
        Client::connect_waiting(socket, Duration::from_secs(15))
    }

    /// Connects, giving up on any answer after `patience`.
    pub fn connect_waiting(socket: &Path, patience: Duration) -> io::Result<Client> {
        let stream = transport::connect(socket)?;
        transport::set_patience(&stream, Some(patience))?;
        let shared = Shared(Arc::new(stream));
        Ok(Client {
            reader: BufReader::new(shared.clone()),
            writer: shared,
            patience: (!transport::WAITS_BY_ITSELF).then_some(patience),
        })
    }

    /// Sends one request and reads its response.
    pub fn request(&mut self, request: Request) -> io::Result<Response> {
        if let Some(limit) = self.patience {
            return self.request_within(request, limit);
        }
        write_message(
            &mut self.writer,
            &RequestEnvelope {
                v: PROTOCOL_VERSION,
                request,
            },
        )?;
        self.read_response()?
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "the daemon hung up"))
    }

    /// Sends one request and reads its response on a thread of its own,
    /// giving up after `limit`; the thread, blocked on a daemon that hung,
    /// ends with the process or the daemon.
    fn request_within(&mut self, request: Request, limit: Duration) -> io::Result<Response> {
        let (tx, rx) = std::sync::mpsc::channel();
        let mut client = Client {
            reader: BufReader::new(self.writer.clone()),
            writer: self.writer.clone(),
            patience: None,
        };
        std::thread::Builder::new()
            .name("ipc-request".into())
            .spawn(move || {
                let _ = tx.send(client.request(request));
            })?;
        rx.recv_timeout(limit).unwrap_or_else(|_| {
            Err(io::Error::new(
                io::ErrorKind::TimedOut,
                format!("the daemon did not answer within {} s", limit.as_secs()),
            ))
        })
    }

    /// Subscribes and returns the daemon's welcome (status and settings);
    /// afterwards read pushes with [`Client::next_event`].
    pub fn subscribe(&mut self) -> io::Result<Response> {
        write_message(
            &mut self.writer,
            &RequestEnvelope {
                v: PROTOCOL_VERSION,
                request: Request::Subscribe,
            },
        )?;
        let welcome = self
            .read_response()?
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "the daemon hung up"))?;
        // Subscribers wait as long as it takes for the next change.
        transport::set_patience(&self.writer.0, None)?;
        Ok(welcome)
    }

    /// The next pushed message; `None` when the daemon closed the stream.
    pub fn next_event(&mut self) -> io::Result<Option<Response>> {
        self.read_response()
    }

    fn read_response(&mut self) -> io::Result<Option<Response>> {
        let Some(line) = read_line(&mut self.reader)? else {
            return Ok(None);
        };
        serde_json::from_str(&line)
            .map(Some)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("bad reply: {e}")))
    }
}

/// Convenience: connect, send one request, return its response.
pub fn send(socket: &Path, request: Request) -> io::Result<Response> {
    Client::connect(socket)?.request(request)
}

/// Re-exported so callers need only this module.
pub use protocol::View;
