//! Wakes the daemon loop the moment the machine resumes, from logind's
//! `PrepareForSleep(false)` signal on the system bus, so the tray and the
//! tooltip are right at once. Without logind (or a system bus) the loop
//! still notices the suspend from its clocks at its next wake.

use std::sync::mpsc::Sender;

use futures_lite::StreamExt;

use super::bus::{bus, logind};
use crate::daemon::Msg;

/// Follows logind until the daemon goes; returns at once without logind.
pub async fn watch(tx: Sender<Msg>) {
    let Some(conn) = bus(zbus::connection::Builder::system()).await else {
        return;
    };
    let listen = async {
        let Some(proxy) = logind(&conn, "/org/freedesktop/login1", "Manager").await else {
            return;
        };
        let Ok(mut signals) = proxy.receive_signal("PrepareForSleep").await else {
            return;
        };
        while let Some(message) = signals.next().await {
            let going_to_sleep = message.body().deserialize::<bool>().unwrap_or(true);
            if !going_to_sleep && tx.send(Msg::Woke).is_err() {
                return;
            }
        }
    };
    super::bus::with_executor(&conn, listen).await;
}
