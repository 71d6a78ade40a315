//! Start-up: one daemon per user (a lock file), handing over to a daemon
//! that already runs.

use std::time::Duration;

use anyhow::Result;

use super::Options;
use crate::ipc::client::Client;
use crate::ipc::protocol::Request;
use crate::ipc::socket_path;
use crate::store::paths::Paths;

/// Another daemon holds the lock: it may still be starting, so retry the
/// socket for a few seconds, then ask it to open the window.
pub(super) fn hand_over(paths: &Paths, options: Options) -> Result<()> {
    let socket = socket_path(paths);
    let mut last_err = None;
    for _ in 0..100 {
        match Client::connect(&socket) {
            Ok(mut c) => {
                if let Some(view) = options.open {
                    c.request(Request::Open { view })?;
                }
                return Ok(());
            }
            Err(e) => last_err = Some(e),
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Err(anyhow::anyhow!(
        "another Sitbreak daemon holds {} but does not answer ({})",
        socket.display(),
        last_err.map(|e| e.to_string()).unwrap_or_default()
    ))
}
