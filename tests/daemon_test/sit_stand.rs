//! Sit–stand–move mode and hooks in a real desktop (Xvfb, Openbox, a
//! private D-Bus with a notification server): the real daemon with
//! second-scale periods prompts "stand up", follows `sitbreak stand`,
//! brings the movement break in the real window, asks to sit back down,
//! and counts the standing in the statistics. Hooks run real commands.

use crate::common;

use std::fs;
use std::time::Duration;

use common::desktop::{Desktop, Parts, Wm, wait_until};

fn desktop(settings: &str) -> Desktop {
    let desktop = Desktop::start(Parts {
        wm: Some(Wm::Openbox),
        ..Parts::default()
    });
    desktop.settings(&format!(
        "warn_before = \"0s\"\ncard_after_pause = \"0s\"\n{settings}"
    ));
    desktop
}

fn count(desktop: &Desktop, text: &str) -> usize {
    desktop
        .notifications()
        .iter()
        .filter(|n| n.contains(text))
        .count()
}

#[test]
fn a_sit_stand_cycle_asks_to_stand_follows_the_person_moves_and_asks_to_sit_back_down() {
    let mut desktop = desktop("");
    let hook_log = desktop.home.dir.path().join("hooks.log");
    let hook = format!(
        "[\"sh\", \"-c\", \"echo $SITBREAK_EVENT $SITBREAK_POSTURE >> {}\"]",
        hook_log.display()
    );
    desktop.settings(&format!(
        "warn_before = \"0s\"\ncard_after_pause = \"0s\"\nsit_stand = true\n\
         sit_for = \"4s\"\nstand_for = \"5s\"\n[hooks]\nstand = {hook}\nsit = {hook}\n"
    ));
    desktop.start_daemon();
    assert_eq!(desktop.status()["posture"], "sitting");

    // Sitting: after 4 s, "stand up", and no break yet.
    assert!(
        wait_until(Duration::from_secs(20), || count(
            &desktop,
            "Stand up — raise your desk"
        ) == 1),
        "no stand-up prompt: {:?}",
        desktop.notifications()
    );
    let status = desktop.status();
    assert_eq!(status["prompt"], "stand_up");
    assert_eq!(status["phase"], "sitting");
    // With the notification, a small window, on top and not focused.
    let mut prompt_window = None;
    assert!(
        wait_until(Duration::from_secs(10), || {
            prompt_window = desktop.visible_window();
            prompt_window.is_some()
        }),
        "no prompt window"
    );
    let prompt_window = prompt_window.expect("mapped");
    assert_ne!(
        desktop.active_window().as_deref(),
        Some(prompt_window.as_str()),
        "the prompt window took focus"
    );
    let size = desktop.xdotool(&["getwindowgeometry", &prompt_window]);
    assert!(
        size.as_deref().is_some_and(|g| g.contains("460x210")),
        "a small window, not the break card: {size:?}"
    );

    let said = desktop.sitbreak(&["stand"]);
    assert_eq!(said.code, 0, "{}", said.stderr);
    let status = desktop.status();
    assert_eq!(status["posture"], "standing");
    assert_eq!(status["prompt"], serde_json::Value::Null);
    assert!(
        desktop
            .sitbreak(&["status"])
            .stdout
            .contains("Standing for under a minute"),
        "status says the posture"
    );
    assert!(
        wait_until(Duration::from_secs(10), || fs::read_to_string(&hook_log)
            .is_ok_and(|l| l.contains("stand standing"))),
        "the stand hook did not run"
    );
    assert!(
        wait_until(Duration::from_secs(10), || desktop.window_pids().is_empty()),
        "the prompt window stayed after the prompt was answered"
    );

    // Standing: the movement break comes after the standing period, in the
    // real window, and runs to its end.
    let mut window = None;
    assert!(
        wait_until(Duration::from_secs(20), || {
            window = desktop.visible_window();
            window.is_some()
        }),
        "no break window: {}",
        desktop.status()
    );
    let window = window.expect("mapped");
    assert_eq!(desktop.status()["phase"], "break_due");
    // First break ever: the safety note, then the player; skip through.
    desktop.type_into(&window, &["Return", "Return"]);
    assert!(wait_until(
        Duration::from_secs(5),
        || desktop.status()["phase"] == "on_break"
    ));
    desktop.type_into(&window, &["Right"; 6]);
    let break_window = desktop.window_pids();
    desktop.type_into(&window, &["Return"]);
    assert!(
        wait_until(Duration::from_secs(10), || desktop
            .history_events()
            .contains(&"break_completed".to_owned())),
        "the break did not complete: {:?}",
        desktop.history_events()
    );

    // After it: "sit back down", once, and never "stand up" while standing.
    assert!(
        wait_until(Duration::from_secs(10), || count(
            &desktop,
            "Sit back down in a slightly different position"
        ) == 1),
        "no sit-down prompt: {:?}",
        desktop.notifications()
    );
    assert_eq!(desktop.status()["prompt"], "sit_down");
    assert_eq!(count(&desktop, "Stand up — raise your desk"), 1);

    // Answered in its window (once the break's window has gone): the person
    // turns to it and presses Enter.
    let mut prompt_window = None;
    assert!(
        wait_until(Duration::from_secs(10), || {
            let pids = desktop.window_pids();
            prompt_window = desktop
                .visible_window()
                .filter(|_| !pids.is_empty() && pids != break_window);
            prompt_window.is_some()
        }),
        "no sit-down prompt window: {}",
        desktop.status()
    );
    // Focus that comes with a window is the desktop's; the person's comes
    // after they have read it (the key guard's 1.5 s).
    std::thread::sleep(Duration::from_secs(2));
    let prompt_window = prompt_window.expect("mapped");
    desktop.xdotool(&["windowfocus", &prompt_window]);
    std::thread::sleep(Duration::from_millis(500));
    desktop.xdotool(&["key", "--window", &prompt_window, "Return"]);
    assert!(
        wait_until(Duration::from_secs(10), || desktop.status()["posture"]
            == "sitting"),
        "Enter on the prompt window did not say I'm sitting"
    );
    assert!(
        wait_until(Duration::from_secs(10), || desktop.window_pids().is_empty()),
        "the prompt window stayed"
    );
    let status = desktop.status();
    assert_eq!(status["posture"], "sitting");
    assert_eq!(status["prompt"], serde_json::Value::Null);
    assert!(
        wait_until(Duration::from_secs(10), || fs::read_to_string(&hook_log)
            .is_ok_and(|l| l.contains("sit sitting"))),
        "the sit hook did not run"
    );

    // The statistics count the standing and both changes.
    let stats = desktop.sitbreak(&["stats", "--json", "--days", "1"]);
    let stats: serde_json::Value = serde_json::from_str(&stats.stdout).expect("stats json");
    let today = &stats["days"][0];
    let stood = today["stood_secs"].as_u64().expect("stood_secs");
    assert!(stood >= 5, "stood {stood} s: {today}");
    assert_eq!(today["posture_changes"], 2, "{today}");
    let table = desktop.sitbreak(&["stats", "--days", "1"]).stdout;
    assert!(
        table.contains("stood") && table.contains("changes"),
        "{table}"
    );
}

