use std::time::Duration;

use chrono::{DateTime, FixedOffset};

use super::*;
use crate::catalog;
use crate::settings::Settings;

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("date")
}

fn started(when: &str, id: &str) -> Record {
    Record {
        at: at(when),
        event: Event::BreakStarted {
            routine: Some(id.into()),
            sat_secs: 1800,
        },
    }
}

/// Picks `n` routines through one day, half an hour apart, recording each.
fn day_of_picks(prefs: &Preferences, n: usize) -> Vec<String> {
    let (catalog, _) = catalog::builtin();
    let mut history = Vec::new();
    let mut picks = Vec::new();
    for i in 0..n {
        let now = at("2026-11-23T09:00:00+01:00") + chrono::Duration::minutes(30 * i as i64);
        let routine = next_routine(&catalog, prefs, &history, now).expect("a routine");
        history.push(Record {
            at: now,
            event: Event::BreakStarted {
                routine: Some(routine.id.clone()),
                sat_secs: 1800,
            },
        });
        picks.push(routine.id.to_string());
    }
    picks
}

fn defaults() -> Preferences {
    Preferences::from(&Settings::default())
}

#[test]
fn a_working_day_covers_every_body_area_the_articles_name() {
    let (catalog, _) = catalog::builtin();
    let picks = day_of_picks(&defaults(), 16);
    let covered: BTreeSet<Group> = picks
        .iter()
        .filter_map(|id| catalog.routine(id))
        .flat_map(|r| catalog.routine_coverage(r))
        .filter_map(Group::of)
        .collect();
    assert_eq!(covered.into_iter().collect::<Vec<_>>(), Group::ALL);
}

#[test]
fn never_the_same_routine_twice_in_a_row() {
    let picks = day_of_picks(&defaults(), 30);
    for pair in picks.windows(2) {
        assert_ne!(pair[0], pair[1], "{picks:?}");
    }
}

#[test]
fn the_same_inputs_give_the_same_choice() {
    assert_eq!(day_of_picks(&defaults(), 12), day_of_picks(&defaults(), 12));
}

#[test]
fn rotation_continues_from_history_across_restarts() {
    let (catalog, _) = catalog::builtin();
    let prefs = defaults();
    let first =
        next_routine(&catalog, &prefs, &[], at("2026-11-23T09:00:00+01:00")).expect("a routine");
    let history = [started("2026-11-23T09:00:00+01:00", &first.id)];
    let second = next_routine(&catalog, &prefs, &history, at("2026-11-23T09:30:00+01:00"))
        .expect("a routine");
    assert_ne!(first.id, second.id);
}

#[test]
fn floor_routines_only_when_allowed() {
    let (catalog, _) = catalog::builtin();
    let picks = day_of_picks(&defaults(), 20);
    assert!(
        picks
            .iter()
            .all(|id| catalog.routine(id).is_some_and(|r| !r.floor))
    );
    let floor_ok = Preferences {
        allow_floor: true,
        ..defaults()
    };
    let picks = day_of_picks(&floor_ok, 20);
    assert!(
        picks
            .iter()
            .any(|id| catalog.routine(id).is_some_and(|r| r.floor)),
        "{picks:?}"
    );
}

#[test]
fn sit_stand_mode_moves_standing_all_day_and_still_rotates() {
    let (catalog, _) = catalog::builtin();
    let prefs = Preferences {
        prefer_standing: true,
        ..defaults()
    };
    let picks = day_of_picks(&prefs, 16);
    let standing = |id: &String| {
        catalog.routine(id).is_some_and(|r| {
            r.items.iter().all(|i| {
                catalog
                    .stretch(&i.stretch)
                    .is_some_and(|s| s.position == crate::catalog::Position::Standing)
            })
        })
    };
    assert!(picks.iter().all(standing), "{picks:?}");
    assert!(
        picks.windows(2).all(|w| w[0] != w[1]),
        "never twice in a row: {picks:?}"
    );
    // Without the mode, seated routines are in the day too.
    assert!(!day_of_picks(&defaults(), 16).iter().all(standing));
}

#[test]
fn disabled_routines_and_excluded_stretches_are_respected() {
    let (catalog, _) = catalog::builtin();
    let prefs = Preferences {
        disabled_routines: vec!["low-back-reset".into(), "core-and-glutes".into()],
        excluded_stretches: vec!["stand-and-move".into()],
        ..defaults()
    };
    let mut history = Vec::new();
    for i in 0..16 {
        let now = at("2026-11-23T09:00:00+01:00") + chrono::Duration::minutes(30 * i);
        let routine = next_routine(&catalog, &prefs, &history, now).expect("a routine");
        assert!(!prefs.disabled_routines.contains(&routine.id));
        assert!(
            routine
                .items
                .iter()
                .all(|item| item.stretch != "stand-and-move")
        );
        history.push(started(&now.to_rfc3339(), &routine.id));
    }
}

#[test]
fn routines_longer_than_the_break_are_not_chosen() {
    let (catalog, _) = catalog::builtin();
    let prefs = Preferences {
        break_length: Duration::from_secs(100),
        ..defaults()
    };
    for id in day_of_picks(&prefs, 10) {
        let routine = catalog.routine(&id).expect("exists");
        assert!(
            catalog.routine_length(routine) <= prefs.break_length,
            "{id}"
        );
    }
}

#[test]
fn with_every_routine_disabled_there_is_no_choice() {
    let (catalog, _) = catalog::builtin();
    let prefs = Preferences {
        disabled_routines: catalog.routines.iter().map(|r| r.id.clone()).collect(),
        ..defaults()
    };
    assert_eq!(
        next_routine(&catalog, &prefs, &[], at("2026-11-23T09:00:00+01:00")),
        None
    );
}

#[test]
fn leaving_out_the_only_hip_flexor_stretch_is_named_as_a_lost_area() {
    let (catalog, _) = catalog::builtin();
    assert_eq!(lost_areas(&catalog, &defaults()), []);
    let prefs = Preferences {
        excluded_stretches: vec!["standing-hip-flexor".into(), "seated-hamstring".into()],
        ..defaults()
    };
    assert_eq!(
        lost_areas(&catalog, &prefs),
        [LostArea {
            group: Group::HipFlexors,
            stretches: vec!["standing-hip-flexor".into()],
        }],
        "the hamstrings keep other stretches; the hip flexors have none left"
    );
}

#[test]
fn strengthening_moves_do_not_count_as_stretching_an_area() {
    let (catalog, _) = catalog::builtin();
    let squeeze = catalog.stretch("glute-squeeze").expect("built in");
    assert_eq!(squeeze.kind, catalog::Kind::Strength);
    assert_eq!(squeeze.coverage().count(), 0);
    let brace = catalog.stretch("core-brace").expect("built in");
    assert_eq!(brace.coverage().collect::<Vec<_>>(), [catalog::Area::Core]);
}
