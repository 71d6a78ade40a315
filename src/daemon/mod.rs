//! The resident daemon: owns the engine, settings and history; shows the
//! tray icon and notifications; answers IPC. One per user, enforced by a
//! lock file. It sleeps until the engine's next deadline or an event, and
//! never loads a GUI toolkit or OpenGL: the window is another process.

pub mod actions;
mod card;
mod chime_thread;
mod doctor_cache;
mod effects;
mod hooks;
pub mod icons;
pub mod media_rounds;
pub mod parts;
mod posture_life;
mod requests;
mod run_loop;
mod settings_life;
#[cfg(any(unix, windows))]
mod startup;
mod state;
mod status;
pub mod tray_menu;
mod window;
mod window_life;

use crate::ipc::protocol::View;
#[cfg(any(unix, windows))]
use crate::store::paths::Paths;

#[cfg(any(unix, windows))]
use self::parts::{Parts, Platform};
pub use self::window::WindowLauncher;

/// How the daemon was started.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The view to open at start, or `None` for tray only (`--hidden`).
    pub open: Option<View>,
}

/// Starts the daemon on `platform`, or, when one already runs, asks it to
/// open `options.open` and returns. The single-instance lock and the
/// socket (a named pipe on Windows) come from the IPC transport's half for
/// this system.
#[cfg(any(unix, windows))]
pub fn run(paths: Paths, options: Options, platform: &dyn Platform) -> anyhow::Result<()> {
    use crate::ipc::{ensure_private_dir, server, socket_dir, socket_path};
    use anyhow::Context;
    use std::fs::File;
    use std::io::Write as _;

    let dir = socket_dir(&paths);
    ensure_private_dir(&dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    let lock_path = dir.join("daemon.lock");
    let mut lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .with_context(|| format!("{}: cannot open", lock_path.display()))?;
    if lock.try_lock().is_err() {
        return startup::hand_over(&paths, options.open);
    }
    platform.settle_in();
    window::ensure_window_binary();
    let _ = lock.set_len(0);
    let _ = writeln!(lock, "{}", std::process::id());

    let (tx, rx) = std::sync::mpsc::channel::<parts::Msg>();
    let ipc_tx = tx.clone();
    let idle_limit = crate::ipc::idle_limit(crate::store::limits());
    let server = server::start(&socket_path(&paths), idle_limit, move |incoming| {
        ipc_tx.send(parts::Msg::Ipc(incoming)).is_ok()
    })
    .with_context(|| format!("{}: cannot listen", socket_path(&paths).display()))?;
    let parts = platform.parts(tx);
    let clock = platform.clock();
    let now = clock.now();
    let mut daemon = state::Daemon::new(paths, parts, now);
    let Parts { doctor, idle, .. } = &mut daemon.parts;
    doctor.tell_at_start(idle.as_mut());
    if let Some(view) = options.open {
        daemon.open_window(view);
    }
    daemon.run(rx, clock);
    let _ = std::fs::remove_file(socket_path(&daemon.paths));
    server.drain(std::time::Duration::from_secs(2));
    drop(lock);
    Ok(())
}

pub use self::chime_thread::ChimeThread;
pub use self::parts::{Msg, Origin, report};
pub use self::state::Daemon;

#[cfg(test)]
mod tests;
