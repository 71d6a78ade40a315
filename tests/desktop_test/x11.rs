//! The break card under the X11 window managers people use (openbox,
//! xfwm4, and mutter as on GNOME on Xorg): typing through the moment a
//! break comes due reaches the app being typed in and never the card; a
//! Sitbreak window left open behind another comes to the top at break
//! time; a break skipped from the command line closes its card. Each
//! desktop is a real Xvfb with the real window manager, a private bus, a
//! notification server and an xterm the keys are typed into.

use crate::common;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::desktop::{Desktop, Parts, Wm, wait_until};
use common::scenarios;

fn desktop(wm: Wm) -> Desktop {
    Desktop::start(Parts {
        tray_host: false,
        wm: Some(wm),
        ..Parts::default()
    })
}

/// `xdotool type` of `text` into whatever has focus, not waited for.
fn start_typing(desktop: &Desktop, text: &str, delay_ms: u32) -> Child {
    let mut cmd = Command::new("xdotool");
    desktop
        .env(&mut cmd)
        .args(["type", "--delay", &delay_ms.to_string(), text])
        .stdout(Stdio::null())
        .spawn()
        .expect("xdotool type")
}

fn typed_file(desktop: &Desktop) -> PathBuf {
    desktop.home.dir.path().join("typed.txt")
}

fn typing_through_the_break_reaches_the_terminal_and_never_the_card(wm: Wm) {
    let mut desktop = desktop(wm);
    let out = typed_file(&desktop);
    let terminal = desktop.start_terminal(&out);
    let text = scenarios::typed_text();
    scenarios::type_through_the_break(
        &mut desktop,
        // xdotool's --delay 160 comes to about 80 ms a character here
        // (measured): eight seconds in all.
        |d| start_typing(d, &text, 160),
        |d| d.visible_window().is_some(),
    );
    let card = desktop.visible_window().expect("card");
    assert!(
        wait_until(Duration::from_secs(5), || std::fs::read_to_string(&out)
            .unwrap_or_default()
            == text),
        "every key reached the terminal: {:?}",
        std::fs::read_to_string(&out).unwrap_or_default()
    );
    assert_eq!(
        desktop.stacking().last(),
        Some(&card),
        "{wm:?}: the card is under the terminal"
    );
    let focused = desktop.active_window();
    eprintln!(
        "{wm:?}: after the card mapped, focus is on {focused:?} (terminal {terminal}, card {card})"
    );
    assert_eq!(
        focused.as_deref(),
        Some(terminal.as_str()),
        "{wm:?} gave the card focus"
    );

    // Typing resumes with the card on screen: it still reaches nothing but
    // the terminal, whatever the window manager does with focus.
    let mut typing = start_typing(&desktop, "ask ask\n", 60);
    typing.wait().expect("xdotool");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(desktop.status()["phase"], "break_due");
    scenarios::assert_not_snoozed_or_skipped(&desktop);
}

fn typing_through_a_stand_prompt_reaches_the_terminal_and_never_its_window(wm: Wm) {
    let mut desktop = desktop(wm);
    let out = typed_file(&desktop);
    let terminal = desktop.start_terminal(&out);
    let text = scenarios::typed_text();
    scenarios::type_through_a_stand_prompt(
        &mut desktop,
        |d| start_typing(d, &text, 160),
        |d| start_typing(d, "ask ask \n", 60),
        |d| d.visible_window().is_some(),
    );
    assert_eq!(
        desktop.active_window().as_deref(),
        Some(terminal.as_str()),
        "{wm:?} gave the prompt's window focus"
    );
    assert!(
        wait_until(Duration::from_secs(5), || std::fs::read_to_string(&out)
            .unwrap_or_default()
            .starts_with(&text)),
        "every key reached the terminal"
    );
}

fn an_open_window_behind_another_comes_on_top_at_break_time(wm: Wm) {
    let mut desktop = desktop(wm);
    desktop.settings("sit_interval = \"6s\"\nwarn_before = \"0s\"\n");
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["open"]).code, 0);
    let mut home = None;
    assert!(wait_until(Duration::from_secs(10), || {
        home = desktop.visible_window();
        home.is_some()
    }));
    // The terminal covers the screen and takes focus, over the window.
    let out = typed_file(&desktop);
    let terminal = desktop.start_terminal(&out);
    let top = |d: &Desktop| d.stacking().last().cloned();
    assert!(
        wait_until(Duration::from_secs(5), || top(&desktop).as_deref()
            == Some(terminal.as_str())),
        "the terminal is on top before the break"
    );
    assert!(wait_until(
        Duration::from_secs(15),
        || desktop.status()["phase"] == "break_due"
    ));
    let mut card = None;
    assert!(
        wait_until(Duration::from_secs(10), || {
            card = desktop.visible_window();
            card.is_some() && top(&desktop) == card
        }),
        "{wm:?}: the card is not on top; stacking {:?}, card {card:?}",
        desktop.stacking()
    );
    assert_eq!(desktop.window_pids().len(), 1, "one window, not two");
}

