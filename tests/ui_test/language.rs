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
    ["From a file", "Sitbreak", "Ctrl", "Space"]
        .map(str::to_owned)
        .to_vec()
}

fn labels_not_from_messages(view: View, phase: PhaseKind) -> Vec<String> {
    labels_not_from_messages_after(view, phase, &[])
}

/// The same, after pressing the buttons named by `presses` (message ids)
/// in turn: the player, the end card.
fn labels_not_from_messages_after(view: View, phase: PhaseKind, presses: &[&str]) -> Vec<String> {
    let mut setup = Setup::in_language(view, phase, &sitbreak::i18n::PSEUDO);
    // Tall enough that every part of a view is laid out.
    setup.height = 4800.0;
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    for id in presses {
        harness.get_by_label(&sitbreak::i18n::text(id, &[])).click();
        harness.run_steps(4);
    }
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
        .filter_map(|l| common::unmessaged(&l, &catalog, 2))
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
fn the_player_and_the_end_card_speak_only_through_messages() {
    let player =
        labels_not_from_messages_after(View::Break, PhaseKind::BreakDue, &["button-start"]);
    assert!(
        player.is_empty(),
        "the player, not from a message: {player:#?}"
    );
    let end = labels_not_from_messages_after(
        View::Break,
        PhaseKind::BreakDue,
        &[
            "button-start",
            "player-next",
            "player-next",
            "player-next",
            "player-next",
        ],
    );
    assert!(end.is_empty(), "the end card, not from a message: {end:#?}");
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

/// The words a node shows: a control's name, or a label's text.
fn words(n: &egui_kittest::Node<'_>) -> Option<String> {
    let node = n.accesskit_node();
    node.label().or_else(|| node.value())
}

/// What of `view` in `locale` reaches past the window's sides at the
/// default width: each as "label (left … right)".
fn cut_off(
    locale: &'static sitbreak::i18n::Locale,
    view: View,
    phase: PhaseKind,
    play: bool,
) -> Vec<String> {
    let mut setup = Setup::in_language(view, phase, locale);
    setup.cjk = sitbreak::ui::cjk_font::needed(locale.tag).then_some(locale.tag);
    let width = setup.width;
    // Tall enough that nothing scrolls, so nothing lies hidden under the
    // pinned buttons.
    setup.height = 9000.0;
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    if play {
        harness.get_by_label(&sitbreak::tr!("button-start")).click();
        harness.run_steps(4);
    }
    let nodes: Vec<_> = harness
        .query_all(kittest::by().predicate(|_| true))
        .collect();
    let mut found: Vec<String> = (nodes.iter())
        .filter_map(|n| {
            let node = n.accesskit_node();
            // Whole-window nodes have no box of their own.
            node.bounding_box()?;
            let rect = n.rect();
            let name = node.label().or(node.value())?;
            (rect.left() < -0.5 || rect.right() > width + 0.5)
                .then(|| format!("{name:?} ({:.0} … {:.0})", rect.left(), rect.right()))
        })
        .collect();
    // Words drawn over other words: two labels or controls, neither inside
    // the other, sharing more than a sliver. A label wrapped onto more lines
    // is boxed from the margin, over what its first line follows, so only
    // one-line labels are compared.
    use egui::accesskit::Role;
    let worded: Vec<_> = (nodes.iter())
        .filter(|n| {
            let node = n.accesskit_node();
            node.bounding_box().is_some()
                && (node.role() != Role::Label || n.rect().height() <= 30.0)
                && matches!(
                    node.role(),
                    Role::Label | Role::Button | Role::Link | Role::CheckBox | Role::RadioButton
                )
                && words(n).is_some_and(|l| !l.trim().is_empty())
        })
        .collect();
    for (i, a) in worded.iter().enumerate() {
        for b in &worded[i + 1..] {
            let (na, nb) = (a.accesskit_node(), b.accesskit_node());
            if na.is_descendant_of(&nb) || nb.is_descendant_of(&na) {
                continue;
            }
            let shared = a.rect().intersect(b.rect());
            if shared.is_positive() && shared.area() > 12.0 {
                found.push(format!(
                    "{:?} over {:?}",
                    words(a).unwrap_or_default(),
                    words(b).unwrap_or_default()
                ));
            }
        }
    }
    sitbreak::i18n::set_for_this_thread(None);
    found
}

/// German and French run a third longer than English, and the
/// pseudo-language longer still: every view, the player too, keeps its
/// words inside the window at the default width, wrapping rather than
/// running past the edge, in every language Sitbreak offers.
#[test]
fn every_view_keeps_its_words_inside_the_window_in_every_language() {
    let views = [
        (View::Home, PhaseKind::Sitting, false),
        (View::Break, PhaseKind::BreakDue, false),
        (View::Break, PhaseKind::BreakDue, true),
        (View::Settings, PhaseKind::Sitting, false),
        (View::Statistics, PhaseKind::Sitting, false),
    ];
    let mut cut = Vec::new();
    for locale in sitbreak::i18n::LOCALES {
        for (view, phase, play) in views {
            cut.extend(cut_off(locale, view, phase, play).into_iter().map(|c| {
                format!(
                    "{} {view:?}{}: {c}",
                    locale.tag,
                    if play { " (player)" } else { "" }
                )
            }));
        }
    }
    assert!(cut.is_empty(), "past the window's edge: {cut:#?}");
}
