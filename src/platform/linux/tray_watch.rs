//! Makes sure the tray item stays registered: after a panel restart, and
//! when the watcher drops it.
//!
//! ksni re-registers the moment a new StatusNotifierWatcher takes its bus
//! name; a watcher that has not exported its object yet rejects that one
//! call, and ksni never retries. GNOME's AppIndicator extension sometimes
//! drops a freshly registered item ("Argument two may not be null") and
//! says so with `StatusNotifierItemUnregistered`. In both cases this checks
//! a moment later that our item is listed, and asks the daemon loop to
//! rebuild the tray item when it is not; a watcher that keeps dropping it
//! is retried with growing waits, never in a tight loop.

use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use async_io::Timer;
use futures_lite::StreamExt;
use zbus::Connection;
use zbus::fdo::DBusProxy;

use super::bus::{bus, with_executor};
use crate::daemon::{Msg, report};

const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// Follows the watcher on the session bus; returns at once without one.
pub async fn watch(tx: Sender<Msg>) {
    let Some(conn) = bus(zbus::connection::Builder::session()).await else {
        return;
    };
    let restarts = async {
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
            if appeared && !confirm_registered(&conn).await && tx.send(Msg::TrayItemLost).is_err() {
                return;
            }
        }
    };
    let drops = follow_drops(&conn, &tx);
    let both = async {
        futures_lite::future::zip(restarts, drops).await;
    };
    with_executor(&conn, both).await;
}

/// Registers again each time the watcher drops our item.
async fn follow_drops(conn: &Connection, tx: &Sender<Msg>) {
    let Ok(proxy) = zbus::Proxy::new(conn, WATCHER, "/StatusNotifierWatcher", WATCHER).await else {
        return;
    };
    let Ok(mut dropped) = proxy.receive_signal("StatusNotifierItemUnregistered").await else {
        return;
    };
    let mut backoff = Backoff::default();
    while let Some(signal) = dropped.next().await {
        let service: String = signal.body().deserialize().unwrap_or_default();
        if !service.starts_with(&our_prefix()) {
            continue;
        }
        let wait = backoff.next(Instant::now());
        Timer::after(wait).await;
        if confirm_registered(conn).await {
            continue;
        }
        report(&format!(
            "the tray watcher dropped the tray icon; registering it again (after {} s)",
            wait.as_secs()
        ));
        if tx.send(Msg::TrayItemLost).is_err() {
            return;
        }
    }
}

/// Waits before registering again: 1 s, doubling to 5 minutes while the
/// watcher keeps dropping the item, back to 1 s once it kept it 10 minutes.
#[derive(Default)]
struct Backoff {
    last: Option<(Instant, Duration)>,
}

impl Backoff {
    fn next(&mut self, now: Instant) -> Duration {
        let wait = match self.last {
            Some((at, wait)) if now.duration_since(at) < Duration::from_secs(600) => {
                (wait * 2).min(Duration::from_secs(300))
            }
            _ => Duration::from_secs(1),
        };
        self.last = Some((now, wait));
        wait
    }
}

/// How our item's service name begins (ksni names it by process id).
fn our_prefix() -> String {
    format!("org.kde.StatusNotifierItem-{}-", std::process::id())
}

/// Waits for the new watcher to list our item, a few seconds at most.
async fn confirm_registered(bus: &Connection) -> bool {
    let ours = our_prefix();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_watcher_that_keeps_dropping_the_icon_is_retried_ever_more_slowly() {
        let mut b = Backoff::default();
        let t = Instant::now();
        let waits: Vec<u64> = (0..12)
            .map(|i| b.next(t + Duration::from_secs(i)).as_secs())
            .collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]);
    }

    #[test]
    fn a_drop_long_after_the_last_starts_again_at_one_second() {
        let mut b = Backoff::default();
        let t = Instant::now();
        b.next(t);
        b.next(t + Duration::from_secs(1));
        assert_eq!(b.next(t + Duration::from_secs(700)), Duration::from_secs(1));
    }
}
