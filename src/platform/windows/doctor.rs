//! What Windows offers Sitbreak, for `sitbreak doctor`, the window's
//! "Desktop integration" and the daemon's first lines.

use windows_sys::Win32::System::LibraryLoader::{GetModuleHandleW, GetProcAddress};

use super::registry::wide;
use super::wave_out::WaveOut;
use crate::daemon::parts::{Doctor, IdleTime, ReportTo, TrayItem, examine_off_thread, tell};
use crate::ipc::protocol::{Check, DesktopReport, Part};
use crate::sound::Speakers as _;
use crate::tr;

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
            Check::works(Part::Suspend, tr!("doctor-suspend-windows"), None),
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
    match tray {
        TrayItem::Registered | TrayItem::Unknown => {
            Check::works(Part::Tray, tr!("doctor-tray-notification-area"), None)
        }
        TrayItem::NotRegistered => Check::missing(
            Part::Tray,
            tr!("doctor-tray-not-in-area"),
            &tr!("doctor-tray-not-in-area-advice"),
        ),
    }
}

fn notifications_check(tray: TrayItem) -> Check {
    let no_toasts = match super::toasts::probe() {
        Ok(()) => return Check::works(Part::Notifications, tr!("doctor-toasts"), None),
        Err(why) => why,
    };
    match tray {
        TrayItem::NotRegistered => Check::missing(
            Part::Notifications,
            tr!("doctor-toasts-no-icon"),
            &tr!("doctor-toasts-no-icon-advice", why = &no_toasts),
        ),
        _ => Check::works(
            Part::Notifications,
            tr!("doctor-balloons"),
            Some(&tr!("doctor-balloons-advice", why = &no_toasts)),
        ),
    }
}

fn idle_check(idle: &mut dyn IdleTime) -> Check {
    match (idle.source(), idle.idle_time()) {
        (Some(source), Some(_)) => Check::works(Part::Idle, source, None),
        _ => Check::missing(
            Part::Idle,
            tr!("doctor-idle-no-answer"),
            &tr!("doctor-idle-no-answer-advice"),
        ),
    }
}

fn sound_check() -> Check {
    match WaveOut.server() {
        Ok(found) => Check::works(Part::Sound, found, None),
        Err(why) => Check::missing(Part::Sound, tr!("doctor-sound-no-output"), &why),
    }
}

fn voice_check() -> Check {
    match super::voice::probe() {
        Ok(found) => Check::works(Part::Voice, found, None),
        Err(why) => Check::missing(Part::Voice, tr!("doctor-voice-no-voice"), &why),
    }
}

fn media_check() -> Check {
    match super::media::probe() {
        Ok(()) => Check::works(Part::Media, tr!("doctor-media-sessions"), None),
        Err(why) => Check::missing(
            Part::Media,
            tr!("doctor-media-none"),
            &tr!("doctor-media-none-advice", why = &why),
        ),
    }
}
