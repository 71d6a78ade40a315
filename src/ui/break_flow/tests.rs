use egui::Key;

use super::*;
use crate::catalog::{self, Dose};
use crate::ipc::protocol::{DoseView, ItemView};

fn catalog() -> Catalog {
    catalog::builtin().0
}

fn sent(stretches: &[&str]) -> RoutineView {
    RoutineView {
        id: "made-up".into(),
        name: "Made up".into(),
        length_secs: 40,
        areas: Vec::new(),
        floor: false,
        items: stretches
            .iter()
            .map(|s| ItemView {
                stretch: (*s).into(),
                dose: DoseView::Hold { ms: 20_000 },
            })
            .collect(),
    }
}

fn some_stretch(catalog: &Catalog) -> String {
    catalog.stretches[0].id.to_string()
}

#[test]
fn the_window_plays_exactly_the_items_the_daemon_sent() {
    let catalog = catalog();
    let id = some_stretch(&catalog);
    let mut flow = BreakFlow::new();
    flow.play(&catalog, Some(&sent(&[&id])), false);
    assert_eq!(flow.stage, Stage::Playing);
    let routine = flow.routine.as_ref().expect("playing");
    assert_eq!(routine.items.len(), 1);
    assert_eq!(routine.items[0].dose, Dose::Hold(Duration::from_secs(20)));
    assert_eq!(flow.progress(), (0, 1));
}

#[test]
fn a_routine_with_a_stretch_the_window_does_not_know_says_which() {
    let catalog = catalog();
    let id = some_stretch(&catalog);
    let mut flow = BreakFlow::new();
    flow.play(&catalog, Some(&sent(&[&id, "no-such-stretch"])), false);
    let Stage::CannotPlay(reason) = &flow.stage else {
        panic!("expected CannotPlay, got {:?}", flow.stage);
    };
    assert!(reason.contains("no-such-stretch"), "{reason}");
    assert!(!flow.is_started(), "nothing plays");
    assert_eq!(
        flow.shortcut(|k| k == Key::Enter, false),
        Some(BreakMsg::Close)
    );
}

#[test]
fn no_routine_at_all_goes_to_the_end_card() {
    let mut flow = BreakFlow::new();
    flow.play(&catalog(), None, false);
    assert_eq!(flow.stage, Stage::End);
}

#[test]
fn strict_mode_has_no_skip_key_and_no_skip_hint() {
    let flow = BreakFlow::new();
    assert_eq!(flow.shortcut(|k| k == Key::K, true), None);
    assert_eq!(flow.shortcut(|k| k == Key::K, false), Some(BreakMsg::Skip));
    assert!(!flow.hints(true).iter().any(|(_, does)| does == "skip"));
    assert!(flow.hints(false).contains(&("K", "skip".to_owned())));
}

#[test]
fn in_every_stage_the_hinted_key_is_the_key_that_acts_and_its_button_names_it() {
    let catalog = catalog();
    let id = some_stretch(&catalog);
    let mut flow = BreakFlow::new();
    let mut checked = 0;
    let mut check = |flow: &BreakFlow| {
        let keys = flow.shortcuts(false);
        assert!(!keys.is_empty(), "{:?} has keys", flow.stage);
        let hints: Vec<_> = keys.iter().map(|s| (s.label, (s.does)())).collect();
        assert_eq!(flow.hints(false), hints);
        for s in keys {
            assert_eq!(flow.shortcut(|k| k == s.key, false), Some(s.msg.clone()));
            assert_eq!(flow.key_of(&s.msg, false), s.label);
        }
        checked += 1;
    };
    check(&flow);
    flow.play(&catalog, Some(&sent(&[&id])), false);
    check(&flow);
    flow.handle(BreakMsg::Hurt);
    assert!(matches!(flow.stage, Stage::Hurt { .. }));
    check(&flow);
    flow.handle(BreakMsg::EndNow);
    assert_eq!(flow.stage, Stage::End);
    check(&flow);
    assert_eq!(checked, 4);
}

#[test]
fn until_the_safety_notes_are_read_they_come_before_the_first_stretch() {
    let catalog = catalog();
    let id = catalog.stretches[0].id.to_string();
    let mut flow = BreakFlow::new();
    flow.play(&catalog, Some(&sent(&[&id])), true);
    assert_eq!(flow.stage, Stage::Safety);
    let before = flow.player.as_ref().map(|p| p.position().segment_left);
    flow.advance(std::time::Duration::from_secs(5));
    assert_eq!(
        flow.player.as_ref().map(|p| p.position().segment_left),
        before,
        "no stretch runs while the notes are read"
    );
    assert_eq!(
        flow.shortcut(|k| k == Key::Enter, false),
        Some(BreakMsg::SafetyRead)
    );
    flow.handle(BreakMsg::SafetyRead);
    assert_eq!(flow.stage, Stage::Playing);
}
