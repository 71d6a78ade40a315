//! Starts the window process (`sitbreak-window --view …`, installed next
//! to `sitbreak`) on demand and
//! keeps at most one: when it is already open, the daemon asks it to show
//! the view over IPC instead. A small thread waits for the process and
//! tells the daemon loop the moment it exits, however it exits.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;

use super::Msg;
use crate::ipc::protocol::View;

/// The window process, if one is running.
pub struct WindowLauncher {
    open: Arc<AtomicBool>,
    tx: Sender<Msg>,
}

impl WindowLauncher {
    /// A launcher that reports exits to `tx` as [`Msg::WindowClosed`].
    pub fn new(tx: Sender<Msg>) -> WindowLauncher {
        WindowLauncher {
            open: Arc::new(AtomicBool::new(false)),
            tx,
        }
    }

    /// Whether a window process is alive.
    pub fn is_open(&self) -> bool {
        self.open.load(Ordering::SeqCst)
    }

    /// Starts a window on `view`; false if one is already open or the
    /// process could not start.
    pub fn open(&mut self, view: View) -> bool {
        if self.is_open() {
            return false;
        }
        let Some(exe) = own_binary().map(|b| b.with_file_name("sitbreak-window")) else {
            return false;
        };
        let mut child = match Command::new(&exe)
            .args(["--view", view.as_str()])
            .stdin(Stdio::null())
            .spawn()
        {
            Ok(child) => child,
            Err(e) => {
                eprintln!(
                    "sitbreak: warning: cannot start the window ({}: {e})",
                    exe.display()
                );
                return false;
            }
        };
        self.open.store(true, Ordering::SeqCst);
        let open = Arc::clone(&self.open);
        let tx = self.tx.clone();
        let waiter = std::thread::Builder::new()
            .name("window-wait".into())
            .stack_size(64 * 1024)
            .spawn(move || {
                let _ = child.wait();
                open.store(false, Ordering::SeqCst);
                let _ = tx.send(Msg::WindowClosed);
            });
        if waiter.is_err() {
            self.open.store(false, Ordering::SeqCst);
        }
        true
    }
}

/// This program's path. After an upgrade replaced the file while the
/// daemon ran, the kernel reports the old one as "… (deleted)"; the new
/// binary at the same path is the one to start.
pub fn own_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let text = exe.to_string_lossy();
    Some(match text.strip_suffix(" (deleted)") {
        Some(path) => PathBuf::from(path),
        None => exe,
    })
}
