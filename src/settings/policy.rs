//! An organisation's policy: settings it sets as defaults the person may
//! change, settings it locks, and bounds the person chooses within. Read
//! from `policy.toml` (Linux: `/etc/xdg/sitbreak/`) with the same key
//! declarations as the settings file, nothing declared twice. Pure: the
//! store finds and reads the file.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use toml::{Spanned, Value as Toml};

use super::keys::{Group, Key, Kind, Value, key};
use super::parse::{lines_of, read_toml};
use super::{Issue, Limits, Problem, Settings};

type SpannedTable = BTreeMap<Spanned<String>, Spanned<Toml>>;

/// How strongly a policy sets a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// The value the person starts from, and may change.
    Default,
    /// The value in force; the person cannot change it.
    Locked,
    /// The person chooses within a range.
    Bounded,
}

/// One key a policy sets, at its line of the policy file.
#[derive(Clone)]
pub struct Rule {
    pub key: &'static Key,
    pub line: usize,
    pub rule: Set,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Set {
    Default(Value),
    Locked(Value),
    Bounds {
        min: Option<Value>,
        max: Option<Value>,
    },
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("key", &self.key.path())
            .field("line", &self.line)
            .field("rule", &self.rule)
            .finish()
    }
}

impl Rule {
    pub fn strength(&self) -> Strength {
        match self.rule {
            Set::Default(_) => Strength::Default,
            Set::Locked(_) => Strength::Locked,
            Set::Bounds { .. } => Strength::Bounded,
        }
    }
}

/// An organisation's policy as the window, `status` and `doctor` show it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PolicyView {
    /// The file it was read from.
    pub source: String,
    pub keys: Vec<ManagedKey>,
    /// Keys the policy file sets that could not be read, at their lines.
    pub issues: Vec<Issue>,
}

/// One key a policy sets.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ManagedKey {
    /// Dotted for keys in a table (`working_hours.mon`).
    pub key: String,
    pub strength: Strength,
    /// The value a default or a lock sets, as the file spells it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
}

/// A policy as read: the rules it could read, and a problem for each key
/// it could not (those keys are left to the person).
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub rules: Vec<Rule>,
    pub issues: Vec<Issue>,
}

const TABLES: [&str; 3] = ["defaults", "locked", "bounds"];

/// Reads policy text. Never fails: a broken file gives no rules and its
/// problem, a bad key its problem and no rule.
pub fn parse_policy(text: &str, limits: Limits) -> Policy {
    let line_of = lines_of(text);
    let doc: SpannedTable = match read_toml(text, &line_of) {
        Ok(doc) => doc,
        Err(issue) => {
            return Policy {
                rules: Vec::new(),
                issues: vec![*issue],
            };
        }
    };
    let mut policy = Policy::default();
    for (name, value) in &doc {
        let line = line_of(name.span().start);
        let name = name.get_ref().as_str();
        if !TABLES.contains(&name) {
            policy.issues.push(Issue {
                line,
                key: name.into(),
                problem: Problem::UnknownKey {
                    known: TABLES.iter().map(|t| (*t).to_owned()).collect(),
                },
            });
            continue;
        }
        let Toml::Table(_) = value.get_ref() else {
            policy.issues.push(Issue {
                line,
                key: name.into(),
                problem: Problem::NotATable { name: name.into() },
            });
            continue;
        };
        for (path, value, line) in entries(text, name, line, &line_of) {
            match read_rule(name, &path, &value, limits) {
                Ok(rule) => policy.rules.push(Rule {
                    key: rule.0,
                    line,
                    rule: rule.1,
                }),
                Err(problem) => policy.issues.push(Issue {
                    line,
                    key: format!("{name}.{path}"),
                    problem,
                }),
            }
        }
    }
    policy.rules.sort_by_key(|r| r.line);
    policy.issues.sort_by_key(|i| i.line);
    policy
}

/// The keys of one strength's table as `(dotted key, value, line)`; a key
/// of a nested table (`[locked.working_hours]`) is on its table's line.
fn entries(
    text: &str,
    table: &str,
    table_line: usize,
    line_of: &impl Fn(usize) -> usize,
) -> Vec<(String, Toml, usize)> {
    #[derive(serde::Deserialize)]
    struct Strengths {
        defaults: Option<SpannedTable>,
        locked: Option<SpannedTable>,
        bounds: Option<SpannedTable>,
    }
    let Ok(found) = toml::from_str::<Strengths>(text) else {
        return Vec::new();
    };
    let inner = match table {
        "defaults" => found.defaults,
        "locked" => found.locked,
        _ => found.bounds,
    };
    let mut out = Vec::new();
    for (name, value) in inner.unwrap_or_default() {
        let line = line_of(name.span().start).max(table_line);
        let name = name.into_inner();
        let is_group = Group::ALL.iter().any(|g| g.table() == Some(name.as_str()));
        match value.into_inner() {
            Toml::Table(keys) if is_group => {
                for (inner, v) in keys {
                    out.push((format!("{name}.{inner}"), v, line));
                }
            }
            v => out.push((name, v, line)),
        }
    }
    out
}

