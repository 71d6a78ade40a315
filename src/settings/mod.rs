//! User settings: the model, defaults, allowed ranges, and the TOML format.
//!
//! Pure: [`parse`] takes text and never fails (a bad key keeps its default
//! and becomes an [`Issue`]); [`Settings::to_toml`] produces text. Reading,
//! atomic saving and keeping a bad file aside live in `store::settings_file`.

pub mod admx;
mod choice;
pub mod keys;
mod parse;
pub mod policy;
mod problem;
pub mod readme;
pub mod registry_policy;
mod value;

use std::time::Duration;

use chrono::NaiveTime;

pub use choice::{Choice, Motion, Theme};
pub use keys::{Group, KEYS, Key, Kind, Value};
pub use parse::{Parsed, parse, parse_onto, parse_with};
pub use problem::{Expected, Problem};

use crate::catalog::{RoutineId, StretchId};
use crate::engine::{BREAK_TIMEOUT, EngineConfig, WeekHours};
use crate::posture::{Cycle, PostureConfig};

/// The settings file format version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Working hours: reminders only inside them, when enabled. Their
/// defaults are declared with the other keys, in `keys.rs`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WorkingHours {
    pub enabled: bool,
    /// `(start, end)` per weekday, Monday first; `None` is a day off.
    pub days: [Option<(NaiveTime, NaiveTime)>; 7],
}

/// Commands run on events (`[hooks]`). Each is the program and its
/// arguments; empty runs nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hooks {
    pub stand: Vec<String>,
    pub sit: Vec<String>,
    pub break_start: Vec<String>,
    pub break_end: Vec<String>,
    pub pause: Vec<String>,
    pub resume: Vec<String>,
    /// A hook still running after this long is stopped.
    pub time_limit: Duration,
}

impl Hooks {
    /// Each event's name, as the file and `SITBREAK_EVENT` spell it, with
    /// its command.
    pub fn all(&self) -> [(&'static str, &[String]); 6] {
        [
            ("stand", &self.stand),
            ("sit", &self.sit),
            ("break_start", &self.break_start),
            ("break_end", &self.break_end),
            ("pause", &self.pause),
            ("resume", &self.resume),
        ]
    }

    /// The command bound to `event`, if one is.
    pub fn command(&self, event: &str) -> Option<&[String]> {
        self.all()
            .into_iter()
            .find(|(name, _)| *name == event)
            .map(|(_, cmd)| cmd)
            .filter(|cmd| !cmd.is_empty())
    }
}

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
    /// A due break's card waits for keyboard and mouse to rest this long.
    pub card_after_pause: Duration,
    /// ... but never longer than this.
    pub card_max_delay: Duration,
    /// When "until tomorrow" ends and a new day starts for statistics.
    pub day_start: NaiveTime,
    pub working_hours: WorkingHours,
    pub notifications: bool,
    pub autostart: bool,
    pub allow_floor: bool,
    pub disabled_routines: Vec<RoutineId>,
    pub excluded_stretches: Vec<StretchId>,
    /// Breaks a day that count toward the streak; 0 follows the schedule
    /// (see [`Settings::goal_per_day`]).
    pub daily_goal: u32,
    /// A language tag, or "system".
    pub language: String,
    pub theme: Theme,
    /// Multiplies every text size in the window.
    pub text_scale: f32,
    /// Whether the figures move.
    pub motion: Motion,
    /// How often a screen reader hears the time left in a hold; zero
    /// for never.
    pub announce_every: Duration,
    /// The count-in before each stretch.
    pub get_ready: Duration,
    /// 0 to 100, applied to every sound.
    pub volume: u32,
    pub break_sounds: bool,
    pub player_sounds: bool,
    /// Speak the routine through speech-dispatcher.
    pub voice: bool,
    /// A due break waits while the microphone records.
    pub hold_for_microphone: bool,
    /// ... but comes after this long however busy.
    pub hold_at_most: Duration,
    pub hold_for_camera: bool,
    pub hold_for_fullscreen: bool,
    pub hold_for_do_not_disturb: bool,
    /// Program names whose running holds a break.
    pub hold_for_apps: Vec<String>,
    /// Pause media players during a break.
    pub pause_media: bool,
    /// Sit–stand–move mode.
    pub sit_stand: bool,
    pub sit_for: Duration,
    pub stand_for: Duration,
    pub hooks: Hooks,
}

