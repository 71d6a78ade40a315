//! Presence-aware breaks in a real desktop: a break that comes due while
//! an app records the microphone (a real PipeWire server, `parec` on its
//! microphone) waits, with no card and no sound, and comes once shortly
//! after the recording stops. Recording what the speakers play (a monitor)
//! is not a call and holds nothing.

mod common;

use std::time::{Duration, Instant};

use common::desktop::{Desktop, Parts, Wm, wait_until};
use common::sound::SoundServer;

fn desktop(server: &SoundServer) -> Desktop {
    let mut desktop = Desktop::start(Parts {
        wm: Some(Wm::Openbox),
        ..Parts::default()
    });
    desktop.extra_env = server.client_env();
    desktop.settings("sit_interval = \"5s\"\nwarn_before = \"0s\"\ncard_after_pause = \"0s\"\n");
    desktop
}

#[test]
fn a_break_due_during_a_call_waits_and_comes_shortly_after_it() {
    let server = SoundServer::start();
    let mut desktop = desktop(&server);
    let call = server.record_from("mic");
    desktop.start_daemon();
    assert!(
        wait_until(Duration::from_secs(20), || desktop.status()["phase"]
            == "held"),
        "the break did not wait for the call: {}",
        desktop.status()
    );
    let status = desktop.status();
    assert!(
        status["held_by"]
            .as_str()
            .is_some_and(|b| b.starts_with("microphone in use by")),
        "status says what holds it: {status}"
    );
    let said = desktop.sitbreak(&["status"]).stdout;
    assert!(
        said.contains("Break waiting: microphone in use by"),
        "{said}"
    );
    std::thread::sleep(Duration::from_secs(8));
    assert!(
        desktop.window_pids().is_empty(),
        "a card opened during the call"
    );
    assert_eq!(desktop.status()["phase"], "held");

    drop(call);
    let ended = Instant::now();
    assert!(
        wait_until(Duration::from_secs(60), || desktop.status()["phase"]
            == "break_due"),
        "the break never came after the call"
    );
    let after = ended.elapsed();
    assert!(
        after < Duration::from_secs(40),
        "came {after:?} after the call, not about 30 s"
    );
    assert!(
        wait_until(Duration::from_secs(20), || !desktop
            .window_pids()
            .is_empty()),
        "the card did not open after the call"
    );
    let dues = desktop
        .history_events()
        .iter()
        .filter(|e| *e == "break_due")
        .count();
    assert_eq!(dues, 1, "one break after the call, not one per interval");
}

#[test]
fn recording_what_the_speakers_play_is_not_a_call() {
    let server = SoundServer::start();
    let mut desktop = desktop(&server);
    let _monitor = server.record_from("out.monitor");
    desktop.start_daemon();
    assert!(
        wait_until(Duration::from_secs(20), || desktop.status()["phase"]
            == "break_due"),
        "the break waited for a monitor recording: {}",
        desktop.status()
    );
}
