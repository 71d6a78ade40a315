//! Reads settings text key by key, like Alacritty: a bad value keeps its
//! default and is reported with its line; an unknown key is a warning; only
//! broken TOML syntax makes the whole file unreadable.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::{Spanned, Value};

use super::{
    DAILY_GOAL_RANGE, DAY_KEYS, Issue, Limits, MAX_SNOOZES_RANGE, SCHEMA_VERSION, Settings,
    TEXT_SCALE_RANGE, Theme, check_duration, parse_duration, parse_hours, parse_time,
};

type SpannedTable = BTreeMap<Spanned<String>, Spanned<Value>>;

/// The outcome of reading a settings file.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// Settings to run on: the file's valid values over the defaults.
    pub settings: Settings,
    /// Everything that was ignored or fell back to a default.
    pub issues: Vec<Issue>,
    /// False when the TOML itself is broken and nothing could be read; the
    /// file must then be kept aside before a new one is written.
    pub readable: bool,
}

#[derive(Deserialize)]
struct HoursOnly {
    working_hours: Option<SpannedTable>,
}

/// Reads settings text with the standard ranges. Never fails or panics.
pub fn parse(text: &str) -> Parsed {
    parse_with(text, Limits::Standard)
}

/// Reads settings text with the given duration ranges.
pub fn parse_with(text: &str, limits: Limits) -> Parsed {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset).max(1);

    let table: SpannedTable = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            return Parsed {
                settings: Settings::default(),
                issues: vec![Issue {
                    line: e.span().map(|s| line_of(s.start)).unwrap_or(0),
                    key: "file".into(),
                    message: format!(
                        "not valid TOML ({}); running on defaults",
                        e.message().trim_end().trim_end_matches('.')
                    ),
                }],
                readable: false,
            };
        }
    };

    let mut s = Settings::default();
    let mut issues = Vec::new();
    for (key, value) in &table {
        let line = line_of(key.span().start);
        let name = key.get_ref().as_str();
        let v = value.get_ref();
        let mut bad = |message: String| {
            issues.push(Issue {
                line,
                key: name.to_owned(),
                message,
            })
        };
        let res: Result<(), String> = match name {
            "version" => match v.as_integer() {
                Some(n) if n >= 1 && n <= i64::from(SCHEMA_VERSION) => Ok(()),
                Some(n) if n > i64::from(SCHEMA_VERSION) => Err(format!(
                    "{n} is newer than this Sitbreak understands ({SCHEMA_VERSION}); keys it does not know are ignored"
                )),
                _ => Err("must be a whole number such as 1".into()),
            },
            "sit_interval" => duration(name, v, limits).map(|d| s.sit_interval = d),
            "break_length" => duration(name, v, limits).map(|d| s.break_length = d),
            "warn_before" => duration(name, v, limits).map(|d| s.warn_before = d),
            "snooze_length" => duration(name, v, limits).map(|d| s.snooze_length = d),
            "natural_break_idle" => duration(name, v, limits).map(|d| s.natural_break_idle = d),
            "max_snoozes" => whole(v, MAX_SNOOZES_RANGE).map(|n| s.max_snoozes = n),
            "daily_goal" => whole(v, DAILY_GOAL_RANGE).map(|n| s.daily_goal = n),
            "strict" => boolean(v).map(|b| s.strict = b),
            "notifications" => boolean(v).map(|b| s.notifications = b),
            "autostart" => boolean(v).map(|b| s.autostart = b),
            "allow_floor" => boolean(v).map(|b| s.allow_floor = b),
            "day_start" => string(v).and_then(parse_time).map(|t| s.day_start = t),
            "disabled_routines" => strings(v).map(|l| s.disabled_routines = l),
            "excluded_stretches" => strings(v).map(|l| s.excluded_stretches = l),
            "theme" => string(v).and_then(theme).map(|t| s.theme = t),
            "text_scale" => scale(v).map(|x| s.text_scale = x),
            // Checked key by key below, where the inner spans are known.
            "working_hours" => match v {
                Value::Table(_) => Ok(()),
                _ => Err("must be a table: [working_hours]".into()),
            },
            _ => Err("unknown key (ignored)".into()),
        };
        if let Err(message) = res {
            bad(message);
        }
    }

    if let Ok(HoursOnly {
        working_hours: Some(hours),
    }) = toml::from_str::<HoursOnly>(text)
    {
        for (key, value) in &hours {
            let line = line_of(key.span().start);
            let name = key.get_ref().as_str();
            let v = value.get_ref();
            let res = if name == "enabled" {
                boolean(v).map(|b| s.working_hours.enabled = b)
            } else if let Some(idx) = DAY_KEYS.iter().position(|d| *d == name) {
                string(v)
                    .and_then(parse_hours)
                    .map(|r| s.working_hours.days[idx] = r)
            } else {
                Err("unknown key (ignored); days are mon, tue, wed, thu, fri, sat, sun".into())
            };
            if let Err(message) = res {
                issues.push(Issue {
                    line,
                    key: format!("working_hours.{name}"),
                    message,
                });
            }
        }
    }

    // A pair of individually valid values can still clash; the earlier
    // default wins so the schedule stays sane, and the user is told.
    for mut issue in s.cross_check() {
        let defaults = Settings::default();
        match issue.key.as_str() {
            "warn_before" => {
                s.warn_before = defaults.warn_before.min(s.sit_interval / 2);
                issue.line = line_where(&table, "warn_before", &line_of);
            }
            "working_hours" => s.working_hours.enabled = false,
            _ => {}
        }
        issue.message.push_str("; using a safe value instead");
        issues.push(issue);
    }
    issues.sort_by_key(|i| i.line);
    Parsed {
        settings: s,
        issues,
        readable: true,
    }
}