impl Default for Settings {
    /// The declared defaults of every key.
    fn default() -> Self {
        let mut s = Settings::blank();
        for key in KEYS {
            (key.set)(&mut s, (key.default)());
        }
        s
    }
}

impl Settings {
    /// Zeros, to be filled from the declarations; holds no default itself.
    fn blank() -> Settings {
        Settings {
            sit_interval: Duration::ZERO,
            break_length: Duration::ZERO,
            warn_before: Duration::ZERO,
            snooze_length: Duration::ZERO,
            card_after_pause: Duration::ZERO,
            card_max_delay: Duration::ZERO,
            max_snoozes: 0,
            strict: false,
            natural_break_idle: Duration::ZERO,
            day_start: NaiveTime::MIN,
            working_hours: WorkingHours::default(),
            notifications: false,
            autostart: false,
            allow_floor: false,
            disabled_routines: Vec::new(),
            excluded_stretches: Vec::new(),
            daily_goal: 0,
            language: "system".into(),
            theme: Theme::System,
            text_scale: 0.0,
            motion: Motion::System,
            announce_every: Duration::ZERO,
            get_ready: Duration::ZERO,
            volume: 0,
            break_sounds: false,
            player_sounds: false,
            voice: false,
            hold_for_microphone: false,
            hold_at_most: Duration::ZERO,
            hold_for_camera: false,
            hold_for_fullscreen: false,
            hold_for_do_not_disturb: false,
            hold_for_apps: Vec::new(),
            pause_media: false,
            sit_stand: false,
            sit_for: Duration::ZERO,
            stand_for: Duration::ZERO,
            hooks: Hooks::default(),
        }
    }
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

/// "30m", "1h 30m", "45s", "0s".
pub fn format_duration(d: Duration) -> String {
    if d.is_zero() {
        return "0s".into();
    }
    // Short waits keep their milliseconds ("1s 500ms"); in anything
    // longer they are noise.
    let shown = if d < Duration::from_secs(10) {
        Duration::from_millis(d.as_millis() as u64)
    } else {
        Duration::from_secs(d.as_secs())
    };
    humantime::format_duration(shown).to_string()
}

/// Parses "30m", "1h30m", "45s".
pub fn parse_duration(text: &str) -> Result<Duration, Problem> {
    humantime::parse_duration(text.trim()).map_err(|_| Problem::NotADuration {
        text: text.to_owned(),
    })
}

/// Parses "HH:MM".
pub fn parse_time(text: &str) -> Result<NaiveTime, Problem> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| Problem::NotATime {
        text: text.to_owned(),
    })
}

/// Parses "09:00-17:30", or "" / "off" for a day off.
pub fn parse_hours(text: &str) -> Result<Option<(NaiveTime, NaiveTime)>, Problem> {
    let t = text.trim();
    if t.is_empty() || t == "off" {
        return Ok(None);
    }
    let Some((a, b)) = t.split_once('-') else {
        return Err(Problem::NotHours {
            text: text.to_owned(),
        });
    };
    let (start, end) = (parse_time(a)?, parse_time(b)?);
    if start >= end {
        return Err(Problem::StartNotBeforeEnd {
            text: text.to_owned(),
        });
    }
    Ok(Some((start, end)))
}

/// A setting that was rejected, kept at its default, or otherwise noted;
/// `words::issue` says it with its file and line.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Issue {
    /// 1-based line in the file; 0 when not tied to a line.
    pub line: usize,
    /// The key, dotted for nested keys (`working_hours.mon`); empty for
    /// the whole file.
    pub key: String,
    pub problem: Problem,
}

