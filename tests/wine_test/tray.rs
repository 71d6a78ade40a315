//! The notification-area icon in Wine's system tray, and its menu.

use std::time::Duration;

use crate::common::desktop::wait_until;
use crate::wine::Wine;

#[test]
fn the_tray_menus_take_a_break_now_opens_the_break_card() {
    let mut wine = Wine::start();
    wine.start_daemon();
    let mut tray = None;
    assert!(
        wait_until(Duration::from_secs(20), || {
            tray = wine.window("^Wine System Tray$");
            tray.is_some()
        }),
        "no icon in Wine's system tray"
    );
    let tray = tray.expect("tray");
    let before = wine
        .desktop
        .xdotool(&["search", "--onlyvisible", "--name", ""]);
    // The icon is the tray's first, at its left.
    wine.desktop
        .xdotool(&["mousemove", "--window", &tray, "10", "10", "click", "3"]);
    let mut menu = None;
    assert!(
        wait_until(Duration::from_secs(10), || {
            let now = wine
                .desktop
                .xdotool(&["search", "--onlyvisible", "--name", ""]);
            menu = new_window(before.as_deref(), now.as_deref(), &wine);
            menu.is_some()
        }),
        "right-clicking the icon showed no menu"
    );
    let menu = menu.expect("menu");
    // "Take a break now" is the first item.
    wine.desktop
        .xdotool(&["mousemove", "--window", &menu, "30", "10", "click", "1"]);
    assert!(
        wait_until(Duration::from_secs(10), || wine.status()["phase"]
            == "on_break"),
        "the menu item did not start a break"
    );
    assert!(
        wait_until(Duration::from_secs(30), || wine.card().is_some()),
        "no break card"
    );
}

/// A window mapped since `before` that is taller than a line: the popup
/// menu (Wine also maps hairline windows for its frames).
fn new_window(before: Option<&str>, now: Option<&str>, wine: &Wine) -> Option<String> {
    let before: Vec<&str> = before.unwrap_or_default().lines().collect();
    now.unwrap_or_default()
        .lines()
        .filter(|id| !before.contains(id))
        .find(|id| {
            let geometry = wine
                .desktop
                .xdotool(&["getwindowgeometry", id])
                .unwrap_or_default();
            geometry
                .split("Geometry: ")
                .nth(1)
                .and_then(|g| g.split('x').nth(1))
                .and_then(|h| h.trim().parse::<u32>().ok())
                .is_some_and(|h| h > 100)
        })
        .map(str::to_owned)
}
