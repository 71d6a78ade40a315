//! The break screen, driven like a person would: clicking by label.

use crate::common;

use common::harness::{Setup, sent};
use egui_kittest::kittest::{NodeT, Queryable};
use sitbreak::engine::PhaseKind;
use sitbreak::ipc::protocol::{Request, View};
use sitbreak::ui::break_flow::Stage;

// The player repaints every frame while it runs, so these tests step a
// couple of frames after each action instead of waiting for the ui to
// settle, and run the accessibility check by hand.

fn break_due() -> Setup {
    Setup::new(View::Break, PhaseKind::BreakDue)
}

/// For tests of the figure and the clock, which the count-in only delays.
fn break_due_without_count_in() -> Setup {
    let mut setup = break_due();
    setup.settings_toml = "get_ready = \"0s\"\n".into();
    setup
}

#[test]
fn stepping_through_a_whole_routine_by_clicking_finishes_the_break() {
    let (mut harness, requests) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Time to stand up");
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    assert_eq!(
        sent(&requests),
        [Request::StartBreak {
            routine: Some("low-back-reset".into())
        }]
    );
    // low-back-reset: stand and move, hip circles, standing press-up,
    // seated low back stretch.
    for name in [
        "Stand up and move",
        "Hip circles",
        "Standing back extension",
        "Seated low back stretch",
    ] {
        harness.get_by_label(name);
        harness.get_by_label("Next").click();
        harness.run_steps(2);
    }
    // The routine ends seated, so the advice is to shift, not to sit down.
    harness.get_by_label("Before you carry on, settle into a slightly different sitting position.");
    assert!(
        harness
            .query_by_label("Sit back down in a slightly different position.")
            .is_none()
    );
    harness.get_by_label("Done").click();
    harness.run_steps(2);
    let last = sent(&requests).pop();
    assert_eq!(
        last,
        Some(Request::FinishBreak {
            steps_done: 0,
            steps_total: 4
        })
    );
    assert!(harness.state().closing, "the window closes after the break");
    harness.check_accessibility();
}

#[test]
fn stretches_run_down_by_themselves_and_count_as_done() {
    let (mut harness, requests) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    // The 3 s count-in and 30 s of standing and moving, at 0.25 s a frame.
    for _ in 0..133 {
        harness.step();
    }
    harness.get_by_label("Hip circles");
    let (done, total) = harness.state().flow.progress();
    assert_eq!((done, total), (1, 4));
    assert!(
        sent(&requests)
            .iter()
            .all(|r| !matches!(r, Request::FinishBreak { .. }))
    );
}

#[test]
fn each_stretch_counts_in_three_two_one_before_its_clock_starts() {
    let (mut harness, _) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    harness.get_by_label("Get into position");
    harness.get_by_label_contains("Get ready: starts in 3 seconds");
    for _ in 0..4 {
        harness.step();
    }
    harness.get_by_label_contains("Get ready: starts in 2 seconds");
    for _ in 0..10 {
        harness.step();
    }
    assert!(
        harness.query_by_label("Get into position").is_none(),
        "the hold began"
    );
    harness.get_by_label_contains("Hold: ");
    harness.get_by_label("Next").click();
    harness.run_steps(2);
    harness.get_by_label("Get into position");
}

#[test]
fn pause_stops_the_countdown_and_resume_continues_it() {
    let (mut harness, _) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    harness.get_by_label("Pause").click();
    harness.run_steps(2);
    let left = |h: &egui_kittest::Harness<'_, sitbreak::ui::app::App>| {
        h.state()
            .flow
            .player
            .as_ref()
            .map(|p| p.position().routine_left)
    };
    let paused_at = left(&harness);
    for _ in 0..20 {
        harness.step();
    }
    assert_eq!(left(&harness), paused_at, "paused time does not run");
    harness.get_by_label("Paused");
    harness.get_by_label("Resume").click();
    for _ in 0..20 {
        harness.step();
    }
    assert!(left(&harness) < paused_at);
}

#[test]
fn back_and_next_move_between_stretches() {
    let (mut harness, _) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    harness.get_by_label("Next").click();
    harness.run_steps(2);
    harness.get_by_label("Hip circles");
    harness.get_by_label("Back").click();
    harness.run_steps(2);
    harness.get_by_label("Back").click();
    harness.run_steps(2);
    harness.get_by_label("Stand up and move");
}

#[test]
fn this_hurts_shows_the_advice_and_offers_to_leave_the_stretch_out() {
    let (mut harness, requests) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    harness.get_by_label("Next").click();
    harness.run_steps(2);
    harness.get_by_label("Stop — this hurts").click();
    harness.run_steps(2);
    harness.get_by_label("•  Stopping was the right call: stop as soon as you feel pain.");
    harness.get_by_label(
        "•  If the pain persists or gets worse, see a healthcare professional such as a physical therapist. (One article says this of pain while running; it holds at a desk too.)",
    );
    harness
        .get_by_label("Leave “Hip circles” out of future routines")
        .click();
    harness.run_steps(2);
    assert_eq!(
        sent(&requests).last(),
        Some(&Request::ExcludeStretch {
            id: "hip-circles".into()
        })
    );
    harness.get_by_label("“Hip circles” is left out of future routines.");
    assert!(
        harness
            .state()
            .settings
            .excluded_stretches
            .contains(&"hip-circles".into())
    );
    harness
        .get_by_label("Continue with the next stretch")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Standing back extension");
    let (done, _) = harness.state().flow.progress();
    assert_eq!(done, 0, "the stretch that hurt is not counted as done");
}