pub(super) fn read_rule(
    table: &str,
    path: &str,
    value: &Toml,
    limits: Limits,
) -> Result<(&'static Key, Set), Problem> {
    let Some(k) = key(path) else {
        return Err(Problem::UnknownKey { known: Vec::new() });
    };
    if k.group == Group::Hooks {
        // A command run on the person's desktop is theirs to choose.
        return Err(Problem::NotInPolicy);
    }
    match table {
        "defaults" => Ok((k, Set::Default(k.kind.read(value, limits)?))),
        "locked" => Ok((k, Set::Locked(k.kind.read(value, limits)?))),
        _ => {
            if !matches!(
                k.kind,
                Kind::Duration { .. } | Kind::Whole { .. } | Kind::Scale { .. }
            ) {
                return Err(Problem::NoBounds);
            }
            let Toml::Table(t) = value else {
                return Err(Problem::BadBounds);
            };
            let mut min = None;
            let mut max = None;
            for (name, v) in t {
                match name.as_str() {
                    "min" => min = Some(k.kind.read(v, limits)?),
                    "max" => max = Some(k.kind.read(v, limits)?),
                    _ => return Err(Problem::BadBounds),
                }
            }
            if min.is_none() && max.is_none() {
                return Err(Problem::BadBounds);
            }
            if let (Some(a), Some(b)) = (&min, &max)
                && compare(a, b) == Some(Ordering::Greater)
            {
                return Err(Problem::BadBounds);
            }
            Ok((k, Set::Bounds { min, max }))
        }
    }
}

/// Order of two values of a kind that has one.
fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Duration(a), Value::Duration(b)) => Some(a.cmp(b)),
        (Value::Whole(a), Value::Whole(b)) => Some(a.cmp(b)),
        (Value::Scale(a), Value::Scale(b)) => a.partial_cmp(b),
        _ => None,
    }
}

impl Policy {
    /// The policy as the window, `status` and `doctor` show it, read from
    /// `source`.
    pub fn view(&self, source: String) -> PolicyView {
        let keys = (self.rules.iter())
            .map(|r| {
                let (value, min, max) = match &r.rule {
                    Set::Default(v) | Set::Locked(v) => (Some(v.to_text()), None, None),
                    Set::Bounds { min, max } => (
                        None,
                        min.as_ref().map(Value::to_text),
                        max.as_ref().map(Value::to_text),
                    ),
                };
                ManagedKey {
                    key: r.key.path(),
                    strength: r.strength(),
                    value,
                    min,
                    max,
                }
            })
            .collect();
        PolicyView {
            source,
            keys,
            issues: self.issues.clone(),
        }
    }

    /// What the person's file is read onto: the defaults, then the
    /// policy's defaults and locks.
    pub fn base(&self) -> Settings {
        let mut s = Settings::default();
        for r in &self.rules {
            if let Set::Default(v) | Set::Locked(v) = &r.rule {
                (r.key.set)(&mut s, v.clone());
            }
        }
        s
    }

    /// Holds `settings` to the policy: a locked key gets its value, one out
    /// of bounds the nearest bound. Each change is an issue at `lines`'
    /// line for the key (the person's file), or line 0.
    pub fn enforce(&self, settings: &mut Settings, lines: &BTreeMap<String, usize>) -> Vec<Issue> {
        let mut issues = Vec::new();
        for (k, problem, value) in self.breaches(settings) {
            let path = k.path();
            (k.set)(settings, value);
            issues.push(Issue {
                line: lines.get(&path).copied().unwrap_or(0),
                key: path,
                problem,
            });
        }
        issues
    }

    /// Where `settings` break the policy: the key, why, and the value the
    /// policy puts in force.
    pub fn breaches(&self, settings: &Settings) -> Vec<(&'static Key, Problem, Value)> {
        let mut out = Vec::new();
        for r in &self.rules {
            let current = (r.key.get)(settings);
            match &r.rule {
                Set::Default(_) => {}
                Set::Locked(v) if *v != current => out.push((
                    r.key,
                    Problem::Locked {
                        yours: current.to_text(),
                        applies: v.to_text(),
                    },
                    v.clone(),
                )),
                Set::Locked(_) => {}
                Set::Bounds { min, max } => {
                    let below = min
                        .as_ref()
                        .filter(|m| compare(&current, m) == Some(Ordering::Less));
                    let above = max
                        .as_ref()
                        .filter(|m| compare(&current, m) == Some(Ordering::Greater));
                    if let Some(bound) = below.or(above) {
                        out.push((
                            r.key,
                            Problem::OutOfBounds {
                                yours: current.to_text(),
                                applies: bound.to_text(),
                                min: min.as_ref().map(Value::to_text),
                                max: max.as_ref().map(Value::to_text),
                            },
                            bound.clone(),
                        ));
                    }
                }
            }
        }
        out
    }

