//! The scenarios the desktop matrix runs in every desktop, written once;
//! each desktop's test file supplies how it types and finds the card.
#![allow(dead_code)]

use std::process::Child;
use std::time::{Duration, Instant};

use super::desktop::{Desktop, wait_until};

/// "ask " over and over: s snoozes, k skips, Enter would start.
pub fn typed_text() -> String {
    "ask ".repeat(25)
}

/// Starts `typing` (a process typing into the focused terminal, for about
/// eight seconds) with the daemon just started, its break due 4 s later,
/// and follows it: the break
/// comes due while keys are still going, no card shows until they stop,
/// then one does, with the break still due. `card_shown` tells whether the
/// card is on screen.
pub fn type_through_the_break(
    desktop: &mut Desktop,
    typing: impl FnOnce(&Desktop) -> Child,
    card_shown: impl Fn(&Desktop) -> bool,
) {
    desktop.settings("sit_interval = \"4s\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();
    let started = Instant::now();
    let mut keys = typing(desktop);
    let mut due_while_typing = false;
    let mut card_while_typing = false;
    let mut phases = Vec::new();
    let finished = loop {
        if let Some(status) = keys.try_wait().expect("typing") {
            break status;
        }
        let phase = desktop.status()["phase"].clone();
        due_while_typing |= phase == "break_due";
        phases.push(phase);
        card_while_typing |= card_shown(desktop);
        std::thread::sleep(Duration::from_millis(200));
    };
    let typed_for = started.elapsed();
    assert!(finished.success(), "typing failed after {typed_for:?}");
    assert!(
        due_while_typing,
        "the break came due while typing ({typed_for:?}; phases {phases:?})"
    );
    assert!(
        !card_while_typing,
        "the card waits for a pause in typing (typed for {typed_for:?})"
    );
    assert!(
        wait_until(Duration::from_secs(8), || card_shown(desktop)),
        "the card appears once typing pauses"
    );
    assert_eq!(desktop.status()["phase"], "break_due", "no key acted on it");
}

/// Neither a snooze nor a skip was recorded.
pub fn assert_not_snoozed_or_skipped(desktop: &Desktop) {
    let events = desktop.history_events();
    assert!(
        !events
            .iter()
            .any(|e| e == "break_snoozed" || e == "break_skipped"),
        "{events:?}"
    );
}

/// Starts a daemon that counts 2 s idle as a break, checks `doctor` names
/// `source`, and waits for the natural break of a person who touched the
/// desktop once after Sitbreak started and then left it.
pub fn natural_break_from(desktop: &mut Desktop, source: &str) {
    let gnome = source == "org.gnome.Mutter.IdleMonitor";
    // Someone is at the desk as Sitbreak starts and looks, and once after.
    assert!(desktop.nudge(gnome), "could not give the desktop any input");
    start_with_idle_source(desktop, source);
    // The Wayland watches cannot tell input within half a second of being
    // set from none at all.
    std::thread::sleep(Duration::from_secs(1));
    assert!(desktop.nudge(gnome), "could not give the desktop any input");
    assert!(
        wait_until(Duration::from_secs(15), || desktop
            .history_events()
            .contains(&"natural_break".to_owned())),
        "no natural break; history {:?}",
        desktop.history_events()
    );
    assert_eq!(desktop.status()["phase"], "away");
}

/// Starts a daemon that counts 2 s idle as a break, checks `doctor` names
/// `source`, and waits for the source to report a seat nobody has touched
/// since Sitbreak started: that is absence, and no break is counted.
pub fn absence_at_start_from(desktop: &mut Desktop, source: &str) {
    start_with_idle_source(desktop, source);
    assert!(
        wait_until(Duration::from_secs(15), || desktop.status()["phase"]
            == "away"),
        "the idle source never reported the empty seat"
    );
    assert_eq!(desktop.history_events(), Vec::<String>::new());
}

fn start_with_idle_source(desktop: &mut Desktop, source: &str) {
    // Sources that are asked rather than notifying are read once a minute
    // and just before the break, so the break comes soon.
    desktop.settings("sit_interval = \"6s\"\nwarn_before = \"0s\"\nnatural_break_idle = \"2s\"\n");
    desktop.start_daemon();
    let doctor = desktop.sitbreak(&["doctor"]);
    let line = format!("✓ Idle time: {source}");
    assert!(
        doctor.stdout.contains(&line),
        "no {line:?} in\n{}",
        doctor.stdout
    );
}

/// With the break's card on screen, `sitbreak skip` closes it.
pub fn skip_closes_the_card(desktop: &mut Desktop, card_shown: impl Fn(&Desktop) -> bool) {
    desktop.start_with_break_due("");
    assert!(wait_until(Duration::from_secs(10), || card_shown(desktop)));
    assert_eq!(desktop.sitbreak(&["skip"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(3), || !card_shown(desktop)),
        "the card for the skipped break stays open"
    );
}

/// Like [`type_through_the_break`], for sit–stand–move mode's "Stand up"
/// prompt: it comes while keys are still going (as a notification), its
/// small window waits until they stop, and then shows with the prompt
/// unanswered. Then `more` types on with the window on screen, and no key
/// answers it, whatever the desktop does with focus.
pub fn type_through_a_stand_prompt(
    desktop: &mut Desktop,
    typing: impl FnOnce(&Desktop) -> Child,
    more: impl FnOnce(&Desktop) -> Child,
    window_shown: impl Fn(&Desktop) -> bool,
) {
    desktop
        .settings("sit_stand = true\nsit_for = \"4s\"\nstand_for = \"1m\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();
    let mut keys = typing(desktop);
    let mut asked_while_typing = false;
    let mut window_while_typing = false;
    let finished = loop {
        if let Some(status) = keys.try_wait().expect("typing") {
            break status;
        }
        asked_while_typing |= desktop.status()["prompt"] == "stand_up";
        window_while_typing |= window_shown(desktop);
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(finished.success(), "typing failed");
    assert!(asked_while_typing, "the prompt came while typing");
    assert!(
        !window_while_typing,
        "the prompt's window waits for a pause in typing"
    );
    assert!(
        wait_until(Duration::from_secs(8), || window_shown(desktop)),
        "the prompt's window appears once typing pauses"
    );
    more(desktop).wait().expect("typing");
    std::thread::sleep(Duration::from_millis(500));
    let status = desktop.status();
    assert_eq!(status["prompt"], "stand_up", "no key answered it: {status}");
    assert_eq!(status["posture"], "sitting", "no key said I'm standing");
}
