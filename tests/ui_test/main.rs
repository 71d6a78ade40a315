//! The window's views in egui_kittest against a fake daemon (`common::harness`), their snapshot images, and every stretch's figure.
//! One test binary per group, so the 2.3k-line harness links a few times,
//! not once per file.
// They drive the Linux programs in Linux desktops; the Windows build has
// its own, under Wine (tests/wine_test).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod break_screen;
mod figures;
mod focus;
mod language;
mod snapshots;
mod views;
