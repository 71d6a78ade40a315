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
