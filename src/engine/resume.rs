//! Where a starting daemon picks the schedule up, read from the history:
//! the engine's view of past events, so the history module need not know
//! the engine.

use std::time::Duration;

use chrono::{DateTime, FixedOffset};

use super::Start;
use crate::history::{Event, Record};

/// Where the schedule stands after `records`, for a daemon starting at
/// `now`: a pause still running, a sitting stretch younger than
/// `sit_interval`, or nothing worth continuing. A clean stop (`Stopped`)
/// always starts afresh, since the user chose to quit.
pub fn resume_point(
    records: &[Record],
    now: DateTime<FixedOffset>,
    sit_interval: Duration,
) -> Start {
    let Some(last) = records.last() else {
        return Start::Fresh;
    };
    match &last.event {
        Event::Stopped { .. } => return Start::Fresh,
        Event::Paused {
            until: Some(until), ..
        } => {
            return match (*until - now).to_std() {
                Ok(left) if !left.is_zero() => Start::PausedFor(left),
                _ => Start::Fresh,
            };
        }
        _ => {}
    }
    let restarted_sitting = records.iter().rev().find(|r| {
        matches!(
            r.event,
            Event::BreakCompleted { .. }
                | Event::BreakAbandoned { .. }
                | Event::BreakSkipped
                | Event::Resumed
        )
    });
    match restarted_sitting.map(|r| (now - r.at).to_std()) {
        Some(Ok(sat)) if sat < sit_interval => Start::SittingFor(sat),
        _ => Start::Fresh,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("date")
    }

    fn rec(when: &str, event: Event) -> Record {
        Record {
            at: at(when),
            event,
        }
    }

    const HALF_HOUR: Duration = Duration::from_secs(1800);

    #[test]
    fn a_recent_break_continues_the_sitting_stretch() {
        let records = [rec(
            "2026-11-23T10:00:00+01:00",
            Event::BreakCompleted {
                routine: None,
                steps_done: 1,
                steps_total: 1,
                secs: 60,
            },
        )];
        let start = resume_point(&records, at("2026-11-23T10:12:00+01:00"), HALF_HOUR);
        assert_eq!(start, Start::SittingFor(Duration::from_secs(720)));
    }

    #[test]
    fn an_old_break_or_a_clean_stop_starts_afresh() {
        let done = Event::BreakCompleted {
            routine: None,
            steps_done: 1,
            steps_total: 1,
            secs: 60,
        };
        let records = [rec("2026-11-23T08:00:00+01:00", done.clone())];
        assert_eq!(
            resume_point(&records, at("2026-11-23T10:00:00+01:00"), HALF_HOUR),
            Start::Fresh
        );
        let records = [
            rec("2026-11-23T10:00:00+01:00", done),
            rec(
                "2026-11-23T10:05:00+01:00",
                Event::Stopped { sat_secs: 300 },
            ),
        ];
        assert_eq!(
            resume_point(&records, at("2026-11-23T10:06:00+01:00"), HALF_HOUR),
            Start::Fresh
        );
    }

    #[test]
    fn a_pause_still_running_continues() {
        let records = [rec(
            "2026-11-23T10:00:00+01:00",
            Event::Paused {
                until: Some(at("2026-11-23T11:00:00+01:00")),
                sat_secs: 0,
            },
        )];
        let start = resume_point(&records, at("2026-11-23T10:45:00+01:00"), HALF_HOUR);
        assert_eq!(start, Start::PausedFor(Duration::from_secs(900)));
        assert_eq!(
            resume_point(&records, at("2026-11-23T11:30:00+01:00"), HALF_HOUR),
            Start::Fresh
        );
    }
}
