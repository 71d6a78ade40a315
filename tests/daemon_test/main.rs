//! The real daemon over its socket in a headless desktop: requests, restarts, sit–stand mode and hooks, presence, the window's life, and sound.
//! One test binary per group, so the 2.3k-line harness links a few times,
//! not once per file.
// They drive the Linux programs in Linux desktops; the Windows build has
// its own, under Wine (tests/wine_test).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod language;
mod policy;
mod presence;
mod requests;
mod restart;
mod sit_stand;
mod sound;
mod window;
