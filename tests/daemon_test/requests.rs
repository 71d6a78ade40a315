//! The real daemon in a real headless desktop: notifications through a
//! notification server, the tray item read back over D-Bus as a panel reads
//! it, the CLI, single instance, bad input and crashes.

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::desktop::{Desktop, Parts, wait_until};

fn now_secs() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// The epoch time dbusmock logged for a line.
fn logged_at(line: &str) -> f64 {
    line.split_whitespace()
        .next()
        .and_then(|t| t.parse().ok())
        .unwrap_or(0.0)
}

#[test]
fn warning_and_break_notifications_arrive_on_time_with_the_routine_name() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("sit_interval = \"8s\"\nwarn_before = \"3s\"\n");
    desktop.start_daemon();
    let asked_at = now_secs();
    let status = desktop.status();
    let due_in = status["next_break_in_secs"].as_f64().expect("sitting");
    let routine = status["next_routine"]["name"]
        .as_str()
        .expect("a routine")
        .to_owned();
    let expected_due = asked_at + due_in;

    assert!(wait_until(Duration::from_secs(20), || desktop
        .notifications()
        .iter()
        .any(|l| l.contains("Time to stand up"))));
    let notes = desktop.notifications();
    let warning = notes
        .iter()
        .find(|l| l.contains("Stand-up break in"))
        .expect("a warning");
    let due = notes
        .iter()
        .find(|l| l.contains("Time to stand up"))
        .expect("the break");
    assert!(warning.contains(&routine), "{warning}");
    assert!(due.contains(&routine), "{due}");
    // Within a second of when they were due (the status is whole seconds).
    assert!(
        (logged_at(due) - expected_due).abs() <= 1.5,
        "due {} vs {expected_due}",
        logged_at(due)
    );
    assert!((logged_at(warning) - (expected_due - 3.0)).abs() <= 1.5);
    // The break bubble replaces the warning instead of stacking (replaces id 1).
    assert!(due.contains("\"Sitbreak\" 1 "), "{due}");
    assert!(
        due.contains("\"Start\"") && due.contains("\"Skip\""),
        "{due}"
    );
    assert!(wait_until(Duration::from_secs(2), || desktop
        .history_events()
        == ["break_due"]));
}

#[test]
fn tray_menu_reads_back_over_dbusmenu_and_a_click_pauses() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    let (service, path) = desktop.wait_for_tray_item().expect("registered");
    let entries = desktop.menu_entries(&service, &path);
    let labels: Vec<&str> = entries
        .iter()
        .map(|(_, l, _)| l.as_str())
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        labels,
        [
            "Take a break now",
            "Snooze",
            "Skip this break",
            "I'm standing",
            "Pause",
            "30 minutes",
            "1 hour",
            "2 hours",
            "Until tomorrow",
            "Resume",
            "Open Sitbreak",
            "Settings",
            "Statistics",
            "Quit"
        ]
    );
    let enabled = |label: &str| entries.iter().find(|(_, l, _)| l == label).map(|e| e.2);
    assert_eq!(
        enabled("Resume"),
        Some(false),
        "nothing to resume while sitting"
    );
    assert_eq!(enabled("Snooze"), Some(false), "nothing to snooze yet");
    assert_eq!(enabled("Take a break now"), Some(true));

    desktop.click_menu_label(&service, &path, "1 hour");
    assert!(wait_until(
        Duration::from_secs(5),
        || desktop.status()["phase"] == "paused"
    ));
    let status = desktop.status();
    assert!(
        status["summary"]
            .as_str()
            .unwrap_or("")
            .starts_with("Paused until"),
        "{status}"
    );
    let entries = desktop.menu_entries(&service, &path);
    let resume = entries
        .iter()
        .find(|(_, l, _)| l == "Resume")
        .expect("resume");
    assert!(resume.2, "Resume is enabled while paused");
    assert_eq!(desktop.history_events(), ["paused"]);
}

#[test]
fn strict_mode_takes_skip_out_of_the_tray_menu() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("strict = true\n");
    desktop.start_daemon();
    let (service, path) = desktop.wait_for_tray_item().expect("registered");
    let entries = desktop.menu_entries(&service, &path);
    assert!(
        entries.iter().all(|(_, l, _)| !l.starts_with("Skip")),
        "{entries:?}"
    );
}

