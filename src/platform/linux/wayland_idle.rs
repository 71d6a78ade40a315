//! Idle time from the Wayland compositor, which tells the moment input
//! stops and starts again instead of being asked: `ext-idle-notify-v1`
//! (KWin, sway 1.8+, Hyprland, niri, COSMIC) or KDE's older
//! `org_kde_kwin_idle` (sway 1.7, older KWin).
//!
//! Two watches are kept: "away" with the natural-break threshold, always,
//! and "pause" with the card's quiet time, only while a card waits (a
//! short watch fires at every pause in typing, which would wake the daemon
//! all day). The daemon thread makes and drops the watches; the listening
//! thread reads the socket, records when each watch fired and wakes the
//! loop with [`Msg::IdleChanged`].

use std::os::fd::OwnedFd;
use std::sync::mpsc::Sender;
use std::time::Duration;

use wayland_client::globals::{GlobalListContents, registry_queue_init};
use wayland_client::protocol::{wl_registry, wl_seat::WlSeat};
use wayland_client::{Connection, Dispatch, EventQueue, QueueHandle};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notification_v1::{
    self, ExtIdleNotificationV1,
};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notifier_v1::ExtIdleNotifierV1;
use wayland_protocols_plasma::idle::client::org_kde_kwin_idle::OrgKdeKwinIdle;
use wayland_protocols_plasma::idle::client::org_kde_kwin_idle_timeout::{
    self, OrgKdeKwinIdleTimeout,
};

use super::idle_notes::{Notes, Watch};
use crate::daemon::Msg;

/// What the listening thread dispatches into.
pub struct Listener {
    notes: Notes,
    tx: Sender<Msg>,
}

enum Notifier {
    Ext(ExtIdleNotifierV1),
    Kde(OrgKdeKwinIdle),
}

enum Handle {
    Ext(ExtIdleNotificationV1),
    Kde(OrgKdeKwinIdleTimeout),
}

impl Drop for Handle {
    fn drop(&mut self) {
        match self {
            Handle::Ext(n) => n.destroy(),
            Handle::Kde(t) => t.release(),
        }
    }
}

/// The daemon thread's side: makes watches and reads idle time.
pub struct WaylandIdle {
    conn: Connection,
    qh: QueueHandle<Listener>,
    seat: WlSeat,
    notifier: Notifier,
    notes: Notes,
    away: Option<(Duration, Handle)>,
    pause: Option<(Duration, Handle)>,
}

/// Connects when this is a Wayland session whose compositor offers an
/// idle protocol. The queue goes to the listening thread.
pub fn connect() -> Option<(WaylandIdle, EventQueue<Listener>)> {
    std::env::var_os("WAYLAND_DISPLAY")?;
    let conn = Connection::connect_to_env().ok()?;
    let (globals, queue) = registry_queue_init::<Listener>(&conn).ok()?;
    let qh = queue.handle();
    let seat: WlSeat = globals.bind(&qh, 1..=1, ()).ok()?;
    let notifier = match globals.bind::<ExtIdleNotifierV1, _, _>(&qh, 1..=1, ()) {
        Ok(n) => Notifier::Ext(n),
        Err(_) => Notifier::Kde(globals.bind::<OrgKdeKwinIdle, _, _>(&qh, 1..=1, ()).ok()?),
    };
    let idle = WaylandIdle {
        conn,
        qh,
        seat,
        notifier,
        notes: Notes::default(),
        away: None,
        pause: None,
    };
    Some((idle, queue))
}

