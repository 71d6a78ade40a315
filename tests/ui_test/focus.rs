//! The break card on a desktop where it may appear under the person's
//! typing: keys meant for another app never act on it, and a card the
//! daemon no longer stands behind closes. The filter tested here is the
//! one eframe runs on every frame's input (`raw_input_hook`).

use crate::common;

use common::harness::{Pushes, Setup, sent, status};
use egui::{Event, Key, Modifiers, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sitbreak::engine::PhaseKind;
use sitbreak::ipc::protocol::{Request, Response, View};
use sitbreak::ui::app::App;

fn key(key: Key, repeat: bool) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat,
        modifiers: Modifiers::NONE,
    }
}

/// The window on `view`, and the queue of what the daemon pushes to it.
fn with_pushes(view: View, phase: PhaseKind) -> (Harness<'static, App>, Pushes) {
    let setup = Setup::new(view, phase);
    let pushes = setup.pushes.clone();
    let (harness, _) = setup.build();
    (harness, pushes)
}

fn typed(text: &str) -> Vec<Event> {
    let mut events = Vec::new();
    for c in text.chars() {
        let k = Key::from_name(&c.to_uppercase().to_string()).expect("a letter key");
        events.push(key(k, false));
        events.push(Event::Text(c.to_string()));
    }
    events
}

#[test]
fn typing_ask_as_the_card_appears_neither_snoozes_nor_skips_it() {
    let (mut harness, requests) = Setup::new(View::Break, PhaseKind::BreakDue).build();
    harness.run_steps(2);
    let mut events = typed("ask");
    events.push(key(Key::Enter, false));
    harness.state_mut().guard_input(0.6, &mut events);
    assert!(events.is_empty(), "held back: {events:?}");
    harness.get_by_label_contains("Keys work here once you stop typing");
    assert!(sent(&requests).is_empty());
}

#[test]
fn a_key_held_down_into_the_card_never_acts() {
    let (mut harness, _) = Setup::new(View::Break, PhaseKind::BreakDue).build();
    harness.run_steps(2);
    for t in 0..40 {
        let mut events = vec![key(Key::Enter, true)];
        harness
            .state_mut()
            .guard_input(0.5 + f64::from(t) * 0.1, &mut events);
        assert!(events.is_empty());
    }
}

#[test]
fn keys_act_on_the_card_once_the_pointer_moves_over_it() {
    let (mut harness, requests) = Setup::new(View::Break, PhaseKind::BreakDue).build();
    harness.run_steps(2);
    let mut events = vec![Event::PointerMoved(pos2(100.0, 100.0)), key(Key::S, false)];
    harness.state_mut().guard_input(0.3, &mut events);
    assert_eq!(events.len(), 2);
    harness.key_press(Key::S);
    harness.run_steps(2);
    assert_eq!(sent(&requests), [Request::Snooze]);
}

#[test]
fn keys_act_on_the_card_after_the_keyboard_rests() {
    let (mut harness, _) = Setup::new(View::Break, PhaseKind::BreakDue).build();
    // At 0.25 s a frame: two seconds with no key.
    harness.run_steps(8);
    harness.get_by_label_contains("Enter start");
    let now = harness.ctx.input(|i| i.time);
    let mut events = vec![key(Key::Enter, false)];
    harness.state_mut().guard_input(now, &mut events);
    assert_eq!(events.len(), 1);
}

#[test]
fn a_window_the_person_opened_takes_keys_at_once() {
    let (mut harness, _) = Setup::new(View::Home, PhaseKind::Sitting).build();
    harness.run_steps(1);
    let mut events = typed("b");
    harness.state_mut().guard_input(0.1, &mut events);
    assert_eq!(events.len(), 2);
}

#[test]
fn a_card_whose_break_was_skipped_elsewhere_closes() {
    let (mut harness, pushes) = with_pushes(View::Break, PhaseKind::BreakDue);
    harness.run_steps(2);
    harness.get_by_label("Time to stand up");
    assert!(!harness.state().closing);
    pushes.borrow_mut().push(Response::Event {
        status: status(PhaseKind::Sitting),
    });
    harness.run_steps(2);
    assert!(harness.state().closing, "the stale card closes");
}

#[test]
fn a_running_break_stays_when_the_status_changes() {
    let (mut harness, pushes) = with_pushes(View::Break, PhaseKind::BreakDue);
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    let mut on_break = status(PhaseKind::OnBreak);
    on_break.current_routine = on_break.next_routine.clone();
    pushes
        .borrow_mut()
        .push(Response::Event { status: on_break });
    harness.run_steps(2);
    assert!(!harness.state().closing);
}

#[test]
fn an_open_home_window_closes_so_the_break_card_is_mapped_on_top() {
    let (mut harness, pushes) = with_pushes(View::Home, PhaseKind::Sitting);
    harness.run_steps(1);
    pushes
        .borrow_mut()
        .push(Response::Show { view: View::Break });
    harness.run_steps(1);
    assert!(harness.state().closing);
    assert!(
        harness
            .state()
            .remap
            .load(std::sync::atomic::Ordering::SeqCst),
        "it tells the daemon to map a fresh card"
    );
}

#[test]
fn unsaved_settings_are_kept_when_a_break_comes_due() {
    let (mut harness, pushes) = with_pushes(View::Settings, PhaseKind::Sitting);
    harness.run_steps(1);
    let mut draft = harness.state().settings.clone();
    draft.strict = !draft.strict;
    harness.state_mut().form = sitbreak::ui::settings_form::SettingsForm::from(&draft);
    pushes
        .borrow_mut()
        .push(Response::Show { view: View::Break });
    harness.run_steps(1);
    assert!(!harness.state().closing, "the draft is not thrown away");
    assert_eq!(harness.state().screen, sitbreak::ui::msg::Screen::Break);
}

#[test]
fn a_card_opened_for_a_break_already_snoozed_closes_at_once() {
    let (mut harness, _) = Setup::new(View::Break, PhaseKind::Sitting).build();
    harness.run_steps(1);
    assert!(harness.state().closing);
}
