//! The desktop Sitbreak runs on. Only this module talks to a desktop: the
//! tray and notifications, idle time, locks, sleep and signals, what keeps
//! the person busy, media players, autostart, the sound server and speech,
//! the window manager's hints and preferences, and the clock that counts
//! through suspend.
//!
//! A platform gives the daemon a [`crate::daemon::Platform`] and the window
//! a [`crate::ui::Platform`]; nothing else of it is seen outside. On a
//! target with no platform yet (macOS), [`native`] is absent at compile
//! time: the portable library builds, the programs do not.

#[cfg(target_os = "linux")]
pub mod linux;
#[cfg(any(target_os = "linux", windows))]
mod sleep;
#[cfg(windows)]
pub mod windows;

/// The platform this build runs on.
#[cfg(target_os = "linux")]
pub use linux as native;
#[cfg(windows)]
pub use windows as native;

/// The languages the desktop asks for, most wanted first, as language
/// tags (`de-DE`): on Unix from `LANGUAGE` (a list), else the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, as gettext reads them.
#[cfg(not(windows))]
pub fn requested_languages() -> Vec<String> {
    let var = |name| std::env::var(name).ok().filter(|v| !v.is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(var);
    // gettext ignores LANGUAGE when the locale is C.
    let tagged = locale.as_deref().and_then(crate::i18n::tag_of_posix);
    let mut wanted = Vec::new();
    if tagged.is_some()
        && let Some(list) = var("LANGUAGE")
    {
        wanted.extend(list.split(':').filter_map(crate::i18n::tag_of_posix));
    }
    wanted.extend(tagged);
    wanted
}

/// The languages the desktop asks for, most wanted first: the user's
/// Windows display languages.
#[cfg(windows)]
pub fn requested_languages() -> Vec<String> {
    windows::languages::requested()
}
