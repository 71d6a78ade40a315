//! The resident daemon: owns the engine, settings and history; shows the
//! tray icon and notifications; answers IPC. One per user, enforced by a
//! lock file. It sleeps until the engine's next deadline or an event, and
//! never loads a GUI toolkit or OpenGL: the window is another process.

mod actions;
mod autostart;
mod clock;
pub mod icons;
mod idle;
mod notifier;
mod sleep_watch;
mod status;
mod tray;
mod tray_watch;
mod window;

use std::fs::{self, File};
use std::io::Write as _;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, SystemTime};

use anyhow::{Context, Result};

use crate::catalog::{self, Catalog, Routine, StretchId};
use crate::engine::{Effect, Engine, Input, MonoTime, Now, PhaseKind, Refusal};
use crate::history::{self, Record};
use crate::ipc::client::Client;
use crate::ipc::protocol::{Request, Response, StatusView, View};
use crate::ipc::server::{self, Incoming};
use crate::ipc::{ensure_private_dir, socket_dir, socket_path};
use crate::rotation::{self, Preferences};
use crate::settings::{self, Limits, Settings};
use crate::store::history_file::HistoryFile;
use crate::store::paths::Paths;
use crate::store::routines_dir;
use crate::store::settings_file::SettingsFile;

use self::clock::Clock;
use self::idle::IdleSource;
use self::notifier::{BreakNotice, Notifier};
use self::tray::Tray;
use self::window::WindowLauncher;

/// The longest the loop sleeps: idle checks, suspend detection and the
/// settings file's mtime all ride on this wake, once a minute at most.
const MAX_SLEEP: Duration = Duration::from_secs(60);

/// How much history the daemon keeps in memory: enough for today (which
/// may have begun yesterday, before `day_start`); the file keeps the rest.
const KEEP_HISTORY: Duration = Duration::from_secs(48 * 3600);

/// How long a refusal stays in the tray tooltip when no notification
/// server could show it.
const NOTE_FOR: Duration = Duration::from_secs(60);

/// While the user is away, idle is checked this often, so their return
/// starts a fresh interval promptly.
const AWAY_CHECK: Duration = Duration::from_secs(10);

/// Everything that wakes the daemon loop.
pub enum Msg {
    Ipc(Incoming),
    /// A click on a tray item or a notification button.
    Act {
        request: Request,
        from: Origin,
    },
    TrayActivate,
    /// A new tray host did not list our item: register it again.
    TrayHostRestarted,
    /// The machine resumed from suspend; the loop's clock check does the rest.
    Woke,
    /// The window process exited.
    WindowClosed,
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

/// Starts the daemon, or, when one already runs, asks it to open `open`
/// and returns.
pub fn run(paths: Paths, options: Options) -> Result<()> {
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
        return hand_over(&paths, options);
    }
    window::ensure_window_binary();
    let _ = lock.set_len(0);
    let _ = writeln!(lock, "{}", std::process::id());

    let (tx, rx) = mpsc::channel::<Msg>();
    let ipc_tx = tx.clone();
    let server = server::start(&socket_path(&paths), move |incoming| {
        ipc_tx.send(Msg::Ipc(incoming)).is_ok()
    })
    .with_context(|| format!("{}: cannot listen", socket_path(&paths).display()))?;
    watch_signals(tx.clone());
    sleep_watch::spawn(tx.clone());

    let mut daemon = Daemon::start(paths, tx)?;
    if let Some(view) = options.open {
        daemon.open_window(view);
    }
    daemon.run(rx);
    server.drain(Duration::from_secs(2));
    drop(lock);
    Ok(())
}

/// Another daemon holds the lock: it may still be starting, so retry the
/// socket for a few seconds, then ask it to open the window.
fn hand_over(paths: &Paths, options: Options) -> Result<()> {
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

fn watch_signals(tx: Sender<Msg>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("signals".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            if signals.forever().next().is_some() {
                let _ = tx.send(Msg::Quit);
            }
        });
}

/// Reports a problem on stderr; the daemon carries on.
fn report(message: &str) {
    eprintln!("sitbreak: warning: {message}");
}

fn limits() -> Limits {
    if std::env::var_os("SITBREAK_SHORT_DURATIONS").is_some_and(|v| v == "1") {
        Limits::Short
    } else {
        Limits::Standard
    }
}

