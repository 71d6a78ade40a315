//! Wall-clock rules: working hours per weekday and "until tomorrow".
//!
//! Both work on local naive time, so after a DST change or a manual clock
//! change the next step simply sees the new local time and decides again.

use std::time::Duration;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDateTime, NaiveTime};

/// Working hours for each weekday, Monday first. A day without hours has no
/// reminders at all.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WeekHours {
    /// `(start, end)` with `start < end`, per weekday from Monday.
    days: [Option<(NaiveTime, NaiveTime)>; 7],
}

impl WeekHours {
    /// Builds from per-day ranges; a range whose start is not before its end
    /// is rejected with the weekday's index.
    pub fn new(days: [Option<(NaiveTime, NaiveTime)>; 7]) -> Result<WeekHours, usize> {
        for (idx, day) in days.iter().enumerate() {
            if let Some((start, end)) = day
                && start >= end
            {
                return Err(idx);
            }
        }
        Ok(WeekHours { days })
    }

    /// The ranges, Monday first.
    pub fn days(&self) -> &[Option<(NaiveTime, NaiveTime)>; 7] {
        &self.days
    }

    /// Whether `wall` falls inside working hours.
    pub fn contains(&self, wall: DateTime<FixedOffset>) -> bool {
        let local = wall.naive_local();
        self.range_on(local)
            .is_some_and(|(start, end)| local.time() >= start && local.time() < end)
    }

    /// Time until working hours next start or end, looking a week ahead;
    /// `None` when no day has hours.
    pub fn next_boundary(&self, wall: DateTime<FixedOffset>) -> Option<Duration> {
        let local = wall.naive_local();
        let inside = self.contains(wall);
        let mut best: Option<NaiveDateTime> = None;
        for offset in 0..=7u64 {
            let Some(date) = local.date().checked_add_days(Days::new(offset)) else {
                continue;
            };
            let Some((start, end)) = self.range_on_day(date.weekday()) else {
                continue;
            };
            let edge = if inside { end } else { start };
            let at = date.and_time(edge);
            if at > local && best.is_none_or(|b| at < b) {
                best = Some(at);
            }
            if best.is_some() {
                break;
            }
        }
        best.and_then(|at| (at - local).to_std().ok())
    }

    fn range_on(&self, local: NaiveDateTime) -> Option<(NaiveTime, NaiveTime)> {
        self.range_on_day(local.weekday())
    }

    fn range_on_day(&self, day: chrono::Weekday) -> Option<(NaiveTime, NaiveTime)> {
        self.days
            .get(day.num_days_from_monday() as usize)
            .copied()
            .flatten()
    }
}

/// Time from `wall` to the next `day_start` strictly after it: at 02:00 with
/// a 04:00 day start that is two hours, at 10:00 it is eighteen.
pub fn until_next(wall: DateTime<FixedOffset>, day_start: NaiveTime) -> Duration {
    let local = wall.naive_local();
    let today = local.date().and_time(day_start);
    let next = if today > local {
        today
    } else {
        local
            .date()
            .checked_add_days(Days::new(1))
            .map(|d| d.and_time(day_start))
            .unwrap_or(today)
    };
    (next - local)
        .to_std()
        .unwrap_or(Duration::from_secs(24 * 60 * 60))
        .max(Duration::from_secs(1))
}
