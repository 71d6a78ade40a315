//! The desktop parts the daemon drives, behind small traits: the tray
//! icon, notifications, the idle source and the window launcher. The real
//! ones talk to D-Bus, X11 and child processes; the daemon's unit tests put
//! recording stand-ins in their place, so request handling and effects are
//! tested without a desktop (the desktop tests still cover the real parts).

use std::sync::Mutex;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use super::doctor::{self, TrayItem};
use super::idle::{IdleSource, Notifying};
use super::notifier::{BreakNotice, Notifier, PromptNotice};
use super::tray::Tray;
use super::window::WindowLauncher;
use super::{Msg, report};
use crate::cues::Cue;
use crate::ipc::protocol::{StatusView, View};

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
    fn held(&mut self, by: &str) -> bool;
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

/// What keeps the person busy at the desk (see `presence.rs`).
pub trait Busy {
    /// The first thing found, in words ("microphone in use by zoom").
    fn busy(&mut self, settings: &crate::settings::Settings) -> Option<String>;
    /// What says the person is at the desk though idle (a video playing).
    fn at_desk(&mut self) -> Option<String>;
}

/// Asks the desktop itself.
pub struct Desk;

impl Busy for Desk {
    fn busy(&mut self, settings: &crate::settings::Settings) -> Option<String> {
        super::presence::busy(settings)
    }
    fn at_desk(&mut self) -> Option<String> {
        super::presence::at_desk()
    }
}

/// Media players, paused for a break (see `media.rs`).
pub trait Players {
    fn pause(&mut self);
    /// Resumes what `pause` paused, if anything.
    fn resume(&mut self);
}

impl Players for super::media::Media {
    fn pause(&mut self) {
        super::media::Media::pause(self);
    }
    fn resume(&mut self) {
        super::media::Media::resume(self);
    }
}

/// The reminders' sounds.
pub trait Chimes {
    /// Plays `cue` at `volume` (0–100) without waiting for it.
    fn play(&mut self, cue: Cue, volume: u32);
}

/// Each chime on a thread that ends with it: the idle daemon keeps no
/// sound-server connection and no thread between breaks.
pub struct Speaker;

/// The last reason a chime could not play, told once rather than at every
/// break (Settings → Sound and `sitbreak doctor` always say it).
static LAST_PROBLEM: Mutex<Option<String>> = Mutex::new(None);

impl Chimes for Speaker {
    fn play(&mut self, cue: Cue, volume: u32) {
        let spawned = std::thread::Builder::new()
            .name("chime".into())
            .spawn(move || {
                let played = crate::sound::play_once(cue, volume);
                let mut last = crate::sound::lock(&LAST_PROBLEM);
                if let Err(why) = &played
                    && last.as_ref() != Some(why)
                {
                    report(&format!("no reminder sounds: {why}"));
                }
                *last = played.err();
            });
        if let Err(e) = spawned {
            report(&format!("no reminder sound (cannot start a thread: {e})"));
        }
    }
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
    /// Where hooks report how they went; `None` drops the reports.
    pub hook_reports: Option<Sender<Msg>>,
}

impl Parts {
    /// The real parts, reporting to `tx`. The tray item is asked for at
    /// once and arrives when its registration is done.
    pub fn desktop(tx: Sender<Msg>, notifying: Option<Notifying>) -> Parts {
        let tray_tx = tx.clone();
        let mut start_tray: StartTray = Box::new(move |old| start_tray(tray_tx.clone(), old));
        start_tray(None);
        Parts {
            tray: None,
            start_tray,
            notifier: Box::new(Notifier::new(tx.clone())),
            idle: Box::new(IdleSource::new(notifying)),
            window: Box::new(WindowLauncher::new(tx.clone())),
            chimes: Box::new(Speaker),
            busy: Box::new(Desk),
            players: Box::new(super::media::Media::default()),
            hook_reports: Some(tx),
        }
    }
}

/// Makes a tray item on a short-lived thread and sends it to the loop.
fn start_tray(tx: Sender<Msg>, old: Option<TrayBox>) {
    let spawned = std::thread::Builder::new()
        .name("tray".into())
        .spawn(move || {
            // Dropping the old item first frees its bus name and service.
            drop(old);
            let started = Instant::now();
            let made = Tray::new(tx.clone()).map(|t| Box::new(t) as TrayBox);
            let took = started.elapsed();
            if took > SLOW_TRAY {
                report(&format!(
                    "the tray watcher took {:.1} s to register the tray icon",
                    took.as_secs_f32()
                ));
            }
            let registered = made.is_ok();
            let _ = tx.send(Msg::TrayReady(made));
            if registered {
                doctor::tell_tray(TrayItem::Registered);
            }
        });
    if let Err(e) = spawned {
        report(&format!("no tray icon (cannot start a thread: {e})"));
    }
}

/// Longer than this to register the icon is worth telling.
const SLOW_TRAY: Duration = Duration::from_secs(3);

impl TrayIcon for Tray {
    fn update(&mut self, status: &StatusView, tooltip: &str) {
        Tray::update(self, status, tooltip);
    }
}

impl Notices for Notifier {
    fn warn(&mut self, due_in: Duration, routine: Option<&str>) -> bool {
        Notifier::warn(self, due_in, routine)
    }
    fn held(&mut self, by: &str) -> bool {
        Notifier::held(self, by)
    }

    fn break_due(&mut self, notice: &BreakNotice) -> bool {
        Notifier::break_due(self, notice)
    }
    fn refused(&mut self, reason: &str) -> bool {
        Notifier::refused(self, reason)
    }
    fn prompt(&mut self, notice: &PromptNotice) -> bool {
        Notifier::prompt(self, notice)
    }
    fn close_prompt(&mut self) {
        Notifier::close_prompt(self);
    }
    fn close(&mut self) {
        Notifier::close(self);
    }
}

impl IdleTime for IdleSource {
    fn idle_time(&mut self) -> Option<Duration> {
        IdleSource::idle_time(self)
    }
    fn watch(&mut self, away: Duration, pause: Option<Duration>) {
        IdleSource::watch(self, away, pause);
    }
    fn source(&mut self) -> Option<&'static str> {
        IdleSource::source(self)
    }
}

impl Windows for WindowLauncher {
    fn open(&mut self, view: View) -> bool {
        WindowLauncher::open(self, view)
    }
}
