//! Statistics over history records: per-day counts, time sat and stood,
//! longest unbroken sitting, posture changes and the streak of days meeting
//! the goal. Pure.

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, Timelike};
use serde::Serialize;

use super::{Event, Record};

/// One day's numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DayStats {
    pub date: NaiveDate,
    /// Breaks with at least one stretch done (completed or partly done).
    pub taken: u32,
    /// Of those, how many ran to the end.
    pub completed: u32,
    pub skipped: u32,
    pub snoozed: u32,
    pub natural: u32,
    /// Total seconds sat in recorded stretches.
    pub sat_secs: u64,
    /// Longest unbroken sitting, in seconds.
    pub longest_sitting_secs: u64,
    /// Seconds the person said they stood (at a sit–stand desk).
    pub stood_secs: u64,
    /// Times they went from sitting to standing or back.
    pub posture_changes: u32,
}

impl DayStats {
    /// Breaks that count toward the daily goal: taken plus natural.
    pub fn counted(&self) -> u32 {
        self.taken + self.natural
    }
}

/// Numbers for a range of days ending today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Oldest first; days without events are present with zeros.
    pub days: Vec<DayStats>,
    /// Longest unbroken sitting in the range, in seconds.
    pub longest_sitting_secs: u64,
    /// Days in a row meeting the goal, ending today (or yesterday, while
    /// today is still short of it).
    pub streak_days: u32,
    pub daily_goal: u32,
}

/// The day a moment belongs to: before `day_start` it is still yesterday.
pub fn day_of(at: DateTime<FixedOffset>, day_start: NaiveTime) -> NaiveDate {
    let local = at.naive_local();
    if local.time() < day_start {
        local.date().pred_opt().unwrap_or(local.date())
    } else {
        local.date()
    }
}

/// Whether an event is a break that counts toward the daily goal: one with
/// at least a stretch done, or a natural break.
fn counts_toward_goal(event: &Event) -> bool {
    match event {
        Event::BreakCompleted { .. } | Event::NaturalBreak { .. } => true,
        Event::BreakAbandoned { steps_done, .. } => *steps_done > 0,
        _ => false,
    }
}

/// Breaks counted toward the goal by the local hour they ended in, over
/// the days from `first` to `today`: when in the day breaks happen.
pub fn breaks_by_hour(
    records: &[Record],
    first: NaiveDate,
    today: NaiveDate,
    day_start: NaiveTime,
) -> [u32; 24] {
    let mut hours = [0; 24];
    for record in records {
        let date = day_of(record.at, day_start);
        if date < first || date > today || !counts_toward_goal(&record.event) {
            continue;
        }
        if let Some(n) = hours.get_mut(record.at.hour() as usize) {
            *n += 1;
        }
    }
    hours
}

/// The spans the person stood: from `Stood` to `Sat`, or to when Sitbreak
/// stopped counting (it stopped, working hours ended, or they walked away),
/// and up to `now` while they still stand.
fn standing_spans(
    records: &[Record],
    now: DateTime<FixedOffset>,
) -> Vec<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
    let mut spans = Vec::new();
    let mut since = None;
    for record in records {
        let end = match &record.event {
            Event::Stood { .. } => {
                since = since.or(Some(record.at));
                continue;
            }
            Event::Sat | Event::Stopped { .. } | Event::WorkEnded { .. } => record.at,
            Event::NaturalBreak { away_secs, .. } => {
                record.at - chrono::Duration::seconds(i64::try_from(*away_secs).unwrap_or(0))
            }
            _ => continue,
        };
        if let Some(from) = since.take() {
            spans.push((from, end.max(from)));
        }
    }
    if let Some(from) = since {
        spans.push((from, now.max(from)));
    }
    spans
}

