//! What the desktop offers Sitbreak, found by asking it: the tray host,
//! the notification server (and whether it shows buttons), the idle
//! source, and logind for suspend. Each missing part comes with what it
//! costs and what to do. Used by `sitbreak doctor`, the window's
//! "Desktop integration" section and the daemon's start-up lines.

use std::time::Duration;

use zbus::blocking::Connection;

use crate::daemon::parts::{Doctor, IdleTime, ReportTo, TrayItem, examine_off_thread, tell};
use crate::ipc::protocol::{Check, DesktopReport, Part};
use crate::tr;

/// A service that does not answer within this time counts as missing.
const ASK_FOR: Duration = Duration::from_secs(1);

/// The daemon's doctor: these checks.
pub struct Checks;

impl Doctor for Checks {
    fn examine(&mut self, tray: TrayItem, idle: &mut dyn IdleTime, done: ReportTo) {
        let idle = idle_check(idle);
        examine_off_thread(move || examine_with(tray, idle), done);
    }
    fn tell_at_start(&mut self, idle: &mut dyn IdleTime) {
        tell_at_start(idle);
    }
}

/// Looks at the desktop; takes at most a few seconds when services hang.
pub fn examine(tray: TrayItem, idle: &mut dyn IdleTime) -> DesktopReport {
    examine_with(tray, idle_check(idle))
}

/// The checks but idle's, which the idle source's owner made.
fn examine_with(tray: TrayItem, idle: Check) -> DesktopReport {
    let session = bus(zbus::blocking::connection::Builder::session());
    let [notifications, suspend] = bus_checks(session.as_ref());
    DesktopReport {
        session: session_name(),
        checks: vec![
            tray_check(session.as_ref(), tray),
            notifications,
            idle,
            suspend,
            sound_check(),
            voice_check(),
        ],
    }
}

/// The daemon's first lines. The session and the idle source are known at
/// once; the bus services are asked on a short-lived thread, so that a hung
/// one never holds up start-up. The tray is told when it has registered
/// ([`tell_tray`]).
pub fn tell_at_start(idle: &mut dyn IdleTime) {
    eprintln!("sitbreak: session: {}", session_name());
    tell(&[idle_check(idle)]);
    let spawned = std::thread::Builder::new().name("doctor".into()).spawn(|| {
        let session = bus(zbus::blocking::connection::Builder::session());
        tell(&bus_checks(session.as_ref()));
    });
    if spawned.is_err() {
        eprintln!("sitbreak: warning: cannot look at the notification server and logind");
    }
}

/// Prints the tray's line once its registration is over; called on the
/// thread that registered it.
pub fn tell_tray(item: TrayItem) {
    let session = bus(zbus::blocking::connection::Builder::session());
    tell(&[tray_check(session.as_ref(), item)]);
}

/// The notification server's and logind's checks.
fn bus_checks(session: Option<&Connection>) -> [Check; 2] {
    let system = bus(zbus::blocking::connection::Builder::system());
    [notifications_check(session), suspend_check(system.as_ref())]
}

/// A bus connection whose calls give up after [`ASK_FOR`], so a hung
/// service cannot hold the daemon for zbus's default 25 s.
fn bus(builder: zbus::Result<zbus::blocking::connection::Builder<'_>>) -> Option<Connection> {
    builder.ok()?.method_timeout(ASK_FOR).build().ok()
}

fn gnome() -> bool {
    std::env::var("XDG_CURRENT_DESKTOP").is_ok_and(|d| d.to_uppercase().contains("GNOME"))
}

/// "Wayland (sway)", "X11 (GNOME)", from the session's environment.
fn session_name() -> String {
    let kind = if std::env::var_os("WAYLAND_DISPLAY").is_some() {
        "Wayland".to_owned()
    } else if std::env::var_os("DISPLAY").is_some() {
        "X11".to_owned()
    } else {
        tr!("doctor-no-display")
    };
    match std::env::var("XDG_CURRENT_DESKTOP") {
        Ok(desktop) if !desktop.is_empty() => format!("{kind} ({desktop})"),
        _ => kind,
    }
}

fn call<T>(conn: &Connection, dest: &str, path: &str, iface: &str, method: &str) -> Option<T>
where
    T: serde::de::DeserializeOwned + zbus::zvariant::Type,
{
    let reply = conn
        .call_method(Some(dest), path, Some(iface), method, &())
        .ok()?;
    reply.body().deserialize::<T>().ok()
}

