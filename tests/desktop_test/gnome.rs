//! Sitbreak in GNOME Shell 43 (Wayland, headless) with the AppIndicator
//! extension, the Shell's own notifications and a private system bus:
//! typing through the moment a break comes due reaches the terminal and
//! never the card; a window left open under a terminal gives way to a card
//! on top; Mutter's idle monitor gives a natural break; `sitbreak doctor`
//! names the tray, the notification server and the idle source; a skipped
//! break closes its card. Keys are typed with Mutter's RemoteDesktop API.

use crate::common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::desktop::{Compositor, Desktop, Parts, wait_until};
use common::scenarios;

fn gnome() -> Desktop {
    Desktop::start(Parts {
        tray_host: false,
        notifications: false,
        wayland: Some(Compositor::Gnome),
        ..Parts::default()
    })
}

fn cards(desktop: &Desktop) -> Vec<bool> {
    desktop.gnome_windows("Sitbreak")
}

fn typing(desktop: &Desktop, text: &str, delay_ms: u32) -> std::process::Child {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/helpers/gnome.py");
    let mut cmd = Command::new("/usr/bin/python3");
    desktop
        .env(&mut cmd)
        .args([script, "type", text, &delay_ms.to_string()])
        .stdout(Stdio::null())
        .spawn()
        .expect("gnome.py type")
}

/// A terminal that writes what is typed into it to the returned file,
/// mapped and focused.
fn focused_terminal(desktop: &mut Desktop) -> std::path::PathBuf {
    let out = desktop.home.dir.path().join("typed.txt");
    desktop.start_wayland_terminal(&out);
    assert!(wait_until(Duration::from_secs(10), || desktop
        .gnome_windows("Wayland Terminal")
        .first()
        == Some(&true)));
    out
}

#[test]
fn on_gnome_typing_through_the_break_reaches_the_terminal_and_never_the_card() {
    let mut desktop = gnome();
    let out = focused_terminal(&mut desktop);
    let text = scenarios::typed_text();
    // A fresh remote-desktop session can lose its first key: a "." to spare.
    scenarios::type_through_the_break(
        &mut desktop,
        |d| typing(d, &format!(".{text}"), 100),
        |d| !cards(d).is_empty(),
    );
    let mut more = typing(&desktop, "ask ask ask ask ask\n", 60);
    eprintln!("gnome: the card is focused: {:?}", cards(&desktop));
    more.wait().expect("typing");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        desktop.status()["phase"],
        "break_due",
        "no key acted on the card"
    );
    assert!(
        wait_until(Duration::from_secs(3), || std::fs::read_to_string(&out)
            .unwrap_or_default()
            .trim_start_matches('.')
            .starts_with(&text)),
        "every key before the card reached the terminal: {:?}",
        std::fs::read_to_string(&out).unwrap_or_default()
    );
    scenarios::assert_not_snoozed_or_skipped(&desktop);
}

#[test]
fn on_gnome_typing_through_a_stand_prompt_never_answers_its_window() {
    let mut desktop = gnome();
    let out = focused_terminal(&mut desktop);
    let text = scenarios::typed_text();
    scenarios::type_through_a_stand_prompt(
        &mut desktop,
        |d| typing(d, &format!(".{text}"), 100),
        |d| typing(d, "ask ask ask\n", 60),
        |d| !cards(d).is_empty(),
    );
    eprintln!(
        "gnome: the prompt's window is focused: {:?}",
        cards(&desktop)
    );
    assert!(
        wait_until(Duration::from_secs(3), || std::fs::read_to_string(&out)
            .unwrap_or_default()
            .trim_start_matches('.')
            .starts_with(&text)),
        "every key before the prompt's window reached the terminal: {:?}",
        std::fs::read_to_string(&out).unwrap_or_default()
    );
}

#[test]
fn on_gnome_an_open_window_under_a_terminal_gives_way_to_a_card_on_top() {
    let mut desktop = gnome();
    desktop.settings("sit_interval = \"10s\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["open"]).code, 0);
    assert!(wait_until(Duration::from_secs(10), || cards(&desktop)
        .len()
        == 1));
    let out = desktop.home.dir.path().join("typed.txt");
    desktop.start_wayland_terminal(&out);
    // GNOME does not always focus a new window; the person would switch
    // to it with Alt+Tab.
    let terminal = |d: &Desktop| d.gnome_windows("Wayland Terminal").first().copied();
    assert!(wait_until(Duration::from_secs(10), || terminal(&desktop).is_some()));
    let mut looks = 0;
    let in_front = wait_until(Duration::from_secs(15), || {
        if terminal(&desktop) == Some(true) && cards(&desktop) == [false] {
            return true;
        }
        looks += 1;
        if looks % 10 == 0 {
            desktop.gnome(&["alt-tab"]);
        }
        false
    });
    assert!(
        in_front,
        "the terminal is not in front of the window: {:?}",
        desktop.gnome(&["windows"])
    );
    assert!(wait_until(
        Duration::from_secs(15),
        || desktop.status()["phase"] == "break_due"
    ));
    assert!(
        wait_until(Duration::from_secs(10), || cards(&desktop) == [true]),
        "the card is not on top: {:?}",
        desktop.gnome(&["windows"])
    );
}

#[test]
fn on_gnome_doctor_names_the_tray_notifications_and_mutters_idle_monitor() {
    let mut desktop = gnome();
    scenarios::natural_break_from(&mut desktop, "org.gnome.Mutter.IdleMonitor");
    assert!(wait_until(Duration::from_secs(10), || desktop
        .tray_item()
        .is_some()));
    let doctor = desktop.sitbreak(&["doctor"]);
    for found in [
        "Session: Wayland (GNOME)",
        "✓ Tray icon: shown",
        "✓ Notifications: gnome-shell",
        "with buttons",
    ] {
        assert!(
            doctor.stdout.contains(found),
            "no {found:?} in\n{}",
            doctor.stdout
        );
    }
}

#[test]
fn on_gnome_skipping_from_the_command_line_closes_the_card() {
    let mut desktop = gnome();
    scenarios::skip_closes_the_card(&mut desktop, |d| !cards(d).is_empty());
}
