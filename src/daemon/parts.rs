//! The desktop parts the daemon drives, behind small traits: the tray
//! icon, notifications, the idle source, the window launcher, the clock and
//! the rest. A platform (`src/platform/`) makes the real ones through
//! [`Platform`]; the daemon's unit tests put recording stand-ins in their
//! place, so request handling and effects are tested without a desktop (the
//! desktop tests still cover the real parts).

use std::path::Path;
use std::sync::mpsc::Sender;
use std::time::Duration;

use crate::cues::Cue;
use crate::engine::{BusyReason, Now};
use crate::ipc::Incoming;
use crate::ipc::protocol::Request;
use crate::ipc::protocol::{DesktopReport, StatusView, View};
use crate::posture::Prompt;

/// What the platform the daemon runs on gives it.
pub trait Platform {
    /// Readies the process to stay resident all day, before any thread
    /// starts: on Linux, a heap that gives back what a burst borrowed.
    fn settle_in(&self) {}
    /// The real parts, reporting to `tx`; this also starts what listens to
    /// the desktop (signals, resume, locks, idle events), reporting to `tx`.
    /// The tray item is asked for at once and arrives as
    /// [`Msg::TrayReady`] when its registration is done.
    fn parts(&self, tx: Sender<Msg>) -> Parts;
    /// The engine's clock.
    fn clock(&self) -> Box<dyn Clock>;
    /// What a daemon started here would find of the desktop, for `sitbreak
    /// doctor` when none runs.
    fn examine(&self) -> DesktopReport;
}

/// The clocks: one for the engine that counts through suspend and never
/// jumps, and the wall.
pub trait Clock {
    fn now(&self) -> Now;
    /// How long the machine slept since the last call, if it did.
    fn take_sleep(&mut self) -> Option<Duration>;
}

/// Whether this daemon's tray item is registered, when a daemon asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayItem {
    Registered,
    NotRegistered,
    /// Asked without a daemon (`sitbreak doctor` with none running).
    Unknown,
}

/// What the desktop offers Sitbreak, for `sitbreak doctor`, the window's
/// "Desktop integration" and the daemon's first lines.
pub trait Doctor {
    /// Looks at the desktop off the calling thread, which it never holds
    /// up, and hands the report to `done` when the checks are over (a few
    /// seconds at most when services hang). `idle` is asked at once.
    fn examine(&mut self, tray: TrayItem, idle: &mut dyn IdleTime, done: ReportTo);
    /// The daemon's first lines, without waiting on any service.
    fn tell_at_start(&mut self, idle: &mut dyn IdleTime);
}

/// Where a doctor's report goes.
pub type ReportTo = Box<dyn FnOnce(DesktopReport) + Send>;

/// Runs a doctor's `look` at the desktop on a thread of its own, so that
/// it never holds up the loop, and hands the report to `done`.
pub fn examine_off_thread(look: impl FnOnce() -> DesktopReport + Send + 'static, done: ReportTo) {
    let spawned = std::thread::Builder::new()
        .name("doctor".into())
        .spawn(move || done(look()));
    if let Err(e) = spawned {
        report(&format!("cannot look at the desktop (no thread: {e})"));
    }
}

/// Prints checks as the daemon's first lines, one per part.
pub fn tell(checks: &[crate::ipc::protocol::Check]) {
    for check in checks {
        for line in crate::words::check_lines(check) {
            eprintln!("sitbreak: {}", line.trim_start());
        }
    }
}

/// Starting with the person's session.
pub trait Autostart {
    /// Makes the session start `exe --hidden` when `enabled`, and not
    /// otherwise; `config_home` is the user's configuration folder.
    fn sync(&mut self, config_home: &Path, exe: &Path, enabled: bool) -> Result<(), String>;
}

/// What a sit–stand prompt says and offers.
pub struct PromptNotice {
    pub prompt: Prompt,
    /// "20m" of sitting so far.
    pub sat: String,
    /// The standing period, "8m".
    pub stand: String,
    pub snooze_minutes: Option<u64>,
    pub can_skip: bool,
}

