//! What Windows offers Sitbreak, for `sitbreak doctor`, the window's
//! "Desktop integration" and the daemon's first lines.

use windows_sys::Win32::System::LibraryLoader::{GetModuleHandleW, GetProcAddress};

use super::registry::wide;
use super::wave_out::WaveOut;
use crate::daemon::parts::{Doctor, IdleTime, ReportTo, TrayItem, examine_off_thread, tell};
use crate::ipc::protocol::{Check, DesktopReport};
use crate::sound::Speakers as _;

/// The checks, run off the daemon's thread.
pub struct Checks;

impl Doctor for Checks {
    fn examine(&mut self, tray: TrayItem, idle: &mut dyn IdleTime, done: ReportTo) {
        let idle = idle_check(idle);
        examine_off_thread(move || examine_with(tray, idle), done);
    }

    fn tell_at_start(&mut self, idle: &mut dyn IdleTime) {
        eprintln!("sitbreak: session: {}", session_name());
        tell(&[idle_check(idle)]);
    }
}

/// Looks at the desktop.
pub fn examine(tray: TrayItem, idle: &mut dyn IdleTime) -> DesktopReport {
    examine_with(tray, idle_check(idle))
}

fn examine_with(tray: TrayItem, idle: Check) -> DesktopReport {
    DesktopReport {
        session: session_name(),
        checks: vec![
            tray_check(tray),
            notifications_check(tray),
            idle,
            Check::works(
                "Lock and sleep",
                "session notifications and power broadcasts",
                None,
            ),
            sound_check(),
            voice_check(),
            media_check(),
        ],
    }
}

/// "Windows", or "Windows (Wine 8.0)" where Wine answers for it.
fn session_name() -> String {
    match wine_version() {
        Some(version) => format!("Windows (Wine {version})"),
        None => "Windows".to_owned(),
    }
}

/// Wine's version, from the function its ntdll adds.
fn wine_version() -> Option<String> {
    // SAFETY: looks a name up in a module every process has loaded; the
    // function, where it exists, returns a static NUL-terminated string.
    unsafe {
        let ntdll = GetModuleHandleW(wide("ntdll.dll").as_ptr());
        let found = GetProcAddress(ntdll, c"wine_get_version".as_ptr().cast())?;
        let get: unsafe extern "C" fn() -> *const std::ffi::c_char = std::mem::transmute(found);
        let text = get();
        (!text.is_null()).then(|| {
            std::ffi::CStr::from_ptr(text)
                .to_string_lossy()
                .into_owned()
        })
    }
}

fn tray_check(tray: TrayItem) -> Check {
    const PART: &str = "Tray icon";
    match tray {
        TrayItem::Registered | TrayItem::Unknown => {
            Check::works(PART, "the notification area (Shell_NotifyIcon)", None)
        }
        TrayItem::NotRegistered => Check::missing(
            PART,
            "not in the notification area yet",
            "Explorer's taskbar is not running; the icon comes back when it starts, \
             and `sitbreak` opens the window meanwhile",
        ),
    }
}

fn notifications_check(tray: TrayItem) -> Check {
    const PART: &str = "Notifications";
    let no_toasts = match super::toasts::probe() {
        Ok(()) => {
            return Check::works(
                PART,
                "toasts, with Start, Snooze and Skip on a break's",
                None,
            );
        }
        Err(why) => why,
    };
    let note = format!(
        "no toasts ({no_toasts}), so balloons from the notification-area icon instead; \
         they have no Start, Snooze or Skip buttons, so a click opens the break card, \
         and the tray menu has the rest"
    );
    match tray {
        TrayItem::NotRegistered => Check::missing(
            PART,
            "no toasts, and no icon to show balloons from",
            &format!("{note}; breaks still open the break card"),
        ),
        _ => Check::works(PART, "balloons", Some(&note)),
    }
}

fn idle_check(idle: &mut dyn IdleTime) -> Check {
    const PART: &str = "Idle time";
    match (idle.source(), idle.idle_time()) {
        (Some(source), Some(_)) => Check::works(PART, source, None),
        _ => Check::missing(
            PART,
            "GetLastInputInfo did not answer",
            "time away from the desk is not noticed, so there are no natural breaks",
        ),
    }
}

fn sound_check() -> Check {
    match WaveOut.server() {
        Ok(found) => Check::works(crate::sound::PART, found, None),
        Err(why) => Check::missing(crate::sound::PART, "no output", &why),
    }
}

fn voice_check() -> Check {
    match super::voice::probe() {
        Ok(found) => Check::works(crate::sound::VOICE_PART, &found, None),
        Err(why) => Check::missing(crate::sound::VOICE_PART, "no voice", &why),
    }
}

fn media_check() -> Check {
    const PART: &str = "Media pause";
    match super::media::probe() {
        Ok(()) => Check::works(PART, "the media sessions Windows lists", None),
        Err(why) => Check::missing(
            PART,
            "no media sessions",
            &format!(
                "Windows lists no media sessions here ({why}), so music and videos keep \
                 playing through a break; it needs Windows 10 version 1809 or later"
            ),
        ),
    }
}