struct Daemon {
    paths: Paths,
    tx: Sender<Msg>,
    clock: Clock,
    settings_file: SettingsFile,
    settings: Settings,
    settings_problems: Vec<String>,
    settings_mtime: Option<SystemTime>,
    builtin: Catalog,
    catalog: Catalog,
    history_file: HistoryFile,
    history: Vec<Record>,
    engine: Engine,
    next_routine: Option<Routine>,
    /// The routine of the break under way.
    current_routine: Option<Routine>,
    /// The routine of a break being started, until the engine confirms it.
    starting: Option<Routine>,
    subscribers: Vec<Sender<Response>>,
    tray: Option<Tray>,
    /// A message for the tray tooltip, until the given time.
    tray_note: Option<(String, MonoTime)>,
    notifier: Notifier,
    idle: IdleSource,
    last_idle_check: Option<MonoTime>,
    window: WindowLauncher,
    quit: bool,
}

impl Daemon {
    fn start(paths: Paths, tx: Sender<Msg>) -> Result<Daemon> {
        let clock = Clock::default();
        let mut settings_file = SettingsFile::with_limits(paths.settings_file(), limits());
        let (settings, settings_problems) = load_settings(&mut settings_file);
        let settings_mtime = mtime(settings_file.path());
        let (builtin, problems) = catalog::builtin();
        for p in &problems {
            report(&format!("built-in catalog: {p}"));
        }
        let loaded = routines_dir::load(&builtin, &paths.routines_dir());
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
        let now = clock.now();
        let start = crate::engine::resume_point(&read.records, now.wall, settings.sit_interval);
        let records = history::recent(read.records, now.wall, KEEP_HISTORY);
        let engine = Engine::with_start(settings.engine_config(), now, start);
        let tray = match Tray::new(tx.clone()) {
            Ok(t) => Some(t),
            Err(e) => {
                report(&format!(
                    "no tray icon ({e}); notifications and `sitbreak` still work"
                ));
                None
            }
        };
        if tray.is_some() {
            tray_watch::spawn(tx.clone());
        }
        let mut daemon = Daemon {
            paths,
            tx: tx.clone(),
            clock,
            settings_file,
            settings,
            settings_problems,
            settings_mtime,
            builtin,
            catalog: loaded.catalog,
            history_file,
            history: records,
            engine,
            next_routine: None,
            current_routine: None,
            starting: None,
            subscribers: Vec::new(),
            tray,
            tray_note: None,
            notifier: Notifier::new(tx.clone()),
            idle: IdleSource::default(),
            last_idle_check: None,
            window: WindowLauncher::new(tx.clone()),
            quit: false,
        };
        daemon.choose_next_routine(now);
        daemon.sync_autostart();
        daemon.refresh(now);
        Ok(daemon)
    }

    fn run(&mut self, rx: mpsc::Receiver<Msg>) {
        let _ = self.clock.take_sleep();
        while !self.quit {
            let timeout = self.sleep_for(self.clock.now());
            let msg = match rx.recv_timeout(timeout) {
                Ok(msg) => Some(msg),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => break,
            };
            let now = self.clock.now();
            if let Some(slept) = self.clock.take_sleep() {
                self.observe(now, Input::Slept(slept));
            }
            self.reload_settings_if_changed(now);
            if let Some(msg) = msg {
                self.handle(now, msg);
            }
            self.check_idle(now);
            self.observe(now, Input::Tick);
            self.refresh(now);
        }
        let now = self.clock.now();
        let effects = self.engine.shutdown(now);
        self.apply_effects(now, effects);
        self.notifier.close();
        let _ = fs::remove_file(socket_path(&self.paths));
    }

    /// Time until the engine's deadline, capped at the idle-check period.
    fn sleep_for(&self, now: Now) -> Duration {
        let until_deadline = self
            .engine
            .next_deadline()
            .map(|d| d - now.mono)
            .unwrap_or(MAX_SLEEP);
        until_deadline.min(self.idle_period(now))
    }

    fn idle_period(&self, now: Now) -> Duration {
        if self.engine.status(now.mono).phase == PhaseKind::Away {
            AWAY_CHECK
        } else {
            MAX_SLEEP
        }
    }

