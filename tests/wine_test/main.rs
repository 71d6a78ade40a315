//! The Windows build (`x86_64-pc-windows-gnu`) under Wine 8 in a headless
//! X desktop: the daemon and the CLI over the named pipe, the
//! notification-area icon and its menu, the break card over a Windows
//! program, idle time, the microphone's privacy record and an
//! organisation's policy in the registry. Wine is not
//! Windows: the README says what this proves and what needs Windows.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod card;
mod cli;
mod installer;
mod policy;
mod presence;
mod tray;
mod wine;
