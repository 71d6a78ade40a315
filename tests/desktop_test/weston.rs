//! Sitbreak on weston 10 (Wayland, headless). Headless weston has no seat,
//! so nothing there can be typed, focused or idle; what it can show is
//! that the card maps and draws on a bare Wayland compositor (read from
//! the window's accessibility tree), that `sitbreak doctor` says no idle
//! source was found and what that costs, and that skip closes the card.

use crate::common;

use std::time::Duration;

use common::desktop::{Compositor, Desktop, Parts, wait_until};

fn weston() -> Desktop {
    let mut desktop = Desktop::start(Parts {
        tray_host: false,
        wayland: Some(Compositor::Weston),
        ..Parts::default()
    });
    desktop.start_accessibility();
    desktop
}

#[test]
fn on_weston_the_card_shows_and_skip_closes_it() {
    let mut desktop = weston();
    desktop.start_with_break_due("");
    assert!(
        desktop.window_shows("^Time to stand up$", Duration::from_secs(15)),
        "the card did not show; window log: {}",
        std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default()
    );
    assert!(desktop.window_shows("^Snooze 5 min$", Duration::from_secs(2)));
    assert_eq!(desktop.sitbreak(&["skip"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(3), || desktop.window_pids().is_empty()),
        "the card for the skipped break stays open"
    );
}

#[test]
fn on_weston_doctor_says_no_idle_source_was_found_and_what_that_costs() {
    let mut desktop = weston();
    desktop.start_daemon();
    let doctor = desktop.sitbreak(&["doctor"]);
    assert!(
        doctor.stdout.contains("✗ Idle time: no idle source"),
        "{}",
        doctor.stdout
    );
    assert!(
        doctor.stdout.contains("no natural breaks"),
        "{}",
        doctor.stdout
    );
    let json = desktop.sitbreak(&["doctor", "--json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    let idle = report["checks"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["part"] == "idle"))
        .expect("an idle check");
    assert_eq!(idle["works"], false);
    let log = std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default();
    assert!(
        log.contains("✗ Idle time: no idle source"),
        "the daemon says so at start:\n{log}"
    );
}
