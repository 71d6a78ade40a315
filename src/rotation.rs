//! Chooses the next routine. Pure and deterministic: the same catalog,
//! preferences and history always give the same choice, and because the
//! history is the only memory, the rotation carries on across restarts.

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveTime};

use crate::catalog::{Area, Catalog, Position, Routine};
use crate::catalog::{RoutineId, StretchId};
use crate::history::{Event, Record, stats::day_of};
use crate::settings::Settings;

/// The body areas the articles name, as rotation counts them: piriformis and
/// glutes are one group, abdomen and hips stretch along with others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    LowerBack,
    PiriformisGlutes,
    Hamstrings,
    HipFlexors,
    Calves,
    Core,
}

impl Group {
    /// Every group a day should cover.
    pub const ALL: [Group; 6] = [
        Group::LowerBack,
        Group::PiriformisGlutes,
        Group::Hamstrings,
        Group::HipFlexors,
        Group::Calves,
        Group::Core,
    ];

    /// The group an area counts toward, if any.
    pub fn of(area: Area) -> Option<Group> {
        match area {
            Area::LowerBack => Some(Group::LowerBack),
            Area::Piriformis | Area::Glutes => Some(Group::PiriformisGlutes),
            Area::Hamstrings => Some(Group::Hamstrings),
            Area::HipFlexors => Some(Group::HipFlexors),
            Area::Calves => Some(Group::Calves),
            Area::Core => Some(Group::Core),
            Area::Abdomen | Area::Hips => None,
        }
    }
}

/// What the user allows, taken from settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preferences {
    pub disabled_routines: Vec<RoutineId>,
    pub excluded_stretches: Vec<StretchId>,
    pub allow_floor: bool,
    pub break_length: Duration,
    pub day_start: NaiveTime,
    /// Sit–stand–move mode: its movement breaks favour routines done
    /// standing throughout.
    pub prefer_standing: bool,
}

impl From<&Settings> for Preferences {
    fn from(s: &Settings) -> Self {
        Preferences {
            disabled_routines: s.disabled_routines.clone(),
            excluded_stretches: s.excluded_stretches.clone(),
            allow_floor: s.allow_floor,
            break_length: s.break_length,
            day_start: s.day_start,
            prefer_standing: s.sit_stand,
        }
    }
}

/// A body area that the stretches left out took out of every routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostArea {
    pub group: Group,
    /// The left-out stretches that reached it.
    pub stretches: Vec<StretchId>,
}

/// Body areas no routine reaches any more because of the stretches left
/// out, so Settings can say so instead of silently dropping them.
pub fn lost_areas(catalog: &Catalog, prefs: &Preferences) -> Vec<LostArea> {
    let reach = |prefs: &Preferences| -> BTreeSet<Group> {
        eligible(catalog, prefs)
            .iter()
            .flat_map(|r| catalog.routine_coverage(r))
            .filter_map(Group::of)
            .collect()
    };
    let everything = Preferences {
        excluded_stretches: Vec::new(),
        ..prefs.clone()
    };
    let now = reach(prefs);
    reach(&everything)
        .difference(&now)
        .map(|&group| LostArea {
            group,
            stretches: prefs
                .excluded_stretches
                .iter()
                .filter(|id| {
                    catalog
                        .stretch(id)
                        .is_some_and(|s| s.coverage().any(|a| Group::of(a) == Some(group)))
                })
                .cloned()
                .collect(),
        })
        .collect()
}

/// Every routine the rotation may choose from, as it will be played.
fn eligible(catalog: &Catalog, prefs: &Preferences) -> Vec<Routine> {
    catalog
        .routines
        .iter()
        .filter(|r| !prefs.disabled_routines.contains(&r.id))
        .filter(|r| prefs.allow_floor || !r.floor)
        .filter_map(|r| playable(catalog, r, prefs))
        .collect()
}

/// A routine as it will be played: excluded stretches already removed.
pub fn playable(catalog: &Catalog, routine: &Routine, prefs: &Preferences) -> Option<Routine> {
    let items: Vec<_> = routine
        .items
        .iter()
        .filter(|i| !prefs.excluded_stretches.contains(&i.stretch))
        .filter(|i| {
            prefs.allow_floor
                || catalog
                    .stretch(&i.stretch)
                    .is_some_and(|s| s.position != Position::Floor)
        })
        .cloned()
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(Routine {
        items,
        ..routine.clone()
    })
}

/// Picks the routine for the next break at `now`, or `None` when every
/// routine is disabled or emptied by exclusions.
pub fn next_routine(
    catalog: &Catalog,
    prefs: &Preferences,
    history: &[Record],
    now: DateTime<FixedOffset>,
) -> Option<Routine> {
    let eligible = eligible(catalog, prefs);
    let fitting: Vec<&Routine> = eligible
        .iter()
        .filter(|r| catalog.routine_length(r) <= prefs.break_length)
        .collect();
    // When nothing fits the break length, the shortest routine is still
    // better than no guidance at all.
    let candidates: Vec<&Routine> = if fitting.is_empty() {
        eligible
            .iter()
            .min_by_key(|r| (catalog.routine_length(r), r.id.clone()))
            .into_iter()
            .collect()
    } else {
        fitting
    };

    let started: Vec<(usize, &Record, &str)> = history
        .iter()
        .enumerate()
        .filter_map(|(idx, rec)| match &rec.event {
            Event::BreakStarted {
                routine: Some(id), ..
            } => Some((idx, rec, id.as_str())),
            _ => None,
        })
        .collect();
    let last = started.last().map(|(_, _, id)| *id);
    let today = day_of(now, prefs.day_start);
    let started_today: Vec<&str> = started
        .iter()
        .filter(|(_, rec, _)| day_of(rec.at, prefs.day_start) == today)
        .map(|(_, _, id)| *id)
        .collect();
    let covered: BTreeSet<Group> = started_today
        .iter()
        .filter_map(|id| catalog.routine(id))
        .flat_map(|r| catalog.routine_coverage(r))
        .filter_map(Group::of)
        .collect();

    candidates
        .into_iter()
        .min_by_key(|r| {
            let new_groups = catalog
                .routine_coverage(r)
                .into_iter()
                .filter_map(Group::of)
                .collect::<BTreeSet<_>>()
                .difference(&covered)
                .count();
            let uses_today = started_today.iter().filter(|id| r.id == **id).count();
            // Most recent use as a position in history; never used sorts first.
            let last_used = started
                .iter()
                .rev()
                .find(|(_, _, id)| r.id == *id)
                .map(|(idx, _, _)| idx + 1)
                .unwrap_or(0);
            let sits_down = prefs.prefer_standing
                && r.items.iter().any(|i| {
                    catalog
                        .stretch(&i.stretch)
                        .is_some_and(|s| s.position != Position::Standing)
                });
            (
                last == Some(r.id.as_str()),
                sits_down,
                std::cmp::Reverse(new_groups),
                uses_today,
                last_used,
                r.id.clone(),
            )
        })
        .cloned()
}

#[cfg(test)]
mod tests;
