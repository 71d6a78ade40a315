//! The break card comes on top of the Windows program the person works in,
//! and typing that goes on through the due moment never acts on it. Under
//! Wine the card is usually not focused when it maps, but now and then it
//! is (Wine turns X11's focus requests into Windows' activation its own
//! way), so what is checked is the person's outcome: the keys do nothing
//! to the card. That it never takes the focus needs Windows to confirm.

use std::process::Command;
use std::time::Duration;

use crate::common::desktop::wait_until;
use crate::wine::Wine;

#[test]
fn typing_in_notepad_through_the_due_moment_never_acts_on_the_card_until_it_is_clicked() {
    let mut wine = Wine::start();
    let notepad = wine.start_program("notepad", "Notepad$");
    wine.desktop
        .xdotool(&["windowactivate", "--sync", &notepad]);
    wine.settings("sit_interval = \"6s\"\nwarn_before = \"0s\"\n");
    wine.start_daemon();
    // The person types on through the due moment: Enter, Space, S and K
    // among the keys, each of which would act on a card that took them.
    let mut typing = Command::new("xdotool");
    wine.desktop.env(&mut typing).args([
        "type",
        "--delay",
        "120",
        "notes for the meeting\nks sk\nmore notes\nks sk\nand a last line of notes\n",
    ]);
    let mut typing = typing.spawn().expect("xdotool type");
    assert!(
        wait_until(Duration::from_secs(30), || wine.card().is_some()),
        "no card came; status {}",
        wine.status()
    );
    let card = wine.card().expect("card");
    let stacking = wine.desktop.stacking();
    let above = |a: &str, b: &str| {
        let at = |w: &str| stacking.iter().position(|s| s == w);
        at(a) > at(b)
    };
    assert!(
        above(&card, &notepad),
        "the card is under notepad: {stacking:?}"
    );
    let typed = typing.wait().expect("xdotool");
    assert!(typed.success(), "xdotool type failed");
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        wine.status()["phase"],
        "break_due",
        "keys typed through the due moment acted on the card"
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