impl Settings {
    /// Every problem with these settings: each key against its range, then
    /// the rules that involve more than one key. The daemon refuses to save
    /// settings with any, and the Settings form shows them by their field.
    pub fn validate(&self, limits: Limits) -> Vec<Issue> {
        let mut issues: Vec<Issue> = KEYS
            .iter()
            .filter_map(|k| {
                k.kind
                    .check(&(k.get)(self), limits)
                    .err()
                    .map(|problem| Issue {
                        line: 0,
                        key: k.path(),
                        problem,
                    })
            })
            .collect();
        issues.extend(self.cross_check());
        issues
    }

    /// Problems that involve more than one key; empty when consistent.
    pub fn cross_check(&self) -> Vec<Issue> {
        let mut issues = Vec::new();
        if self.warn_before >= self.sit_interval {
            issues.push(Issue {
                line: 0,
                key: "warn_before".into(),
                problem: Problem::WarningNotBeforeBreak {
                    warn_before: format_duration(self.warn_before),
                    sit_interval: format_duration(self.sit_interval),
                },
            });
        }
        if self.working_hours.enabled && self.working_hours.days.iter().all(Option::is_none) {
            issues.push(Issue {
                line: 0,
                key: "working_hours".into(),
                problem: Problem::EveryDayOff,
            });
        }
        issues
    }

    /// Breaks a day that meet the goal: `daily_goal`, or when that is 0,
    /// as many as the schedule asks for in a working day (the articles'
    /// rule is to stand at least every 30 minutes, so a goal of half of
    /// that would praise too little).
    pub fn goal_per_day(&self) -> u32 {
        if self.daily_goal > 0 {
            return self.daily_goal;
        }
        let lengths: Vec<u64> = self
            .working_hours
            .days
            .iter()
            .flatten()
            .map(|(start, end)| {
                let secs = (*end - *start).num_seconds();
                u64::try_from(secs).unwrap_or(0)
            })
            .filter(|&secs| secs > 0)
            .collect();
        let day_secs = if self.working_hours.enabled && !lengths.is_empty() {
            lengths.iter().sum::<u64>() / lengths.len() as u64
        } else {
            8 * 3600
        };
        let interval = self.engine_config().sit_interval.as_secs().max(1);
        u32::try_from((day_secs + interval / 2) / interval)
            .unwrap_or(u32::MAX)
            .clamp(1, 48)
    }

    /// The engine's view of these settings.
    pub fn engine_config(&self) -> EngineConfig {
        let working_hours = if self.working_hours.enabled {
            WeekHours::new(self.working_hours.days).ok()
        } else {
            None
        };
        EngineConfig {
            sit_interval: self
                .posture_config()
                .cycle
                .map_or(self.sit_interval, Cycle::interval),
            warn_before: self.warn_before,
            snooze_length: self.snooze_length,
            max_snoozes: self.max_snoozes,
            strict: self.strict,
            natural_break_after: self.natural_break_idle,
            day_start: self.day_start,
            working_hours,
            break_timeout: BREAK_TIMEOUT,
            hold_limit: self.hold_at_most,
        }
    }

    /// The posture machine's view of these settings.
    pub fn posture_config(&self) -> PostureConfig {
        PostureConfig {
            cycle: self.sit_stand.then_some(Cycle {
                sit: self.sit_for,
                stand: self.stand_for,
            }),
            move_after: self.sit_interval,
            snooze_length: self.snooze_length,
            max_snoozes: self.max_snoozes,
            strict: self.strict,
        }
    }

    /// The file text: every key, grouped and commented for hand editing.
    pub fn to_toml(&self) -> String {
        let mut out = String::from(
            "# Sitbreak settings. Every key is optional; durations look like \"30m\" or \"45s\".\n",
        );
        out.push_str(&format!("version = {SCHEMA_VERSION}\n"));
        for group in Group::ALL {
            out.push_str(&format!("\n# {}\n", group.comment()));
            if let Some(table) = group.table() {
                out.push_str(&format!("[{table}]\n"));
            }
            for key in KEYS.iter().filter(|k| k.group == group) {
                out.push_str(&format!("{} = {}\n", key.name, (key.get)(self).to_toml()));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
