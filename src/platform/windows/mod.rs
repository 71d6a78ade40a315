//! The Windows desktop: the notification-area icon and balloons, idle time
//! from `GetLastInputInfo`, locks, resume and the session's end from a
//! hidden window, what keeps the person busy (the privacy records, full
//! screen, named programs), the `Run` key, `waveOut` sound and the tick
//! clock. [`Desktop`] is the daemon's entry, [`window_platform`] the
//! window's.

pub mod autostart;
mod card;
pub mod clock;
mod com;
pub mod consent;
pub mod console;
mod daemon_parts;
mod doctor;
pub mod full_screen;
pub mod idle;
pub mod languages;
mod media;
mod notify_icon;
pub mod policy_values;
pub mod presence;
pub mod programs;
mod registry;
mod shell;
mod toasts;
mod voice;
mod wave_out;
mod window_icon;
mod window_parts;

pub use daemon_parts::Desktop;
pub use window_parts::window_platform;
