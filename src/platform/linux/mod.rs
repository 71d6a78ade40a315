//! Linux desktops: the tray over StatusNotifierItem, notifications, idle
//! time from X11, Wayland compositors and Mutter, logind, MPRIS, XDG
//! autostart, PulseAudio or PipeWire, speech-dispatcher, and X11 window
//! hints. [`Desktop`] is the daemon's entry, [`window_platform`] the
//! window's.

mod autostart;
mod bus;
mod card_hints;
mod clock;
mod daemon_parts;
mod desktop_prefs;
mod desktop_settings;
mod doctor;
mod heap;
mod idle;
mod idle_notes;
mod lock_watch;
mod media;
mod mutter_idle;
mod notifier;
pub mod presence;
mod pulse;
mod sleep_watch;
mod tray;
mod tray_watch;
mod voice;
mod watch;
mod wayland_idle;
mod window_parts;

pub use daemon_parts::Desktop;
pub use window_parts::window_platform;
