use super::*;

fn at(s: f64) -> MonoTime {
    MonoTime::from_origin(Duration::from_secs_f64(s))
}

const PAUSE: Duration = Duration::from_millis(1500);
const MAX: Duration = Duration::from_secs(60);
const PATIENCE: Patience = Patience {
    after_pause: PAUSE,
    max_delay: MAX,
};

#[test]
fn a_card_due_while_the_person_types_waits() {
    let g = gate(
        at(100.0),
        at(100.0),
        Some(Duration::from_millis(200)),
        PAUSE,
        MAX,
    );
    assert_eq!(g, Gate::Wait(Duration::from_millis(1300)));
}

#[test]
fn a_card_due_while_input_rests_shows_at_once() {
    let g = gate(
        at(100.0),
        at(100.0),
        Some(Duration::from_secs(5)),
        PAUSE,
        MAX,
    );
    assert_eq!(g, Gate::Show);
}

#[test]
fn a_card_never_waits_past_its_longest_delay() {
    assert_eq!(
        gate(at(100.0), at(160.0), Some(Duration::ZERO), PAUSE, MAX),
        Gate::Show
    );
    assert_eq!(
        gate(at(100.0), at(159.5), Some(Duration::ZERO), PAUSE, MAX),
        Gate::Wait(Duration::from_millis(500))
    );
}

#[test]
fn without_an_idle_source_the_card_shows_on_time() {
    assert_eq!(gate(at(100.0), at(100.0), None, PAUSE, MAX), Gate::Show);
}

#[test]
fn a_zero_pause_shows_the_card_at_once() {
    let g = gate(at(1.0), at(1.0), Some(Duration::ZERO), Duration::ZERO, MAX);
    assert_eq!(g, Gate::Show);
}

#[test]
fn a_break_card_waits_out_the_typing_and_is_looked_at_when_it_could_show() {
    let mut life = WindowLife::default();
    life.card_due(at(10.0), View::Break);
    assert!(life.time_to_look(at(10.0)));
    let typing = Some(Duration::from_millis(500));
    assert_eq!(life.look(at(10.0), typing, PATIENCE), None);
    assert_eq!(
        life.deadline(),
        Some(at(11.0)),
        "when input could have rested"
    );
    assert!(!life.time_to_look(at(10.5)));
    assert_eq!(
        life.look(at(11.0), Some(PAUSE), PATIENCE),
        Some(View::Break)
    );
    assert_eq!(life.waiting(), None, "shown once");
    assert_eq!(life.deadline(), None);
}

#[test]
fn a_prompt_never_takes_the_place_of_a_waiting_break_card() {
    let mut life = WindowLife::default();
    life.card_due(at(0.0), View::Break);
    assert!(!life.prompt_due(at(1.0)));
    assert_eq!(life.waiting(), Some(View::Break));
    life.forget_waiting();
    assert!(life.prompt_due(at(2.0)));
    assert_eq!(life.waiting(), Some(View::Prompt));
}

#[test]
fn a_window_told_to_show_the_break_makes_way_for_a_fresh_card() {
    let mut life = WindowLife::default();
    life.pushed(View::Break);
    assert_eq!(life.exited(false, true), AfterExit::BreakCard);
    assert_eq!(
        life.exited(false, true),
        AfterExit::Closed { prompt: false },
        "told once, reopened once"
    );
}

#[test]
fn a_window_that_closed_to_be_remapped_after_the_break_ended_opens_nothing() {
    let mut life = WindowLife::default();
    assert_eq!(
        life.exited(true, false),
        AfterExit::Closed { prompt: false }
    );
    assert_eq!(life.exited(true, true), AfterExit::BreakCard);
}

#[test]
fn a_prompt_window_that_found_another_open_comes_when_that_one_exits() {
    let mut life = WindowLife::default();
    life.prompt_window(false);
    assert_eq!(
        life.exited(false, false),
        AfterExit::Closed { prompt: true }
    );
    assert_eq!(
        life.exited(false, false),
        AfterExit::Closed { prompt: false },
        "once"
    );
    life.prompt_window(true);
    assert_eq!(
        life.exited(false, false),
        AfterExit::Closed { prompt: false }
    );
}

#[test]
fn showing_something_else_in_an_open_window_is_no_break_card_to_come_back_to() {
    let mut life = WindowLife::default();
    life.pushed(View::Settings);
    assert_eq!(
        life.exited(false, true),
        AfterExit::Closed { prompt: false }
    );
}