fn the_idle_source_gives_a_natural_break_and_doctor_names_it(wm: Wm) {
    let mut desktop = desktop(wm);
    let source = match wm {
        Wm::Mutter => "org.gnome.Mutter.IdleMonitor",
        Wm::Openbox | Wm::Xfwm4 => "the X server's screensaver extension",
    };
    scenarios::natural_break_from(&mut desktop, source);
}

fn skipping_from_the_command_line_closes_the_card(wm: Wm) {
    let mut desktop = desktop(wm);
    scenarios::skip_closes_the_card(&mut desktop, |d| d.visible_window().is_some());
}

fn the_card_opens_on_the_monitor_the_pointer_is_on(wm: Wm) {
    let mut desktop = desktop(wm);
    // Two monitors side by side on the one Xvfb screen.
    for (name, geometry) in [
        ("LEFT", "640/170x800/250+0+0"),
        ("RIGHT", "640/170x800/250+640+0"),
    ] {
        let mut cmd = Command::new("xrandr");
        let ok = desktop
            .env(&mut cmd)
            .args(["--setmonitor", name, geometry, "none"])
            .status()
            .expect("xrandr");
        assert!(ok.success(), "xrandr --setmonitor {name}");
    }
    desktop.xdotool(&["mousemove", "960", "400"]);
    desktop.start_with_break_due("");
    let mut card = None;
    assert!(wait_until(Duration::from_secs(10), || {
        card = desktop.visible_window();
        card.is_some()
    }));
    let card = card.expect("card");
    let mut x = None;
    assert!(
        wait_until(Duration::from_secs(5), || {
            x = desktop
                .xdotool(&["getwindowgeometry", &card])
                .and_then(|g| {
                    let pos = g
                        .lines()
                        .find(|l| l.trim_start().starts_with("Position:"))?;
                    let xy = pos.split_whitespace().nth(1)?;
                    xy.split(',').next()?.parse::<i32>().ok()
                });
            x.is_some_and(|x| x >= 640)
        }),
        "{wm:?}: the card is at x = {x:?}, not on the right-hand monitor where the pointer is"
    );
}

macro_rules! each_wm {
    ($($wm:ident => $name:ident;)*) => {$(
        mod $name {
            use super::*;

            #[test]
            fn typing_through_the_break_reaches_the_terminal_and_never_the_card() {
                super::typing_through_the_break_reaches_the_terminal_and_never_the_card(Wm::$wm);
            }

            #[test]
            fn typing_through_a_stand_prompt_reaches_the_terminal_and_never_its_window() {
                super::typing_through_a_stand_prompt_reaches_the_terminal_and_never_its_window(
                    Wm::$wm,
                );
            }

            #[test]
            fn an_open_window_behind_another_comes_on_top_at_break_time() {
                super::an_open_window_behind_another_comes_on_top_at_break_time(Wm::$wm);
            }

            #[test]
            fn the_idle_source_gives_a_natural_break_and_doctor_names_it() {
                super::the_idle_source_gives_a_natural_break_and_doctor_names_it(Wm::$wm);
            }

            #[test]
            fn skipping_from_the_command_line_closes_the_card() {
                super::skipping_from_the_command_line_closes_the_card(Wm::$wm);
            }
        }
    )*};
}

each_wm! {
    Openbox => openbox;
    Xfwm4 => xfwm4;
    Mutter => mutter;
}

// Monitors made with `xrandr --setmonitor` on one Xvfb output: openbox and
// xfwm4 go by them; mutter keeps to its own idea of the outputs (one here)
// and places new windows itself, so it is left out of this one.
mod monitors {
    use super::*;

    #[test]
    fn under_openbox_the_card_opens_on_the_monitor_the_pointer_is_on() {
        the_card_opens_on_the_monitor_the_pointer_is_on(Wm::Openbox);
    }

    #[test]
    fn under_xfwm4_the_card_opens_on_the_monitor_the_pointer_is_on() {
        the_card_opens_on_the_monitor_the_pointer_is_on(Wm::Xfwm4);
    }
}
