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

/// The 32-pixel image of the programs' icon file, as RGBA.
fn icon_file_image() -> Vec<u8> {
    let ico = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/windows/sitbreak.ico"
    ))
    .expect("the icon file");
    let count = usize::from(u16::from_le_bytes([ico[4], ico[5]]));
    let entry = (0..count)
        .map(|i| &ico[6 + 16 * i..6 + 16 * (i + 1)])
        .find(|e| e[0] == 32)
        .expect("a 32-pixel image");
    let word = |at: usize| u32::from_le_bytes(entry[at..at + 4].try_into().unwrap()) as usize;
    let png = &ico[word(12)..word(12) + word(8)];
    let icon = eframe::icon_data::from_png_bytes(png).expect("a PNG");
    assert_eq!((icon.width, icon.height), (32, 32));
    icon.rgba
}

/// The 32-pixel image of a window's `_NET_WM_ICON`, as RGBA.
fn window_icon(wine: &Wine, window: &str) -> Option<Vec<u8>> {
    let said = wine.desktop.xprop(&[
        "-id",
        window,
        "-notype",
        "-f",
        "_NET_WM_ICON",
        "32c",
        "_NET_WM_ICON",
    ]);
    let numbers: Vec<u64> = said
        .split(['=', ','])
        .skip(1)
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    // Images one after another: width, height, then ARGB pixels.
    let mut at = 0;
    while at + 2 <= numbers.len() {
        let (w, h) = (numbers[at] as usize, numbers[at + 1] as usize);
        let pixels = numbers.get(at + 2..at + 2 + w * h)?;
        if (w, h) == (32, 32) {
            return Some(
                pixels
                    .iter()
                    .flat_map(|argb| {
                        let [a, r, g, b] = (*argb as u32).to_be_bytes();
                        [r, g, b, a]
                    })
                    .collect(),
            );
        }
        at += 2 + w * h;
    }
    None
}

#[test]
fn the_card_shows_sitbreaks_icon_in_its_title_bar() {
    let mut wine = Wine::start();
    wine.start_daemon();
    assert_eq!(wine.sitbreak(&["break"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(30), || wine.card().is_some()),
        "no card came"
    );
    let card = wine.card().expect("card");
    let file = icon_file_image();
    // How many of the file's opaque pixels the title bar's icon has.
    let matching = |shown: &[u8]| {
        let (mut opaque, mut same) = (0, 0);
        for (s, f) in shown.chunks_exact(4).zip(file.chunks_exact(4)) {
            if f[3] == 255 {
                opaque += 1;
                if s.iter().zip(f).all(|(a, b)| a.abs_diff(*b) <= 8) {
                    same += 1;
                }
            }
        }
        (same, opaque)
    };
    // Sitbreak's own 32-pixel image, or, where the card is active as it
    // maps (Wine sometimes activates it), eframe's resize of the same
    // artwork from 48 pixels, which it sets on the active window: about
    // four in five pixels then match. Windows' default icon matches none.
    let mut last = (0, 0);
    assert!(
        wait_until(Duration::from_secs(15), || {
            last = window_icon(&wine, &card).map_or((0, 0), |shown| matching(&shown));
            last.1 > 200 && last.0 * 4 >= last.1 * 3
        }),
        "the card's icon is not Sitbreak's: {} of {} opaque pixels match",
        last.0,
        last.1
    );
}
