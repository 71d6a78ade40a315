//! The window in the pseudo-language (`en-XA`: every message accented,
//! lengthened and bracketed), on this test's thread alone: a label with
//! English words outside a message's brackets did not come from a
//! message. The stretches' own words (names, summaries, body areas) are
//! the catalog's, not yet translated, and are set aside.

use crate::common;

use common::harness::Setup;
use egui_kittest::kittest::{self, NodeT, Queryable};
use sitbreak::engine::PhaseKind;
use sitbreak::ipc::protocol::View;

/// The catalog's own words, longest first.
fn catalog_words() -> Vec<String> {
    let (catalog, _) = sitbreak::catalog::builtin();
    let mut words: Vec<String> = (catalog.routines.iter())
        .flat_map(|r| [r.name.clone(), r.summary.clone()])
        .chain(catalog.stretches.iter().flat_map(|s| {
            let [first, other] = s.turn.halves();
            [
                s.name.clone(),
                s.position.label().to_owned(),
                s.kind.label().to_owned(),
            ]
            .into_iter()
            .chain([s.turn.cue(), first, other].map(str::to_owned))
            .chain(s.steps.iter().cloned())
            .chain(s.all_cautions().map(str::to_owned))
        }))
        .chain(catalog.notes.iter().map(|n| n.text.clone()))
        .chain(
            sitbreak::catalog::Area::ALL
                .iter()
                .map(|a| a.label().to_owned()),
        )
        .chain(["From a file".to_owned(), "Ctrl".to_owned()])
        .filter(|w| !w.is_empty())
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
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
    let mut setup = Setup::new(view, phase);
    sitbreak::i18n::set_for_this_thread(Some(&sitbreak::i18n::PSEUDO));
    // Tall enough that every part of a view is laid out.
    setup.height = 4800.0;
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    let catalog = catalog_words();
    let found: Vec<String> = harness
        .query_all(kittest::by().predicate(|_| true))
        .filter_map(|n| n.accesskit_node().label())
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
