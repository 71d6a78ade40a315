//! Makes sure the tray item is registered again after a panel restart.
//!
//! ksni re-registers the moment a new StatusNotifierWatcher takes its bus
//! name; a watcher that has not exported its object yet rejects that one
//! call, and ksni never retries. This follows the watcher's name, checks a
//! moment later that our item is listed, and asks the daemon loop to
//! rebuild the tray item when it is not.

use std::sync::mpsc::Sender;
use std::time::Duration;

use async_io::Timer;
use futures_lite::StreamExt;
use zbus::Connection;
use zbus::fdo::DBusProxy;

use super::Msg;
use super::watch::{bus, with_executor};

const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// Follows the watcher on the session bus; returns at once without one.
pub async fn watch(tx: Sender<Msg>) {
    let Some(conn) = bus(zbus::connection::Builder::session()).await else {
        return;
    };
    let listen = async {
        let Ok(proxy) = DBusProxy::new(&conn).await else {
            return;
        };
        let Ok(mut changes) = proxy
            .receive_name_owner_changed_with_args(&[(0, WATCHER)])
            .await
        else {
            return;
        };
        while let Some(change) = changes.next().await {
            let appeared = change.args().is_ok_and(|a| a.new_owner().is_some());
            if appeared
                && !confirm_registered(&conn).await
                && tx.send(Msg::TrayHostRestarted).is_err()
            {
                return;
            }
        }
    };
    with_executor(&conn, listen).await;
}

/// Waits for the new watcher to list our item, a few seconds at most.
async fn confirm_registered(bus: &Connection) -> bool {
    let ours = format!("org.kde.StatusNotifierItem-{}-", std::process::id());
    for _ in 0..6 {
        Timer::after(Duration::from_millis(500)).await;
        if registered_items(bus)
            .await
            .iter()
            .any(|item| item.starts_with(&ours))
        {
            return true;
        }
    }
    false
}

async fn registered_items(bus: &Connection) -> Vec<String> {
    let reply = bus
        .call_method(
            Some(WATCHER),
            "/StatusNotifierWatcher",
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &(WATCHER, "RegisteredStatusNotifierItems"),
        )
        .await;
    reply
        .ok()
        .and_then(|m| m.body().deserialize::<zbus::zvariant::OwnedValue>().ok())
        .and_then(|v| Vec::<String>::try_from(v).ok())
        .unwrap_or_default()
}
