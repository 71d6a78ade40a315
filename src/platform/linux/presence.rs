//! What keeps the person busy at the desk, so that a break coming due waits
//! instead of breaking into a call or a presentation. Each source has its
//! own setting; the first that holds is named in the status. Asked only
//! when it matters: as a break comes due, while one is held, and before
//! idle time counts as a break. Every question is local and short.

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use super::desktop_settings::{self, Portal};
use super::pulse::Connection;
use crate::engine::BusyReason;
use crate::settings::Settings;

/// The first thing found that keeps the person busy, or `None`.
pub fn busy(settings: &Settings) -> Option<BusyReason> {
    let checks: [(bool, &dyn Fn() -> Option<BusyReason>); 5] = [
        (settings.hold_for_microphone, &microphone),
        (settings.hold_for_camera, &|| {
            camera_users(Path::new("/proc"), Path::new("/dev/video"))
                .into_iter()
                .next()
                .map(|app| BusyReason::Camera { app })
        }),
        (settings.hold_for_fullscreen, &full_screen),
        (settings.hold_for_do_not_disturb, &do_not_disturb),
        (!settings.hold_for_apps.is_empty(), &|| {
            running(Path::new("/proc"), &settings.hold_for_apps)
                .map(|app| BusyReason::Running { app })
        }),
    ];
    checks
        .iter()
        .filter(|(on, _)| *on)
        .find_map(|(_, check)| check())
}

fn microphone() -> Option<BusyReason> {
    let apps = Connection::open().ok()?.recording_apps().ok()?;
    apps.into_iter()
        .next()
        .map(|app| BusyReason::Microphone { app })
}

/// Programs that have a camera open: a file descriptor on a path starting
/// with `device` (`/dev/video` for real) among the processes under `proc`.
/// The sound server, which opens cameras to list them, does not count.
pub fn camera_users(proc: &Path, device: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(proc) else {
        return Vec::new();
    };
    let mut users = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_string_lossy().bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Ok(fds) = fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        let holds = fds.flatten().any(|fd| {
            fs::read_link(fd.path()).is_ok_and(|target| {
                target
                    .to_string_lossy()
                    .starts_with(&*device.to_string_lossy())
            })
        });
        if !holds {
            continue;
        }
        let comm = fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
        let comm = comm.trim();
        if !matches!(comm, "pipewire" | "wireplumber" | "pipewire-media-" | "")
            && !users.iter().any(|u| u == comm)
        {
            users.push(comm.to_owned());
        }
    }
    users
}

/// The first of `apps` (program names) running under `proc`. A name is
/// matched against the program's file name, and against the kernel's
/// name for it, which is cut at 15 characters.
pub fn running(proc: &Path, apps: &[String]) -> Option<String> {
    let entries = fs::read_dir(proc).ok()?;
    entries.flatten().find_map(|entry| {
        let comm = fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
        let cmdline = fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let argv0 = cmdline.split(|b| *b == 0).next().unwrap_or_default();
        let file = Path::new(std::ffi::OsStr::from_bytes(argv0))
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        apps.iter()
            .find(|a| a.as_str() == comm.trim() || **a == file)
            .cloned()
    })
}

/// The focused window is full screen (a presentation, a film, a game), on
/// X11 where the window manager says so in `_NET_WM_STATE`.
fn full_screen() -> Option<BusyReason> {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _};
    // Without an X server (a Wayland session) nothing says.
    std::env::var_os("DISPLAY")?;
    let (conn, screen) = x11rb::connect(None).ok()?;
    let root = conn.setup().roots.get(screen)?.root;
    let atom = |name: &[u8]| Some(conn.intern_atom(false, name).ok()?.reply().ok()?.atom);
    let active = conn
        .get_property(
            false,
            root,
            atom(b"_NET_ACTIVE_WINDOW")?,
            AtomEnum::WINDOW,
            0,
            1,
        )
        .ok()?
        .reply()
        .ok()?
        .value32()?
        .next()?;
    if active == 0 {
        return None;
    }
    let full = atom(b"_NET_WM_STATE_FULLSCREEN")?;
    let is_full = conn
        .get_property(
            false,
            active,
            atom(b"_NET_WM_STATE")?,
            AtomEnum::ATOM,
            0,
            64,
        )
        .ok()?
        .reply()
        .ok()?
        .value32()?
        .any(|a| a == full);
    if !is_full {
        return None;
    }
    // The EWMH title, else the older WM_NAME (xterm sets only that).
    let text = |property: u32, kind: u32| {
        conn.get_property(false, active, property, kind, 0, 256)
            .ok()
            .and_then(|c| c.reply().ok())
            .map(|r| String::from_utf8_lossy(&r.value).into_owned())
            .filter(|t| !t.is_empty())
    };
    let title = text(atom(b"_NET_WM_NAME")?, atom(b"UTF8_STRING")?)
        .or_else(|| text(AtomEnum::WM_NAME.into(), AtomEnum::STRING.into()));
    Some(BusyReason::FullScreen { title })
}

/// Do Not Disturb: the notification server's `Inhibited` property (KDE
/// Plasma and others), or GNOME's notification banners switched off.
fn do_not_disturb() -> Option<BusyReason> {
    let portal = Portal::connect();
    let inhibited = portal.as_ref().and_then(Portal::notifications_inhibited);
    let gnome_banners = || {
        portal
            .as_ref()
            .and_then(|p| p.read_bool("org.gnome.desktop.notifications", "show-banners"))
            .or_else(|| {
                desktop_settings::gsettings("org.gnome.desktop.notifications", "show-banners")
            })
    };
    let on = inhibited == Some(true) || (inhibited.is_none() && gnome_banners() == Some(false));
    on.then_some(BusyReason::DoNotDisturb)
}

/// Something that says the person is at the desk though they touch
/// nothing: an app keeping the session from going idle (a video playing),
/// through logind's idle inhibitors or GNOME's session manager.
pub fn at_desk() -> Option<String> {
    logind_idle_inhibitor().or_else(gnome_idle_inhibited)
}

fn logind_idle_inhibitor() -> Option<String> {
    let system = zbus::blocking::connection::Builder::system()
        .ok()?
        .method_timeout(std::time::Duration::from_secs(1))
        .build()
        .ok()?;
    let reply = system
        .call_method(
            Some("org.freedesktop.login1"),
            "/org/freedesktop/login1",
            Some("org.freedesktop.login1.Manager"),
            "ListInhibitors",
            &(),
        )
        .ok()?;
    let inhibitors: Vec<(String, String, String, String, u32, u32)> =
        reply.body().deserialize().ok()?;
    inhibitors
        .into_iter()
        .find(|(what, _, _, mode, _, _)| what.split(':').any(|w| w == "idle") && mode == "block")
        .map(|(_, who, why, _, _, _)| format!("{who}: {why}"))
}

fn gnome_idle_inhibited() -> Option<String> {
    const IDLE: u32 = 8;
    let portal = Portal::connect()?;
    let inhibited: bool = portal
        .bus()
        .call_method(
            Some("org.gnome.SessionManager"),
            "/org/gnome/SessionManager",
            Some("org.gnome.SessionManager"),
            "IsInhibited",
            &(IDLE,),
        )
        .ok()?
        .body()
        .deserialize()
        .ok()?;
    inhibited.then(|| "an app keeps the session awake".to_owned())
}
