//! The Windows desktop, part by part. What is here works on its own and is
//! tested under Wine; the daemon's and the window's entry points come when
//! the rest does.

pub mod autostart;
pub mod clock;
pub mod consent;
pub mod full_screen;
pub mod idle;
pub mod presence;
pub mod programs;
mod registry;
