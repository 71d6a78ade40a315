//! User settings: the model, defaults, allowed ranges, and the TOML format.
//!
//! Pure: [`parse`] takes text and never fails (a bad key keeps its default
//! and becomes an [`Issue`]); [`Settings::to_toml`] produces text. Reading,
//! atomic saving and keeping a bad file aside live in `store::settings_file`.

mod parse;

use std::fmt;
use std::time::Duration;

use chrono::NaiveTime;

pub use parse::{Parsed, parse, parse_with};

use crate::engine::{EngineConfig, WeekHours};

/// The settings file format version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Colour scheme of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    /// The spelling used in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Working hours: reminders only inside them, when enabled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingHours {
    pub enabled: bool,
    /// `(start, end)` per weekday, Monday first; `None` is a day off.
    pub days: [Option<(NaiveTime, NaiveTime)>; 7],
}

impl Default for WorkingHours {
    fn default() -> Self {
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN);
        let five = NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN);
        let workday = Some((nine, five));
        WorkingHours {
            enabled: false,
            days: [workday, workday, workday, workday, workday, None, None],
        }
    }
}

/// Day keys in the file, Monday first.
pub const DAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Every setting. Durations are `Duration`s; the file spells them "30m".
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Sitting time before a break is due.
    pub sit_interval: Duration,
    /// Longest routine rotation picks.
    pub break_length: Duration,
    /// Warning before the break; zero for none.
    pub warn_before: Duration,
    pub snooze_length: Duration,
    /// Snoozes allowed in a row.
    pub max_snoozes: u32,
    /// Breaks cannot be skipped.
    pub strict: bool,
    /// Being idle this long counts as a break.
    pub natural_break_idle: Duration,
    /// When "until tomorrow" ends and a new day starts for statistics.
    pub day_start: NaiveTime,
    pub working_hours: WorkingHours,
    pub notifications: bool,
    pub autostart: bool,
    pub allow_floor: bool,
    pub disabled_routines: Vec<String>,
    pub excluded_stretches: Vec<String>,
    /// Breaks a day that count toward the streak.
    pub daily_goal: u32,
    pub theme: Theme,
    /// Multiplies every text size in the window.
    pub text_scale: f32,
}

impl Default for Settings {
    fn default() -> Self {
        // The schedule's defaults live in one place, the engine's config.
        let schedule = EngineConfig::default();
        Settings {
            sit_interval: schedule.sit_interval,
            break_length: Duration::from_secs(3 * 60),
            warn_before: schedule.warn_before,
            snooze_length: schedule.snooze_length,
            max_snoozes: schedule.max_snoozes,
            strict: schedule.strict,
            natural_break_idle: schedule.natural_break_after,
            day_start: schedule.day_start,
            working_hours: WorkingHours::default(),
            notifications: true,
            autostart: false,
            allow_floor: false,
            disabled_routines: Vec::new(),
            excluded_stretches: Vec::new(),
            daily_goal: 8,
            theme: Theme::System,
            text_scale: 1.0,
        }
    }
}

/// Allowed range of a duration setting, inclusive.
#[derive(Debug, Clone, Copy)]
pub struct DurationRange {
    pub min: Duration,
    pub max: Duration,
}

const fn mins(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

/// Ranges of the duration settings, by key. The README's table mirrors it.
pub const DURATION_RANGES: [(&str, DurationRange); 5] = [
    (
        "sit_interval",
        DurationRange {
            min: mins(5),
            max: mins(240),
        },
    ),
    (
        "break_length",
        DurationRange {
            min: Duration::from_secs(30),
            max: mins(15),
        },
    ),
    (
        "warn_before",
        DurationRange {
            min: Duration::ZERO,
            max: mins(5),
        },
    ),
    (
        "snooze_length",
        DurationRange {
            min: mins(1),
            max: mins(60),
        },
    ),
    (
        "natural_break_idle",
        DurationRange {
            min: mins(1),
            max: mins(60),
        },
    ),
];

/// Range of `max_snoozes`.
pub const MAX_SNOOZES_RANGE: (u32, u32) = (0, 10);
/// Range of `daily_goal`.
pub const DAILY_GOAL_RANGE: (u32, u32) = (1, 48);
/// Range of `text_scale`.
pub const TEXT_SCALE_RANGE: (f32, f32) = (0.75, 2.0);

/// The range of a duration key, if it is one.
pub fn duration_range(key: &str) -> Option<DurationRange> {
    DURATION_RANGES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, r)| *r)
}

/// Which ranges apply to durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Limits {
    /// The documented ranges.
    #[default]
    Standard,
    /// Every minimum lowered to one second, so end-to-end tests can run a
    /// whole schedule in seconds on the real clock. Enabled only by the
    /// `SITBREAK_SHORT_DURATIONS=1` environment variable.
    Short,
}

/// Checks a duration against its key's range; the error says the range.
pub fn check_duration(key: &str, value: Duration, limits: Limits) -> Result<Duration, String> {
    let Some(mut range) = duration_range(key) else {
        return Ok(value);
    };
    if limits == Limits::Short {
        range.min = range.min.min(Duration::from_secs(1));
    }
    if value < range.min || value > range.max {
        return Err(format!(
            "{} is out of range ({} to {})",
            format_duration(value),
            format_duration(range.min),
            format_duration(range.max)
        ));
    }
    Ok(value)
}

/// "30m", "1h 30m", "45s", "0s".
pub fn format_duration(d: Duration) -> String {
    if d.is_zero() {
        return "0s".into();
    }
    humantime::format_duration(Duration::from_secs(d.as_secs())).to_string()
}

