//! Idle time from GetLastInputInfo, and a microphone in use holding a
//! break, read from the registry as Windows writes it.

use std::time::Duration;

use crate::common::desktop::wait_until;
use crate::wine::Wine;

#[test]
fn input_keeps_the_person_at_the_desk_and_an_absence_is_a_natural_break() {
    let mut wine = Wine::start();
    let notepad = wine.start_program("notepad", "Notepad$");
    wine.nudge(&notepad);
    wine.settings("sit_interval = \"6s\"\nwarn_before = \"0s\"\nnatural_break_idle = \"2s\"\n");
    wine.start_daemon();
    let doctor = wine.sitbreak(&["doctor"]);
    assert!(
        doctor.stdout.contains("✓ Idle time: GetLastInputInfo"),
        "{}",
        doctor.stdout
    );
    std::thread::sleep(Duration::from_secs(1));
    wine.nudge(&notepad);
    assert_eq!(wine.status()["phase"], "sitting");
    assert!(
        wait_until(Duration::from_secs(20), || wine
            .history_events()
            .contains(&"natural_break".to_owned())),
        "no natural break; history {:?}",
        wine.history_events()
    );
    assert_eq!(wine.status()["phase"], "away");
}

const ZOOM: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone\NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe";

#[test]
fn zoom_holding_the_microphone_holds_the_due_break_until_it_lets_go() {
    let mut wine = Wine::start();
    // As Windows writes it while Zoom holds the microphone: a start time
    // and a stop time of 0.
    set_qword(&wine, "LastUsedTimeStart", "133000000000000000");
    set_qword(&wine, "LastUsedTimeStop", "0");
    wine.settings("sit_interval = \"4s\"\nwarn_before = \"0s\"\n");
    wine.start_daemon();
    assert!(
        wait_until(Duration::from_secs(20), || wine.status()["phase"] == "held"),
        "the break was not held; status {}",
        wine.status()
    );
    let status = wine.status();
    assert_eq!(status["held_by"]["kind"], "microphone", "{status}");
    assert_eq!(status["held_by"]["app"], "Zoom.exe", "{status}");
    let said = wine.sitbreak(&["status"]);
    assert!(
        said.stdout.contains("microphone in use by Zoom.exe"),
        "{}",
        said.stdout
    );
    assert!(wine.card().is_none(), "a card came during the call");

    // The call ends: Windows writes the stop time.
    set_qword(&wine, "LastUsedTimeStop", "133000000100000000");
    assert!(
        wait_until(Duration::from_secs(30), || wine.status()["phase"]
            == "break_due"),
        "the break stayed held after the call; status {}",
        wine.status()
    );
    assert!(wait_until(Duration::from_secs(30), || wine
        .card()
        .is_some()));
}

fn set_qword(wine: &Wine, name: &str, value: &str) {
    let set = wine.reg(&[
        "add",
        ZOOM,
        "/v",
        name,
        "/t",
        "REG_QWORD",
        "/d",
        value,
        "/f",
    ]);
    assert_eq!(set.code, 0, "reg add {name}: {}", set.stderr);
}