#[test]
fn without_the_mode_i_m_standing_in_the_tray_ends_the_sitting_and_a_break_to_move_still_comes() {
    let mut desktop = desktop("sit_interval = \"6s\"\n");
    desktop.start_daemon();
    let (service, path) = desktop.wait_for_tray_item().expect("a tray item");
    desktop.click_menu_label(&service, &path, "I'm standing");
    assert!(
        wait_until(Duration::from_secs(5), || desktop.status()["posture"]
            == "standing"),
        "the tray item did not say so"
    );
    assert!(
        wait_until(Duration::from_secs(5), || desktop
            .menu_entries(&service, &path)
            .iter()
            .any(|(_, label, _)| label == "I'm sitting")),
        "the tray offers I'm sitting while standing"
    );
    // Standing still is not moving: the clock starts again, and a break
    // to move comes an interval later.
    let status = desktop.status();
    assert!(
        status["next_break_in_secs"]
            .as_u64()
            .is_some_and(|s| s <= 6),
        "{status}"
    );
    assert!(
        wait_until(Duration::from_secs(20), || desktop.status()["phase"]
            == "break_due"),
        "no break came while standing: {}",
        desktop.status()
    );
    assert_eq!(desktop.status()["posture"], "standing");
}

#[test]
fn a_failing_hook_is_reported_a_hanging_one_is_stopped_and_the_daemon_carries_on() {
    let mut desktop = desktop(
        "[hooks]\nstand = [\"sh\", \"-c\", \"echo no desk found >&2; exit 2\"]\n\
         sit = [\"sleep\", \"31.25\"]\ntime_limit = \"2s\"\n",
    );
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["stand"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(10), || desktop.status()["hook_problem"]
            == serde_json::json!({
                "event": "stand", "failure": "exited", "program": "sh", "code": 2,
                "stderr": "no desk found"
            })),
        "{}",
        desktop.status()
    );
    assert!(
        desktop
            .sitbreak(&["status"])
            .stdout
            .contains("A hook failed: stand: sh exited with status 2: no desk found")
    );
    let log = fs::read_to_string(desktop.daemon_log()).unwrap_or_default();
    assert!(
        log.contains("the stand hook failed: sh exited with status 2: no desk found"),
        "{log}"
    );

    // A hook that hangs: the daemon answers at once, and stops it.
    assert_eq!(desktop.sitbreak(&["sit"]).code, 0);
    assert_eq!(desktop.status()["posture"], "sitting");
    let running = || {
        std::process::Command::new("pgrep")
            .args(["-fx", "sleep 31.25"])
            .status()
            .is_ok_and(|s| s.success())
    };
    assert!(running(), "the hanging hook runs");
    assert!(
        wait_until(Duration::from_secs(10), || desktop.status()["hook_problem"]
            == serde_json::json!({
                "event": "sit", "failure": "timed_out", "program": "sleep", "limit_ms": 2000
            })),
        "{}",
        desktop.status()
    );
    assert!(!running(), "the hanging hook was not stopped");

    // The socket can run a hook the file defines, and says how it went;
    // it cannot define one.
    let socket = desktop.socket();
    let tested = sitbreak::ipc::client::send(
        &socket,
        sitbreak::ipc::protocol::Request::TestHook {
            event: "stand".into(),
        },
    )
    .expect("test hook");
    assert_eq!(
        tested,
        sitbreak::ipc::protocol::Response::HookRan {
            event: "stand".into(),
            problem: Some(sitbreak::ipc::protocol::HookFailure::Exited {
                program: "sh".into(),
                code: 2,
                stderr: "no desk found".into()
            }),
        }
    );
    let Ok(sitbreak::ipc::protocol::Response::Settings { toml, .. }) =
        sitbreak::ipc::client::send(&socket, sitbreak::ipc::protocol::Request::GetSettings)
    else {
        panic!("no settings");
    };
    let changed = toml.replace("sleep", "touch");
    let refused = sitbreak::ipc::client::send(
        &socket,
        sitbreak::ipc::protocol::Request::SetSettings { toml: changed },
    )
    .expect("set settings");
    assert!(
        matches!(
            &refused,
            sitbreak::ipc::protocol::Response::Refused {
                refusal: sitbreak::ipc::protocol::Refusal::HooksOnlyInFile { .. }
            }
        ),
        "{refused:?}"
    );
}