/// What a break notification offers.
pub struct BreakNotice<'a> {
    pub routine: Option<&'a str>,
    pub length: Option<&'a str>,
    pub snooze_minutes: Option<u64>,
    pub can_skip: bool,
}

/// The tray item.
pub trait TrayIcon {
    /// Shows `status` (icon, which menu items apply) and `tooltip`.
    fn update(&mut self, status: &StatusView, tooltip: &str);
}

/// Desktop notifications; each call is false when none could be shown.
pub trait Notices {
    fn warn(&mut self, due_in: Duration, routine: Option<&str>) -> bool;
    fn break_due(&mut self, notice: &BreakNotice) -> bool;
    /// A due break waits while the person is busy (`by` says with what).
    fn held(&mut self, by: &BusyReason) -> bool;
    /// Why a click was not carried out.
    fn refused(&mut self, reason: &str) -> bool;
    /// A sit–stand prompt.
    fn prompt(&mut self, notice: &PromptNotice) -> bool;
    /// Removes a sit–stand prompt, but no break notification that has
    /// taken its place.
    fn close_prompt(&mut self) {}
    /// Removes the notification on screen, if any.
    fn close(&mut self);
}

/// How long the person has been idle, when the desktop can tell.
pub trait IdleTime {
    fn idle_time(&mut self) -> Option<Duration>;
    /// What sources that notify should watch for: rest of `away` (a
    /// natural break), and of `pause` while a card waits for one. Sources
    /// that are asked need nothing.
    fn watch(&mut self, _away: Duration, _pause: Option<Duration>) {}
    /// Which source answers, named as people look it up; `None` when none.
    fn source(&mut self) -> Option<&'static str> {
        None
    }
}

/// The window process.
pub trait Windows {
    /// Opens the window on `view`; false when one is already open (it is
    /// then told to show `view` over IPC instead).
    fn open(&mut self, view: View) -> bool;
}

/// What keeps the person busy at the desk.
pub trait Busy {
    /// The first thing found.
    fn busy(&mut self, settings: &crate::settings::Settings) -> Option<BusyReason>;
    /// What says the person is at the desk though idle (a video playing).
    fn at_desk(&mut self) -> Option<String>;
}

/// Media players, paused for a break.
pub trait Players {
    fn pause(&mut self);
    /// Resumes what `pause` paused, if anything.
    fn resume(&mut self);
}

/// The reminders' sounds.
pub trait Chimes {
    /// Plays `cue` at `volume` (0–100) without waiting for it.
    fn play(&mut self, cue: Cue, volume: u32);
}

/// A tray item, movable to the thread that makes or drops it.
pub type TrayBox = Box<dyn TrayIcon + Send>;

/// Asks for a new tray item, dropping the old one first (a tray host
/// restarted). The item arrives later as [`Msg::TrayReady`]: registering
/// waits on the tray watcher, which must never hold up the daemon.
pub type StartTray = Box<dyn FnMut(Option<TrayBox>)>;

/// Everything the daemon drives outside itself.
pub struct Parts {
    pub tray: Option<TrayBox>,
    pub start_tray: StartTray,
    pub notifier: Box<dyn Notices>,
    pub idle: Box<dyn IdleTime>,
    pub window: Box<dyn Windows>,
    pub chimes: Box<dyn Chimes>,
    pub busy: Box<dyn Busy>,
    pub players: Box<dyn Players>,
    pub doctor: Box<dyn Doctor>,
    pub autostart: Box<dyn Autostart>,
    /// The loop's own channel, for work done off it (hooks, the doctor)
    /// to report back.
    pub to_loop: Sender<Msg>,
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
    TrayReady(Result<TrayBox, String>),
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
        problem: Option<crate::ipc::protocol::HookFailure>,
    },
    /// The doctor's look at the desktop ended.
    Doctored(DesktopReport),
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

/// Reports a problem on stderr; the daemon carries on.
pub fn report(message: &str) {
    eprintln!("sitbreak: warning: {message}");
}