/// Parses "30m", "1h30m", "45s".
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    humantime::parse_duration(text.trim())
        .map_err(|_| format!("\"{text}\" is not a duration like \"30m\" or \"45s\""))
}

/// Parses "HH:MM".
pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| format!("\"{text}\" is not a time like \"09:00\""))
}

/// Parses "09:00-17:30", or "" / "off" for a day off.
pub fn parse_hours(text: &str) -> Result<Option<(NaiveTime, NaiveTime)>, String> {
    let t = text.trim();
    if t.is_empty() || t == "off" {
        return Ok(None);
    }
    let Some((a, b)) = t.split_once('-') else {
        return Err(format!(
            "\"{text}\" is not a range like \"09:00-17:00\" (or \"off\")"
        ));
    };
    let (start, end) = (parse_time(a)?, parse_time(b)?);
    if start >= end {
        return Err(format!("\"{text}\": the start must be before the end"));
    }
    Ok(Some((start, end)))
}

/// A setting that was rejected, kept at its default, or otherwise noted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// 1-based line in the file; 0 when not tied to a line.
    pub line: usize,
    /// The key, dotted for nested keys (`working_hours.mon`).
    pub key: String,
    pub message: String,
}

impl Issue {
    /// `<file>:<line>: <key>: <message>`, as shown to the user.
    pub fn render(&self, file: &str) -> String {
        if self.line == 0 {
            format!("{file}: {}: {}", self.key, self.message)
        } else {
            format!("{file}:{}: {}: {}", self.line, self.key, self.message)
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

impl Settings {
    /// Problems that involve more than one key; empty when consistent.
    pub fn cross_check(&self) -> Vec<Issue> {
        let mut issues = Vec::new();
        if self.warn_before >= self.sit_interval {
            issues.push(Issue {
                line: 0,
                key: "warn_before".into(),
                message: format!(
                    "{} must be shorter than sit_interval ({})",
                    format_duration(self.warn_before),
                    format_duration(self.sit_interval)
                ),
            });
        }
        if self.working_hours.enabled && self.working_hours.days.iter().all(Option::is_none) {
            issues.push(Issue {
                line: 0,
                key: "working_hours".into(),
                message: "enabled but every day is off, so no reminder would ever come".into(),
            });
        }
        issues
    }

    /// The engine's view of these settings.
    pub fn engine_config(&self) -> EngineConfig {
        let working_hours = if self.working_hours.enabled {
            WeekHours::new(self.working_hours.days).ok()
        } else {
            None
        };
        EngineConfig {
            sit_interval: self.sit_interval,
            warn_before: self.warn_before,
            snooze_length: self.snooze_length,
            max_snoozes: self.max_snoozes,
            strict: self.strict,
            natural_break_after: self.natural_break_idle,
            day_start: self.day_start,
            working_hours,
            ..EngineConfig::default()
        }
    }

    /// The file text: every key, grouped and commented for hand editing.
    pub fn to_toml(&self) -> String {
        let q = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let list = |v: &[String]| {
            let items: Vec<String> = v.iter().map(|s| q(s)).collect();
            format!("[{}]", items.join(", "))
        };
        let hours = |d: &Option<(NaiveTime, NaiveTime)>| match d {
            Some((a, b)) => q(&format!("{}-{}", a.format("%H:%M"), b.format("%H:%M"))),
            None => q("off"),
        };
        let mut out = String::new();
        out.push_str(
            "# Sitbreak settings. Every key is optional; durations look like \"30m\" or \"45s\".\n",
        );
        out.push_str(&format!("version = {SCHEMA_VERSION}\n\n# Schedule\n"));
        out.push_str(&format!(
            "sit_interval = {}\n",
            q(&format_duration(self.sit_interval))
        ));
        out.push_str(&format!(
            "break_length = {}\n",
            q(&format_duration(self.break_length))
        ));
        out.push_str(&format!(
            "warn_before = {}\n",
            q(&format_duration(self.warn_before))
        ));
        out.push_str(&format!(
            "snooze_length = {}\n",
            q(&format_duration(self.snooze_length))
        ));
        out.push_str(&format!("max_snoozes = {}\n", self.max_snoozes));
        out.push_str(&format!(
            "day_start = {}\n",
            q(&self.day_start.format("%H:%M").to_string())
        ));
        out.push_str(&format!("daily_goal = {}\n\n# Routines\n", self.daily_goal));
        out.push_str(&format!("allow_floor = {}\n", self.allow_floor));
        out.push_str(&format!(
            "disabled_routines = {}\n",
            list(&self.disabled_routines)
        ));
        out.push_str(&format!(
            "excluded_stretches = {}\n\n# Behaviour\n",
            list(&self.excluded_stretches)
        ));
        out.push_str(&format!("strict = {}\n", self.strict));
        out.push_str(&format!(
            "natural_break_idle = {}\n",
            q(&format_duration(self.natural_break_idle))
        ));
        out.push_str(&format!("notifications = {}\n", self.notifications));
        out.push_str(&format!("autostart = {}\n\n# Appearance\n", self.autostart));
        out.push_str(&format!("theme = {}\n", q(self.theme.as_str())));
        out.push_str(&format!("text_scale = {}\n\n", self.text_scale));
        out.push_str("# Reminders only inside these hours when enabled; \"off\" for a day off.\n");
        out.push_str(&format!(
            "[working_hours]\nenabled = {}\n",
            self.working_hours.enabled
        ));
        for (key, day) in DAY_KEYS.iter().zip(self.working_hours.days.iter()) {
            out.push_str(&format!("{key} = {}\n", hours(day)));
        }
        out
    }
}

#[cfg(test)]
mod tests;
