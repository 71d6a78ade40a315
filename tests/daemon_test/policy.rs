//! An organisation's policy file over the person's settings, with the real
//! daemon and window under openbox: what is locked stays locked whichever
//! way the person tries, and a broken policy breaks nothing else.

use std::time::Duration;

use crate::common;

use common::desktop::{Desktop, Parts, Wm, wait_until};
use sitbreak::ipc::protocol::{Request, Response};

const POLICY: &str = "# Rolled out by IT.\n[locked]\nsit_interval = \"30m\"\n\n[bounds]\nmax_snoozes = { max = 2 }\n";

fn desktop(policy: &str) -> Desktop {
    let mut desktop = Desktop::start(Parts {
        wm: Some(Wm::Openbox),
        ..Parts::default()
    });
    desktop.home.write(&desktop.home.policy_file(), policy);
    desktop.start_accessibility();
    desktop
}

#[test]
fn a_locked_interval_is_refused_shown_as_managed_and_kept_over_a_hand_edit() {
    let mut desktop = desktop(POLICY);
    desktop.start_daemon();
    let status = desktop.status();
    assert_eq!(
        status["policy"]["keys"][0]["key"], "sit_interval",
        "{status}"
    );
    assert_eq!(
        status["policy"]["keys"][0]["strength"], "locked",
        "{status}"
    );

    // Asking for an hour over the socket, as the Settings window saves.
    let refused = sitbreak::ipc::client::send(
        &desktop.socket(),
        Request::SetSettings {
            toml: "sit_interval = \"1h\"\n".into(),
        },
    )
    .expect("set settings");
    let Response::Refused { refusal } = &refused else {
        panic!("{refused:?}");
    };
    let said = sitbreak::words::refusal(refusal);
    assert!(said.contains("set by your organisation"), "{said}");

    // Settings shows the interval as managed.
    assert_eq!(desktop.sitbreak(&["settings"]).code, 0);
    assert!(
        desktop.window_shows("^Set by your organisation$", Duration::from_secs(20)),
        "Settings does not mark the locked interval"
    );
    assert!(
        desktop.window_shows(
            "^Your organisation allows at most 2$",
            Duration::from_secs(5)
        ),
        "Settings does not show the bound on snoozes"
    );

    // The person's own file asks for an hour: 30 minutes stay in force,
    // and the problem is said with the file's line.
    desktop.settings("\nsit_interval = \"1h\"\n");
    assert!(
        // A request wakes the daemon, which then looks at its files.
        wait_until(Duration::from_secs(10), || {
            desktop.status();
            std::fs::read_to_string(desktop.daemon_log())
                .unwrap_or_default()
                .contains(
                    "settings.toml:2: sit_interval: set by your organisation: 30m applies, not 1h",
                )
        }),
        "{}",
        std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default()
    );
    let interval = desktop.status()["next_break_in_secs"].as_u64().unwrap_or(0);
    assert!(interval <= 30 * 60, "the hour applied: {interval} s");
}

#[test]
fn a_malformed_policy_is_reported_with_its_line_and_what_it_could_read_applies() {
    let mut desktop = desktop("[locked]\nsit_interval = 30\nstrict = true\n");
    desktop.start_daemon();
    assert!(
        wait_until(Duration::from_secs(10), || desktop.status()["strict"]
            == true),
        "the readable key did not apply: {}",
        desktop.status()
    );
    let log = std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default();
    assert!(
        log.contains("policy.toml:2: locked.sit_interval: must be a quoted string, not integer"),
        "{log}"
    );
    let doctor = desktop.sitbreak(&["doctor"]);
    assert!(
        doctor.stdout.contains("  strict: locked at true"),
        "{}",
        doctor.stdout
    );
    assert!(
        doctor.stdout.contains("not applied:") && doctor.stdout.contains("policy.toml:2"),
        "{}",
        doctor.stdout
    );
}