#[test]
fn after_this_hurts_ending_the_break_comes_first_beside_the_urgent_signs() {
    let (mut harness, requests) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    harness.get_by_label("Stop — this hurts").click();
    harness.run_steps(3);
    harness.get_by_label_contains("Get medical help the same day");
    let end = harness.get_by_label("End the break");
    assert!(end.accesskit_node().is_focused(), "End the break has focus");
    assert_eq!(
        end.accesskit_node().description().as_deref(),
        Some("Shortcut: Enter")
    );
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    assert_eq!(harness.state().flow.stage, Stage::End);
    harness.get_by_label("Done").click();
    harness.run_steps(2);
    assert!(
        sent(&requests).iter().any(|r| matches!(
            r,
            Request::AbandonBreak { .. } | Request::FinishBreak { .. }
        )),
        "the daemon hears the break ended: {:?}",
        sent(&requests)
    );
}

#[test]
fn snooze_and_skip_send_their_requests_and_close_the_window() {
    let (mut harness, requests) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Snooze 5 min").click();
    harness.run_steps(2);
    assert_eq!(sent(&requests), [Request::Snooze]);
    assert!(harness.state().closing);

    let (mut harness, requests) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Skip").click();
    harness.run_steps(2);
    assert_eq!(sent(&requests), [Request::Skip]);
    assert!(harness.state().closing);
}

#[test]
fn strict_mode_offers_no_skip() {
    let mut setup = break_due();
    setup.status.strict = true;
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    assert!(harness.query_by_label("Skip").is_none());
    harness.get_by_label("Snooze 5 min");
}

/// Reads the safety notes shown before the first stretch, then starts.
fn read_the_safety_notes(harness: &mut egui_kittest::Harness<'static, sitbreak::ui::app::App>) {
    assert_eq!(harness.state().flow.stage, Stage::Safety);
    harness.get_by_label("Safety first");
    harness.get_by_label("•  Move gently. Stop as soon as you feel pain.");
    // The warning signs are there without pressing "Stop — this hurts".
    harness.get_by_label("When to stop and see someone");
    harness.get_by_label_contains("see a doctor for a proper diagnosis");
    harness.get_by_label("I understand, start").click();
    harness.run_steps(2);
    assert_eq!(harness.state().flow.stage, Stage::Playing);
}

#[test]
fn the_first_break_started_from_the_card_shows_the_safety_notes_first() {
    let mut setup = break_due();
    setup.status.safety_notes_read = false;
    let (mut harness, requests) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    read_the_safety_notes(&mut harness);
    assert!(matches!(
        sent(&requests).as_slice(),
        [Request::StartBreak { .. }, Request::SafetyNotesRead]
    ));
}

#[test]
fn the_first_break_taken_from_home_shows_the_safety_notes_first() {
    let mut setup = Setup::new(View::Home, PhaseKind::Sitting);
    setup.status.safety_notes_read = false;
    let (mut harness, requests) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("Take a break now").click();
    harness.run_steps(2);
    read_the_safety_notes(&mut harness);
    assert!(matches!(
        sent(&requests).as_slice(),
        [Request::TakeBreak, Request::SafetyNotesRead]
    ));
}

#[test]
fn a_first_break_started_elsewhere_opens_on_the_safety_notes() {
    // The notification's Start, the tray and `sitbreak break` start the
    // break in the daemon, which then opens the window on it.
    let mut setup = Setup::new(View::Break, PhaseKind::OnBreak);
    setup.status.safety_notes_read = false;
    setup.status.current_routine = setup.status.next_routine.clone();
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    read_the_safety_notes(&mut harness);
}

#[test]
fn once_read_the_safety_notes_do_not_come_first_again() {
    let mut setup = Setup::new(View::Break, PhaseKind::OnBreak);
    setup.status.current_routine = setup.status.next_routine.clone();
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    assert_eq!(harness.state().flow.stage, Stage::Playing);
}

#[test]
fn safety_and_when_to_stop_opens_from_the_player_and_pauses_it() {
    let mut setup = Setup::new(View::Break, PhaseKind::OnBreak);
    setup.status.current_routine = setup.status.next_routine.clone();
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("Safety and when to stop").click();
    // One frame opens it, and it fades in.
    harness.run_steps(4);
    assert!(harness.state().safety_open);
    assert!(
        harness
            .state()
            .flow
            .player
            .as_ref()
            .is_some_and(|p| p.is_paused()),
        "reading the notes costs no hold"
    );
    harness.get_by_label("Tips");
    harness.get_by_label_contains("heat on the lower back");
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert!(!harness.state().safety_open, "Escape closes it");
}

