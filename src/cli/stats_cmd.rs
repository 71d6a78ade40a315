//! `sitbreak stats`: reads the history itself, so it works without a daemon.

use anyhow::{Context, Result};

use super::{Outcome, out, padded, right, warn};
use crate::history::stats::{self, Summary};
use crate::store::history_file::HistoryFile;
use crate::store::paths::Paths;
use crate::store::settings_file::SettingsFile;
use crate::tr;

/// Summarizes the history over `days` days ending today.
pub fn summary(paths: &Paths, days: u32) -> Result<Summary> {
    let settings = SettingsFile::new(paths.settings_file()).load().settings;
    let file = HistoryFile::new(paths.history_file());
    let read = file
        .read()
        .with_context(|| format!("{}: cannot read", file.path().display()))?;
    for w in &read.warnings {
        warn(w);
    }
    Ok(stats::summarize(
        &read.records,
        chrono::Local::now().fixed_offset(),
        days,
        settings.goal_per_day(),
        settings.day_start,
    ))
}

/// `sitbreak stats [--days N] [--json]`
pub fn stats(paths: &Paths, days: u32, json: bool) -> Result<Outcome> {
    let summary = summary(paths, days)?;
    if json {
        out(&serde_json::to_string_pretty(&summary)?);
        return Ok(Outcome::Success);
    }
    let time = |secs: u64| crate::words::span(secs / 60 * 60);
    out(&tr!(
        "cli-stats-heading",
        days = summary.days.len(),
        goal = summary.daily_goal
    ));
    out("");
    // Each column as wide as its heading or its widest value, so that the
    // table lines up in every language.
    let headings = [
        "cli-stats-day",
        "cli-stats-taken",
        "cli-stats-skipped",
        "cli-stats-natural",
        "cli-stats-sat",
        "cli-stats-longest",
        "cli-stats-stood",
        "cli-stats-changes",
    ]
    .map(|id| crate::i18n::text(id, &[]));
    let rows: Vec<[String; 8]> = (summary.days.iter())
        .map(|d| {
            [
                crate::words::weekday_day_month(d.date),
                d.taken.to_string(),
                d.skipped.to_string(),
                d.natural.to_string(),
                time(d.sat_secs),
                time(d.longest_sitting_secs),
                time(d.stood_secs),
                d.posture_changes.to_string(),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..headings.len())
        .map(|i| {
            std::iter::once(&headings)
                .chain(&rows)
                .filter_map(|r| r.get(i))
                .map(|s| unicode_width::UnicodeWidthStr::width(s.as_str()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    // The day on the left, the numbers and times on the right.
    let line = |cells: &[String; 8]| {
        let aligned: Vec<String> = (cells.iter().zip(&widths).enumerate())
            .map(|(i, (cell, w))| {
                if i == 0 {
                    padded(cell, *w)
                } else {
                    right(cell, *w)
                }
            })
            .collect();
        format!("  {}", aligned.join("  "))
    };
    out(&line(&headings));
    for row in &rows {
        out(&line(row));
    }
    out("");
    out(&tr!(
        "cli-stats-longest-sitting",
        time = &time(summary.longest_sitting_secs)
    ));
    out(&tr!("cli-stats-streak", days = summary.streak_days));
    Ok(Outcome::Success)
}
