//! The command line, the shipped binaries, the settings and history files, and the README's settings table.
//! One test binary per group, so the 2.3k-line harness links a few times,
//! not once per file.
// They drive the Linux programs in Linux desktops; the Windows build has
// its own, under Wine (tests/wine_test).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod binaries;
mod commands;
mod language;
mod readme_settings;
mod store;
