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

use super::parts::Msg;
use crate::ipc::REMAP_EXIT;
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
        let Some(exe) = window_binary() else {
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
                let remap = child
                    .wait()
                    .is_ok_and(|s| s.code() == Some(i32::from(REMAP_EXIT)));
                open.store(false, Ordering::SeqCst);
                let _ = tx.send(Msg::WindowClosed { remap });
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

/// The window program, which lives next to `sitbreak`.
pub fn window_binary() -> Option<PathBuf> {
    own_binary()
        .map(|b| b.with_file_name(format!("sitbreak-window{}", std::env::consts::EXE_SUFFIX)))
}

/// Makes sure the window program exists before the daemon starts.
///
/// `cargo run` builds only the binary it runs, so on a first
/// `cargo run --release` the window is missing: build it with the same
/// cargo and profile (the library is already compiled, so this is a link).
/// Elsewhere a missing window is reported, and the daemon runs without it.
pub fn ensure_window_binary() {
    let Some(window) = window_binary() else {
        return;
    };
    if window.exists() {
        return;
    }
    let cargo = std::env::var_os("CARGO");
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR");
    let profile = window
        .parent()
        .and_then(|d| d.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    if let (Some(cargo), Some(manifest), Some(profile)) = (cargo, manifest, profile) {
        eprintln!("sitbreak: building sitbreak-window (cargo run builds only sitbreak)");
        let manifest = PathBuf::from(manifest).join("Cargo.toml");
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "--bin", "sitbreak-window", "--manifest-path"])
            .arg(&manifest);
        if profile != "debug" {
            cmd.args(["--profile", &profile]);
        }
        let built = cmd.status().is_ok_and(|s| s.success());
        if built && window.exists() {
            return;
        }
    }
    eprintln!(
        "sitbreak: warning: {} is missing, so the window cannot open; install it next to sitbreak",
        window.display()
    );
}

impl super::parts::Windows for WindowLauncher {
    fn open(&mut self, view: View) -> bool {
        WindowLauncher::open(self, view)
    }
}
