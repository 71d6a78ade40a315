//! The resident daemon: owns the engine, settings and history; shows the
//! tray icon and notifications; answers IPC. One per user, enforced by a
//! lock file. It sleeps until the engine's next deadline or an event, and
//! never loads a GUI toolkit or OpenGL: the window is another process.

pub mod actions;
mod card;
mod effects;
mod hooks;
pub mod icons;
pub mod parts;
mod posture_life;
mod requests;
mod run_loop;
mod settings_life;
#[cfg(unix)]
mod startup;
mod status;
mod window;
mod window_life;

use std::sync::mpsc::Sender;
use std::time::{Duration, SystemTime};

use anyhow::Result;

use crate::catalog::{Catalog, Routine};
use crate::engine::{Engine, MonoTime, Now};
use crate::history::{self, Record};
use crate::ipc::Incoming;
use crate::ipc::protocol::{Request, Response, StatusView, View};
use crate::settings::Settings;
use crate::store::history_file::HistoryFile;
use crate::store::paths::Paths;
use crate::store::routines_dir;
use crate::store::settings_file::SettingsFile;

use self::parts::Parts;
#[cfg(unix)]
use self::parts::Platform;
use self::settings_life::{load_settings, mtime};
pub use self::window::WindowLauncher;

/// The longest the loop sleeps: idle checks, suspend detection and the
/// settings file's mtime all ride on this wake, once a minute at most.
const MAX_SLEEP: Duration = Duration::from_secs(60);

/// How much history the daemon keeps in memory: enough for today (which
/// may have begun yesterday, before `day_start`); the file keeps the rest.
const KEEP_HISTORY: Duration = Duration::from_secs(48 * 3600);

/// How long a refusal stays in the tray tooltip when no notification
/// server could show it.
const NOTE_FOR: Duration = Duration::from_secs(60);

/// While the user is away, how often idle is checked (where the desktop
/// only answers when asked, as X11 does): a tenth of the time away, from
/// 10 s to a minute. Their return starts a fresh interval within a tenth
/// of their absence, and a long absence costs one wake a minute, not six.
/// While a break is held, what holds it is asked this often, so that it
/// comes within this plus the engine's `RELEASE_AFTER` of the call's end.
const HELD_CHECK: Duration = Duration::from_secs(10);

fn away_check(idle_for: Duration) -> Duration {
    (idle_for / 10).clamp(Duration::from_secs(10), MAX_SLEEP)
}

/// Everything that wakes the daemon loop.
pub enum Msg {
    Ipc(Incoming),
    /// A click on a tray item or a notification button.
    Act {
        request: Request,
        from: Origin,
    },
    TrayActivate,
    /// The tray watcher does not list our item (a new watcher missed it,
    /// or the watcher dropped it): register it again.
    TrayItemLost,
    /// A tray item finished registering, or could not.
    TrayReady(Result<parts::TrayBox, String>),
    /// The machine resumed from suspend; the loop's clock check does the rest.
    Woke,
    /// The screen was locked (true) or unlocked.
    Locked(bool),
    /// An idle source that notifies (the Wayland compositor, Mutter) said
    /// input stopped or came back.
    IdleChanged,
    /// A hook ran: `problem` says why it failed, if it did.
    HookDone {
        event: &'static str,
        problem: Option<String>,
    },
    /// The window process exited; `remap` when it closed for a fresh break
    /// card to be mapped on top.
    WindowClosed {
        remap: bool,
    },
    Quit,
}

/// Where a click came from; its refusal is told back there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Tray,
    Notification,
}

/// How the daemon was started.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The view to open at start, or `None` for tray only (`--hidden`).
    pub open: Option<View>,
}

/// Starts the daemon on `platform`, or, when one already runs, asks it to
/// open `options.open` and returns. The single-instance lock and the
/// socket are the Unix half of the IPC transport, so this is absent on
/// other targets until their half comes.
#[cfg(unix)]
pub fn run(paths: Paths, options: Options, platform: &dyn Platform) -> Result<()> {
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
        return startup::hand_over(&paths, options);
    }
    window::ensure_window_binary();
    let _ = lock.set_len(0);
    let _ = writeln!(lock, "{}", std::process::id());

    let (tx, rx) = std::sync::mpsc::channel::<Msg>();
    let ipc_tx = tx.clone();
    let idle_limit = crate::ipc::idle_limit(crate::store::limits());
    let server = server::start(&socket_path(&paths), idle_limit, move |incoming| {
        ipc_tx.send(Msg::Ipc(incoming)).is_ok()
    })
    .with_context(|| format!("{}: cannot listen", socket_path(&paths).display()))?;
    let parts = platform.parts(tx);
    let clock = platform.clock();
    let now = clock.now();
    let mut daemon = Daemon::new(paths, parts, now);
    let Parts { doctor, idle, .. } = &mut daemon.parts;
    doctor.tell_at_start(idle.as_mut());
    if let Some(view) = options.open {
        daemon.open_window(view);
    }
    daemon.run(rx, clock);
    let _ = std::fs::remove_file(socket_path(&daemon.paths));
    server.drain(Duration::from_secs(2));
    drop(lock);
    Ok(())
}

