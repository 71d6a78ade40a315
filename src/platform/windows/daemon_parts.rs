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
use super::notify_icon;
use super::presence::Desk;
use super::shell::Shell;
use super::toasts::{Toast, Toasts};
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
            notifier: Box::new(Notifications::new(tx.clone(), shell)),
            idle: Box::new(LastInput),
            window: Box::new(WindowLauncher::new(tx.clone())),
            chimes: Box::new(ChimeThread::new(Arc::new(WaveOut))),
            busy: Box::new(Desk),
            players: Box::new(super::media::media()),
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

/// Notifications as toasts, or as balloons from the icon where Windows
/// shows no toasts; a click on a balloon sends its request.
struct Notifications {
    toasts: Option<Toasts>,
    shell: Option<Shell>,
    /// What is on screen is a sit–stand prompt.
    prompting: bool,
}

impl Notifications {
    fn new(tx: Sender<Msg>, shell: Option<Shell>) -> Notifications {
        let icon_dir = crate::store::paths::Paths::from_env()
            .ok()
            .and_then(|p| p.runtime_dir);
        let toasts = Toasts::new(tx, icon_dir.as_deref())
            .map_err(|e| report(&format!("no toasts ({e}); balloons from the icon instead")))
            .ok();
        Notifications {
            toasts,
            shell,
            prompting: false,
        }
    }

    fn show(
        &mut self,
        words: crate::words::Notice,
        click: Option<Request>,
        buttons: &[(Request, String)],
        stays: bool,
    ) -> bool {
        self.prompting = false;
        if let Some(toasts) = &mut self.toasts {
            let toast = Toast {
                words: &words,
                click: click.as_ref(),
                buttons,
                stays,
            };
            let shell = self.shell.clone();
            let (failed_words, failed_click) = (words.clone(), click.clone());
            let shown = toasts.show(&toast, move || {
                if let Some(shell) = &shell {
                    balloon(shell, &failed_words, failed_click.clone());
                }
            });
            if shown {
                return true;
            }
        }
        self.shell
            .as_ref()
            .is_some_and(|shell| balloon(shell, &words, click))
    }
}

/// A balloon from the icon; a click on it sends `click`.
fn balloon(shell: &Shell, words: &crate::words::Notice, click: Option<Request>) -> bool {
    crate::sound::lock(&shell.shown).balloon_click = click;
    notify_icon::balloon(shell.window(), &words.title, &words.body)
}

impl Notices for Notifications {
    fn warn(&mut self, due_in: Duration, routine: Option<&str>) -> bool {
        self.show(crate::words::warning(due_in, routine), None, &[], false)
    }
    fn break_due(&mut self, notice: &BreakNotice) -> bool {
        let words = crate::words::break_due(notice.routine, notice.length);
        let buttons = crate::words::break_buttons(notice.snooze_minutes, notice.can_skip);
        self.show(
            words,
            Some(Request::Open { view: View::Break }),
            &buttons,
            true,
        )
    }
    fn held(&mut self, by: &BusyReason) -> bool {
        self.show(crate::words::held(by), None, &[], false)
    }
    fn refused(&mut self, reason: &str) -> bool {
        self.show(crate::words::refused(reason), None, &[], false)
    }
    fn prompt(&mut self, notice: &PromptNotice) -> bool {
        let words = crate::words::prompt(notice.prompt, &notice.sat, &notice.stand);
        let buttons =
            crate::words::prompt_buttons(notice.prompt, notice.snooze_minutes, notice.can_skip);
        let click = match notice.prompt {
            Prompt::StandUp | Prompt::SitDown => Request::Open { view: View::Prompt },
        };
        let shown = self.show(words, Some(click), &buttons, true);
        self.prompting = shown;
        shown
    }
    fn close_prompt(&mut self) {
        if self.prompting {
            self.close();
        }
    }
    fn close(&mut self) {
        self.prompting = false;
        if let Some(toasts) = &mut self.toasts {
            toasts.close();
        }
        if let Some(shell) = &self.shell {
            crate::sound::lock(&shell.shown).balloon_click = None;
            notify_icon::close_balloon(shell.window());
        }
    }
}
