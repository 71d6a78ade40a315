//! Media players paused for a break and resumed after it, through MPRIS
//! (`org.mpris.MediaPlayer2.*` on the session bus). Only the players that
//! were playing are paused, and only those are resumed, and only if they
//! are still paused: a player the person had paused, or started or
//! stopped themselves meanwhile, is left alone. Each round runs on a
//! short-lived thread (`daemon::media_rounds`).

use std::time::Duration;

use zbus::blocking::Connection;

use crate::daemon::media_rounds::MediaRounds;

const PREFIX: &str = "org.mpris.MediaPlayer2.";
const PATH: &str = "/org/mpris/MediaPlayer2";
const PLAYER: &str = "org.mpris.MediaPlayer2.Player";

/// Pauses and resumes MPRIS players, a round on a thread each time.
pub fn media() -> MediaRounds {
    MediaRounds::new(
        || bus().map(|c| pause_playing(&c)).unwrap_or_default(),
        |paused| {
            if let Some(c) = bus() {
                for name in paused {
                    if status(&c, &name).as_deref() == Some("Paused") {
                        let _ = call(&c, &name, "Play");
                    }
                }
            }
        },
    )
}

fn bus() -> Option<Connection> {
    zbus::blocking::connection::Builder::session()
        .ok()?
        .method_timeout(Duration::from_secs(1))
        .build()
        .ok()
}

/// Pauses the players that are playing; returns their bus names.
fn pause_playing(c: &Connection) -> Vec<String> {
    let Ok(proxy) = zbus::blocking::fdo::DBusProxy::new(c) else {
        return Vec::new();
    };
    let names = proxy.list_names().unwrap_or_default();
    names
        .iter()
        .map(|n| n.as_str().to_owned())
        .filter(|n| n.starts_with(PREFIX))
        .filter(|n| status(c, n).as_deref() == Some("Playing"))
        .filter(|n| call(c, n, "Pause").is_some())
        .collect()
}

fn status(c: &Connection, name: &str) -> Option<String> {
    let proxy = zbus::blocking::fdo::PropertiesProxy::builder(c)
        .destination(name)
        .ok()?
        .path(PATH)
        .ok()?
        .build()
        .ok()?;
    let iface = zbus::names::InterfaceName::try_from(PLAYER).ok()?;
    String::try_from(proxy.get(iface, "PlaybackStatus").ok()?).ok()
}

fn call(c: &Connection, name: &str, method: &str) -> Option<()> {
    c.call_method(Some(name), PATH, Some(PLAYER), method, &())
        .ok()
        .map(|_| ())
}