fn tray_check(session: Option<&Connection>, item: TrayItem) -> Check {
    let watcher = session.and_then(|c| {
        let props = zbus::blocking::fdo::PropertiesProxy::builder(c)
            .destination("org.kde.StatusNotifierWatcher")
            .ok()?
            .path("/StatusNotifierWatcher")
            .ok()?
            .build()
            .ok()?;
        let iface = zbus::names::InterfaceName::try_from("org.kde.StatusNotifierWatcher").ok()?;
        let host = props.get(iface, "IsStatusNotifierHostRegistered").ok()?;
        bool::try_from(host).ok()
    });
    let no_host = &if gnome() {
        tr!("doctor-tray-gnome")
    } else {
        tr!("doctor-tray-no-host-advice")
    };
    match (watcher, item) {
        (Some(true), TrayItem::Registered) => {
            Check::works(Part::Tray, tr!("doctor-tray-shown"), None)
        }
        (Some(true), TrayItem::Unknown) => {
            Check::works(Part::Tray, tr!("doctor-tray-host-running"), None)
        }
        (Some(true), TrayItem::NotRegistered) => Check::missing(
            Part::Tray,
            tr!("doctor-tray-not-registered"),
            &tr!("doctor-tray-not-registered-advice"),
        ),
        (Some(false), _) => Check::missing(Part::Tray, tr!("doctor-tray-watcher-no-host"), no_host),
        (None, _) if session.is_some() => {
            Check::missing(Part::Tray, tr!("doctor-tray-no-host"), no_host)
        }
        (None, _) => Check::missing(Part::Tray, tr!("doctor-tray-no-session-bus"), no_host),
    }
}

fn notifications_check(session: Option<&Connection>) -> Check {
    let (dest, path) = (
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
    );
    let info = session.and_then(|c| {
        call::<(String, String, String, String)>(c, dest, path, dest, "GetServerInformation")
    });
    let Some((name, _vendor, version, _spec)) = info else {
        return Check::missing(
            Part::Notifications,
            tr!("doctor-notifications-none"),
            &tr!("doctor-notifications-none-advice"),
        );
    };
    let caps = session
        .and_then(|c| call::<Vec<String>>(c, dest, path, dest, "GetCapabilities"))
        .unwrap_or_default();
    if caps.iter().any(|c| c == "actions") {
        Check::works(
            Part::Notifications,
            tr!(
                "doctor-notifications-buttons",
                server = &name,
                version = &version
            ),
            None,
        )
    } else {
        Check::works(
            Part::Notifications,
            tr!(
                "doctor-notifications-no-buttons",
                server = &name,
                version = &version
            ),
            Some(&tr!("doctor-notifications-no-buttons-advice")),
        )
    }
}

fn sound_check() -> Check {
    match crate::sound::Speakers::server(&super::pulse::Pulse) {
        Ok(server) => Check::works(Part::Sound, server, None),
        Err(why) => Check::missing(
            Part::Sound,
            tr!("doctor-sound-none"),
            &tr!("doctor-sound-none-advice", why = &why),
        ),
    }
}

fn voice_check() -> Check {
    match super::voice::probe() {
        Ok(found) => Check::works(Part::Voice, found, None),
        Err(why) => Check::missing(Part::Voice, tr!("doctor-voice-none"), &why),
    }
}

fn idle_check(idle: &mut dyn IdleTime) -> Check {
    match idle.source() {
        Some(super::idle::X11) => Check::works(Part::Idle, tr!("doctor-idle-x11"), None),
        Some(source) => Check::works(Part::Idle, source, None),
        None => Check::missing(
            Part::Idle,
            tr!("doctor-idle-none"),
            &tr!("doctor-idle-none-advice"),
        ),
    }
}

fn suspend_check(system: Option<&Connection>) -> Check {
    let logind = system.is_some_and(|c| {
        let Ok(proxy) = zbus::blocking::fdo::DBusProxy::new(c) else {
            return false;
        };
        zbus::names::BusName::try_from("org.freedesktop.login1")
            .ok()
            .and_then(|name| proxy.name_has_owner(name).ok())
            .unwrap_or(false)
    });
    if logind {
        Check::works(Part::Suspend, tr!("doctor-suspend-logind"), None)
    } else {
        Check::works(
            Part::Suspend,
            tr!("doctor-suspend-no-logind"),
            Some(&tr!("doctor-suspend-no-logind-advice")),
        )
    }
}
