//! Sitbreak: stand up every 30 minutes and stretch.
//!
//! The pure core (`catalog`, `engine`, `rotation`, `settings`, `history`,
//! `player`, `cues`, `posture`)
//! does no I/O and reads no clock. The shell (`store`, `cli`) turns files,
//! time and arguments into core inputs. See ARCHITECTURE.md.

pub mod catalog;
#[cfg(any(target_os = "linux", windows))]
pub mod cli;
pub mod cues;
pub mod daemon;
pub mod engine;
pub mod history;
pub mod i18n;
pub mod ipc;
pub mod platform;
pub mod player;
pub mod posture;
pub mod rotation;
pub mod settings;
pub mod sound;
pub mod store;
pub mod ui;
pub mod words;
