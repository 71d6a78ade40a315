//! The break card comes on top of the Windows program the person works in,
//! without taking its keyboard.

use std::time::Duration;

use crate::common::desktop::wait_until;
use crate::wine::Wine;

#[test]
fn the_break_card_maps_over_notepad_without_its_typing_and_takes_the_keyboard_once_clicked() {
    let mut wine = Wine::start();
    let notepad = wine.start_program("notepad", "Notepad$");
    wine.desktop
        .xdotool(&["windowactivate", "--sync", &notepad]);
    wine.settings("sit_interval = \"6s\"\nwarn_before = \"0s\"\n");
    wine.start_daemon();
    assert!(
        wait_until(Duration::from_secs(30), || wine.card().is_some()),
        "no card came; status {}",
        wine.status()
    );
    let card = wine.card().expect("card");
    assert_eq!(wine.status()["phase"], "break_due");
    assert_ne!(
        wine.desktop.active_window(),
        Some(card.clone()),
        "the card took the focus"
    );
    let stacking = wine.desktop.stacking();
    let above = |a: &str, b: &str| {
        let at = |w: &str| stacking.iter().position(|s| s == w);
        at(a) > at(b)
    };
    assert!(
        above(&card, &notepad),
        "the card is under notepad: {stacking:?}"
    );
    // Enter or Space on the card would start the break.
    for key in ["Return", "space", "s", "k"] {
        wine.desktop.xdotool(&["key", key]);
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        wine.status()["phase"],
        "break_due",
        "keys typed elsewhere acted on the card"
    );
    assert!(wine.card().is_some());

    // The person turns to the card: a click makes it take the keyboard,
    // and Enter starts the break.
    wine.desktop
        .xdotool(&["mousemove", "--window", &card, "300", "650", "click", "1"]);
    assert!(
        wait_until(Duration::from_secs(10), || wine.desktop.active_window()
            == Some(card.clone())),
        "a click did not give the card the keyboard"
    );
    std::thread::sleep(Duration::from_secs(1));
    wine.desktop.xdotool(&["key", "Return"]);
    assert!(
        wait_until(Duration::from_secs(10), || wine.status()["phase"]
            == "on_break"),
        "Enter on the clicked card did not start the break"
    );
}
