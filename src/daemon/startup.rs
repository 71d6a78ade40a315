//! Start-up: one daemon per user (a lock file), handing over to a daemon
//! that already runs.

use std::time::{Duration, Instant};

use anyhow::Result;

use crate::ipc::client::Client;
use crate::ipc::protocol::{Request, Response, View};
use crate::ipc::{socket_dir, socket_path};
use crate::store::paths::Paths;

/// How long a daemon that holds the lock may take to open its socket.
const HAND_OVER_WAIT: Duration = Duration::from_secs(5);
/// How long it may take to answer once connected.
const ANSWER_WAIT: Duration = Duration::from_secs(2);

/// Another daemon holds the lock. It may still be starting, so retry its
/// socket for a few seconds; then ask it something, so that one which
/// accepts connections but never answers (stopped, hung) is named instead
/// of waited on.
pub(super) fn hand_over(paths: &Paths, open: Option<View>) -> Result<()> {
    let socket = socket_path(paths);
    let holder = std::fs::read_to_string(socket_dir(paths).join("daemon.lock"))
        .ok()
        .and_then(|text| text.trim().parse::<u32>().ok());
    let who = holder.map_or("another Sitbreak daemon".to_owned(), |pid| {
        format!("another Sitbreak daemon (pid {pid})")
    });
    let advice = holder.map_or(String::new(), stuck_advice);
    let request = open.map_or(Request::Status, |view| Request::Open { view });
    let deadline = Instant::now() + HAND_OVER_WAIT;
    let why = loop {
        match Client::connect_waiting(&socket, ANSWER_WAIT) {
            Ok(mut c) => match c.request(request) {
                Ok(Response::Error { message }) => break message,
                Ok(_) => return Ok(()),
                Err(e) => {
                    break format!(
                        "asked, it gave no answer within {}s ({e})",
                        ANSWER_WAIT.as_secs()
                    );
                }
            },
            Err(e) if Instant::now() >= deadline => break e.to_string(),
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    Err(anyhow::anyhow!(
        "{who} holds the lock but does not answer on {}: {why}{advice}",
        socket.display()
    ))
}

/// What to do about a daemon `pid` that holds the lock but does not answer.
#[cfg(unix)]
fn stuck_advice(pid: u32) -> String {
    format!(
        "; if it was stopped, `kill -CONT {pid}`; if it is hung, `kill {pid}` and start Sitbreak again"
    )
}

#[cfg(windows)]
fn stuck_advice(pid: u32) -> String {
    format!("; end it in Task Manager (sitbreak.exe, PID {pid}) and start Sitbreak again")
}
