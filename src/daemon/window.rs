//! Starts the window process (`sitbreak window --view …`) on demand and
//! keeps at most one: when it is already open, the daemon asks it to show
//! the view over IPC instead.

use std::process::{Child, Command, Stdio};

use crate::ipc::protocol::View;

/// The window process, if one is running.
#[derive(Default)]
pub struct WindowLauncher {
    child: Option<Child>,
}

impl WindowLauncher {
    /// Whether a window process is alive.
    pub fn is_open(&mut self) -> bool {
        self.reap();
        self.child.is_some()
    }

    /// Starts a window on `view`; false if one is already open or the
    /// process could not start.
    pub fn open(&mut self, view: View) -> bool {
        if self.is_open() {
            return false;
        }
        let Ok(exe) = std::env::current_exe() else {
            return false;
        };
        let spawned = Command::new(exe)
            .args(["window", "--view", view.as_str()])
            .stdin(Stdio::null())
            .spawn();
        match spawned {
            Ok(child) => {
                self.child = Some(child);
                true
            }
            Err(_) => false,
        }
    }

    /// Collects an exited window so no zombie is left.
    pub fn reap(&mut self) {
        if let Some(child) = &mut self.child
            && !matches!(child.try_wait(), Ok(None))
        {
            self.child = None;
        }
    }
}
