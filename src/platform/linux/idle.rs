//! How long the user has been idle. First a source that notifies: the
//! Wayland compositor's idle protocol (`wayland_idle`), or GNOME Mutter's
//! watches (`mutter_idle`). Else, asked: on X11 the X server's screensaver
//! extension, then over D-Bus `org.freedesktop.ScreenSaver` (or Mutter's
//! GetIdletime); never Xwayland, whose X server sees only input to X
//! windows.
//! Connections are made lazily and dropped on error, so a restarted X
//! server or bus is picked up again.

use std::time::Duration;

use x11rb::connection::Connection as _;
use x11rb::protocol::screensaver::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

use super::mutter_idle::MutterIdle;
use super::wayland_idle::WaylandIdle;

/// A source that says when input stops and starts.
pub enum Notifying {
    Wayland(Box<WaylandIdle>),
    Mutter(MutterIdle),
}

impl Notifying {
    fn idle_time(&self) -> Duration {
        match self {
            Notifying::Wayland(w) => w.idle_time(),
            Notifying::Mutter(m) => m.idle_time(),
        }
    }

    fn watch(&mut self, away: Duration, pause: Option<Duration>) {
        match self {
            Notifying::Wayland(w) => w.watch(away, pause),
            Notifying::Mutter(m) => m.watch(away, pause),
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Notifying::Wayland(w) => w.protocol(),
            Notifying::Mutter(_) => "org.gnome.Mutter.IdleMonitor (watches)",
        }
    }
}

/// Where idle time comes from.
pub struct IdleSource {
    notifying: Option<Notifying>,
    x11: Option<(RustConnection, u32)>,
    bus: Option<zbus::blocking::Connection>,
    /// The source that answered last, for `sitbreak doctor`.
    answered: Option<&'static str>,
}

/// The X server's screensaver extension, by the name the doctor looks for
/// to describe it.
pub const X11: &str = "MIT-SCREEN-SAVER";

impl IdleSource {
    pub fn new(notifying: Option<Notifying>) -> IdleSource {
        IdleSource {
            notifying,
            x11: None,
            bus: None,
            answered: None,
        }
    }

    /// Current idle time, or `None` when no source can tell.
    pub fn idle_time(&mut self) -> Option<Duration> {
        if let Some(source) = &self.notifying {
            self.answered = Some(source.name());
            return Some(source.idle_time());
        }
        let on_wayland = std::env::var_os("WAYLAND_DISPLAY").is_some();
        if !on_wayland
            && std::env::var_os("DISPLAY").is_some()
            && let Some(d) = self.query_x11()
        {
            self.answered = Some(X11);
            return Some(d);
        }
        let found = self.query_bus();
        if found.is_none() {
            self.answered = None;
        }
        found
    }

    /// Which source answers now, named as people look it up.
    pub fn source(&mut self) -> Option<&'static str> {
        self.idle_time()?;
        self.answered
    }

    /// Passes what to watch for to a source that notifies.
    pub fn watch(&mut self, away: Duration, pause: Option<Duration>) {
        if let Some(source) = &mut self.notifying {
            source.watch(away, pause);
        }
    }

    fn query_x11(&mut self) -> Option<Duration> {
        if self.x11.is_none() {
            let (conn, screen) = x11rb::connect(None).ok()?;
            let root = conn.setup().roots.get(screen)?.root;
            self.x11 = Some((conn, root));
        }
        let (conn, root) = self.x11.as_ref()?;
        let reply = conn
            .screensaver_query_info(*root)
            .ok()
            .and_then(|cookie| cookie.reply().ok());
        match reply {
            Some(info) => Some(Duration::from_millis(u64::from(info.ms_since_user_input))),
            None => {
                self.x11 = None;
                None
            }
        }
    }

    fn query_bus(&mut self) -> Option<Duration> {
        if self.bus.is_none() {
            self.bus = zbus::blocking::Connection::session().ok();
        }
        let bus = self.bus.as_ref()?;
        // (service, path, interface, method); both answer in milliseconds.
        let sources = [
            (
                "org.gnome.Mutter.IdleMonitor",
                "/org/gnome/Mutter/IdleMonitor/Core",
                "org.gnome.Mutter.IdleMonitor",
                "GetIdletime",
            ),
            (
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "GetSessionIdleTime",
            ),
        ];
        for (service, path, interface, method) in sources {
            let Ok(reply) = bus.call_method(Some(service), path, Some(interface), method, &())
            else {
                continue;
            };
            let body = reply.body();
            let ms = body
                .deserialize::<u64>()
                .ok()
                .or_else(|| body.deserialize::<u32>().ok().map(u64::from));
            if let Some(ms) = ms {
                self.answered = Some(service);
                return Some(Duration::from_millis(ms));
            }
        }
        // Neither answered: perhaps the bus restarted; reconnect next time.
        self.bus = None;
        None
    }
}
