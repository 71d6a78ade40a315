//! What Windows gives the daemon: its parts and its clock, made in one
//! place. The hidden window's thread (`shell.rs`) is the one listener: it
//! hears the icon, locks, resume and the session ending.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::time::Duration;

use super::autostart::RunKey;
use super::clock::TickClock;
use super::doctor::{self, Checks};
use super::idle::LastInput;
use super::media::Media;
use super::notify_icon;
use super::presence::Desk;
use super::shell::Shell;
use super::wave_out::WaveOut;
use crate::daemon::ChimeThread;
use crate::daemon::icons::IconKey;
use crate::daemon::parts::{
    BreakNotice, Clock, Notices, Parts, Platform, PromptNotice, StartTray, TrayBox, TrayIcon,
    TrayItem,
};
use crate::daemon::tray_menu::Menu;
use crate::daemon::{Msg, WindowLauncher, report};
use crate::engine::BusyReason;
use crate::ipc::protocol::{DesktopReport, Request, StatusView, View};
use crate::posture::Prompt;

/// The Windows desktop the daemon runs in.
pub struct Desktop;

impl Platform for Desktop {
    fn parts(&self, tx: Sender<Msg>) -> Parts {
        let shell = Shell::start(tx.clone())
            .map_err(|e| report(&format!("no notification-area icon: {e}")))
            .ok();
        let tray_tx = tx.clone();
        let tray_shell = shell.clone();
        let mut start_tray: StartTray = Box::new(move |old| {
            // Explorer restarting is the window thread's to handle, so an
            // icon once made is kept.
            let made = match (old, &tray_shell) {
                (Some(old), _) => Ok(old),
                (None, Some(shell)) => Ok(Box::new(NotifyIcon::new(shell.clone())) as TrayBox),
                (None, None) => Err("the hidden window could not be made".to_owned()),
            };
            let _ = tray_tx.send(Msg::TrayReady(made));
        });
        start_tray(None);
        Parts {
            tray: None,
            start_tray,
            notifier: Box::new(Balloons { shell }),
            idle: Box::new(LastInput),
            window: Box::new(WindowLauncher::new(tx.clone())),
            chimes: Box::new(ChimeThread::new(Arc::new(WaveOut))),
            busy: Box::new(Desk),
            players: Box::new(Media::default()),
            doctor: Box::new(Checks),
            autostart: Box::new(RunKey::default()),
            to_loop: tx,
        }
    }

    fn clock(&self) -> Box<dyn Clock> {
        Box::new(TickClock::default())
    }

    fn examine(&self) -> DesktopReport {
        doctor::examine(TrayItem::Unknown, &mut LastInput)
    }
}

/// The notification-area icon, as the daemon's loop holds it: the window
/// thread's record of what it shows, and each icon drawn once.
struct NotifyIcon {
    shell: Shell,
    icons: HashMap<IconKey, isize>,
}

impl NotifyIcon {
    fn new(shell: Shell) -> NotifyIcon {
        NotifyIcon {
            shell,
            icons: HashMap::new(),
        }
    }
}

impl TrayIcon for NotifyIcon {
    /// Nothing is sent when nothing the icon shows has changed.
    fn update(&mut self, status: &StatusView, tooltip: &str) {
        let key = IconKey::new(status.phase, status.progress_permille);
        let icon = *self
            .icons
            .entry(key)
            .or_insert_with(|| notify_icon::make_icon(key));
        let menu = Menu::of(Some(status));
        let shown = {
            let mut shown = crate::sound::lock(&self.shell.shown);
            if shown.icon == icon && shown.tip == tooltip && shown.menu == menu {
                return;
            }
            shown.icon = icon;
            shown.tip = tooltip.to_owned();
            shown.menu = menu;
            shown.clone()
        };
        notify_icon::modify(self.shell.window(), &shown);
    }
}

impl Drop for NotifyIcon {
    fn drop(&mut self) {
        self.shell.close();
    }
}

/// Notifications as balloons from the icon; a click on one sends the
/// balloon's request.
struct Balloons {
    shell: Option<Shell>,
}

impl Balloons {
    fn show(&mut self, words: crate::words::Notice, click: Option<Request>) -> bool {
        let Some(shell) = &self.shell else {
            return false;
        };
        crate::sound::lock(&shell.shown).balloon_click = click;
        notify_icon::balloon(shell.window(), &words.title, &words.body)
    }
}

impl Notices for Balloons {
    fn warn(&mut self, due_in: Duration, routine: Option<&str>) -> bool {
        self.show(crate::words::warning(due_in, routine), None)
    }
    fn break_due(&mut self, notice: &BreakNotice) -> bool {
        let words = crate::words::break_due(notice.routine, notice.length);
        self.show(words, Some(Request::Open { view: View::Break }))
    }
    fn held(&mut self, by: &BusyReason) -> bool {
        self.show(crate::words::held(by), None)
    }
    fn refused(&mut self, reason: &str) -> bool {
        self.show(crate::words::refused(reason), None)
    }
    fn prompt(&mut self, notice: &PromptNotice) -> bool {
        let (title, line) = notice.prompt.words(&notice.sat, &notice.stand);
        let words = crate::words::Notice {
            title: title.to_owned(),
            body: line,
        };
        let click = match notice.prompt {
            Prompt::StandUp | Prompt::SitDown => Request::Open { view: View::Prompt },
        };
        self.show(words, Some(click))
    }
    fn close(&mut self) {
        if let Some(shell) = &self.shell {
            crate::sound::lock(&shell.shown).balloon_click = None;
            notify_icon::close_balloon(shell.window());
        }
    }
}
