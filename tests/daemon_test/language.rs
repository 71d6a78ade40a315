//! The person's language, chosen in settings, in what the daemon says and
//! what the command line prints; here the pseudo-language (`en-XA`),
//! which brackets and accents every message, so English that did not come
//! from a message would show.

use std::time::Duration;

use crate::common;

use common::desktop::{Desktop, Parts, wait_until};
use sitbreak::i18n::{Arg, PSEUDO, text_for};

#[test]
fn the_chosen_language_speaks_in_the_tray_status_and_notifications_and_changes_without_a_restart() {
    let mut desktop = Desktop::start(Parts::default());
    let settings = |language: &str| {
        format!("sit_interval = \"8s\"\nwarn_before = \"3s\"\nlanguage = \"{language}\"\n")
    };
    desktop.settings(&settings("en-XA"));
    desktop.start_daemon();

    // Every tray item is a message in the pseudo-language.
    let (service, path) = desktop.wait_for_tray_item().expect("registered");
    let labels: Vec<String> = (desktop.menu_entries(&service, &path).into_iter())
        .map(|(_, label, _)| label)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(labels.len(), 14, "{labels:?}");
    assert!(
        labels
            .iter()
            .all(|l| l.starts_with('[') && l.ends_with("·]")),
        "a tray item not from a message: {labels:?}"
    );
    assert!(labels.contains(&text_for(&PSEUDO, "tray-take-break", &[])));

    let status = desktop.sitbreak(&["status"]);
    let minutes = text_for(
        &PSEUDO,
        "summary-next-in-seconds",
        &[("seconds", Arg::Number(1))],
    );
    let (opening, _) = minutes.split_once(" 1 ").expect("a number in the message");
    assert!(status.stdout.contains(opening), "{}", status.stdout);

    let due_title = text_for(&PSEUDO, "break-due-title", &[]);
    let start = text_for(&PSEUDO, "button-start", &[]);
    assert!(
        wait_until(Duration::from_secs(20), || desktop
            .notifications()
            .iter()
            .any(|l| l.contains(&due_title))),
        "no break notification in the pseudo-language: {:?}",
        desktop.notifications()
    );
    let notes = desktop.notifications();
    assert!(
        notes.iter().any(|l| l.contains(&format!("\"{start}\""))),
        "{notes:?}"
    );
    assert!(
        !notes.iter().any(|l| l.contains("Time to stand up")),
        "English in a notification: {notes:?}"
    );

    // Back to English in the file: the daemon speaks it from its next
    // notification on, without a restart.
    desktop.settings(&settings("en"));
    assert_eq!(desktop.sitbreak(&["skip"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(30), || desktop
            .notifications()
            .iter()
            .any(|l| l.contains("Stand-up break in"))),
        "no English warning after the change: {:?}",
        desktop.notifications()
    );
}

/// Under `lang` (a POSIX locale), `sitbreak status`, the tray menu read
/// over D-Bus and the notifications read from the notification server are
/// in `locale`, each phrase as its translation has it.
fn speaks_under(lang: &str, locale: &'static sitbreak::i18n::Locale) {
    let say = |id: &str| text_for(locale, id, &[]);
    let mut desktop = Desktop::start(Parts::default());
    desktop.extra_env.push(("LANG".into(), lang.into()));
    desktop.settings("sit_interval = \"8s\"\nwarn_before = \"3s\"\n");
    desktop.start_daemon();

    let status = desktop.sitbreak(&["status"]);
    let counting = (0..=8u64).any(|s| {
        let line = text_for(
            locale,
            "summary-next-in-seconds",
            &[("seconds", Arg::Number(s))],
        );
        status.stdout.contains(&line)
    });
    assert!(counting, "{lang}: {}", status.stdout);
    let (service, path) = desktop.wait_for_tray_item().expect("registered");
    let labels: Vec<String> = (desktop.menu_entries(&service, &path).into_iter())
        .map(|(_, label, _)| label)
        .collect();
    assert!(
        labels.contains(&say("tray-take-break")) && labels.contains(&say("tray-quit")),
        "{lang}: {labels:?}"
    );
    assert!(
        wait_until(Duration::from_secs(20), || desktop
            .notifications()
            .iter()
            .any(|l| l.contains(&say("break-due-title")))),
        "{lang}: no break notification: {:?}",
        desktop.notifications()
    );
    let notes = desktop.notifications();
    let warned = (1..=3u64).any(|s| {
        let line = text_for(locale, "warning-in-seconds", &[("seconds", Arg::Number(s))]);
        notes.iter().any(|l| l.contains(&line))
    });
    assert!(warned, "{lang}: no warning: {notes:?}");
    assert!(
        notes
            .iter()
            .any(|l| l.contains(&format!("\"{}\"", say("button-skip")))),
        "{lang}: {notes:?}"
    );
}

#[test]
fn under_a_german_desktop_status_the_tray_and_notifications_speak_german() {
    speaks_under("de_DE.UTF-8", &sitbreak::i18n::GERMAN);
}

#[test]
fn under_a_japanese_desktop_status_the_tray_and_notifications_speak_japanese() {
    speaks_under("ja_JP.UTF-8", &sitbreak::i18n::JAPANESE);
}