/// Summarizes `records` over `n_days` days ending with the day of `now`.
pub fn summarize(
    records: &[Record],
    now: DateTime<FixedOffset>,
    n_days: u32,
    daily_goal: u32,
    day_start: NaiveTime,
) -> Summary {
    let today = day_of(now, day_start);
    let n_days = n_days.max(1);
    let first = today
        .checked_sub_days(Days::new(u64::from(n_days - 1)))
        .unwrap_or(today);
    let mut days: Vec<DayStats> = (0..n_days)
        .filter_map(|i| first.checked_add_days(Days::new(u64::from(i))))
        .map(|date| DayStats {
            date,
            ..DayStats::default()
        })
        .collect();
    // The streak may reach back before the displayed range.
    let mut counted_by_day = std::collections::BTreeMap::<NaiveDate, u32>::new();

    for record in records {
        let date = day_of(record.at, day_start);
        *counted_by_day.entry(date).or_default() += u32::from(counts_toward_goal(&record.event));
        let Some(day) = days.iter_mut().find(|d| d.date == date) else {
            continue;
        };
        match &record.event {
            Event::BreakCompleted { .. } => {
                day.taken += 1;
                day.completed += 1;
            }
            Event::BreakAbandoned { steps_done, .. } if *steps_done > 0 => day.taken += 1,
            Event::BreakSkipped => day.skipped += 1,
            Event::BreakSnoozed { .. } => day.snoozed += 1,
            Event::NaturalBreak { .. } => day.natural += 1,
            _ => {}
        }
        if let Some(sat) = record.event.sat_secs() {
            day.sat_secs += sat;
            day.longest_sitting_secs = day.longest_sitting_secs.max(sat);
        }
        match &record.event {
            Event::Stood {
                continued: false, ..
            }
            | Event::Sat => day.posture_changes += 1,
            _ => {}
        }
    }
    for (from, to) in standing_spans(records, now) {
        let date = day_of(from, day_start);
        if let Some(day) = days.iter_mut().find(|d| d.date == date) {
            day.stood_secs += (to - from).num_seconds().max(0).unsigned_abs();
        }
    }

    let goal = daily_goal.max(1);
    let meets = |date: NaiveDate| counted_by_day.get(&date).copied().unwrap_or(0) >= goal;
    let mut cursor = if meets(today) {
        Some(today)
    } else {
        today.pred_opt()
    };
    let mut streak_days = 0;
    while let Some(date) = cursor {
        if !meets(date) {
            break;
        }
        streak_days += 1;
        cursor = date.pred_opt();
    }

    Summary {
        longest_sitting_secs: days
            .iter()
            .map(|d| d.longest_sitting_secs)
            .max()
            .unwrap_or(0),
        days,
        streak_days,
        daily_goal: goal,
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset};

    use super::*;

    fn rec(at: &str, event: Event) -> Record {
        let at: DateTime<FixedOffset> = DateTime::parse_from_rfc3339(at).expect("date");
        Record { at, event }
    }

    fn four() -> NaiveTime {
        NaiveTime::from_hms_opt(4, 0, 0).expect("time")
    }

    fn completed() -> Event {
        Event::BreakCompleted {
            routine: None,
            steps_done: 3,
            steps_total: 3,
            secs: 90,
        }
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn noon(day: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("{day}T12:00:00+01:00")).expect("date")
    }

    fn stood(sat_secs: u64) -> Event {
        Event::Stood {
            sat_secs,
            continued: false,
        }
    }

    #[test]
    fn standing_time_posture_changes_and_sitting_split_by_standing() {
        let records = [
            rec("2026-11-23T09:20:00+01:00", stood(1200)),
            rec("2026-11-23T09:28:00+01:00", Event::Sat),
            rec("2026-11-23T09:50:00+01:00", stood(1320)),
            // The daemon restarted while they stood: no change, no lost time.
            rec("2026-11-23T09:55:00+01:00", Event::Stopped { sat_secs: 0 }),
            rec(
                "2026-11-23T09:56:00+01:00",
                Event::Stood {
                    sat_secs: 0,
                    continued: true,
                },
            ),
            rec("2026-11-23T10:00:00+01:00", Event::Sat),
            // Walked away while standing: standing ends when they left.
            rec("2026-11-23T10:30:00+01:00", stood(1800)),
            rec(
                "2026-11-23T10:50:00+01:00",
                Event::NaturalBreak {
                    away_secs: 600,
                    sat_secs: 0,
                },
            ),
            // Still standing at noon.
            rec("2026-11-23T11:45:00+01:00", stood(0)),
        ];
        let summary = summarize(&records, noon("2026-11-23"), 1, 8, four());
        let day = &summary.days[0];
        assert_eq!(day.stood_secs, (8 + 5 + 4 + 10 + 15) * 60);
        assert_eq!(day.posture_changes, 6);
        assert_eq!(day.sat_secs, (20 + 22 + 30) * 60);
        assert_eq!(day.longest_sitting_secs, 30 * 60);
    }

    #[test]
    fn an_old_history_without_posture_events_still_loads_and_counts_no_standing() {
        let text = concat!(
            r#"{"at":"2026-11-23T09:30:00+01:00","event":"break_started","sat_secs":1800}"#,
            "\n",
            r#"{"at":"2026-11-23T09:33:00+01:00","event":"break_completed","steps_done":3,"steps_total":3,"secs":180}"#,
            "\n"
        );
        let (records, bad) = crate::history::parse(text);
        assert!(bad.is_empty(), "{bad:?}");
        let day = &summarize(&records, noon("2026-11-23"), 1, 8, four()).days[0];
        assert_eq!((day.taken, day.stood_secs, day.posture_changes), (1, 0, 0));
    }

    #[test]
    fn counts_each_kind_of_break_per_day_and_time_sat() {
        let records = [
            rec(
                "2026-11-23T09:30:00+01:00",
                Event::BreakStarted {
                    routine: None,
                    sat_secs: 1800,
                },
            ),
            rec("2026-11-23T09:32:00+01:00", completed()),
            rec("2026-11-23T10:02:00+01:00", Event::BreakSkipped),
            rec(
                "2026-11-23T10:40:00+01:00",
                Event::NaturalBreak {
                    away_secs: 600,
                    sat_secs: 2280,
                },
            ),
            rec(
                "2026-11-23T11:00:00+01:00",
                Event::BreakAbandoned {
                    routine: None,
                    steps_done: 0,
                    steps_total: 3,
                    secs: 5,
                },
            ),
        ];
        let summary = summarize(&records, noon("2026-11-23"), 1, 8, four());
        let day = &summary.days[0];
        assert_eq!(
            (day.taken, day.completed, day.skipped, day.natural),
            (1, 1, 1, 1)
        );
        assert_eq!(day.sat_secs, 1800 + 2280);
        assert_eq!(summary.longest_sitting_secs, 2280);
    }

    #[test]
    fn events_before_the_day_start_belong_to_the_previous_day() {
        let records = [rec("2026-11-24T01:00:00+01:00", completed())];
        let summary = summarize(&records, noon("2026-11-24"), 2, 8, four());
        assert_eq!(summary.days[0].date, date("2026-11-23"));
        assert_eq!(summary.days[0].taken, 1);
        assert_eq!(summary.days[1].taken, 0);
    }

    #[test]
    fn streak_counts_days_in_a_row_meeting_the_goal_and_spares_today() {
        let mut records = Vec::new();
        for day in ["2026-11-20", "2026-11-21", "2026-11-22"] {
            records.push(rec(&format!("{day}T10:00:00+01:00"), completed()));
            records.push(rec(&format!("{day}T11:00:00+01:00"), completed()));
        }
        records.push(rec("2026-11-18T10:00:00+01:00", completed()));
        records.push(rec("2026-11-18T11:00:00+01:00", completed()));
        // Today has one of two so far: the streak still stands.
        records.push(rec("2026-11-23T10:00:00+01:00", completed()));
        let summary = summarize(&records, noon("2026-11-23"), 14, 2, four());
        assert_eq!(summary.streak_days, 3);
        assert_eq!(summary.days.len(), 14);
        assert_eq!(
            summary.days.last().map(|d| d.date),
            Some(date("2026-11-23"))
        );
    }

    #[test]
    fn breaks_by_hour_counts_only_real_breaks_in_the_range_by_local_hour() {
        let records = [
            rec("2026-11-23T09:40:00+01:00", completed()),
            rec("2026-11-23T09:10:00+01:00", completed()),
            rec(
                "2026-11-23T14:05:00+01:00",
                Event::NaturalBreak {
                    away_secs: 600,
                    sat_secs: 0,
                },
            ),
            rec("2026-11-23T15:00:00+01:00", Event::BreakSkipped),
            // Before the range.
            rec("2026-11-20T09:00:00+01:00", completed()),
            // 01:00 belongs to the day before, which is still in the range.
            rec("2026-11-24T01:00:00+01:00", completed()),
        ];
        let hours = breaks_by_hour(&records, date("2026-11-21"), date("2026-11-24"), four());
        assert_eq!(hours[9], 2);
        assert_eq!(hours[14], 1);
        assert_eq!(hours[15], 0, "a skipped break is no break");
        assert_eq!(hours[1], 1);
        assert_eq!(hours.iter().sum::<u32>(), 4);
    }
}