/// Reports a problem on stderr; the daemon carries on.
pub fn report(message: &str) {
    eprintln!("sitbreak: warning: {message}");
}

/// The daemon: its loop, state and parts. [`run`] starts one with the
/// platform's parts and the IPC server feeding its channel.
pub struct Daemon {
    paths: Paths,
    settings_file: SettingsFile,
    settings: Settings,
    settings_problems: Vec<String>,
    settings_mtime: Option<SystemTime>,
    catalog: Catalog,
    history_file: HistoryFile,
    history: Vec<Record>,
    /// Read from the whole history at start; the recent part kept in
    /// memory may no longer hold the record.
    safety_notes_read: bool,
    engine: Engine,
    next_routine: Option<Routine>,
    /// The routine of the break under way.
    current_routine: Option<Routine>,
    /// The routine of a break being started, until the engine confirms it.
    starting: Option<Routine>,
    subscribers: Vec<Sender<Response>>,
    parts: Parts,
    /// A message for the tray tooltip, until the given time.
    tray_note: Option<(String, MonoTime)>,
    last_idle_check: Option<MonoTime>,
    /// When the daemon last asked what keeps the person busy.
    last_busy_check: Option<MonoTime>,
    /// The idle time that check found.
    last_idle: Duration,
    /// Counts settings changes, for open windows (`StatusView::settings_rev`).
    settings_rev: u64,
    /// Cards waiting for a pause in input, and the window's comings and
    /// goings.
    windows: window_life::WindowLife,
    /// Sitting or standing, and the sit–stand prompts.
    posture: crate::posture::Machine,
    /// The last hook failure, until a hook runs well.
    hook_problem: Option<String>,
    /// A break started and has not ended, for the `break_end` hook.
    break_open: bool,
    quit: bool,
}

impl Daemon {
    pub fn new(paths: Paths, parts: Parts, now: Now) -> Daemon {
        let mut settings_file =
            SettingsFile::with_limits(paths.settings_file(), crate::store::limits());
        let (settings, settings_problems) = load_settings(&mut settings_file);
        let settings_mtime = mtime(settings_file.path());
        let loaded = routines_dir::load_all(&paths.routines_dir());
        for p in &loaded.problems {
            report(p);
        }
        let history_file = HistoryFile::new(paths.history_file());
        let read = history_file.read().unwrap_or_else(|e| {
            report(&format!(
                "{}: cannot read ({e})",
                history_file.path().display()
            ));
            Default::default()
        });
        for w in &read.warnings {
            report(w);
        }
        let start = crate::engine::resume_point(&read.records, now.wall, settings.sit_interval);
        let safety_notes_read = read
            .records
            .iter()
            .any(|r| r.event == history::Event::SafetyNotesRead);
        let stood_for = crate::posture::resume(&read.records, now.wall);
        let records = history::recent(read.records, now.wall, KEEP_HISTORY);
        let engine = Engine::with_start(settings.engine_config(), now, start);
        let posture = crate::posture::Machine::new(
            settings.posture_config(),
            crate::posture::Posture::Sitting,
            now.mono,
        );
        let mut daemon = Daemon {
            paths,
            settings_file,
            settings,
            settings_problems,
            settings_mtime,
            catalog: loaded.catalog,
            history_file,
            history: records,
            safety_notes_read,
            engine,
            next_routine: None,
            current_routine: None,
            starting: None,
            subscribers: Vec::new(),
            parts,
            tray_note: None,
            last_idle_check: None,
            last_busy_check: None,
            last_idle: Duration::ZERO,
            settings_rev: 0,
            windows: window_life::WindowLife::default(),
            posture,
            hook_problem: None,
            break_open: false,
            quit: false,
        };
        if let Some(stood_for) = stood_for {
            daemon.continue_standing(now, stood_for);
        }
        daemon.choose_next_routine(now);
        daemon.sync_autostart();
        daemon.refresh(now);
        daemon
    }

    pub(super) fn status(&self, now: Now) -> StatusView {
        let mut status = status::build(
            &self.engine,
            now,
            &self.settings,
            &self.catalog,
            self.next_routine.as_ref(),
            self.current_routine.as_ref(),
            &self.history,
        );
        status.settings_rev = self.settings_rev;
        status.safety_notes_read = self.safety_notes_read;
        status.posture = self.posture.posture();
        status.posture_secs = (now.mono - self.posture.since()).as_secs();
        status.prompt = self.posture.showing();
        status.hook_problem = self.hook_problem.clone();
        status
    }

    pub(super) fn ok(&self, now: Now) -> Response {
        Response::Ok {
            status: self.status(now),
        }
    }
}

#[cfg(test)]
mod tests;
