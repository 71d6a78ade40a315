//! The words screen readers hear as a break goes on: each piece of
//! [`News`] from the break flow, the break coming due, and the time left
//! in a hold every `announce_every`. Said through the app's
//! [`Announcer`](super::access::Announcer), each once.

use super::access::{self, Urgency};
use super::app::App;
use super::break_flow::{News, Stage};
use crate::catalog::Turn;

/// "Time to stand up: Hips and back, 2 min".
pub fn break_due(app: &App) -> String {
    match app.status.as_ref().and_then(|s| s.next_routine.as_ref()) {
        Some(r) => format!(
            "Time to stand up: {}, {}",
            r.name,
            access::spoken(r.length_secs)
        ),
        None => "Time to stand up".into(),
    }
}

/// Says what the break flow reports.
pub fn news(app: &mut App) {
    for news in app.flow.take_news() {
        let (text, urgency) = words(app, news);
        app.announcer.say(text, urgency);
    }
}

fn words(app: &App, news: News) -> (String, Urgency) {
    let routine = app.flow.routine.as_ref();
    let stretch_at = |idx: usize| {
        routine
            .and_then(|r| r.items.get(idx))
            .and_then(|item| app.catalog.stretch(&item.stretch))
    };
    let current = app
        .flow
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
            format!("Break done. {}", app.end_notes().join(" ")),
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

/// Every `announce_every` seconds of a hold, the seconds left.
pub fn time_left(app: &mut App) {
    let every = app.settings.announce_every.as_secs();
    let Some(player) = &app.flow.player else {
        return;
    };
    if every == 0 || app.flow.stage != Stage::Playing || player.is_paused() {
        return;
    }
    let pos = player.position();
    if pos.rep.is_some() {
        return;
    }
    let left = pos.segment_left.as_secs_f32().ceil() as u64;
    let length = pos.segment_length.as_secs();
    if left > 0 && left < length && left.is_multiple_of(every) && app.said_left != Some(left) {
        app.said_left = Some(left);
        app.announcer
            .say(format!("{} left", access::spoken(left)), Urgency::Polite);
    }
}
