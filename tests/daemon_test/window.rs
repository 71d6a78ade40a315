//! The real window in the headless desktop: it appears when a break is
//! due, runs to the end from the keyboard (via xdotool), records the
//! break, and its process exits.

use crate::common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::desktop::{Desktop, Parts, wait_until};

#[test]
fn a_due_break_opens_the_window_which_runs_to_a_completed_break_and_exits() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_with_break_due("");
    let due_seen = Instant::now();
    let mut window = None;
    assert!(wait_until(Duration::from_secs(5), || {
        window = desktop.visible_window();
        window.is_some()
    }));
    let mapped_after = due_seen.elapsed();
    eprintln!("break window mapped {mapped_after:?} after the break came due");
    let window = window.expect("mapped");

    // First break ever: the safety note, then the player; skip through every
    // stretch, then Done on the end card.
    desktop.type_into(&window, &["Return", "Return"]);
    assert!(wait_until(
        Duration::from_secs(5),
        || desktop.status()["phase"] == "on_break"
    ));
    desktop.type_into(&window, &["Right"; 6]);
    desktop.type_into(&window, &["Return"]);
    assert!(wait_until(Duration::from_secs(5), || desktop
        .history_events()
        .contains(&"break_completed".to_owned())));
    assert!(
        wait_until(Duration::from_secs(5), || desktop.window_pids().is_empty()),
        "the window process lingers"
    );
    assert!(desktop.visible_window().is_none());
    assert_eq!(desktop.status()["phase"], "sitting");
}

#[test]
fn without_a_notification_server_the_break_window_opens_directly() {
    let mut desktop = Desktop::start(Parts {
        notifications: false,
        ..Parts::default()
    });
    desktop.settings("sit_interval = \"2s\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();
    assert!(wait_until(Duration::from_secs(15), || desktop
        .visible_window()
        .is_some()));
    assert_eq!(desktop.status()["phase"], "break_due");
}

#[test]
fn closing_the_window_mid_break_records_the_break_as_abandoned() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["break"]).code, 0);
    let mut window = None;
    assert!(wait_until(Duration::from_secs(10), || {
        window = desktop.visible_window();
        window.is_some()
    }));
    let mut cmd = Command::new("xdotool");
    desktop
        .env(&mut cmd)
        .args(["windowclose", &window.expect("window")])
        .status()
        .expect("xdotool");
    assert!(wait_until(Duration::from_secs(5), || desktop
        .history_events()
        .contains(&"break_abandoned".to_owned())));
    assert_eq!(desktop.status()["phase"], "sitting");
}

#[test]
fn launching_sitbreak_again_opens_the_window_of_the_running_daemon() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    assert!(
        desktop.visible_window().is_none(),
        "--hidden opens no window"
    );
    let run = desktop.sitbreak(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(wait_until(Duration::from_secs(10), || desktop
        .visible_window()
        .is_some()));
    // A second request raises the same window rather than opening another.
    assert_eq!(desktop.sitbreak(&["settings"]).code, 0);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(desktop.window_pids().len(), 1);
}

#[test]
fn the_tray_menu_opens_the_window() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    let (service, path) = desktop.wait_for_tray_item().expect("registered");
    desktop.click_menu_label(&service, &path, "Open Sitbreak");
    assert!(wait_until(Duration::from_secs(10), || desktop
        .visible_window()
        .is_some()));
}

#[test]
fn an_open_window_closes_at_once_and_quietly_when_sitbreak_quits() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["open"]).code, 0);
    assert!(wait_until(Duration::from_secs(10), || desktop
        .visible_window()
        .is_some()));
    let pids = desktop.window_pids();
    assert_eq!(pids.len(), 1);
    // Running, not a zombie waiting for its parent to reap it.
    let alive = |pid: u32| {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
            s.rsplit(')')
                .next()
                .is_some_and(|rest| !rest.trim_start().starts_with('Z'))
        })
    };
    let asked = Instant::now();
    assert_eq!(desktop.sitbreak(&["quit"]).code, 0);
    // The daemon waits up to 2 s for replies in flight; the window must
    // not wait for that.
    assert!(
        wait_until(Duration::from_secs(1), || !alive(pids[0])),
        "the window outlived its daemon"
    );
    eprintln!("the window closed {:?} after quit", asked.elapsed());
    let log = std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default();
    assert!(!log.contains("Broken pipe"), "{log}");
    assert!(
        !log.contains("sitbreak-window:"),
        "the window said something: {log}"
    );
}

#[test]
fn a_window_left_open_longer_than_the_daemons_idle_limit_still_reaches_it() {
    use sitbreak::ipc::protocol::{Request, Response};
    use sitbreak::ui::ipc_link::IpcLink;
    use sitbreak::ui::link::DaemonLink;
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    // The window's own link, as Settings holds it while the person reads.
    // The daemon runs with the end-to-end tests' short limits, and the
    // link, as the window does there, with the matching freshness.
    let limits = sitbreak::settings::Limits::Short;
    let fresh_for = sitbreak::ipc::fresh_for(limits);
    let mut link = IpcLink::connect(&desktop.socket(), fresh_for, || {}).expect("connect");
    assert!(matches!(link.send(Request::Status), Response::Ok { .. }));
    // The daemon hangs up on a connection idle for its limit.
    let idle = sitbreak::ipc::idle_limit(limits) + Duration::from_secs(1);
    std::thread::sleep(idle);
    let answer = link.send(Request::Status);
    assert!(
        matches!(answer, Response::Ok { .. }),
        "after {idle:?}: {answer:?}"
    );
}
