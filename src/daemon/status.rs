//! Builds the [`StatusView`] every client shows: phase, countdowns, the
//! next routine, today's numbers, and what holds a break or the posture.

use crate::catalog::{Catalog, Routine};
use crate::engine::{Engine, Now, PhaseKind};
use crate::history::Record;
use crate::history::stats::summarize;
use crate::ipc::protocol::{RoutineView, StatusView, TodayView};
use crate::settings::Settings;

/// The status at `now`.
pub fn build(
    engine: &Engine,
    now: Now,
    settings: &Settings,
    catalog: &Catalog,
    next_routine: Option<&Routine>,
    current_routine: Option<&Routine>,
    history: &[Record],
) -> StatusView {
    let status = engine.status(now.mono);
    let left = status.next_change.map(|t| (t - now.mono).as_secs());
    let (next_break_in_secs, pause_left_secs) = match status.phase {
        PhaseKind::Sitting => (left, None),
        PhaseKind::Paused => (None, left),
        _ => (None, None),
    };
    let paused_until = pause_left_secs
        .map(|secs| now.wall + chrono::Duration::seconds(i64::try_from(secs).unwrap_or(0)));
    StatusView {
        phase: status.phase,
        next_break_in_secs,
        pause_left_secs,
        paused_until,
        progress_permille: status.progress_permille,
        snoozes_left: status.snoozes_left,
        strict: status.strict,
        next_routine: next_routine.map(|r| RoutineView::of(catalog, r)),
        current_routine: current_routine
            .filter(|_| status.phase == PhaseKind::OnBreak)
            .map(|r| RoutineView::of(catalog, r)),
        today: today(history, now, settings),
        // The daemon, which counts the changes, fills it in.
        settings_rev: 0,
        // The daemon, which read the whole history, fills it in.
        safety_notes_read: false,
        held_by: status.held_by,
        // The daemon, which holds the posture machine and runs hooks,
        // fills these in.
        posture: crate::posture::Posture::Sitting,
        posture_secs: 0,
        prompt: None,
        hook_problem: None,
        policy: None,
    }
}

fn today(history: &[Record], now: Now, settings: &Settings) -> TodayView {
    let summary = summarize(
        history,
        now.wall,
        1,
        settings.goal_per_day(),
        settings.day_start,
    );
    let day = summary.days.last().cloned().unwrap_or_default();
    TodayView {
        taken: day.taken,
        skipped: day.skipped,
        natural: day.natural,
        sat_secs: day.sat_secs,
    }
}
