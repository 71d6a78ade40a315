//! The words screen readers hear as a break goes on: each piece of
//! [`News`] from the break flow, the break coming due, and the time left
//! in a hold every `announce_every`. Said through the app's
//! [`Announcer`](super::access::Announcer), each once.

use std::time::Duration;

use super::access::{self, Urgency};
use super::break_flow::{BreakFlow, News, Stage};
use crate::catalog::{Catalog, Turn};
use crate::ipc::protocol::RoutineView;
use crate::tr;

/// "Time to stand up: Hips and back, 2 min".
pub fn break_due(routine: Option<&RoutineView>) -> String {
    match routine {
        Some(r) => tr!(
            "announce-break-due",
            routine = &r.name,
            time = &access::spoken(r.length_secs)
        ),
        None => tr!("break-due-title"),
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
            let name =
                stretch_at(idx).map_or_else(|| tr!("announce-next-stretch"), |s| s.name.clone());
            (
                tr!(
                    "announce-stretch",
                    number = idx + 1,
                    count = count,
                    stretch = &name
                ),
                Urgency::Polite,
            )
        }
        News::SwitchSides => {
            let turn = current.map_or(Turn::Sides, |s| s.turn);
            let now = match turn {
                Turn::Sides => tr!("announce-other-side", cue = &crate::words::turn_cue(turn)),
                Turn::Direction => tr!("announce-other-way", cue = &crate::words::turn_cue(turn)),
            };
            (now, Urgency::Assertive)
        }
        News::Paused => (tr!("announce-paused"), Urgency::Polite),
        News::Resumed => (tr!("announce-resumed"), Urgency::Polite),
        News::Finished => (
            tr!("announce-done", notes = &end_notes.join(" ")),
            Urgency::Polite,
        ),
        News::Stopped(idx) => {
            let name =
                stretch_at(idx).map_or_else(|| tr!("announce-the-stretch"), |s| s.name.clone());
            (tr!("announce-stopped", stretch = &name), Urgency::Assertive)
        }
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
        .then(|| (tr!("player-left", time = &access::spoken(left)), left))
}
