//! The daemon's request handling and effects, with recording stand-ins for
//! the tray, notifications, idle source and window, and real files in a
//! temporary folder. Time is passed in, so these run in milliseconds; the
//! desktop tests cover the real parts.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::DateTime;

use super::parts::{
    Autostart, Busy, Chimes, Doctor, IdleTime, Notices, Parts, Players, ReportTo, TrayIcon,
    TrayItem, Windows,
};
use super::parts::{BreakNotice, PromptNotice};
use super::parts::{Msg, Origin};
use super::state::{Daemon, HELD_CHECK, MAX_SLEEP};
use crate::cues::Cue;
use crate::engine::{BusyReason, Input, PhaseKind};
use crate::engine::{MonoTime, Now};
use crate::ipc::Incoming;
use crate::ipc::protocol::DesktopReport;
use crate::ipc::protocol::{Refusal, Request, Response, StatusView, View};
use crate::store::paths::Paths;

/// Everything the stand-ins were asked to do.
#[derive(Default)]
struct Seen {
    tooltips: Vec<String>,
    warnings: u32,
    break_notices: Vec<Option<String>>,
    refusals: Vec<String>,
    closes: u32,
    windows: Vec<View>,
    idle: Option<Duration>,
    notifications_work: bool,
    trays_asked: u32,
    chimes: Vec<(Cue, u32)>,
    held: Vec<BusyReason>,
    busy: Option<BusyReason>,
    media: Vec<&'static str>,
    prompts: Vec<crate::posture::Prompt>,
    autostart: Vec<bool>,
    doctor_looking: Vec<ReportTo>,
}

/// Shared with the stand-ins; `Send`, since a tray item travels between
/// threads.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Seen>>);

impl Shared {
    fn borrow(&self) -> MutexGuard<'_, Seen> {
        self.0.lock().expect("not poisoned")
    }

    fn borrow_mut(&self) -> MutexGuard<'_, Seen> {
        self.borrow()
    }
}

struct FakeTray(Shared);
impl TrayIcon for FakeTray {
    fn update(&mut self, _status: &StatusView, tooltip: &str) {
        self.0.borrow_mut().tooltips.push(tooltip.to_owned());
    }
}

struct FakeNotices(Shared);
struct FakePlayers(Shared);

/// A doctor still looking: its report is handed over when the test says.
struct FakeDoctor(Shared);

impl Doctor for FakeDoctor {
    fn examine(&mut self, _tray: TrayItem, _idle: &mut dyn IdleTime, done: ReportTo) {
        self.0.borrow_mut().doctor_looking.push(done);
    }
    fn tell_at_start(&mut self, _idle: &mut dyn IdleTime) {}
}

/// Records each autostart change.
struct FakeAutostart(Shared);

impl Autostart for FakeAutostart {
    fn sync(
        &mut self,
        _config_home: &std::path::Path,
        _exe: &std::path::Path,
        enabled: bool,
    ) -> Result<(), String> {
        self.0.borrow_mut().autostart.push(enabled);
        Ok(())
    }
}

impl Players for FakePlayers {
    fn pause(&mut self) {
        self.0.borrow_mut().media.push("pause");
    }
    fn resume(&mut self) {
        self.0.borrow_mut().media.push("resume");
    }
}

struct FakeBusy(Shared);

impl Busy for FakeBusy {
    fn busy(&mut self, _: &crate::settings::Settings) -> Option<BusyReason> {
        self.0.borrow().busy.clone()
    }
    fn at_desk(&mut self) -> Option<String> {
        None
    }
}

struct FakeChimes(Shared);

impl Chimes for FakeChimes {
    fn play(&mut self, cue: Cue, volume: u32) {
        self.0.borrow_mut().chimes.push((cue, volume));
    }
}

