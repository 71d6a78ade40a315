//! The words screen readers hear as a break goes on: each piece of
//! [`News`] from the break flow, the break coming due, and the time left
//! in a hold every `announce_every`. Said through the app's
//! [`Announcer`](super::access::Announcer), each once.

use std::time::Duration;

use super::access::{self, Urgency};
use super::break_flow::{BreakFlow, News, Stage};
use crate::catalog::{Catalog, Turn};
use crate::ipc::protocol::RoutineView;

/// "Time to stand up: Hips and back, 2 min".
pub fn break_due(routine: Option<&RoutineView>) -> String {
    match routine {
        Some(r) => format!(
            "Time to stand up: {}, {}",
            r.name,
            access::spoken(r.length_secs)
        ),
        None => "Time to stand up".into(),
    }
}

/// What to say of a piece of the break flow's news; `end_notes` is the
/// end card's advice, said when the break is done.
pub fn words(
    flow: &BreakFlow,
    catalog: &Catalog,
    end_notes: &[String],
    news: News,
) -> (String, Urgency) {
    let routine = flow.routine.as_ref();
    let stretch_at = |idx: usize| {
        routine
            .and_then(|r| r.items.get(idx))
            .and_then(|item| catalog.stretch(&item.stretch))
    };
    let current = flow
        .player
        .as_ref()
        .and_then(|p| stretch_at(p.current_item()));
    match news {
        News::Stretch(idx) => {
            let count = routine.map_or(0, |r| r.items.len());
            let name = stretch_at(idx).map_or("the next stretch", |s| s.name.as_str());
            (
                format!("Stretch {} of {count}: {name}", idx + 1),
                Urgency::Polite,
            )
        }
        News::SwitchSides => {
            let turn = current.map_or(Turn::Sides, |s| s.turn);
            let now = match turn {
                Turn::Sides => "now the other side",
                Turn::Direction => "now the other way",
            };
            (format!("{}: {now}", turn.cue()), Urgency::Assertive)
        }
        News::Paused => ("Paused. Space resumes.".into(), Urgency::Polite),
        News::Resumed => ("Resumed.".into(), Urgency::Polite),
        News::Finished => (
            format!("Break done. {}", end_notes.join(" ")),
            Urgency::Polite,
        ),
        News::Stopped(idx) => (
            format!(
                "Stopped {}. Read what to do next below.",
                stretch_at(idx).map_or("the stretch", |s| s.name.as_str())
            ),
            Urgency::Assertive,
        ),
    }
}

/// Every `every` of a hold, the seconds left, with the whole seconds it
/// says: once each, so `said` is the last that was said.
pub fn time_left(flow: &BreakFlow, every: Duration, said: Option<u64>) -> Option<(String, u64)> {
    let every = every.as_secs();
    let player = flow.player.as_ref()?;
    if every == 0 || flow.stage != Stage::Playing || player.is_paused() {
        return None;
    }
    let pos = player.position();
    if pos.rep.is_some() {
        return None;
    }
    let left = pos.segment_left.as_secs_f32().ceil() as u64;
    let length = pos.segment_length.as_secs();
    (left > 0 && left < length && left.is_multiple_of(every) && said != Some(left))
        .then(|| (format!("{} left", access::spoken(left)), left))
}
