//! Wakes the daemon loop the moment the machine resumes, from logind's
//! `PrepareForSleep(false)` signal on the system bus, so the tray and the
//! tooltip are right at once. Without logind (or a system bus) the loop
//! still notices the suspend from its clocks at its next wake.

use std::sync::mpsc::Sender;

use super::Msg;

/// Starts listening; returns quietly when there is no logind.
pub fn spawn(tx: Sender<Msg>) {
    let _ = std::thread::Builder::new()
        .name("sleep-watch".into())
        .stack_size(256 * 1024)
        .spawn(move || {
            let Ok(bus) = zbus::blocking::Connection::system() else {
                return;
            };
            let Ok(proxy) = zbus::blocking::Proxy::new(
                &bus,
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
            ) else {
                return;
            };
            let Ok(signals) = proxy.receive_signal("PrepareForSleep") else {
                return;
            };
            for message in signals {
                let going_to_sleep = message.body().deserialize::<bool>().unwrap_or(true);
                if !going_to_sleep && tx.send(Msg::Woke).is_err() {
                    return;
                }
            }
        });
}
