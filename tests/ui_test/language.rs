//! The window in the pseudo-language (`en-XA`: every message accented,
//! lengthened and bracketed), on this test's thread alone: a label with
//! English words outside a message's brackets did not come from a
//! message. The stretches' own words are marked the same way, as the
//! catalog in the pseudo-language.

use crate::common;

use common::harness::Setup;
use egui_kittest::kittest::{self, NodeT, Queryable};
use sitbreak::engine::PhaseKind;
use sitbreak::ipc::protocol::View;

/// Words that are no message in any language: the app's name, a key's
/// name, and a user routine's source.
fn set_aside() -> Vec<String> {
    ["From a file", "Sitbreak", "Ctrl"]
        .map(str::to_owned)
        .to_vec()
}

/// What is left of `label` once messages and the catalog's words are
/// taken out, if it still has a word.
fn unmessaged(label: &str, catalog: &[String]) -> Option<String> {
    let mut rest = label.to_owned();
    for w in catalog {
        rest = rest.replace(w.as_str(), " ");
    }
    // Drop each bracketed message, innermost first.
    while let Some(open) = rest.rfind('[') {
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        rest.replace_range(open..=open + close, " ");
    }
    let has_word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 2);
    has_word.then(|| format!("{label:?} (left: {rest:?})"))
}

fn labels_not_from_messages(view: View, phase: PhaseKind) -> Vec<String> {
    let mut setup = Setup::in_language(view, phase, &sitbreak::i18n::PSEUDO);
    // Tall enough that every part of a view is laid out.
    setup.height = 4800.0;
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    let catalog = set_aside();
    let found: Vec<String> = harness
        .query_all(kittest::by().predicate(|_| true))
        .flat_map(|n| {
            let node = n.accesskit_node();
            // What a text field holds is the person's own (durations in
            // the settings file's notation, "30m"), not the app's words.
            use egui::accesskit::Role;
            let typed = matches!(node.role(), Role::TextInput | Role::TextRun);
            [node.label(), node.value().filter(|_| !typed)]
        })
        .flatten()
        .filter_map(|l| unmessaged(&l, &catalog))
        .collect();
    sitbreak::i18n::set_for_this_thread(None);
    found
}

#[test]
fn home_speaks_only_through_messages() {
    let found = labels_not_from_messages(View::Home, PhaseKind::Sitting);
    assert!(found.is_empty(), "not from a message: {found:#?}");
}

#[test]
fn the_break_card_speaks_only_through_messages() {
    let found = labels_not_from_messages(View::Break, PhaseKind::BreakDue);
    assert!(found.is_empty(), "not from a message: {found:#?}");
}

#[test]
fn statistics_speak_only_through_messages() {
    let found = labels_not_from_messages(View::Statistics, PhaseKind::Sitting);
    assert!(found.is_empty(), "not from a message: {found:#?}");
}

#[test]
fn settings_speak_only_through_messages() {
    let found = labels_not_from_messages(View::Settings, PhaseKind::Sitting);
    assert!(found.is_empty(), "not from a message: {found:#?}");
}
