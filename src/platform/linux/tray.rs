//! The tray icon and its menu: a StatusNotifierItem with a dbusmenu,
//! served by ksni on its own small executor (no GTK, no menu-watcher
//! thread). The menu is the shared one (`daemon::tray_menu`), rebuilt when
//! the status changes; clicks come back to the daemon loop as [`Msg`]s. It keeps working when there is no tray host
//! yet, and registers when one appears.

use std::collections::HashMap;
use std::sync::mpsc::Sender;

use ksni::menu::{MenuItem, StandardItem, SubMenu};
use ksni::{Handle, TrayMethods};

use crate::daemon::icons::{self, IconKey};
use crate::daemon::tray_menu::{Entry, Menu};
use crate::daemon::{Msg, Origin};
use crate::engine::PhaseKind;
use crate::ipc::protocol::{Request, StatusView};

/// What the tray item shows; ksni reads it whenever a host asks.
struct Item {
    tx: Sender<Msg>,
    menu: Menu,
    /// The tooltip's text: the status summary, or a note added to it.
    tooltip: String,
    icon: ksni::Icon,
}

impl Item {
    fn send(&self, request: Request) {
        let _ = self.tx.send(Msg::Act {
            request,
            from: Origin::Tray,
        });
    }
}

/// The shared menu's entries as ksni's.
fn entries(entries: Vec<Entry>) -> Vec<MenuItem<Item>> {
    entries
        .into_iter()
        .map(|entry| match entry {
            Entry::Item {
                label,
                enabled,
                request,
            } => StandardItem {
                label,
                enabled,
                activate: Box::new(move |item: &mut Item| item.send(request.clone())),
                ..Default::default()
            }
            .into(),
            Entry::Sub {
                label,
                enabled,
                items,
            } => SubMenu {
                label,
                enabled,
                submenu: self::entries(items),
                ..Default::default()
            }
            .into(),
            Entry::Separator => MenuItem::Separator,
        })
        .collect()
}

impl ksni::Tray for Item {
    fn id(&self) -> String {
        "sitbreak".into()
    }

    fn title(&self) -> String {
        "Sitbreak".into()
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        vec![self.icon.clone()]
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "Sitbreak".into(),
            description: self.tooltip.clone(),
            ..Default::default()
        }
    }

    fn activate(&mut self, _x: i32, _y: i32) {
        let _ = self.tx.send(Msg::TrayActivate);
    }

    // Keep serving while no watcher runs: a tray host that starts later
    // finds the item (and `tray_watch` re-registers it if it does not).
    fn watcher_offline(&self, _reason: ksni::OfflineReason) -> bool {
        true
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        entries(self.menu.entries())
    }
}

/// The tray item and what it last showed, so unchanged updates cost nothing.
pub struct Tray {
    handle: Handle<Item>,
    icons: HashMap<IconKey, ksni::Icon>,
    shown: Option<(IconKey, String, Menu)>,
}

/// The icon in the item's pixel format (ARGB32, network byte order).
fn pixmap(key: IconKey) -> ksni::Icon {
    let mut data = icons::render(key);
    for pixel in data.chunks_exact_mut(4) {
        pixel.rotate_right(1);
    }
    ksni::Icon {
        width: icons::SIZE as i32,
        height: icons::SIZE as i32,
        data,
    }
}

impl Tray {
    /// Registers the tray item; clicks are sent to `tx`.
    pub fn new(tx: Sender<Msg>) -> Result<Tray, String> {
        let first = IconKey::new(PhaseKind::Sitting, 0);
        let item = Item {
            tx,
            menu: Menu::of(None),
            tooltip: "Sitbreak".into(),
            icon: pixmap(first),
        };
        let handle = async_io::block_on(item.assume_sni_available(true).spawn())
            .map_err(|e| e.to_string())?;
        Ok(Tray {
            handle,
            icons: HashMap::new(),
            shown: None,
        })
    }

    /// Shows `status` (icon, which items apply) and `tooltip`. Nothing is
    /// sent when nothing the item shows has changed.
    pub fn update(&mut self, status: &StatusView, tooltip: &str) {
        let key = IconKey::new(status.phase, status.progress_permille);
        let menu = Menu::of(Some(status));
        let shown = (key, tooltip.to_owned(), menu);
        if self.shown.as_ref() == Some(&shown) {
            return;
        }
        let icon = self.icons.entry(key).or_insert_with(|| pixmap(key)).clone();
        let tooltip = tooltip.to_owned();
        futures_lite::future::block_on(self.handle.update(move |item| {
            item.icon = icon;
            item.menu = menu;
            item.tooltip = tooltip;
        }));
        self.shown = Some(shown);
    }
}

impl Drop for Tray {
    fn drop(&mut self) {
        // Frees the bus name and the service before a new item registers.
        async_io::block_on(self.handle.shutdown());
    }
}
