//! Builds the [`StatusView`] every client shows: phase, countdowns, the
//! next routine, today's numbers, and one summary line for the tooltip.

use chrono::{DateTime, FixedOffset};

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
    let paused_until = pause_left_secs.map(|secs| {
        let end = now.wall + chrono::Duration::seconds(i64::try_from(secs).unwrap_or(0));
        end.format("%H:%M").to_string()
    });
    let summary = match &status.held_by {
        Some(by) => format!("Break waiting: {}", crate::words::busy(by)),
        None if engine.standing()
            && status.phase == PhaseKind::Sitting
            && next_break_in_secs.is_none() =>
        {
            "Standing: no break while you stand".into()
        }
        None => summary_line(status.phase, next_break_in_secs, paused_until.as_deref()),
    };
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
        summary,
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

/// The tray's tooltip: the summary, except that while sitting it names the
/// time of the break ("Next break at 14:32"). A countdown would change the
/// tooltip every minute, and every change wakes the tray host and the
/// daemon; the time of day stays true until the schedule changes.
pub fn tooltip(status: &StatusView, wall: DateTime<FixedOffset>) -> String {
    match (status.phase, status.next_break_in_secs) {
        (PhaseKind::Sitting, Some(secs)) => {
            let at = wall + chrono::Duration::seconds(i64::try_from(secs).unwrap_or(0));
            format!("Next break at {}", at.format("%H:%M"))
        }
        _ => status.summary.clone(),
    }
}

/// "Next break in 12 min", "Paused until 14:30", "Time to stand up".
pub fn summary_line(phase: PhaseKind, break_in: Option<u64>, paused_until: Option<&str>) -> String {
    match phase {
        PhaseKind::Sitting => match break_in {
            Some(secs) if secs < 60 => format!("Next break in {secs} s"),
            Some(secs) => format!("Next break in {} min", secs.div_ceil(60)),
            None => "Sitting".into(),
        },
        PhaseKind::BreakDue => "Time to stand up".into(),
        PhaseKind::Held => "Break waiting until you are free".into(),
        PhaseKind::OnBreak => "On a break".into(),
        PhaseKind::Paused => match paused_until {
            Some(t) => format!("Paused until {t}"),
            None => "Paused".into(),
        },
        PhaseKind::Away => "Away from the desk: that counts as a break".into(),
        PhaseKind::OffHours => "Outside working hours".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_lines_read_like_a_tooltip() {
        assert_eq!(
            summary_line(PhaseKind::Sitting, Some(700), None),
            "Next break in 12 min"
        );
        assert_eq!(
            summary_line(PhaseKind::Sitting, Some(42), None),
            "Next break in 42 s"
        );
        assert_eq!(
            summary_line(PhaseKind::Paused, None, Some("14:30")),
            "Paused until 14:30"
        );
        assert_eq!(
            summary_line(PhaseKind::BreakDue, None, None),
            "Time to stand up"
        );
    }
}