    /// Asks the system for idle time once a minute while sitting (every
    /// ten seconds while away), and always just before a break would fire.
    fn check_idle(&mut self, now: Now) {
        let phase = self.engine.status(now.mono).phase;
        if !matches!(
            phase,
            PhaseKind::Sitting | PhaseKind::BreakDue | PhaseKind::Away
        ) {
            return;
        }
        let deadline_passed = self.engine.next_deadline().is_some_and(|d| d <= now.mono);
        let period = self.idle_period(now) - Duration::from_secs(1);
        let period_passed = self
            .last_idle_check
            .is_none_or(|last| now.mono - last >= period);
        if !(deadline_passed || period_passed) {
            return;
        }
        self.last_idle_check = Some(now.mono);
        if let Some(idle_for) = self.idle.idle_time() {
            self.observe(now, Input::Idle(idle_for));
        }
    }

    /// Feeds an observation (time, idle, sleep); those are never refused.
    fn observe(&mut self, now: Now, input: Input) {
        debug_assert!(matches!(
            input,
            Input::Tick | Input::Idle(_) | Input::Slept(_)
        ));
        let _ = self.feed(now, input);
    }

    fn feed(&mut self, now: Now, input: Input) -> Result<(), Refusal> {
        let effects = self.engine.step(now, input)?;
        self.apply_effects(now, effects);
        Ok(())
    }