impl WaylandIdle {
    /// The protocol in use, as people look it up.
    pub fn protocol(&self) -> &'static str {
        match self.notifier {
            Notifier::Ext(_) => "ext-idle-notify-v1",
            Notifier::Kde(_) => "org_kde_kwin_idle",
        }
    }

    /// Keeps the "away" watch at `away` and the "pause" watch at `pause`
    /// (none while no card waits); does nothing when they already are.
    pub fn watch(&mut self, away: Duration, pause: Option<Duration>) {
        if self.away.as_ref().map(|(d, _)| *d) != Some(away) {
            self.away = None;
            self.notes.forget(Watch::Away);
            self.away = Some((away, self.make(away, Watch::Away)));
            self.notes.watching();
        }
        if self.pause.as_ref().map(|(d, _)| *d) != pause {
            self.pause = None;
            self.notes.forget(Watch::Pause);
            self.pause = pause.map(|d| (d, self.make(d, Watch::Pause)));
        }
        let _ = self.conn.flush();
    }

    fn make(&self, timeout: Duration, watch: Watch) -> Handle {
        let ms = u32::try_from(timeout.as_millis()).unwrap_or(u32::MAX);
        match &self.notifier {
            Notifier::Ext(n) => {
                Handle::Ext(n.get_idle_notification(ms, &self.seat, &self.qh, watch))
            }
            Notifier::Kde(n) => Handle::Kde(n.get_idle_timeout(&self.seat, ms, &self.qh, watch)),
        }
    }

    /// How long input has rested, as far as the watches tell.
    pub fn idle_time(&self) -> Duration {
        self.notes.idle_time(
            self.away.as_ref().map(|(d, _)| *d),
            self.pause.as_ref().map(|(d, _)| *d),
        )
    }
}

/// Reads the compositor's events until the connection closes; runs on the
/// listening thread.
pub async fn listen(mut queue: EventQueue<Listener>, mut listener: Listener) {
    // The connection's socket, registered with the reactor once.
    let mut socket: Option<async_io::Async<OwnedFd>> = None;
    loop {
        if queue.dispatch_pending(&mut listener).is_err() {
            return;
        }
        let _ = queue.flush();
        let Some(guard) = queue.prepare_read() else {
            continue;
        };
        if socket.is_none() {
            socket = guard
                .connection_fd()
                .try_clone_to_owned()
                .ok()
                .and_then(|fd| async_io::Async::new_nonblocking(fd).ok());
        }
        let Some(readable) = &socket else {
            return;
        };
        if readable.readable().await.is_err() || guard.read().is_err() {
            let _ = listener.tx.send(Msg::IdleChanged);
            return;
        }
    }
}

impl WaylandIdle {
    /// The listening thread's half, recording into the same notes.
    pub fn listener(&self, tx: Sender<Msg>) -> Listener {
        Listener {
            notes: self.notes.clone(),
            tx,
        }
    }
}

impl Listener {
    fn set(&self, watch: Watch, idle: bool) {
        if idle {
            self.notes.fired(watch);
        } else {
            // Input is back: the compositor resets every watch.
            self.notes.resumed();
        }
        let _ = self.tx.send(Msg::IdleChanged);
    }
}

impl Dispatch<ExtIdleNotificationV1, Watch> for Listener {
    fn event(
        state: &mut Self,
        _: &ExtIdleNotificationV1,
        event: ext_idle_notification_v1::Event,
        watch: &Watch,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            ext_idle_notification_v1::Event::Idled => state.set(*watch, true),
            ext_idle_notification_v1::Event::Resumed => state.set(*watch, false),
            _ => {}
        }
    }
}

impl Dispatch<OrgKdeKwinIdleTimeout, Watch> for Listener {
    fn event(
        state: &mut Self,
        _: &OrgKdeKwinIdleTimeout,
        event: org_kde_kwin_idle_timeout::Event,
        watch: &Watch,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            org_kde_kwin_idle_timeout::Event::Idle => state.set(*watch, true),
            org_kde_kwin_idle_timeout::Event::Resumed => state.set(*watch, false),
            _ => {}
        }
    }
}

/// Globals and objects with no events this module needs.
macro_rules! ignore_events {
    ($($proxy:ty, $data:ty;)*) => {$(
        impl Dispatch<$proxy, $data> for Listener {
            fn event(
                _: &mut Self,
                _: &$proxy,
                _: <$proxy as wayland_client::Proxy>::Event,
                _: &$data,
                _: &Connection,
                _: &QueueHandle<Self>,
            ) {
            }
        }
    )*};
}

ignore_events! {
    wl_registry::WlRegistry, GlobalListContents;
    WlSeat, ();
    ExtIdleNotifierV1, ();
    OrgKdeKwinIdle, ();
}
