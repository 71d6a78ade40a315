//! `sitbreak stats`: reads the history itself, so it works without a daemon.

use anyhow::{Context, Result};

use super::{Outcome, out, warn};
use crate::history::stats::{self, Summary};
use crate::store::history_file::HistoryFile;
use crate::store::paths::Paths;
use crate::store::settings_file::SettingsFile;

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
    let mins = |secs: u64| {
        let m = secs / 60;
        if m < 60 {
            format!("{m}m")
        } else {
            format!("{}h {:02}m", m / 60, m % 60)
        }
    };
    out(&format!(
        "Last {} days (goal: {} breaks a day)\n",
        summary.days.len(),
        summary.daily_goal
    ));
    out(&format!(
        "  {:<10}  {:>5}  {:>7}  {:>7}  {:>8}  {:>8}  {:>8}  {:>7}",
        "day", "taken", "skipped", "natural", "sat", "longest", "stood", "changes"
    ));
    for d in &summary.days {
        out(&format!(
            "  {:<10}  {:>5}  {:>7}  {:>7}  {:>8}  {:>8}  {:>8}  {:>7}",
            d.date.format("%a %d %b").to_string(),
            d.taken,
            d.skipped,
            d.natural,
            mins(d.sat_secs),
            mins(d.longest_sitting_secs),
            mins(d.stood_secs),
            d.posture_changes
        ));
    }
    out(&format!(
        "\nLongest unbroken sitting: {}",
        mins(summary.longest_sitting_secs)
    ));
    let plural = if summary.streak_days == 1 { "" } else { "s" };
    out(&format!(
        "Streak: {} day{plural} meeting the goal",
        summary.streak_days
    ));
    Ok(Outcome::Success)
}