#[test]
fn a_refused_tray_click_says_why_in_a_notification() {
    let mut desktop = Desktop::start(Parts::default());
    // No snoozes at all: the Snooze item is greyed, but a panel showing a
    // menu it read earlier can still send its click.
    desktop.settings("max_snoozes = 0\n");
    desktop.start_daemon();
    let (service, path) = desktop.wait_for_tray_item().expect("registered");
    desktop.click_menu_label(&service, &path, "Snooze");
    assert!(
        wait_until(Duration::from_secs(5), || desktop
            .notifications()
            .iter()
            .any(|l| l.contains("Sitbreak could not do that"))),
        "{:?}",
        desktop.notifications()
    );
    let told = desktop.notifications();
    let told = told
        .iter()
        .find(|l| l.contains("could not do that"))
        .expect("told");
    assert!(told.to_lowercase().contains("snooze"), "{told}");
    assert_eq!(desktop.status()["phase"], "sitting");
    assert!(desktop.history_events().is_empty());
}

#[test]
fn skip_on_a_bubble_shown_before_strict_mode_was_turned_on_says_why_it_was_refused() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_with_break_due("");
    assert!(
        desktop
            .notifications()
            .iter()
            .any(|l| l.contains("Time to stand up") && l.contains("\"Skip\"")),
        "the bubble offers Skip: {:?}",
        desktop.notifications()
    );
    // Strict mode by hand while the bubble is on screen; then its Skip.
    desktop.settings("sit_interval = \"3s\"\nwarn_before = \"0s\"\nstrict = true\n");
    desktop.invoke_notification_action(1, r#"{"op":"skip"}"#);
    assert!(
        wait_until(Duration::from_secs(5), || desktop
            .notifications()
            .iter()
            .any(
                |l| l.contains("Sitbreak could not do that") && l.contains("trict mode")
            )),
        "{:?}",
        desktop.notifications()
    );
    assert_eq!(
        desktop.status()["phase"],
        "break_due",
        "nothing was skipped"
    );
    assert_eq!(desktop.history_events(), ["break_due"]);
}

#[test]
fn snooze_from_the_notification_puts_the_break_off() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_with_break_due("snooze_length = \"1m\"\n");
    // The mock numbers notifications from 1; the break bubble is the first.
    desktop.invoke_notification_action(1, r#"{"op":"snooze"}"#);
    assert!(wait_until(
        Duration::from_secs(5),
        || desktop.status()["phase"] == "sitting"
    ));
    let status = desktop.status();
    assert!(
        status["next_break_in_secs"].as_u64().unwrap_or(0) > 50,
        "{status}"
    );
    assert_eq!(status["snoozes_left"], 1);
    assert_eq!(desktop.history_events(), ["break_due", "break_snoozed"]);
}

