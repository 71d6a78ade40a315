//! The desktop parts the daemon drives, behind small traits: the tray
//! icon, notifications, the idle source and the window launcher. The real
//! ones talk to D-Bus, X11 and child processes; the daemon's unit tests put
//! recording stand-ins in their place, so request handling and effects are
//! tested without a desktop (the desktop tests still cover the real parts).

use std::sync::mpsc::Sender;
use std::time::Duration;

use super::idle::IdleSource;
use super::notifier::{BreakNotice, Notifier};
use super::tray::Tray;
use super::window::WindowLauncher;
use super::{Msg, report};
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
    /// Why a click was not carried out.
    fn refused(&mut self, reason: &str) -> bool;
    /// Removes the notification on screen, if any.
    fn close(&mut self);
}

/// How long the person has been idle, when the desktop can tell.
pub trait IdleTime {
    fn idle_time(&mut self) -> Option<Duration>;
}

/// The window process.
pub trait Windows {
    /// Opens the window on `view`; false when one is already open (it is
    /// then told to show `view` over IPC instead).
    fn open(&mut self, view: View) -> bool;
}

/// Makes a new tray item, after the tray host restarted.
pub type NewTray = Box<dyn FnMut() -> Option<Box<dyn TrayIcon>>>;

/// Everything the daemon drives outside itself.
pub struct Parts {
    pub tray: Option<Box<dyn TrayIcon>>,
    pub new_tray: NewTray,
    pub notifier: Box<dyn Notices>,
    pub idle: Box<dyn IdleTime>,
    pub window: Box<dyn Windows>,
}

impl Parts {
    /// The real parts, reporting to `tx`. A missing tray host is reported
    /// and the daemon runs on without an icon.
    pub fn desktop(tx: Sender<Msg>) -> Parts {
        let tray_tx = tx.clone();
        let new_tray: NewTray = Box::new(move || {
            Tray::new(tray_tx.clone())
                .map(|t| Box::new(t) as Box<dyn TrayIcon>)
                .ok()
        });
        let tray = match Tray::new(tx.clone()) {
            Ok(t) => Some(Box::new(t) as Box<dyn TrayIcon>),
            Err(e) => {
                report(&format!(
                    "no tray icon ({e}); notifications and `sitbreak` still work"
                ));
                None
            }
        };
        Parts {
            tray,
            new_tray,
            notifier: Box::new(Notifier::new(tx.clone())),
            idle: Box::new(IdleSource::default()),
            window: Box::new(WindowLauncher::new(tx)),
        }
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
    fn break_due(&mut self, notice: &BreakNotice) -> bool {
        Notifier::break_due(self, notice)
    }
    fn refused(&mut self, reason: &str) -> bool {
        Notifier::refused(self, reason)
    }
    fn close(&mut self) {
        Notifier::close(self);
    }
}

impl IdleTime for IdleSource {
    fn idle_time(&mut self) -> Option<Duration> {
        IdleSource::idle_time(self)
    }
}

impl Windows for WindowLauncher {
    fn open(&mut self, view: View) -> bool {
        WindowLauncher::open(self, view)
    }
}
