//! What the desktop offers Sitbreak, found by asking it: the tray host,
//! the notification server (and whether it shows buttons), the idle
//! source, and logind for suspend. Each missing part comes with what it
//! costs and what to do. Used by `sitbreak doctor`, the window's
//! "Desktop integration" section and the daemon's start-up lines.

use std::time::Duration;

use zbus::blocking::Connection;

use crate::daemon::parts::{Doctor, IdleTime, ReportTo, TrayItem, examine_off_thread, tell};
use crate::ipc::protocol::{Check, DesktopReport};

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
        "Wayland"
    } else if std::env::var_os("DISPLAY").is_some() {
        "X11"
    } else {
        "no display"
    };
    match std::env::var("XDG_CURRENT_DESKTOP") {
        Ok(desktop) if !desktop.is_empty() => format!("{kind} ({desktop})"),
        _ => kind.to_owned(),
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
    const PART: &str = "Tray icon";
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
    let no_host = if gnome() {
        "GNOME shows no tray icons without the AppIndicator extension \
         (gnome-shell-extension-appindicator); breaks still come as notifications and windows"
    } else {
        "this desktop has no tray (StatusNotifierItem host); breaks still come as \
         notifications and windows, and `sitbreak` opens the window"
    };
    match (watcher, item) {
        (Some(true), TrayItem::Registered) => {
            Check::works(PART, "shown (StatusNotifierItem)", None)
        }
        (Some(true), TrayItem::Unknown) => {
            Check::works(PART, "a tray host is running (StatusNotifierItem)", None)
        }
        (Some(true), TrayItem::NotRegistered) => Check::missing(
            PART,
            "a tray host is running, but the icon is not registered yet",
            "it registers again when the tray restarts; see the daemon's messages",
        ),
        (Some(false), _) => Check::missing(
            PART,
            "a tray watcher runs, but no host shows its icons",
            no_host,
        ),
        (None, _) if session.is_some() => Check::missing(PART, "no tray host", no_host),
        (None, _) => Check::missing(PART, "no session bus, so no tray", no_host),
    }
}

fn notifications_check(session: Option<&Connection>) -> Check {
    const PART: &str = "Notifications";
    let (dest, path) = (
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
    );
    let info = session.and_then(|c| {
        call::<(String, String, String, String)>(c, dest, path, dest, "GetServerInformation")
    });
    let Some((name, _vendor, version, _spec)) = info else {
        return Check::missing(
            PART,
            "no notification server",
            "breaks still open their window, but nothing warns before them; \
             install a notification server (mako, dunst, or your desktop's own)",
        );
    };
    let caps = session
        .and_then(|c| call::<Vec<String>>(c, dest, path, dest, "GetCapabilities"))
        .unwrap_or_default();
    if caps.iter().any(|c| c == "actions") {
        Check::works(
            PART,
            format!("{name} {version}, with buttons (Start, Snooze, Skip)"),
            None,
        )
    } else {
        Check::works(
            PART,
            format!("{name} {version}, without buttons"),
            Some(
                "this server shows no buttons: start, snooze or skip from the break window or the tray",
            ),
        )
    }
}

fn sound_check() -> Check {
    match crate::sound::Speakers::server(&super::pulse::Pulse) {
        Ok(server) => Check::works(crate::sound::PART, &server, None),
        Err(why) => Check::missing(
            crate::sound::PART,
            "no sound server",
            &format!(
                "{why}. Breaks and stretches still show on screen and in notifications, without sound cues"
            ),
        ),
    }
}

fn voice_check() -> Check {
    match super::voice::probe() {
        Ok(found) => Check::works(crate::sound::VOICE_PART, &found, None),
        Err(why) => Check::missing(crate::sound::VOICE_PART, "no speech-dispatcher", &why),
    }
}

fn idle_check(idle: &mut dyn IdleTime) -> Check {
    const PART: &str = "Idle time";
    match idle.source() {
        Some(source) => Check::works(PART, source, None),
        None => Check::missing(
            PART,
            "no idle source",
            "time away from the desk is not noticed, so there are no natural breaks and \
             the break card shows without waiting for a pause in typing; Sitbreak reads \
             idle time from ext-idle-notify-v1 or org_kde_kwin_idle (Wayland), GNOME's \
             Mutter, org.freedesktop.ScreenSaver, or the X server",
        ),
    }
}

fn suspend_check(system: Option<&Connection>) -> Check {
    const PART: &str = "Suspend and lock";
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
        Check::works(
            PART,
            "logind: a resume is seen at once; a locked screen counts as idle",
            None,
        )
    } else {
        Check::works(
            PART,
            "no logind on the system bus",
            Some("a suspend is still noticed from the clocks, within a minute of waking"),
        )
    }
}
