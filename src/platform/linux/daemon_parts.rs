//! What a Linux desktop gives the daemon: its parts, its clock and the
//! listening thread, made in one place.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{self, Sender};
use std::time::{Duration, Instant};

use super::clock::BootClock;
use super::doctor::{self, Checks};
use super::idle::{IdleSource, Notifying};
use super::notifier::Notifier;
use super::tray::Tray;
use super::{autostart, mutter_idle, presence, pulse, watch, wayland_idle};
use crate::daemon::parts::{
    Autostart, BreakNotice, Busy, Clock, IdleTime, Notices, Parts, Platform, PromptNotice,
    StartTray, TrayBox, TrayIcon, TrayItem,
};
use crate::daemon::{ChimeThread, Msg, WindowLauncher, report};
use crate::engine::BusyReason;
use crate::ipc::protocol::{DesktopReport, StatusView};
use crate::settings::Settings;

/// The Linux desktop the daemon runs in.
pub struct Desktop;

impl Platform for Desktop {
    fn settle_in(&self) {
        super::heap::keep_small();
    }

    fn parts(&self, tx: Sender<Msg>) -> Parts {
        let (notifying, listener) = notifying_idle(&tx);
        watch::spawn(tx.clone(), listener);
        let tray_tx = tx.clone();
        let mut start_tray: StartTray = Box::new(move |old| start_tray(tray_tx.clone(), old));
        start_tray(None);
        Parts {
            tray: None,
            start_tray,
            notifier: Box::new(Notifier::new(tx.clone())),
            idle: Box::new(IdleSource::new(notifying)),
            window: Box::new(WindowLauncher::new(tx.clone())),
            chimes: Box::new(ChimeThread::new(Arc::new(pulse::Pulse))),
            busy: Box::new(Desk),
            players: Box::new(super::media::media()),
            doctor: Box::new(Checks),
            autostart: Box::new(XdgAutostart),
            to_loop: tx,
        }
    }

    fn clock(&self) -> Box<dyn Clock> {
        Box::new(BootClock::default())
    }

    fn examine(&self) -> DesktopReport {
        let (tx, _rx) = mpsc::channel();
        let (notifying, _listener) = notifying_idle(&tx);
        let mut idle = IdleSource::new(notifying);
        doctor::examine(TrayItem::Unknown, &mut idle)
    }
}

/// The idle source that notifies, if this session has one: the Wayland
/// compositor's protocol, else Mutter's watches. Its listening half goes
/// to the watch thread.
fn notifying_idle(tx: &Sender<Msg>) -> (Option<Notifying>, Option<watch::IdleListener>) {
    if let Some((idle, queue)) = wayland_idle::connect() {
        let listener = idle.listener(tx.clone());
        return (
            Some(Notifying::Wayland(Box::new(idle))),
            Some(watch::IdleListener::Wayland(queue, listener)),
        );
    }
    if let Some((idle, listener)) = mutter_idle::connect(tx.clone()) {
        return (
            Some(Notifying::Mutter(idle)),
            Some(watch::IdleListener::Mutter(listener)),
        );
    }
    (None, None)
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

/// Asks the desktop what keeps the person busy (see `presence.rs`).
struct Desk;

impl Busy for Desk {
    fn busy(&mut self, settings: &Settings) -> Option<BusyReason> {
        presence::busy(settings)
    }
    fn at_desk(&mut self) -> Option<String> {
        presence::at_desk()
    }
}

/// The XDG autostart entry (see `autostart.rs`).
struct XdgAutostart;

impl Autostart for XdgAutostart {
    fn sync(&mut self, config_home: &Path, exe: &Path, enabled: bool) -> Result<(), String> {
        autostart::sync(config_home, exe, enabled).map_err(|e| e.to_string())
    }
}

impl TrayIcon for Tray {
    fn update(&mut self, status: &StatusView, tooltip: &str) {
        Tray::update(self, status, tooltip);
    }
}

impl Notices for Notifier {
    fn warn(&mut self, due_in: Duration, routine: Option<&str>) -> bool {
        Notifier::warn(self, due_in, routine)
    }
    fn held(&mut self, by: &BusyReason) -> bool {
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