#[test]
fn safety_and_when_to_stop_opens_from_home() {
    let (mut harness, _) = Setup::new(View::Home, PhaseKind::Sitting).build();
    harness.run_steps(2);
    harness.get_by_label("Safety and when to stop").click();
    // One frame opens it, and it fades in.
    harness.run_steps(4);
    harness.get_by_label("When to stop and see someone");
    harness.get_by_label_contains("see a doctor for a proper diagnosis");
    harness.get_by_label("Close").click_accesskit();
    harness.run_steps(4);
    assert!(!harness.state().safety_open, "Close closes it");
}

#[test]
fn keyboard_alone_can_run_a_break() {
    let (mut harness, requests) = break_due().build();
    harness.run_steps(2);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    for _ in 0..4 {
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(2);
    }
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    assert!(
        matches!(sent(&requests).last(), Some(Request::FinishBreak { .. })),
        "{:?} {:?}",
        sent(&requests),
        harness.state().flow.stage
    );
}

/// The pixels of the figure showing `name`, as the window draws them now.
fn figure_pixels(
    harness: &mut egui_kittest::Harness<'static, sitbreak::ui::app::App>,
    name: &str,
) -> Vec<u8> {
    let rect = harness
        .get_by_label(&format!("Figure showing {name}"))
        .rect();
    let image = harness.render().expect("the window renders");
    let mut out = Vec::new();
    for y in rect.top() as u32..rect.bottom() as u32 {
        for x in rect.left() as u32..rect.right() as u32 {
            out.extend_from_slice(&image.get_pixel(x, y).0);
        }
    }
    out
}

#[test]
fn the_figure_moves_while_the_player_runs_and_stands_still_when_paused() {
    let (mut harness, _) = break_due_without_count_in().build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    // Hip circles: a repeated movement, so the figure is never still.
    harness.get_by_label("Next").click();
    harness.run_steps(2);
    let before = figure_pixels(&mut harness, "Hip circles");
    harness.run_steps(2);
    let after = figure_pixels(&mut harness, "Hip circles");
    assert_ne!(before, after, "the figure moves while the player runs");
    assert!(
        harness.ctx.has_requested_repaint(),
        "a running player asks for the next frame"
    );

    harness.get_by_label("Pause").click();
    harness.run_steps(1);
    let paused = figure_pixels(&mut harness, "Hip circles");
    harness.run_steps(8);
    assert_eq!(
        paused,
        figure_pixels(&mut harness, "Hip circles"),
        "paused, the figure keeps its pose"
    );
    assert!(
        !harness.ctx.has_requested_repaint(),
        "paused, the window stops asking for frames"
    );

    harness.get_by_label("Resume").click();
    harness.run_steps(2);
    assert_ne!(
        paused,
        figure_pixels(&mut harness, "Hip circles"),
        "resumed, the figure moves on"
    );
}

#[test]
fn a_held_stretch_moves_into_position_and_then_holds_still() {
    let (mut harness, _) = break_due_without_count_in().build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    for _ in 0..3 {
        harness.get_by_label("Next").click();
        harness.run_steps(2);
    }
    // Seated low back stretch: a 20 s hold whose fold takes 3 s.
    let start = figure_pixels(&mut harness, "Seated low back stretch");
    harness.run_steps(4);
    let moving = figure_pixels(&mut harness, "Seated low back stretch");
    assert_ne!(
        start, moving,
        "the figure folds forward at the start of the hold"
    );
    harness.run_steps(12);
    let held = figure_pixels(&mut harness, "Seated low back stretch");
    harness.run_steps(8);
    assert_eq!(
        held,
        figure_pixels(&mut harness, "Seated low back stretch"),
        "in the hold the figure keeps still while the countdown runs"
    );
}

#[test]
fn a_routine_the_window_cannot_play_says_why_instead_of_playing_another() {
    let mut setup = Setup::new(View::Break, PhaseKind::OnBreak);
    setup.status.current_routine = Some(common::harness::unplayable_routine());
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("Stand up and move for a minute");
    assert!(
        harness.query_by_label_contains("gone-stretch").is_some(),
        "the reason names the stretch"
    );
    assert!(harness.state().flow.player.is_none(), "nothing else plays");
}

#[test]
fn arrow_keys_in_the_player_go_next_without_moving_keyboard_focus() {
    let (mut harness, _) = break_due().build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(2);
    let focused_before = harness.ctx.memory(|m| m.focused());
    let arrow = egui::Event::Key {
        key: egui::Key::ArrowRight,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    };
    let mut events = vec![arrow];
    let now = harness.ctx.input(|i| i.time);
    harness.state_mut().guard_input(now, &mut events);
    assert!(
        events.is_empty(),
        "egui never sees the arrow, so focus stays"
    );
    harness.run_steps(2);
    harness.get_by_label("Hip circles");
    assert_eq!(harness.ctx.memory(|m| m.focused()), focused_before);
}
