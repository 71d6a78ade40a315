//! How long the user has been idle, from the X server's screensaver
//! extension (any X11 session, Xvfb included) or, on GNOME under Wayland,
//! Mutter's IdleMonitor over D-Bus. Connections are made lazily and
//! dropped on error, so a restarted X server or bus is picked up again.

use std::time::Duration;

use x11rb::connection::Connection as _;
use x11rb::protocol::screensaver::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

/// Where idle time comes from.
#[derive(Default)]
pub struct IdleSource {
    x11: Option<(RustConnection, u32)>,
    mutter: Option<zbus::blocking::Connection>,
}

impl IdleSource {
    /// Current idle time, or `None` when no source can tell.
    pub fn idle_time(&mut self) -> Option<Duration> {
        if std::env::var_os("DISPLAY").is_some()
            && let Some(d) = self.query_x11()
        {
            return Some(d);
        }
        self.query_mutter()
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

    fn query_mutter(&mut self) -> Option<Duration> {
        if self.mutter.is_none() {
            self.mutter = zbus::blocking::Connection::session().ok();
        }
        let bus = self.mutter.as_ref()?;
        let reply = bus.call_method(
            Some("org.gnome.Mutter.IdleMonitor"),
            "/org/gnome/Mutter/IdleMonitor/Core",
            Some("org.gnome.Mutter.IdleMonitor"),
            "GetIdletime",
            &(),
        );
        match reply.and_then(|m| m.body().deserialize::<u64>()) {
            Ok(ms) => Some(Duration::from_millis(ms)),
            Err(_) => {
                self.mutter = None;
                None
            }
        }
    }
}
