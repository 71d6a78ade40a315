//! Makes sure the tray item is registered again after a panel restart.
//!
//! ksni re-registers the moment a new StatusNotifierWatcher takes its bus
//! name; a watcher that has not exported its object yet rejects that one
//! call, and ksni never retries. This thread follows the watcher's name,
//! checks a moment later that our item is listed, and asks the daemon loop
//! to rebuild the tray icon when it is not.

use std::sync::mpsc::Sender;
use std::time::Duration;

use zbus::blocking::Connection;
use zbus::blocking::fdo::DBusProxy;

use super::Msg;

const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// Starts following the watcher on the session bus; does nothing without one.
pub fn spawn(tx: Sender<Msg>) {
    let _ = std::thread::Builder::new()
        .name("tray-watch".into())
        .stack_size(256 * 1024)
        .spawn(move || {
            let Ok(bus) = Connection::session() else {
                return;
            };
            let Ok(proxy) = DBusProxy::new(&bus) else {
                return;
            };
            let Ok(changes) = proxy.receive_name_owner_changed_with_args(&[(0, WATCHER)]) else {
                return;
            };
            for change in changes {
                let appeared = change.args().is_ok_and(|a| a.new_owner().is_some());
                if appeared && !confirm_registered(&bus) && tx.send(Msg::TrayHostRestarted).is_err()
                {
                    return;
                }
            }
        });
}

/// Waits for the new watcher to list our item, a few seconds at most.
fn confirm_registered(bus: &Connection) -> bool {
    let ours = format!("org.kde.StatusNotifierItem-{}-", std::process::id());
    for _ in 0..6 {
        std::thread::sleep(Duration::from_millis(500));
        if registered_items(bus)
            .iter()
            .any(|item| item.starts_with(&ours))
        {
            return true;
        }
    }
    false
}

fn registered_items(bus: &Connection) -> Vec<String> {
    let reply = bus.call_method(
        Some(WATCHER),
        "/StatusNotifierWatcher",
        Some("org.freedesktop.DBus.Properties"),
        "Get",
        &(WATCHER, "RegisteredStatusNotifierItems"),
    );
    reply
        .ok()
        .and_then(|m| m.body().deserialize::<zbus::zvariant::OwnedValue>().ok())
        .and_then(|v| Vec::<String>::try_from(v).ok())
        .unwrap_or_default()
}
