//! The history model: events the engine logs, their JSON-lines format, and
//! statistics over them. Pure: the file itself is read and appended by
//! `store::history_file`.

pub mod stats;

use crate::catalog::RoutineId;
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// Something that happened, as one line of `history.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A break came due.
    BreakDue,
    /// The user started a break (a routine, or none).
    BreakStarted {
        #[serde(default)]
        routine: Option<RoutineId>,
        /// Seconds sat without a break before this one.
        #[serde(default)]
        sat_secs: u64,
    },
    /// A break ran to its end card.
    BreakCompleted {
        #[serde(default)]
        routine: Option<RoutineId>,
        #[serde(default)]
        steps_done: u32,
        #[serde(default)]
        steps_total: u32,
        #[serde(default)]
        secs: u64,
    },
    /// A break was started and then left early.
    BreakAbandoned {
        #[serde(default)]
        routine: Option<RoutineId>,
        #[serde(default)]
        steps_done: u32,
        #[serde(default)]
        steps_total: u32,
        #[serde(default)]
        secs: u64,
    },
    /// A due break was skipped; sitting goes on.
    BreakSkipped,
    /// A due break was put off.
    BreakSnoozed {
        #[serde(default)]
        snooze_secs: u64,
    },
    /// The user was away (idle or asleep) long enough to count as a break.
    NaturalBreak {
        #[serde(default)]
        away_secs: u64,
        #[serde(default)]
        sat_secs: u64,
    },
    /// Reminders paused.
    Paused {
        #[serde(default)]
        until: Option<DateTime<FixedOffset>>,
        #[serde(default)]
        sat_secs: u64,
    },
    /// Reminders resumed, by hand or because the pause ran out.
    Resumed,
    /// Working hours ended; sitting time up to here is recorded.
    WorkEnded {
        #[serde(default)]
        sat_secs: u64,
    },
    /// The daemon stopped; sitting time up to here is recorded.
    Stopped {
        #[serde(default)]
        sat_secs: u64,
    },
    /// The person said they stand (at a sit–stand desk); the sitting
    /// stretch ends here.
    Stood {
        #[serde(default)]
        sat_secs: u64,
        /// True when a restarted daemon takes up standing again: not a
        /// change of posture, only the start of the standing time it counts.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        continued: bool,
    },
    /// The person said they sit again.
    Sat,
    /// The person read the safety notes (before their first stretch, however
    /// that break was started), so they are not shown first again.
    SafetyNotesRead,
}

impl Event {
    /// The snake_case name used in the file and in messages.
    pub fn name(&self) -> &'static str {
        match self {
            Event::BreakDue => "break_due",
            Event::BreakStarted { .. } => "break_started",
            Event::BreakCompleted { .. } => "break_completed",
            Event::BreakAbandoned { .. } => "break_abandoned",
            Event::BreakSkipped => "break_skipped",
            Event::BreakSnoozed { .. } => "break_snoozed",
            Event::NaturalBreak { .. } => "natural_break",
            Event::Paused { .. } => "paused",
            Event::Resumed => "resumed",
            Event::WorkEnded { .. } => "work_ended",
            Event::Stopped { .. } => "stopped",
            Event::Stood { .. } => "stood",
            Event::Sat => "sat",
            Event::SafetyNotesRead => "safety_notes_read",
        }
    }

    /// Seconds of unbroken sitting this event closes, if it closes any.
    pub fn sat_secs(&self) -> Option<u64> {
        match self {
            Event::BreakStarted { sat_secs, .. }
            | Event::NaturalBreak { sat_secs, .. }
            | Event::Paused { sat_secs, .. }
            | Event::WorkEnded { sat_secs }
            | Event::Stopped { sat_secs }
            | Event::Stood { sat_secs, .. } => Some(*sat_secs),
            _ => None,
        }
    }
}

/// An event with the local time it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Local wall time, with its UTC offset, so days split where the user's did.
    pub at: DateTime<FixedOffset>,
    #[serde(flatten)]
    pub event: Event,
}

impl Record {
    /// One JSON line, without the trailing newline.
    pub fn to_line(&self) -> String {
        // Serializing plain data into a String cannot fail; an empty object
        // is a harmless fallback that the reader skips with a warning.
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }
}

/// A history line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

/// Parses a whole history file. Bad lines (a torn last line after a crash,
/// a hand edit) are skipped and reported; every good line is kept.
pub fn parse(text: &str) -> (Vec<Record>, Vec<BadLine>) {
    let mut records = Vec::new();
    let mut bad = Vec::new();
    for (idx, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(line) {
            Ok(r) => records.push(r),
            Err(e) => bad.push(BadLine {
                line: idx + 1,
                message: e.to_string(),
            }),
        }
    }
    (records, bad)
}

/// What a long-running daemon needs to keep of the history: the records
/// of the last `keep` (enough for today's numbers and rotation's coverage),
/// plus the most recent break start, which rotation avoids repeating. Keeps
/// the daemon's memory flat however long the history file grows.
pub fn recent(records: Vec<Record>, now: DateTime<FixedOffset>, keep: Duration) -> Vec<Record> {
    let cutoff = chrono::Duration::from_std(keep)
        .ok()
        .and_then(|k| now.checked_sub_signed(k));
    let Some(cutoff) = cutoff else {
        return records;
    };
    let last_start = records
        .iter()
        .rposition(|r| matches!(r.event, Event::BreakStarted { .. }));
    records
        .into_iter()
        .enumerate()
        .filter(|(idx, r)| r.at >= cutoff || Some(*idx) == last_start)
        .map(|(_, r)| r)
        .collect()
}

#[cfg(test)]
mod tests;
