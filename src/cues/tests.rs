use std::time::Duration;

use super::*;
use crate::catalog;
use crate::player::Player;

/// The player's own fixture ("hamstrings-and-calves") with a 3 s count-in.
fn player() -> Player {
    crate::player::tests::player().with_lead_in(Duration::from_secs(3))
}

/// Plays the whole routine in 50 ms frames; each cue with the second it
/// sounded at.
fn play_through(p: &mut Player) -> Vec<(f64, Cue)> {
    let mut tracker = CueTracker::default();
    let mut heard = Vec::new();
    let mut t = Duration::ZERO;
    for cue in tracker.update(&p.position(), p.is_finished()).cues {
        heard.push((0.0, cue));
    }
    while !p.is_finished() {
        let dt = Duration::from_millis(50);
        p.advance(dt);
        t += dt;
        for cue in tracker.update(&p.position(), p.is_finished()).cues {
            heard.push((t.as_secs_f64(), cue));
        }
    }
    heard
}

#[test]
fn each_moment_of_a_routine_has_its_cue_at_its_second() {
    let heard = play_through(&mut player());
    let first_two_stretches = [
        (0.0, Cue::Count(3)),
        (1.0, Cue::Count(2)),
        (2.0, Cue::Count(1)),
        (3.0, Cue::Begin),
        (20.0, Cue::Ending(3)),
        (21.0, Cue::Ending(2)),
        (22.0, Cue::Ending(1)),
        (23.0, Cue::Count(3)),
        (24.0, Cue::Count(2)),
        (25.0, Cue::Count(1)),
        (26.0, Cue::Begin),
        (43.0, Cue::Ending(3)),
        (44.0, Cue::Ending(2)),
        (45.0, Cue::Ending(1)),
        (46.0, Cue::SwitchSides),
    ];
    assert_eq!(heard[..first_two_stretches.len()], first_two_stretches);
    let reps: Vec<_> = heard
        .iter()
        .filter(|(_, c)| matches!(c, Cue::Rep { .. }))
        .map(|(t, c)| (*t, *c))
        .collect();
    assert_eq!(
        reps[..4],
        [
            (73.0, Cue::Rep { rep: 2, of: 5 }),
            (77.0, Cue::Rep { rep: 3, of: 5 }),
            (81.0, Cue::Rep { rep: 4, of: 5 }),
            (85.0, Cue::Rep { rep: 5, of: 5 }),
        ]
    );
    assert_eq!(reps.len(), 8, "4 a side");
    assert_eq!(heard.last(), Some(&(152.0, Cue::Finished)));
    let endings = heard
        .iter()
        .filter(|(_, c)| matches!(c, Cue::Ending(_)))
        .count();
    assert_eq!(endings, 3 * 5, "the last seconds of each of the five holds");
}

#[test]
fn a_paused_player_makes_no_sound_and_resumes_where_it_was() {
    let mut p = player();
    let mut tracker = CueTracker::default();
    tracker.update(&p.position(), false);
    p.advance(Duration::from_secs(5));
    tracker.update(&p.position(), false);
    p.set_paused(true);
    for _ in 0..100 {
        p.advance(Duration::from_millis(50));
        assert!(tracker.update(&p.position(), false).cues.is_empty());
    }
    p.set_paused(false);
    p.advance(Duration::from_secs(15));
    assert_eq!(tracker.update(&p.position(), false).cues, [Cue::Ending(3)]);
}

#[test]
fn back_and_next_start_a_stretch_with_its_count_in() {
    let mut p = player();
    let mut tracker = CueTracker::default();
    tracker.update(&p.position(), false);
    p.advance(Duration::from_secs(10));
    tracker.update(&p.position(), false);
    p.back();
    let back = tracker.update(&p.position(), false);
    assert_eq!(back.cues, [Cue::Count(3)]);
    assert!(back.new_stretch, "said again after Back");
    p.skip_ahead();
    let next = tracker.update(&p.position(), false);
    assert_eq!(next.cues, [Cue::Count(3)]);
    assert!(next.new_stretch);
}

#[test]
fn without_a_count_in_a_stretch_begins_with_its_own_cue() {
    let (catalog, _) = catalog::builtin();
    let routine = catalog.routine("hamstrings-and-calves").expect("built in");
    let mut p = Player::new(&catalog, routine);
    let mut tracker = CueTracker::default();
    assert_eq!(tracker.update(&p.position(), false).cues, [Cue::Begin]);
    p.advance(Duration::from_secs(20));
    let next = tracker.update(&p.position(), false);
    assert_eq!(next.cues, [Cue::Begin]);
    assert!(next.new_stretch);
}

#[test]
fn the_end_sounds_once() {
    let mut p = player();
    let mut tracker = CueTracker::default();
    p.advance(Duration::from_secs(1000));
    assert_eq!(tracker.update(&p.position(), true).cues, [Cue::Finished]);
    assert!(tracker.update(&p.position(), true).cues.is_empty());
}

#[test]
fn reminders_and_player_cues_are_switched_by_their_own_groups() {
    assert_eq!(Cue::Warning.group(), Group::Reminders);
    assert_eq!(Cue::BreakDue.group(), Group::Reminders);
    assert_eq!(Cue::SwitchSides.group(), Group::Player);
    assert_eq!(Cue::Count(1).group(), Group::Player);
}
