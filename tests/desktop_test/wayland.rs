//! The break card and idle time on a Wayland desktop: sway 1.7, headless,
//! with its real seat, a private bus and a notification server. Typing
//! through the moment a break comes due reaches the terminal and never the
//! card (which sway focuses when it maps); the compositor's own idle
//! notifications give a natural break and notice the return at once, and
//! `sitbreak doctor` names them; a break skipped from the command line
//! closes its card.

use crate::common;

use std::time::{Duration, Instant};

use common::desktop::{Compositor, Desktop, Parts, wait_until};
use common::scenarios;

fn sway() -> Desktop {
    Desktop::start(Parts {
        tray_host: false,
        wayland: Some(Compositor::Sway),
        ..Parts::default()
    })
}

fn card(desktop: &Desktop) -> Option<(bool, bool)> {
    desktop.sway_windows("sitbreak").first().copied()
}

/// A terminal that writes what is typed into it to the returned file, once
/// a key typed with wtype arrives there. Each wtype makes a fresh virtual
/// keyboard whose first key can be lost while its keymap settles, so every
/// run of typing starts with a "." to spare.
fn typed_terminal(desktop: &mut Desktop) -> std::path::PathBuf {
    let out = desktop.home.dir.path().join("typed.txt");
    desktop.start_wayland_terminal(&out);
    let read = || std::fs::read_to_string(&out).unwrap_or_default();
    assert!(wait_until(Duration::from_secs(10), || {
        desktop.wtype(&["."]).wait().expect("wtype");
        !read().is_empty()
    }));
    out
}

#[test]
fn on_sway_typing_through_the_break_reaches_the_terminal_and_never_the_card() {
    let mut desktop = sway();
    let out = typed_terminal(&mut desktop);
    let read = || std::fs::read_to_string(&out).unwrap_or_default();
    let text = scenarios::typed_text();
    scenarios::type_through_the_break(
        &mut desktop,
        |d| d.wtype(&["-d", "80", &format!(".{text}")]),
        |d| card(d).is_some(),
    );
    // sway focuses a new window: typing on at once lands on the card,
    // which holds it back.
    let mut more = desktop.wtype(&["-d", "60", "ask ask ask ask ask ask\n"]);
    let (visible, focused) = card(&desktop).expect("card");
    eprintln!("sway: the card is visible: {visible}, focused: {focused}");
    more.wait().expect("wtype");
    assert!(visible);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        desktop.status()["phase"],
        "break_due",
        "no key acted on the card"
    );
    assert_eq!(
        read().trim_start_matches('.'),
        text,
        "every key before the card reached the terminal"
    );
    scenarios::assert_not_snoozed_or_skipped(&desktop);
}

#[test]
fn on_sway_typing_through_a_stand_prompt_never_answers_its_window() {
    let mut desktop = sway();
    let out = typed_terminal(&mut desktop);
    let read = || std::fs::read_to_string(&out).unwrap_or_default();
    let text = scenarios::typed_text();
    // sway focuses the new window, so typing on lands on it.
    scenarios::type_through_a_stand_prompt(
        &mut desktop,
        |d| d.wtype(&["-d", "80", &format!(".{text}")]),
        |d| d.wtype(&["-d", "60", "ask ask ask ask\n"]),
        |d| card(d).is_some(),
    );
    assert_eq!(read().trim_start_matches('.'), text);
}

#[test]
fn on_sway_the_compositor_tells_when_the_person_leaves_and_comes_back() {
    let mut desktop = sway();
    scenarios::natural_break_from(&mut desktop, "org_kde_kwin_idle");
    // A key: the compositor says so at once, not at the next poll.
    let pressed = Instant::now();
    desktop.wtype(&["x"]).wait().expect("wtype");
    assert!(
        wait_until(Duration::from_secs(2), || desktop.status()["phase"]
            == "sitting"),
        "the return was not noticed"
    );
    eprintln!(
        "sway: back at the desk noticed {:?} after the key",
        pressed.elapsed()
    );
}

#[test]
fn on_sway_skipping_from_the_command_line_closes_the_card() {
    let mut desktop = sway();
    scenarios::skip_closes_the_card(&mut desktop, |d| card(d).is_some());
}
