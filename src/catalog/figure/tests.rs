use std::time::Duration;

use super::*;
use crate::catalog::Dose;

/// Sitting upright with thighs level and shins upright.
fn sitting() -> Pose {
    pose(|p| {
        p.hip_r = 90.0;
        p.hip_l = 90.0;
        p.knee_r = 90.0;
        p.knee_l = 90.0;
    })
}

fn pose(change: impl FnOnce(&mut Pose)) -> Pose {
    let mut p = Pose::default();
    change(&mut p);
    p
}

fn figure(keys: &[(f32, Pose)], repeat: bool) -> Figure {
    Figure {
        view: View::Side,
        support: Support::Feet,
        work: Work::Both,
        props: Props::default(),
        keys: keys.iter().map(|&(at, pose)| Key { at, pose }).collect(),
        repeat,
    }
}

const HOLD: Dose = Dose::Hold(Duration::from_secs(20));
const REPS: Dose = Dose::Reps {
    count: 5,
    each: Duration::from_secs(4),
};

#[test]
fn easing_starts_and_stops_gently_and_meets_the_keys() {
    assert_eq!(ease(0.0), 0.0);
    assert_eq!(ease(1.0), 1.0);
    assert!((ease(0.5) - 0.5).abs() < 1e-6);
    assert!(ease(0.05) < 0.05, "slow out of the first key");
    assert!(ease(0.95) > 0.95, "slow into the next key");
    let samples: Vec<f32> = (0..=20).map(|i| ease(i as f32 / 20.0)).collect();
    assert!(samples.windows(2).all(|w| w[0] <= w[1]), "never goes back");
}

#[test]
fn a_pose_between_keys_is_blended_and_outside_them_is_the_nearest_key() {
    let a = pose(|p| p.knee_r = 0.0);
    let b = pose(|p| p.knee_r = 90.0);
    let keys = [Key { at: 1.0, pose: a }, Key { at: 3.0, pose: b }];
    assert_eq!(pose_at(&keys, 0.0).knee_r, 0.0);
    assert_eq!(pose_at(&keys, 2.0).knee_r, 45.0);
    let quarter = pose_at(&keys, 1.5).knee_r;
    assert!(quarter > 0.0 && quarter < 22.5, "eased: {quarter}");
    assert_eq!(pose_at(&keys, 9.0).knee_r, 90.0);
    assert_eq!(pose_at(&[], 1.0), Pose::default());
}

#[test]
fn the_other_side_is_the_same_drawing_mirrored() {
    let p = pose(|p| {
        p.hip_r = 60.0;
        p.knee_r = 80.0;
        p.shoulder_l = 40.0;
        p.torso = 20.0;
    });
    let s = Skeleton::placed(&p, Support::Feet);
    for yaw in [0.0, 50.0, 90.0] {
        let first = s.pieces(yaw, false);
        let other = s.pieces(yaw, true);
        assert_eq!(first.len(), other.len());
        for (a, b) in first.iter().zip(&other) {
            assert_eq!((a.kind, a.side, a.depth), (b.kind, b.side, b.depth));
            assert_eq!(a.a, [-b.a[0], b.a[1]]);
            assert_eq!(a.b, [-b.b[0], b.b[1]]);
        }
    }
}

#[test]
fn standing_seated_and_lying_figures_rest_on_their_support() {
    let standing = Skeleton::placed(&Pose::default(), Support::Feet);
    assert!(
        lowest_point(&standing.leg_balls()).abs() < 1e-5,
        "feet on the floor"
    );
    assert!(check_grounded(&standing, Support::Feet).is_ok());
    assert!(
        (1.6..1.9).contains(&(standing.head[1] + body::HEAD_RADIUS)),
        "about 1.75 m tall: {}",
        standing.head[1] + body::HEAD_RADIUS
    );

    let sitting = sitting();
    let seated = Skeleton::placed(&sitting, Support::Seat);
    assert_eq!(seated.pelvis[1], SEAT_HIP);
    assert!(check_grounded(&seated, Support::Seat).is_ok());

    let lying = Skeleton::placed(&pose(|p| p.torso = -90.0), Support::Floor);
    assert!(
        (lowest_point(&lying.balls()) - MAT).abs() < 1e-5,
        "on the mat"
    );
    assert!(check_grounded(&lying, Support::Floor).is_ok());
}

#[test]
fn a_figure_through_the_floor_or_floating_off_its_chair_is_refused() {
    let straight_legs = Skeleton::placed(&Pose::default(), Support::Seat);
    let sunk = check_grounded(&straight_legs, Support::Seat).unwrap_err();
    assert!(sunk.contains("sinks"), "{sunk}");

    let legs_up = pose(|p| {
        p.hip_r = 90.0;
        p.hip_l = 90.0;
    });
    let floating = check_grounded(&Skeleton::placed(&legs_up, Support::Seat), Support::Seat);
    assert!(floating.unwrap_err().contains("both feet float"));

    let lying = pose(|p| p.torso = -90.0);
    let s = Skeleton::placed(&lying, Support::Feet);
    let err = check_grounded(&s, Support::Feet).unwrap_err();
    assert!(err.contains("sinks"), "standing, but lying: {err}");
}

#[test]
fn joints_outside_their_range_are_named() {
    let backwards_knee = pose(|p| p.knee_l = -20.0);
    assert_eq!(
        backwards_knee.check_limits().unwrap_err(),
        "knee_l = -20 is outside 0 to 155"
    );
    assert!(pose(|p| p.elbow_r = f32::NAN).check_limits().is_err());
    assert!(Pose::default().check_limits().is_ok());
}