    fn apply_effects(&mut self, now: Now, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Warn { due_in } => {
                    if self.settings.notifications {
                        let name = self.next_routine.as_ref().map(|r| r.name.clone());
                        self.notifier.warn(due_in, name.as_deref());
                    }
                }
                Effect::BreakDue => {
                    self.choose_next_routine(now);
                    if self.settings.notifications {
                        self.notify_break_due(now);
                    }
                    // The break window appears either way (on top, without
                    // taking focus); without a notification server it is
                    // the only reminder.
                    self.open_window(View::Break);
                }
                Effect::ShowRoutine { .. } => {
                    // Resolved before the engine was asked, so that the
                    // routine shown is the one chosen, never a second pick.
                    self.current_routine = self.starting.take();
                    self.notifier.close();
                    self.open_window(View::Break);
                }
                Effect::Log(event) => {
                    let record = Record {
                        at: now.wall,
                        event,
                    };
                    if let Err(e) = self.history_file.append(&record) {
                        report(&format!(
                            "{}: cannot append ({e})",
                            self.history_file.path().display()
                        ));
                    }
                    let started = matches!(record.event, history::Event::BreakStarted { .. });
                    self.history.push(record);
                    if started {
                        let all = std::mem::take(&mut self.history);
                        self.history = history::recent(all, now.wall, KEEP_HISTORY);
                    }
                    if started {
                        self.choose_next_routine(now);
                    }
                }
                Effect::StateChanged(_) => self.broadcast(now),
            }
        }
    }

    fn notify_break_due(&mut self, now: Now) -> bool {
        let status = self.engine.status(now.mono);
        let length = self
            .next_routine
            .as_ref()
            .map(|r| settings::format_duration(self.catalog.routine_length(r)));
        let notice = BreakNotice {
            routine: self.next_routine.as_ref().map(|r| r.name.as_str()),
            length: length.as_deref(),
            snooze_minutes: (status.snoozes_left > 0)
                .then(|| self.settings.snooze_length.as_secs().div_ceil(60)),
            can_skip: !self.settings.strict,
        };
        self.notifier.break_due(&notice)
    }

    /// The routine a break asked for by id will play: the rotation's
    /// choice when it is that one, otherwise the catalog's routine with the
    /// user's exclusions applied.
    fn resolve_routine(&self, id: Option<&str>) -> Result<Option<Routine>, String> {
        let Some(id) = id else {
            return Ok(None);
        };
        if let Some(next) = self.next_routine.as_ref().filter(|r| r.id == id) {
            return Ok(Some(next.clone()));
        }
        let routine = self
            .catalog
            .routine(id)
            .ok_or_else(|| format!("there is no routine \"{id}\""))?;
        rotation::playable(&self.catalog, routine, &Preferences::from(&self.settings))
            .map(Some)
            .ok_or_else(|| {
                format!(
                    "every stretch of \"{}\" is left out or on the floor",
                    routine.name
                )
            })
    }

    fn choose_next_routine(&mut self, now: Now) {
        let prefs = Preferences::from(&self.settings);
        self.next_routine = rotation::next_routine(&self.catalog, &prefs, &self.history, now.wall);
    }

    /// A window that exits in the middle of a break (closed, killed,
    /// crashed) without finishing it has abandoned it: say so at once
    /// rather than leaving the schedule waiting for the break timeout.
    fn window_closed(&mut self, now: Now) {
        if self.engine.status(now.mono).phase == PhaseKind::OnBreak {
            let _ = self.feed(
                now,
                Input::AbandonBreak {
                    steps_done: 0,
                    steps_total: 0,
                },
            );
            self.current_routine = None;
        }
    }

    /// Opens the window, or asks an open one to show `view`.
    fn open_window(&mut self, view: View) {
        if !self.window.open(view) {
            self.subscribers
                .retain(|s| s.send(Response::Show { view }).is_ok());
        }
    }

    fn handle(&mut self, now: Now, msg: Msg) {
        match msg {
            Msg::Ipc(Incoming::Request { request, reply }) => {
                let response = self.answer(now, request);
                let _ = reply.send(response);
            }
            Msg::Ipc(Incoming::Subscribe { events }) => {
                if events
                    .send(Response::Event {
                        status: self.status(now),
                    })
                    .is_ok()
                {
                    self.subscribers.push(events);
                }
            }
            Msg::Act { request, from } => {
                if let Response::Refused { reason } | Response::Error { message: reason } =
                    self.answer(now, request)
                {
                    self.tell_refused(now, from, &reason);
                }
            }
            Msg::TrayActivate => self.open_window(View::Home),
            Msg::Woke => {}
            Msg::WindowClosed => self.window_closed(now),
            Msg::TrayHostRestarted => {
                // Dropping the old icon first frees its bus name and thread.
                self.tray = None;
                self.tray = Tray::new(self.tx.clone()).ok();
                self.refresh(now);
            }
            Msg::Quit => self.quit = true,
        }
    }

    /// A click that was refused says why, where the person will see it: a
    /// notification, or the tray tooltip when no notification can show.
    fn tell_refused(&mut self, now: Now, from: Origin, reason: &str) {
        report(&format!("{from:?} action refused: {reason}"));
        if !self.notifier.refused(reason) {
            self.tray_note = Some((reason.to_owned(), now.mono + NOTE_FOR));
            self.refresh(now);
        }
    }

    /// Carries out one request and says how it went.
    fn answer(&mut self, now: Now, request: Request) -> Response {
        let input = match request {
            Request::Status => return self.ok(now),
            Request::TakeBreak => {
                self.starting = self.next_routine.clone();
                Input::StartBreak {
                    routine: self.next_routine.as_ref().map(|r| r.id.clone()),
                }
            }
            Request::StartBreak { routine } => {
                match self.resolve_routine(routine.as_deref()) {
                    Ok(chosen) => self.starting = chosen,
                    Err(reason) => return Response::Refused { reason },
                }
                Input::StartBreak { routine }
            }
            Request::FinishBreak {
                steps_done,
                steps_total,
            } => Input::FinishBreak {
                steps_done,
                steps_total,
            },
            Request::AbandonBreak {
                steps_done,
                steps_total,
            } => Input::AbandonBreak {
                steps_done,
                steps_total,
            },
            Request::Snooze => Input::Snooze,
            Request::Skip => Input::Skip,
            Request::Pause { secs } => Input::Pause(Duration::from_secs(secs)),
            Request::PauseUntilTomorrow => Input::PauseUntilTomorrow,
            Request::Resume => Input::Resume,
            Request::Open { view } => {
                self.open_window(view);
                return self.ok(now);
            }
            Request::Quit => {
                self.quit = true;
                return self.ok(now);
            }
            Request::Subscribe => {
                return Response::Error {
                    message: "subscribe is handled by the connection".into(),
                };
            }
            Request::GetSettings => {
                return Response::Settings {
                    toml: self.settings.to_toml(),
                    problems: self.settings_problems.clone(),
                };
            }
            Request::SetSettings { toml } => return self.set_settings(now, &toml),
            Request::ExcludeStretch { id } => return self.exclude_stretch(now, id),
        };
        let was_snooze_or_skip = matches!(input, Input::Snooze | Input::Skip);
        let result = self.feed(now, input);
        self.starting = None;
        match result {
            Ok(()) => {
                if was_snooze_or_skip {
                    self.notifier.close();
                }
                self.refresh(now);
                self.ok(now)
            }
            Err(refusal) => Response::Refused {
                reason: refusal.to_string(),
            },
        }
    }

    fn ok(&self, now: Now) -> Response {
        Response::Ok {
            status: self.status(now),
        }
    }

    fn set_settings(&mut self, now: Now, text: &str) -> Response {
        let parsed = settings::parse_with(text, limits());
        if !parsed.readable || !parsed.issues.is_empty() {
            let problems: Vec<String> = parsed.issues.iter().map(|i| i.to_string()).collect();
            return Response::Refused {
                reason: format!("not saved: {}", problems.join("; ")),
            };
        }
        self.save_and_apply(now, parsed.settings)
    }

    fn exclude_stretch(&mut self, now: Now, id: StretchId) -> Response {
        if self.catalog.stretch(&id).is_none() {
            return Response::Refused {
                reason: format!("no stretch \"{id}\""),
            };
        }
        let mut settings = self.settings.clone();
        if !settings.excluded_stretches.contains(&id) {
            settings.excluded_stretches.push(id);
        }
        self.save_and_apply(now, settings)
    }

    fn save_and_apply(&mut self, now: Now, settings: Settings) -> Response {
        match self.settings_file.save(&settings) {
            Ok(kept) => {
                if let Some(aside) = kept {
                    report(&format!(
                        "the old settings file was kept as {}",
                        aside.display()
                    ));
                }
            }
            Err(e) => {
                return Response::Error {
                    message: format!("{}: cannot save ({e})", self.settings_file.path().display()),
                };
            }
        }
        self.settings_mtime = mtime(self.settings_file.path());
        self.settings_problems.clear();
        self.apply_settings(now, settings);
        self.ok(now)
    }

    fn apply_settings(&mut self, now: Now, settings: Settings) {
        self.settings = settings;
        let _ = self.feed(
            now,
            Input::Configure(Box::new(self.settings.engine_config())),
        );
        let loaded = routines_dir::load(&self.builtin, &self.paths.routines_dir());
        self.catalog = loaded.catalog;
        self.choose_next_routine(now);
        self.sync_autostart();
        self.broadcast(now);
    }

    /// Hand edits apply without a restart: the file's mtime is compared at
    /// every wake, and a changed file is read again.
    fn reload_settings_if_changed(&mut self, now: Now) {
        let current = mtime(self.settings_file.path());
        if current == self.settings_mtime {
            return;
        }
        self.settings_mtime = current;
        let (settings, problems) = load_settings(&mut self.settings_file);
        self.settings_problems = problems;
        if settings != self.settings {
            self.apply_settings(now, settings);
        }
    }

    fn sync_autostart(&self) {
        let Some(config_home) = self.paths.config_dir.parent() else {
            return;
        };
        let Some(exe) = window::own_binary() else {
            return;
        };
        if let Err(e) = autostart::sync(config_home, &exe, self.settings.autostart) {
            report(&format!("autostart entry: {e}"));
        }
    }

    fn status(&self, now: Now) -> StatusView {
        status::build(
            &self.engine,
            now,
            &self.settings,
            &self.catalog,
            self.next_routine.as_ref(),
            self.current_routine.as_ref(),
            &self.history,
        )
    }

    /// Brings the tray up to date (its tooltip counts down in minutes).
    fn refresh(&mut self, now: Now) {
        if self.tray.is_none() {
            return;
        }
        let status = self.status(now);
        self.update_tray(now, &status);
    }

    /// The tray shows the status, plus a recent refusal that no
    /// notification could show.
    fn update_tray(&mut self, now: Now, status: &StatusView) {
        let Some(tray) = &mut self.tray else {
            return;
        };
        match &self.tray_note {
            Some((note, until)) if now.mono < *until => {
                let mut noted = status.clone();
                noted.summary = format!("{}\nNot done: {note}", status.summary);
                tray.update(&noted);
            }
            _ => tray.update(status),
        }
    }

    fn broadcast(&mut self, now: Now) {
        let status = self.status(now);
        self.update_tray(now, &status);
        self.subscribers.retain(|s| {
            s.send(Response::Event {
                status: status.clone(),
            })
            .is_ok()
        });
    }
}

fn load_settings(file: &mut SettingsFile) -> (Settings, Vec<String>) {
    let loaded = file.load();
    for p in &loaded.problems {
        report(p);
    }
    (loaded.settings, loaded.problems)
}

fn mtime(path: &std::path::Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}