fn line_where(table: &SpannedTable, key: &str, line_of: &dyn Fn(usize) -> usize) -> usize {
    table
        .keys()
        .find(|k| k.get_ref() == key)
        .map(|k| line_of(k.span().start))
        .unwrap_or(0)
}

fn string(v: &Value) -> Result<&str, String> {
    v.as_str()
        .ok_or_else(|| format!("must be a quoted string, not {}", v.type_str()))
}

fn duration(key: &str, v: &Value, limits: Limits) -> Result<std::time::Duration, String> {
    check_duration(key, parse_duration(string(v)?)?, limits)
}

fn whole(v: &Value, (min, max): (u32, u32)) -> Result<u32, String> {
    let n = v
        .as_integer()
        .ok_or_else(|| format!("must be a whole number, not {}", v.type_str()))?;
    u32::try_from(n)
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| format!("{n} is out of range ({min} to {max})"))
}

fn boolean(v: &Value) -> Result<bool, String> {
    v.as_bool()
        .ok_or_else(|| format!("must be true or false, not {}", v.type_str()))
}

fn strings(v: &Value) -> Result<Vec<String>, String> {
    let items = v
        .as_array()
        .ok_or_else(|| format!("must be a list of ids, not {}", v.type_str()))?;
    items.iter().map(|i| string(i).map(str::to_owned)).collect()
}

fn theme(text: &str) -> Result<Theme, String> {
    match text {
        "system" => Ok(Theme::System),
        "light" => Ok(Theme::Light),
        "dark" => Ok(Theme::Dark),
        other => Err(format!(
            "\"{other}\" is not one of \"system\", \"light\", \"dark\""
        )),
    }
}

fn scale(v: &Value) -> Result<f32, String> {
    let x = match v {
        Value::Float(f) => *f,
        Value::Integer(i) => *i as f64,
        _ => {
            return Err(format!(
                "must be a number such as 1.25, not {}",
                v.type_str()
            ));
        }
    };
    let (min, max) = TEXT_SCALE_RANGE;
    if !x.is_finite() || x < f64::from(min) || x > f64::from(max) {
        return Err(format!("{x} is out of range ({min} to {max})"));
    }
    Ok(x as f32)
}
