//! The tray icon and its menu, through tray-icon's StatusNotifierItem
//! (ksni) backend: no GTK. The backend runs its own D-Bus thread and keeps
//! working when there is no tray host, or when the host restarts. Menu
//! clicks and icon activation come back to the daemon loop as [`Msg`]s.

use std::collections::HashMap;
use std::sync::mpsc::Sender;

use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};

use super::Msg;
use super::icons::{self, IconKey};
use crate::engine::PhaseKind;
use crate::ipc::protocol::StatusView;

/// Menu item ids, as the daemon loop sees them.
pub mod ids {
    pub const TAKE_BREAK: &str = "take-break";
    pub const SNOOZE: &str = "snooze";
    pub const SKIP: &str = "skip";
    pub const PAUSE_30M: &str = "pause-30m";
    pub const PAUSE_1H: &str = "pause-1h";
    pub const PAUSE_2H: &str = "pause-2h";
    pub const PAUSE_TOMORROW: &str = "pause-tomorrow";
    pub const RESUME: &str = "resume";
    pub const OPEN: &str = "open";
    pub const SETTINGS: &str = "settings";
    pub const STATISTICS: &str = "statistics";
    pub const QUIT: &str = "quit";
}

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
        let item = |id: &str, text: &str| MenuItem::with_id(id, text, true, None);
        let take_break = item(ids::TAKE_BREAK, "Take a break now");
        let snooze = item(ids::SNOOZE, "Snooze");
        let skip = item(ids::SKIP, "Skip this break");
        let pause = Submenu::with_id("pause", "Pause", true);
        pause
            .append_items(&[
                &item(ids::PAUSE_30M, "30 minutes"),
                &item(ids::PAUSE_1H, "1 hour"),
                &item(ids::PAUSE_2H, "2 hours"),
                &item(ids::PAUSE_TOMORROW, "Until tomorrow"),
            ])
            .map_err(|e| e.to_string())?;
        let resume = item(ids::RESUME, "Resume");
        let menu = Menu::new();
        menu.append_items(&[
            &take_break,
            &snooze,
            &skip,
            &pause,
            &resume,
            &PredefinedMenuItem::separator(),
            &item(ids::OPEN, "Open Sitbreak"),
            &item(ids::SETTINGS, "Settings"),
            &item(ids::STATISTICS, "Statistics"),
            &PredefinedMenuItem::separator(),
            &item(ids::QUIT, "Quit"),
        ])
        .map_err(|e| e.to_string())?;

        let menu_tx = tx.clone();
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            let _ = menu_tx.send(Msg::Menu(event.id.0));
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
