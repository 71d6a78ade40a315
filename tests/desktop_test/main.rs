//! The real binaries in each desktop of the matrix (X11 window managers, sway, weston, KWin, GNOME Shell), read through D-Bus and the accessibility tree.
//! One test binary per group, so the 2.3k-line harness links a few times,
//! not once per file.
// They drive the Linux programs in Linux desktops; the Windows build has
// its own, under Wine (tests/wine_test).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../common/mod.rs"]
mod common;

mod a11y;
mod gnome;
mod kwin;
mod wayland;
mod weston;
mod x11;
