//! A locked screen means the person left, at once: the screensaver's
//! `ActiveChanged` signal on the session bus (`org.freedesktop.ScreenSaver`,
//! as KDE Plasma and others send it, and `org.gnome.ScreenSaver`), and
//! logind's `Lock` and `Unlock` for this session on the system bus. Each
//! becomes `Msg::Locked`. Nothing is polled: without these, nothing is
//! heard, and idle time still tells.

use std::sync::mpsc::Sender;

use futures_lite::StreamExt;
use zbus::MatchRule;
use zbus::message::Type;

use super::bus::{bus, with_executor};
use crate::daemon::Msg;

const SCREENSAVERS: [&str; 2] = ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"];

/// Follows the screensavers until the daemon goes.
pub async fn watch(tx: Sender<Msg>) {
    futures_lite::future::zip(screensavers(tx.clone()), session_locks(tx)).await;
}

async fn screensavers(tx: Sender<Msg>) {
    let Some(conn) = bus(zbus::connection::Builder::session()).await else {
        return;
    };
    let listen = async {
        let mut streams = Vec::new();
        for interface in SCREENSAVERS {
            let Ok(rule) = MatchRule::builder()
                .msg_type(Type::Signal)
                .interface(interface)
                .and_then(|r| r.member("ActiveChanged"))
                .map(|r| r.build())
            else {
                continue;
            };
            if let Ok(stream) = zbus::MessageStream::for_match_rule(rule, &conn, None).await {
                streams.push(stream);
            }
        }
        // Either screensaver's signal, whichever comes.
        let Some(mut all) = streams
            .into_iter()
            .map(StreamExt::boxed)
            .reduce(|a, b| a.or(b).boxed())
        else {
            return;
        };
        while let Some(Ok(message)) = all.next().await {
            if !tell(&tx, &message) {
                return;
            }
        }
    };
    with_executor(&conn, listen).await;
}

/// Passes an `ActiveChanged(bool)` on; false once the daemon is gone.
fn tell(tx: &Sender<Msg>, message: &zbus::Message) -> bool {
    match message.body().deserialize::<bool>() {
        Ok(active) => tx.send(Msg::Locked(active)).is_ok(),
        Err(_) => true,
    }
}

/// logind's object path for this session, from `XDG_SESSION_ID`.
fn session_path() -> Option<String> {
    let id = std::env::var("XDG_SESSION_ID").ok()?;
    // logind escapes each byte outside [A-Za-z0-9] as _XX.
    let escaped: String = id
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("_{b:02x}")
            }
        })
        .collect();
    Some(format!("/org/freedesktop/login1/session/{escaped}"))
}

async fn session_locks(tx: Sender<Msg>) {
    let Some(path) = session_path() else {
        return;
    };
    let Some(conn) = bus(zbus::connection::Builder::system()).await else {
        return;
    };
    let listen = async {
        let Some(proxy) = super::bus::logind(&conn, &path, "Session").await else {
            return;
        };
        let (Ok(locks), Ok(unlocks)) = (
            proxy.receive_signal("Lock").await,
            proxy.receive_signal("Unlock").await,
        ) else {
            return;
        };
        let mut both = locks.map(|_| true).or(unlocks.map(|_| false));
        while let Some(locked) = both.next().await {
            if tx.send(Msg::Locked(locked)).is_err() {
                return;
            }
        }
    };
    with_executor(&conn, listen).await;
}
