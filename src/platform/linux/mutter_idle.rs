//! Idle time from GNOME's Mutter by its watches rather than by asking:
//! an idle watch fires when input has rested for its interval, and a
//! one-shot user-active watch fires when input comes back, so "away" and
//! "back" are seen when they happen.
//!
//! The daemon thread says which intervals it wants (the natural-break
//! threshold, and the card's quiet time while a card waits) and pokes the
//! listening thread through a socket pair; the listening thread keeps
//! Mutter's watches in step and records what fires in [`Notes`].

use std::io::Write as _;
use std::os::unix::net::UnixStream;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_io::Async;
use futures_lite::{AsyncReadExt, StreamExt, future};

use super::bus::{bus, with_executor};
use super::idle_notes::{Notes, Watch};
use crate::daemon::Msg;

const SERVICE: &str = "org.gnome.Mutter.IdleMonitor";
const PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";

/// The intervals wanted: away, and pause while a card waits.
type Wanted = (Duration, Option<Duration>);

/// The daemon thread's side.
pub struct MutterIdle {
    notes: Notes,
    wanted: Arc<Mutex<Option<Wanted>>>,
    poke: UnixStream,
    current: Option<Wanted>,
}

/// The listening thread's side.
pub struct MutterListener {
    notes: Notes,
    wanted: Arc<Mutex<Option<Wanted>>>,
    poked: UnixStream,
    tx: Sender<Msg>,
}

/// Both sides, when Mutter's idle monitor is on the session bus.
pub fn connect(tx: Sender<Msg>) -> Option<(MutterIdle, MutterListener)> {
    let bus = zbus::blocking::connection::Builder::session()
        .ok()?
        .method_timeout(Duration::from_secs(1))
        .build()
        .ok()?;
    let dbus = zbus::blocking::fdo::DBusProxy::new(&bus).ok()?;
    let name = zbus::names::BusName::try_from(SERVICE).ok()?;
    if !dbus.name_has_owner(name).ok()? {
        return None;
    }
    let (poke, poked) = UnixStream::pair().ok()?;
    let notes = Notes::default();
    let wanted = Arc::new(Mutex::new(None));
    Some((
        MutterIdle {
            notes: notes.clone(),
            wanted: Arc::clone(&wanted),
            poke,
            current: None,
        },
        MutterListener {
            notes,
            wanted,
            poked,
            tx,
        },
    ))
}

impl MutterIdle {
    /// Asks for these intervals; the listening thread sets the watches.
    pub fn watch(&mut self, away: Duration, pause: Option<Duration>) {
        let wanted = Some((away, pause));
        if self.current == wanted {
            return;
        }
        self.current = wanted;
        *self.wanted.lock().unwrap_or_else(|e| e.into_inner()) = wanted;
        let _ = self.poke.write_all(b"w");
    }

    /// How long input has rested, as far as the watches tell.
    pub fn idle_time(&self) -> Duration {
        let (away, pause) = self.current.unwrap_or_default();
        self.notes.idle_time(Some(away), pause)
    }
}

/// Mutter's watch ids for what is installed now.
#[derive(Default)]
struct Installed {
    wanted: Option<Wanted>,
    away: Option<u32>,
    pause: Option<u32>,
    active: Option<u32>,
}

/// Keeps Mutter's watches and records what fires, until the bus goes.
pub async fn listen(listener: MutterListener) {
    let Some(conn) = bus(zbus::connection::Builder::session()).await else {
        return;
    };
    let run = async {
        let Ok(proxy) = zbus::Proxy::new(&conn, SERVICE, PATH, SERVICE).await else {
            return;
        };
        let Ok(mut fired) = proxy.receive_signal("WatchFired").await else {
            return;
        };
        let Ok(mut poked) = Async::new(listener.poked) else {
            return;
        };
        let mut installed = Installed::default();
        loop {
            let wanted = *listener.wanted.lock().unwrap_or_else(|e| e.into_inner());
            if wanted != installed.wanted {
                reinstall(&proxy, &mut installed, wanted, &listener.notes).await;
            }
            let event = future::or(
                async {
                    fired
                        .next()
                        .await
                        .map(|m| m.body().deserialize::<u32>().ok())
                },
                async {
                    let mut byte = [0u8; 16];
                    match poked.read(&mut byte).await {
                        Ok(n) if n > 0 => Some(None),
                        _ => None,
                    }
                },
            )
            .await;
            let id = match event {
                None => return,
                Some(None) => continue,
                Some(Some(id)) => id,
            };
            if Some(id) == installed.active {
                installed.active = None;
                listener.notes.resumed();
            } else if Some(id) == installed.away || Some(id) == installed.pause {
                let watch = if Some(id) == installed.away {
                    Watch::Away
                } else {
                    Watch::Pause
                };
                listener.notes.fired(watch);
                if installed.active.is_none() {
                    installed.active = proxy
                        .call::<_, _, u32>("AddUserActiveWatch", &())
                        .await
                        .ok();
                }
            } else {
                continue;
            }
            if listener.tx.send(Msg::IdleChanged).is_err() {
                return;
            }
        }
    };
    with_executor(&conn, run).await;
}

/// Replaces the idle watches with ones for `wanted`.
async fn reinstall(
    proxy: &zbus::Proxy<'_>,
    installed: &mut Installed,
    wanted: Option<Wanted>,
    notes: &Notes,
) {
    for id in [installed.away.take(), installed.pause.take()]
        .into_iter()
        .flatten()
    {
        let _ = proxy.call::<_, _, ()>("RemoveWatch", &(id,)).await;
    }
    notes.forget(Watch::Away);
    notes.forget(Watch::Pause);
    installed.wanted = wanted;
    let Some((away, pause)) = wanted else {
        return;
    };
    let add = |d: Duration| async move {
        let ms = u64::try_from(d.as_millis()).unwrap_or(u64::MAX).max(1);
        proxy.call::<_, _, u32>("AddIdleWatch", &(ms,)).await.ok()
    };
    // Mutter's watches count from the last input, not from when they were
    // set, so what they report needs no correction (see `Notes::watching`).
    installed.away = add(away).await;
    if let Some(pause) = pause {
        installed.pause = add(pause).await;
    }
}