    /// How the policy sets `path`, if it does.
    pub fn strength_of(&self, path: &str) -> Option<Strength> {
        self.rules
            .iter()
            .find(|r| r.key.path() == path)
            .map(Rule::strength)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::settings::parse_onto;

    const EXAMPLE: &str = "[defaults]\ndaily_goal = 12\n\n[locked]\nsit_interval = \"30m\"\n\n[bounds]\nsnooze_length = { max = \"10m\" }\nmax_snoozes = { max = 2 }\n";

    fn said(issues: &[Issue]) -> Vec<String> {
        issues
            .iter()
            .map(|i| crate::words::issue(Some("f"), i))
            .collect()
    }

    #[test]
    fn the_three_strengths_are_read_with_their_lines() {
        let policy = parse_policy(EXAMPLE, Limits::Standard);
        assert!(policy.issues.is_empty(), "{:?}", policy.issues);
        let read: Vec<(String, usize, Strength)> = policy
            .rules
            .iter()
            .map(|r| (r.key.path(), r.line, r.strength()))
            .collect();
        assert_eq!(
            read,
            [
                ("daily_goal".to_owned(), 2, Strength::Default),
                ("sit_interval".to_owned(), 5, Strength::Locked),
                ("snooze_length".to_owned(), 8, Strength::Bounded),
                ("max_snoozes".to_owned(), 9, Strength::Bounded),
            ]
        );
    }

    #[test]
    fn the_persons_file_never_overrides_a_lock_or_a_bound() {
        let policy = parse_policy(EXAMPLE, Limits::Standard);
        let mine =
            "sit_interval = \"1h\"\nmax_snoozes = 5\ndaily_goal = 8\nsnooze_length = \"7m\"\n";
        let mut parsed = parse_onto(mine, Limits::Standard, policy.base());
        let issues = policy.enforce(&mut parsed.settings, &parsed.lines);
        assert_eq!(parsed.settings.sit_interval, Duration::from_secs(30 * 60));
        assert_eq!(parsed.settings.max_snoozes, 2);
        assert_eq!(
            parsed.settings.daily_goal, 8,
            "a default is the person's to change"
        );
        assert_eq!(
            parsed.settings.snooze_length,
            Duration::from_secs(7 * 60),
            "within bounds"
        );
        assert_eq!(
            said(&issues),
            [
                "f:1: sit_interval: set by your organisation: 30m applies, not 1h",
                "f:2: max_snoozes: 5 is outside what your organisation allows (at most 2); 2 applies",
            ]
        );
    }

    #[test]
    fn a_policy_default_is_where_the_person_starts() {
        let policy = parse_policy(EXAMPLE, Limits::Standard);
        let parsed = parse_onto("", Limits::Standard, policy.base());
        assert_eq!(parsed.settings.daily_goal, 12);
        assert_eq!(parsed.settings.sit_interval, Duration::from_secs(30 * 60));
    }

    #[test]
    fn a_malformed_policy_is_reported_key_by_key_and_the_rest_applies() {
        let text = "[locked]\nsit_interval = 30\nstrict = true\nhooks.stand = [\"x\"]\nnonsense = 1\n\n[bounds]\nstrict = { max = true }\nmax_snoozes = { min = 3, max = 1 }\n\n[extra]\n";
        let policy = parse_policy(text, Limits::Standard);
        let locked: Vec<String> = policy.rules.iter().map(|r| r.key.path()).collect();
        assert_eq!(locked, ["strict"], "what could be read applies");
        assert_eq!(
            said(&policy.issues),
            [
                "f:2: locked.sit_interval: must be a quoted string, not integer",
                "f:4: locked.hooks.stand: hooks run commands on the person's desktop, so a policy cannot set them",
                "f:5: locked.nonsense: unknown key (ignored)",
                "f:8: bounds.strict: only durations and numbers can have bounds",
                "f:9: bounds.max_snoozes: bounds are written { min = …, max = … }, with min no more than max",
                "f:11: extra: unknown key (ignored); this table has defaults, locked, bounds",
            ]
        );
    }

    #[test]
    fn broken_toml_sets_nothing_and_says_where() {
        let policy = parse_policy("[locked]\nsit_interval = \"30m\n", Limits::Standard);
        assert!(policy.rules.is_empty());
        assert_eq!(policy.issues.len(), 1);
        assert_eq!(policy.issues[0].line, 2);
    }
}