#[test]
fn every_cli_command_says_when_no_daemon_runs() {
    let desktop = Desktop::start(Parts::default());
    for args in [
        &["status"][..],
        &["break"],
        &["snooze"],
        &["skip"],
        &["pause", "30m"],
        &["resume"],
        &["open"],
        &["settings"],
        &["quit"],
    ] {
        let run = desktop.sitbreak(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            run.stderr.contains("Sitbreak is not running"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn cli_commands_drive_the_daemon_and_refusals_exit_1() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("strict = true\nsit_interval = \"2s\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();

    let run = desktop.sitbreak(&["pause", "30m"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("Paused until"), "{}", run.stdout);
    let run = desktop.sitbreak(&["pause", "tomorrow"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = desktop.sitbreak(&["resume"]);
    assert_eq!(run.code, 0);
    assert_eq!(desktop.status()["phase"], "sitting");

    assert!(wait_until(
        Duration::from_secs(10),
        || desktop.status()["phase"] == "break_due"
    ));
    let run = desktop.sitbreak(&["skip"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("strict mode"), "{}", run.stderr);
    let run = desktop.sitbreak(&["snooze"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = desktop.sitbreak(&["break"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(desktop.status()["phase"], "on_break");
    let run = desktop.sitbreak(&["open"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = desktop.sitbreak(&["settings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let run = desktop.sitbreak(&["quit"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut daemon = desktop.daemon.take().expect("daemon");
    assert!(wait_until(Duration::from_secs(5), || matches!(
        daemon.try_wait(),
        Ok(Some(_))
    )));
    let events = desktop.history_events();
    assert_eq!(
        events.last().map(String::as_str),
        Some("stopped"),
        "{events:?}"
    );
    assert_eq!(desktop.sitbreak(&["status"]).code, 2);
}

#[test]
fn sitbreak_skip_during_a_running_break_ends_it_as_skipped_and_closes_its_window() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    let run = desktop.sitbreak(&["break"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        wait_until(Duration::from_secs(20), || !desktop
            .window_pids()
            .is_empty()),
        "the break's window never opened"
    );

    let run = desktop.sitbreak(&["skip"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(desktop.status()["phase"], "sitting");
    let events = desktop.history_events();
    assert_eq!(
        events.iter().rev().take(2).collect::<Vec<_>>(),
        ["break_skipped", "break_started"],
        "{events:?}"
    );
    assert!(
        wait_until(Duration::from_secs(10), || desktop.window_pids().is_empty()),
        "the window of the skipped break stayed open"
    );
    // The window closed without reporting the break again.
    assert_eq!(
        desktop.history_events().last().map(String::as_str),
        Some("break_skipped")
    );
}

#[test]
fn a_first_break_started_from_the_notification_the_tray_or_the_cli_opens_on_the_safety_notes() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_accessibility();
    desktop.start_with_break_due("");
    let safety_then_skip = |desktop: &Desktop, how: &str| {
        assert!(
            wait_until(Duration::from_secs(10), || desktop.status()["phase"]
                == "on_break"),
            "{how}: the break did not start"
        );
        assert!(
            desktop.window_shows("^Safety first$", Duration::from_secs(20)),
            "{how}: the window did not open on the safety notes"
        );
        assert!(desktop.window_shows("^When to stop and see someone$", Duration::from_secs(2)));
        assert_eq!(desktop.sitbreak(&["skip"]).code, 0);
        assert!(
            wait_until(Duration::from_secs(10), || desktop.window_pids().is_empty()),
            "{how}: the window stayed open"
        );
    };

    desktop.invoke_notification_action(1, r#"{"op":"take_break"}"#);
    safety_then_skip(&desktop, "notification");

    let (service, path) = desktop.wait_for_tray_item().expect("registered");
    desktop.click_menu_label(&service, &path, "Take a break now");
    safety_then_skip(&desktop, "tray");

    assert_eq!(desktop.sitbreak(&["break"]).code, 0);
    safety_then_skip(&desktop, "sitbreak break");
    assert!(
        !desktop
            .history_events()
            .contains(&"safety_notes_read".to_owned()),
        "nobody read them yet"
    );
}

fn racing_launches_leave_one_daemon(n: usize) {
    let desktop = Desktop::start(Parts::default());
    let mut children: Vec<_> = (0..n).map(|_| desktop.spawn_daemon_process()).collect();
    assert!(wait_until(Duration::from_secs(20), || desktop
        .sitbreak(&["status"])
        .code
        == 0));
    // Every launch but one hands over and exits 0.
    let mut exited = 0;
    assert!(
        wait_until(Duration::from_secs(20), || {
            exited = children
                .iter_mut()
                .filter_map(|c| c.try_wait().ok().flatten())
                .count();
            exited == n - 1
        }),
        "{exited} of {n} exited; log:\n{}",
        std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default()
    );
    for child in &mut children {
        if let Ok(Some(status)) = child.try_wait() {
            assert!(status.success(), "a losing launch failed: {status}");
        }
    }
    std::thread::sleep(Duration::from_millis(500));
    let alive = children
        .iter_mut()
        .map(|c| c.try_wait())
        .filter(|r| matches!(r, Ok(None)))
        .count();
    assert_eq!(alive, 1);
    assert_eq!(desktop.sitbreak(&["quit"]).code, 0);
    for child in &mut children {
        let _ = child.wait();
    }
}

#[test]
fn two_racing_launches_leave_exactly_one_daemon() {
    racing_launches_leave_one_daemon(2);
}

#[test]
fn ten_racing_launches_leave_exactly_one_daemon() {
    racing_launches_leave_one_daemon(10);
}

#[test]
fn corrupted_settings_at_start_run_on_defaults_and_are_kept_until_replaced() {
    let mut desktop = Desktop::start(Parts::default());
    let broken = "sit_interval = \"45m\nstrict = [\n";
    desktop.settings(broken);
    desktop.start_daemon();
    let status = desktop.status();
    assert_eq!(status["strict"], false);
    let log = std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default();
    assert!(
        log.contains("settings.toml:2: file: not valid TOML"),
        "{log}"
    );
    assert_eq!(
        std::fs::read_to_string(desktop.home.settings_file()).expect("kept"),
        broken
    );

    // Saving new settings first moves the broken file aside.
    let socket = desktop.socket();
    let response = sitbreak::ipc::client::send(
        &socket,
        sitbreak::ipc::protocol::Request::SetSettings {
            toml: "strict = true\n".into(),
        },
    )
    .expect("set settings");
    assert!(
        matches!(response, sitbreak::ipc::protocol::Response::Ok { .. }),
        "{response:?}"
    );
    assert_eq!(desktop.status()["strict"], true);
    let dir = desktop
        .home
        .settings_file()
        .parent()
        .expect("dir")
        .to_path_buf();
    let aside: Vec<_> = std::fs::read_dir(&dir)
        .expect("list")
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("settings.toml.bad-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read_to_string(aside[0].path()).expect("read"),
        broken
    );
}

#[test]
fn invalid_settings_sent_over_ipc_are_refused_and_never_saved() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    let socket = desktop.socket();
    let response = sitbreak::ipc::client::send(
        &socket,
        sitbreak::ipc::protocol::Request::SetSettings {
            toml: "max_snoozes = 99\n".into(),
        },
    )
    .expect("answer");
    match response {
        sitbreak::ipc::protocol::Response::Refused { refusal } => {
            let said = sitbreak::words::refusal(&refusal);
            assert!(
                said.contains("max_snoozes: 99 is out of range (0 to 10)"),
                "{said}"
            )
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(!desktop.home.settings_file().exists());
}

#[test]
fn hand_edited_settings_apply_without_a_restart() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("sit_interval = \"1h\"\n");
    desktop.start_daemon();
    assert!(desktop.status()["next_break_in_secs"].as_u64().unwrap_or(0) > 3000);
    // A newer mtime is what the daemon looks for.
    std::thread::sleep(Duration::from_millis(1100));
    desktop.settings("sit_interval = \"10m\"\n");
    assert!(wait_until(Duration::from_secs(5), || {
        desktop.status()["next_break_in_secs"]
            .as_u64()
            .is_some_and(|s| s <= 600)
    }));
}

#[test]
fn without_a_notification_server_the_daemon_still_keeps_the_schedule() {
    let mut desktop = Desktop::start(Parts {
        notifications: false,
        ..Parts::default()
    });
    desktop.settings("sit_interval = \"2s\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();
    assert!(wait_until(
        Duration::from_secs(10),
        || desktop.status()["phase"] == "break_due"
    ));
    assert_eq!(desktop.history_events(), ["break_due"]);
}

#[test]
fn without_a_session_bus_the_daemon_runs_without_tray_or_notifications() {
    let mut desktop = Desktop::start(Parts {
        session_bus: false,
        ..Parts::default()
    });
    desktop.settings("sit_interval = \"2s\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();
    assert!(wait_until(
        Duration::from_secs(10),
        || desktop.status()["phase"] == "break_due"
    ));
    let log = std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default();
    assert!(!log.contains("panicked"), "{log}");
}

#[test]
fn without_a_tray_host_everything_else_works_and_a_later_host_finds_the_item() {
    let mut desktop = Desktop::start(Parts {
        tray_host: false,
        ..Parts::default()
    });
    desktop.settings("sit_interval = \"3s\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();
    assert!(wait_until(Duration::from_secs(10), || desktop
        .notifications()
        .iter()
        .any(|l| l.contains("Time to stand up"))));
    desktop.start_tray_host();
    assert!(
        wait_until(Duration::from_secs(15), || desktop.tray_item().is_some()),
        "not registered: {:?}\nwatcher log: {}",
        desktop
            .busctl(&[
                "get-property",
                "org.kde.StatusNotifierWatcher",
                "/StatusNotifierWatcher",
                "org.kde.StatusNotifierWatcher",
                "RegisteredStatusNotifierItems"
            ])
            .stdout,
        std::fs::read_to_string(desktop.home.dir.path().join("watcher.log")).unwrap_or_default()
    );
}

#[test]
fn the_tray_item_comes_back_when_the_tray_host_restarts() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    assert!(wait_until(Duration::from_secs(10), || desktop
        .tray_item()
        .is_some()));
    desktop.stop_tray_host();
    desktop.start_tray_host();
    assert!(
        wait_until(Duration::from_secs(10), || desktop.tray_item().is_some()),
        "not registered again"
    );
    let (service, path) = desktop.tray_item().expect("item");
    assert!(!desktop.menu_entries(&service, &path).is_empty());
    assert_eq!(desktop.sitbreak(&["status"]).code, 0);
}

#[test]
fn kill_9_loses_no_completed_history_and_the_next_start_continues_the_schedule() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("sit_interval = \"2m\"\n");
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["break"]).code, 0);
    let socket = desktop.socket();
    let response = sitbreak::ipc::client::send(
        &socket,
        sitbreak::ipc::protocol::Request::FinishBreak {
            steps_done: 3,
            steps_total: 3,
        },
    )
    .expect("finish");
    assert!(matches!(
        response,
        sitbreak::ipc::protocol::Response::Ok { .. }
    ));
    std::thread::sleep(Duration::from_secs(3));
    let mut daemon = desktop.daemon.take().expect("daemon");
    let _ = daemon.kill();
    let _ = daemon.wait();
    assert_eq!(
        desktop.history_events(),
        ["break_started", "break_completed"]
    );

    desktop.start_daemon();
    let left = desktop.status()["next_break_in_secs"]
        .as_u64()
        .expect("sitting");
    assert!(
        left <= 117,
        "the schedule restarted from scratch ({left}s left)"
    );
    assert!(left >= 100, "{left}s left");
}

#[test]
fn malformed_oversized_and_truncated_messages_never_stop_the_daemon() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    let socket = desktop.socket();
    let reply = |bytes: &[u8], close: bool| -> String {
        let mut s = UnixStream::connect(&socket).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        s.write_all(bytes).expect("write");
        if close {
            let _ = s.shutdown(std::net::Shutdown::Write);
        }
        let mut line = String::new();
        let _ = BufReader::new(s).read_line(&mut line);
        line
    };
    assert!(reply(b"not json\n", false).contains("malformed request"));
    assert!(reply(b"{\"v\":1,\"op\":\"explode\"}\n", false).contains("malformed request"));
    assert!(reply(b"{\"v\":99,\"op\":\"status\"}\n", false).contains("protocol version 99"));
    assert!(reply(&vec![b'x'; 100_000], false).contains("longer than"));
    assert!(reply(b"{\"v\":1,\"op\":\"sta", true).contains("without a newline"));
    // A client that connects and says nothing does not block others.
    let _silent = UnixStream::connect(&socket).expect("connect");
    assert_eq!(desktop.sitbreak(&["status"]).code, 0);
    assert!(reply(b"{\"v\":1,\"op\":\"status\"}\n", false).contains("\"reply\":\"ok\""));
}

#[test]
fn the_socket_is_reachable_only_by_its_owner() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    let socket = desktop.socket();
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(socket.parent().expect("dir")), 0o700);
    assert_eq!(mode(&socket), 0o600);
}

#[test]
fn idle_from_before_sitbreak_saw_anyone_is_absence_not_a_natural_break() {
    // A desktop session nobody has touched since Sitbreak started in it:
    // the first start in a fresh session logged "1 natural break" at 0 s
    // sat before this rule.
    let mut desktop = Desktop::start(Parts::default());
    // X11's idle time is read once a minute, and just before the break.
    desktop.settings("sit_interval = \"6s\"\nwarn_before = \"0s\"\nnatural_break_idle = \"3s\"\n");
    desktop.start_daemon();
    assert!(wait_until(
        Duration::from_secs(15),
        || desktop.status()["phase"] == "away"
    ));
    assert_eq!(desktop.history_events(), Vec::<String>::new());
    let run = desktop.sitbreak(&["stats", "--json", "--days", "1"]);
    assert!(run.stdout.contains("\"natural\": 0"), "{}", run.stdout);
}

#[test]
fn idle_at_the_desk_counts_as_a_natural_break_and_input_brings_the_user_back() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("sit_interval = \"6s\"\nwarn_before = \"0s\"\nnatural_break_idle = \"3s\"\n");
    desktop.start_daemon();
    // Someone is at the desk as Sitbreak starts (idle from before it ever
    // saw anyone is no break), then stops touching the X server, so by the
    // break it has been idle > 3 s.
    let mut xdotool = std::process::Command::new("xdotool");
    let moved = desktop
        .env(&mut xdotool)
        .args(["mousemove", "120", "240"])
        .status();
    assert!(moved.is_ok_and(|s| s.success()), "xdotool failed");
    assert!(wait_until(
        Duration::from_secs(15),
        || desktop.status()["phase"] == "away"
    ));
    assert_eq!(desktop.history_events(), ["natural_break"]);
    assert!(
        desktop
            .notifications()
            .iter()
            .all(|l| !l.contains("Time to stand up"))
    );
    // Someone is back at the desk: the pointer keeps moving.
    let mut step = 0;
    let back = wait_until(Duration::from_secs(25), || {
        step += 1;
        let mut xdotool = std::process::Command::new("xdotool");
        let x = (100 + (step % 50) * 7).to_string();
        let moved = desktop
            .env(&mut xdotool)
            .args(["mousemove", &x, "200"])
            .status();
        assert!(moved.is_ok_and(|s| s.success()), "xdotool failed");
        std::thread::sleep(Duration::from_millis(250));
        desktop.status()["phase"] == "sitting"
    });
    assert!(back, "coming back was not noticed");
}

#[test]
fn autostart_setting_writes_and_removes_the_desktop_entry() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("autostart = true\n");
    desktop.start_daemon();
    let entry = desktop.home.config().join("autostart/sitbreak.desktop");
    assert!(wait_until(Duration::from_secs(5), || entry.exists()));
    let text = std::fs::read_to_string(&entry).expect("entry");
    assert!(text.contains("--hidden"), "{text}");
    std::thread::sleep(Duration::from_millis(1100));
    desktop.settings("autostart = false\n");
    assert_eq!(desktop.sitbreak(&["status"]).code, 0);
    assert!(wait_until(Duration::from_secs(5), || !entry.exists()));
}

#[test]
fn the_tray_icon_registers_again_when_the_watcher_drops_it_as_gnome_sometimes_does() {
    let mut desktop = Desktop::start(Parts {
        tray_host: false,
        ..Parts::default()
    });
    let registrations = desktop.start_flaky_watcher();
    desktop.start_daemon();
    let count = || {
        std::fs::read_to_string(&registrations)
            .unwrap_or_default()
            .lines()
            .count()
    };
    assert!(
        wait_until(Duration::from_secs(15), || count() >= 2
            && desktop.tray_item().is_some()),
        "registered {} times; listed: {:?}; daemon log:\n{}",
        count(),
        desktop.tray_item(),
        std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default()
    );
    // Still there a while later, and registered no more than needed.
    std::thread::sleep(Duration::from_secs(2));
    assert!(desktop.tray_item().is_some());
    assert_eq!(count(), 2);
    let log = std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default();
    assert!(
        log.contains("dropped the tray icon; registering it again"),
        "{log}"
    );
}

#[test]
fn a_hung_tray_watcher_holds_up_no_request_while_doctor_looks_and_doctor_still_answers() {
    use sitbreak::ipc::protocol::{Request, Response};
    use std::time::Instant;
    let mut desktop = Desktop::start(Parts {
        tray_host: false,
        ..Parts::default()
    });
    // Owns the watcher's name and never answers: each question to it
    // waits out doctor's one-second limit.
    desktop.start_hung_service("org.kde.StatusNotifierWatcher");
    desktop.start_daemon();
    let socket = desktop.socket();
    let asked = socket.clone();
    let doctor = std::thread::spawn(move || {
        let answer = sitbreak::ipc::client::send(&asked, Request::Doctor { fresh: true });
        (answer, Instant::now())
    });
    // Give the doctor's request a head start to the daemon.
    std::thread::sleep(Duration::from_millis(200));
    let status = sitbreak::ipc::client::send(&socket, Request::Status).expect("status");
    let status_at = Instant::now();
    assert!(matches!(status, Response::Ok { .. }), "{status:?}");
    let (answer, doctor_at) = doctor.join().expect("the doctor's asker");
    assert!(
        status_at < doctor_at,
        "the status waited for doctor to finish looking"
    );
    let Ok(Response::Doctor { report }) = answer else {
        panic!("doctor answered {answer:?}");
    };
    let tray = report
        .checks
        .iter()
        .find(|c| c.part == sitbreak::ipc::protocol::Part::Tray)
        .expect("a tray line");
    assert!(
        !tray.works,
        "a watcher that never answers is no tray: {tray:?}"
    );
}