impl Notices for FakeNotices {
    fn warn(&mut self, _: Duration, _: Option<&str>) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.warnings += 1;
        seen.notifications_work
    }
    fn break_due(&mut self, notice: &BreakNotice) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.break_notices.push(notice.routine.map(str::to_owned));
        seen.notifications_work
    }
    fn held(&mut self, by: &BusyReason) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.held.push(by.clone());
        seen.notifications_work
    }
    fn refused(&mut self, reason: &str) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.refusals.push(reason.to_owned());
        seen.notifications_work
    }
    fn close(&mut self) {
        self.0.borrow_mut().closes += 1;
    }
    fn prompt(&mut self, notice: &PromptNotice) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.prompts.push(notice.prompt);
        seen.notifications_work
    }
}

struct FakeIdle(Shared);
impl IdleTime for FakeIdle {
    fn idle_time(&mut self) -> Option<Duration> {
        self.0.borrow().idle
    }
}

struct FakeWindows(Shared);
impl Windows for FakeWindows {
    fn open(&mut self, view: View) -> bool {
        self.0.borrow_mut().windows.push(view);
        true
    }
}

struct Setup {
    _dir: tempfile::TempDir,
    paths: Paths,
    seen: Shared,
    daemon: Daemon,
    start: Now,
    /// What work done off the loop sent it.
    from_off_loop: std::sync::mpsc::Receiver<Msg>,
}

fn now_at(secs: u64) -> Now {
    let wall = DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00").expect("date");
    Now {
        mono: MonoTime::from_origin(Duration::from_secs(1000)),
        wall,
    }
    .plus(Duration::from_secs(secs))
}

fn setup(settings: &str, notifications_work: bool) -> Setup {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = Paths {
        config_dir: dir.path().join("config/sitbreak"),
        data_dir: dir.path().join("data/sitbreak"),
        runtime_dir: None,
        policy_dirs: vec![dir.path().join("etc/sitbreak")],
    };
    std::fs::create_dir_all(&paths.config_dir).expect("config dir");
    std::fs::write(paths.settings_file(), settings).expect("settings");
    let seen = Shared(Arc::new(Mutex::new(Seen {
        notifications_work,
        ..Seen::default()
    })));
    let tray_seen = seen.clone();
    let (to_loop, from_off_loop) = std::sync::mpsc::channel();
    let parts = Parts {
        tray: Some(Box::new(FakeTray(seen.clone()))),
        start_tray: Box::new(move |_old| tray_seen.borrow_mut().trays_asked += 1),
        notifier: Box::new(FakeNotices(seen.clone())),
        idle: Box::new(FakeIdle(seen.clone())),
        window: Box::new(FakeWindows(seen.clone())),
        chimes: Box::new(FakeChimes(seen.clone())),
        busy: Box::new(FakeBusy(seen.clone())),
        players: Box::new(FakePlayers(seen.clone())),
        doctor: Box::new(FakeDoctor(seen.clone())),
        autostart: Box::new(FakeAutostart(seen.clone())),
        to_loop,
    };
    let start = now_at(0);
    let daemon = Daemon::new(paths.clone(), parts, start);
    Setup {
        _dir: dir,
        paths,
        seen,
        daemon,
        start,
        from_off_loop,
    }
}

impl Setup {
    /// Hands the loop what work done off it (hooks, the doctor) sent.
    fn take_reports(&mut self, at: Now) {
        while let Ok(msg) = self.from_off_loop.try_recv() {
            self.daemon.handle(at, msg);
        }
    }
}

fn click(s: &mut Setup, request: Request, at: Now) {
    s.daemon.handle(
        at,
        Msg::Act {
            request,
            from: Origin::Tray,
        },
    );
    s.daemon.publish(at);
}

fn logged(s: &Setup) -> Vec<String> {
    std::fs::read_to_string(s.paths.history_file())
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["event"].as_str().map(str::to_owned))
        .collect()
}

mod breaks;
mod cards;
// The policy file's form; Windows reads the registry's, which the Wine
// test `a_registry_policy_locks_and_bounds_under_wine` drives.
#[cfg(unix)]
mod policy;
mod posture_and_parts;
