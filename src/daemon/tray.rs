//! The tray icon and its menu, through tray-icon's StatusNotifierItem
//! (ksni) backend: no GTK. The backend runs its own D-Bus thread and keeps
//! working when there is no tray host, or when the host restarts. Menu
//! clicks and icon activation come back to the daemon loop as [`Msg`]s.

use std::collections::HashMap;
use std::sync::mpsc::Sender;

use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};

use super::icons::{self, IconKey};
use super::{Msg, Origin};
use crate::engine::PhaseKind;
use crate::ipc::protocol::{Request, StatusView, View};

/// The tray icon, its menu items, and what they currently show.
pub struct Tray {
    icon: TrayIcon,
    menu: Menu,
    take_break: MenuItem,
    snooze: MenuItem,
    skip: MenuItem,
    pause: Submenu,
    resume: MenuItem,
    skip_shown: bool,
    icons: HashMap<IconKey, Icon>,
    shown_key: Option<IconKey>,
    shown_tooltip: String,
}

/// Position of Skip in the menu, for putting it back after strict mode.
const SKIP_POSITION: usize = 2;

impl Tray {
    /// Registers the tray item; menu clicks are sent to `tx`.
    pub fn new(tx: Sender<Msg>) -> Result<Tray, String> {
        // Each item's id is the request it sends, so a click needs no
        // second table to say what it means.
        let item = |request: Request, text: &str| {
            MenuItem::with_id(super::actions::id(&request), text, true, None)
        };
        let hour = 3600;
        let take_break = item(Request::TakeBreak, "Take a break now");
        let snooze = item(Request::Snooze, "Snooze");
        let skip = item(Request::Skip, "Skip this break");
        let pause = Submenu::with_id("pause", "Pause", true);
        pause
            .append_items(&[
                &item(Request::Pause { secs: hour / 2 }, "30 minutes"),
                &item(Request::Pause { secs: hour }, "1 hour"),
                &item(Request::Pause { secs: 2 * hour }, "2 hours"),
                &item(Request::PauseUntilTomorrow, "Until tomorrow"),
            ])
            .map_err(|e| e.to_string())?;
        let resume = item(Request::Resume, "Resume");
        let menu = Menu::new();
        menu.append_items(&[
            &take_break,
            &snooze,
            &skip,
            &pause,
            &resume,
            &PredefinedMenuItem::separator(),
            &item(Request::Open { view: View::Home }, "Open Sitbreak"),
            &item(
                Request::Open {
                    view: View::Settings,
                },
                "Settings",
            ),
            &item(
                Request::Open {
                    view: View::Statistics,
                },
                "Statistics",
            ),
            &PredefinedMenuItem::separator(),
            &item(Request::Quit, "Quit"),
        ])
        .map_err(|e| e.to_string())?;

        let menu_tx = tx.clone();
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            if let Some(request) = super::actions::request(&event.id.0) {
                let _ = menu_tx.send(Msg::Act {
                    request,
                    from: Origin::Tray,
                });
            }
        }));
        TrayIconEvent::set_event_handler(Some(move |event: TrayIconEvent| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                let _ = tx.send(Msg::TrayActivate);
            }
        }));

        let first = IconKey::new(PhaseKind::Sitting, 0);
        let first_icon = Icon::from_rgba(icons::render(first), icons::SIZE, icons::SIZE)
            .map_err(|e| e.to_string())?;
        let icon = TrayIconBuilder::new()
            .with_id("sitbreak")
            .with_title("Sitbreak")
            .with_tooltip("Sitbreak")
            .with_icon(first_icon.clone())
            .with_menu(Box::new(menu.clone()))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Tray {
            icon,
            menu,
            take_break,
            snooze,
            skip,
            pause,
            resume,
            skip_shown: true,
            icons: HashMap::from([(first, first_icon)]),
            shown_key: Some(first),
            shown_tooltip: "Sitbreak".into(),
        })
    }

    /// Shows `status`: icon, tooltip, and which items apply now.
    pub fn update(&mut self, status: &StatusView) {
        let key = IconKey::new(status.phase, status.progress_permille);
        if self.shown_key != Some(key) {
            let icon = match self.icons.get(&key) {
                Some(icon) => Some(icon.clone()),
                None => Icon::from_rgba(icons::render(key), icons::SIZE, icons::SIZE).ok(),
            };
            if let Some(icon) = icon
                && self.icon.set_icon(Some(icon.clone())).is_ok()
            {
                self.icons.insert(key, icon);
                self.shown_key = Some(key);
            }
        }
        if self.shown_tooltip != status.summary
            && self.icon.set_tooltip(Some(&status.summary)).is_ok()
        {
            self.shown_tooltip = status.summary.clone();
        }

        let phase = status.phase;
        let near_break = matches!(phase, PhaseKind::BreakDue)
            || (phase == PhaseKind::Sitting && status.progress_permille >= 990);
        self.take_break.set_enabled(phase != PhaseKind::OnBreak);
        self.snooze
            .set_enabled(near_break && status.snoozes_left > 0);
        self.skip.set_enabled(near_break);
        self.pause
            .set_enabled(phase != PhaseKind::OnBreak && phase != PhaseKind::Paused);
        self.resume.set_enabled(phase == PhaseKind::Paused);
        // Strict mode takes Skip out of the menu rather than greying it.
        if status.strict && self.skip_shown {
            if self.menu.remove(&self.skip).is_ok() {
                self.skip_shown = false;
            }
        } else if !status.strict
            && !self.skip_shown
            && self.menu.insert(&self.skip, SKIP_POSITION).is_ok()
        {
            self.skip_shown = true;
        }
    }
}