#[test]
fn a_hold_moves_into_position_then_stays_and_reps_restart_each_rep() {
    let bend = pose(|p| p.knee_r = 60.0);
    let f = figure(&[(0.0, Pose::default()), (3.0, bend)], false);
    assert_eq!(f.time_in_segment(HOLD, 1.0), 1.0);
    assert_eq!(f.time_in_segment(HOLD, 15.0), 3.0);
    assert!(!f.is_still(HOLD, 2.0));
    assert!(f.is_still(HOLD, 3.0));
    // A routine that shortens the hold below the move speeds the move up.
    let short = Dose::Hold(Duration::from_secs_f32(1.5));
    assert_eq!(f.time_in_segment(short, 0.75), 1.5);

    let rep = figure(
        &[(0.0, Pose::default()), (2.0, bend), (4.0, Pose::default())],
        false,
    );
    assert_eq!(rep.time_in_segment(REPS, 5.0), 1.0, "second rep, 1 s in");
    assert!(!rep.is_still(REPS, 30.0));
    assert!(rep.effort(REPS, 2.0) > 0.99, "works hardest mid-rep");
    assert!(rep.effort(REPS, 0.0) < 0.01);

    let walk = figure(
        &[(0.0, Pose::default()), (0.5, bend), (1.0, Pose::default())],
        true,
    );
    assert!(
        (walk.time_in_segment(HOLD, 10.25) - 0.25).abs() < 1e-4,
        "walking loops"
    );
    assert!(!walk.is_still(HOLD, 19.0));
}

#[test]
fn a_looping_thumbnail_of_a_hold_goes_in_rests_and_comes_back() {
    let f = figure(
        &[(0.0, Pose::default()), (2.0, pose(|p| p.hip_r = 40.0))],
        false,
    );
    assert_eq!(f.time_in_loop(HOLD, 1.0), 1.0, "moving in");
    assert_eq!(f.time_in_loop(HOLD, 3.0), 2.0, "resting in the position");
    let back = f.time_in_loop(HOLD, 4.1);
    assert!(back > 0.0 && back < 2.0, "easing back out: {back}");
    assert_eq!(
        f.time_in_loop(HOLD, 5.5),
        0.0,
        "resting before the next loop"
    );
    // Move 2 s, rest 1.5 s, back 1.2 s, rest 0.8 s.
    assert_eq!(f.time_in_loop(HOLD, 5.5 + 1.0), f.time_in_loop(HOLD, 1.0));
    assert_eq!(f.telling_time(HOLD), 2.0);
}

#[test]
fn the_front_view_shows_the_shoulders_apart_and_the_side_view_one_behind_the_other() {
    let s = Skeleton::placed(&Pose::default(), Support::Feet);
    let x_of = |yaw: f32, side: usize| {
        s.pieces(yaw, false)
            .iter()
            .find(|p| p.kind == PartKind::UpperArm && p.side == Some(side))
            .map(|p| p.a[0])
            .expect("an upper arm")
    };
    assert!((x_of(0.0, 0) - x_of(0.0, 1)).abs() < 1e-5);
    assert!((x_of(90.0, 1) - x_of(90.0, 0) - body::SHOULDER_WIDTH).abs() < 1e-4);
    // Seen from the right, the right arm is nearer than the left.
    let depth = |side| {
        s.pieces(0.0, false)
            .iter()
            .find(|p| p.kind == PartKind::UpperArm && p.side == Some(side))
            .map(|p| p.depth)
            .expect("an upper arm")
    };
    assert!(depth(0) > depth(1));
}

#[test]
fn a_body_part_through_the_wall_desk_or_chair_is_refused() {
    let reach = pose(|p| p.shoulder_r = 90.0);
    let s = Skeleton::placed(&reach, Support::Feet);
    let wall = Props {
        wall: Some(0.4),
        ..Props::default()
    };
    assert!(check_props(&s, &wall).unwrap_err().contains("wall"));
    let far_wall = Props {
        wall: Some(0.8),
        ..Props::default()
    };
    assert!(check_props(&s, &far_wall).is_ok());

    let s = Skeleton::placed(&Pose::default(), Support::Feet);
    let desk_through_the_thighs = Props {
        desk: Some(-0.1),
        ..Props::default()
    };
    assert!(
        check_props(&s, &desk_through_the_thighs)
            .unwrap_err()
            .contains("desk")
    );
    let desk_in_front = Props {
        desk: Some(0.3),
        ..Props::default()
    };
    assert!(check_props(&s, &desk_in_front).is_ok());

    let sitting = sitting();
    let seated = Skeleton::placed(&sitting, Support::Seat);
    let chair = |front| Props {
        chair: Some(front),
        ..Props::default()
    };
    assert!(check_props(&seated, &chair(0.1)).is_ok());
    let hand_down = pose(|p| {
        *p = sitting;
        p.shoulder_r = -20.0;
        p.elbow_r = 0.0;
    });
    let s = Skeleton::placed(&hand_down, Support::Seat);
    assert!(
        check_props(&s, &chair(0.1)).unwrap_err().contains("chair"),
        "a hand through the seat"
    );
}

#[test]
fn a_still_figure_stands_in_the_last_key_pose_reached() {
    let bend = Pose::default();
    let f = figure(
        &[(0.0, Pose::default()), (2.0, bend), (4.0, Pose::default())],
        false,
    );
    assert_eq!(f.key_time_at(0.0), 0.0);
    assert_eq!(f.key_time_at(1.9), 0.0, "not between poses");
    assert_eq!(f.key_time_at(2.0), 2.0);
    assert_eq!(f.key_time_at(3.5), 2.0);
    assert_eq!(f.key_time_at(9.0), 4.0);
}
