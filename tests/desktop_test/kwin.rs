//! The break card and idle time on KDE's KWin 5.27 (Wayland, headless,
//! `--virtual`), with a private bus. KWin offers no virtual keyboard to
//! clients, so typing is tested on sway and the X11 window managers; here:
//! a Sitbreak window left under a terminal comes to the top when the break
//! comes due, the compositor's ext-idle-notify-v1 gives a natural break
//! and `sitbreak doctor` names it, and a skipped break closes its card.

use crate::common;

use std::time::Duration;

use common::desktop::{Compositor, Desktop, Parts, wait_until};
use common::scenarios;

fn kwin() -> Desktop {
    Desktop::start(Parts {
        tray_host: false,
        wayland: Some(Compositor::Kwin),
        ..Parts::default()
    })
}

/// The topmost window's resource class.
fn top(desktop: &Desktop) -> Option<String> {
    desktop
        .kwin_windows()
        .into_iter()
        .max_by_key(|(_, _, stack)| *stack)
        .map(|(class, _, _)| class)
}

fn sitbreak_windows(desktop: &Desktop) -> usize {
    desktop
        .kwin_windows()
        .iter()
        .filter(|(class, _, _)| class == "sitbreak")
        .count()
}

#[test]
fn on_kwin_an_open_window_under_a_terminal_comes_on_top_at_break_time() {
    let mut desktop = kwin();
    desktop.settings("sit_interval = \"8s\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["open"]).code, 0);
    assert!(wait_until(Duration::from_secs(10), || sitbreak_windows(
        &desktop
    ) == 1));
    let out = desktop.home.dir.path().join("typed.txt");
    desktop.start_wayland_terminal(&out);
    assert!(
        wait_until(Duration::from_secs(5), || top(&desktop).as_deref()
            == Some("org.freedesktop.weston.wayland-terminal")),
        "the terminal is on top before the break: {:?}",
        desktop.kwin_windows()
    );
    assert!(wait_until(
        Duration::from_secs(15),
        || desktop.status()["phase"] == "break_due"
    ));
    assert!(
        wait_until(Duration::from_secs(10), || top(&desktop).as_deref()
            == Some("sitbreak")),
        "the card is not on top: {:?}",
        desktop.kwin_windows()
    );
    assert_eq!(sitbreak_windows(&desktop), 1, "one window, not two");
}

#[test]
fn on_kwin_ext_idle_notify_reports_an_untouched_seat_as_absence_and_doctor_names_it() {
    // KWin takes no synthetic input from clients, so nobody ever sits at
    // this seat: its idle is absence, never a natural break.
    let mut desktop = kwin();
    scenarios::absence_at_start_from(&mut desktop, "ext-idle-notify-v1");
}

#[test]
fn on_kwin_skipping_from_the_command_line_closes_the_card() {
    let mut desktop = kwin();
    scenarios::skip_closes_the_card(&mut desktop, |d| sitbreak_windows(d) == 1);
}
