//! Reading and writing a value of each [`Kind`]: from the file's TOML, from
//! a form's text field, and back; with the kind's range check. The parser,
//! the writer and the Settings form all go through here.

use std::time::Duration;

use toml::Value as Toml;

use super::choice;
use super::keys::{Kind, Value};
use super::problem::{Expected, Problem};
use super::{Limits, format_duration, parse_duration, parse_hours, parse_time};

impl Kind {
    /// A value from the file, checked against the range.
    pub fn read(self, v: &Toml, limits: Limits) -> Result<Value, Problem> {
        let value = match self {
            Kind::Version => return Err(Problem::NotReadThisWay),
            Kind::Duration { .. }
            | Kind::Time
            | Kind::Hours
            | Kind::Theme
            | Kind::Motion
            | Kind::Language => self.read_text(string(v)?, limits)?,
            Kind::Whole { .. } => {
                let n = v
                    .as_integer()
                    .ok_or_else(|| wrong(Expected::WholeNumber, v))?;
                Value::Whole(u32::try_from(n).map_err(|_| Problem::OutOfRange {
                    value: n.to_string(),
                    range: None,
                })?)
            }
            Kind::Bool => Value::Bool(v.as_bool().ok_or_else(|| wrong(Expected::TrueOrFalse, v))?),
            Kind::Names => {
                let items = v
                    .as_array()
                    .ok_or_else(|| wrong(Expected::ProgramNames, v))?;
                let names: Result<Vec<String>, Problem> =
                    items.iter().map(|i| string(i).map(str::to_owned)).collect();
                Value::Ids(names?)
            }
            Kind::Command => {
                let items = v.as_array().ok_or_else(|| wrong(Expected::Command, v))?;
                let words: Result<Vec<String>, Problem> =
                    items.iter().map(|i| string(i).map(str::to_owned)).collect();
                let words = words?;
                if words.first().is_some_and(|p| p.trim().is_empty()) {
                    return Err(Problem::EmptyProgram);
                }
                Value::Ids(words)
            }
            Kind::Ids(noun) => {
                let items = v.as_array().ok_or_else(|| {
                    wrong(
                        Expected::Ids {
                            noun: noun.to_owned(),
                        },
                        v,
                    )
                })?;
                let ids: Result<Vec<String>, Problem> =
                    items.iter().map(|i| string(i).map(str::to_owned)).collect();
                Value::Ids(ids?)
            }
            Kind::Scale { .. } => match v {
                Toml::Float(f) => Value::Scale(*f as f32),
                Toml::Integer(i) => Value::Scale(*i as f32),
                _ => return Err(wrong(Expected::Number, v)),
            },
        };
        self.check(&value, limits)?;
        Ok(value)
    }

    /// A value from text as typed in a form field (no quotes), checked.
    pub fn read_text(self, text: &str, limits: Limits) -> Result<Value, Problem> {
        let value = match self {
            Kind::Duration { .. } => Value::Duration(parse_duration(text)?),
            Kind::Time => Value::Time(parse_time(text)?),
            Kind::Hours => Value::Hours(parse_hours(text)?),
            Kind::Theme => Value::Theme(choice::parse(text)?),
            Kind::Motion => Value::Motion(choice::parse(text)?),
            Kind::Language => Value::Language(language_tag(text)?),
            Kind::Names => Value::Ids(
                text.split(',')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned)
                    .collect(),
            ),
            _ => return Err(Problem::NotReadThisWay),
        };
        self.check(&value, limits)?;
        Ok(value)
    }

    /// Whether `value` is inside the allowed range; the error says the range.
    pub fn check(self, value: &Value, limits: Limits) -> Result<(), Problem> {
        match (self, value) {
            (Kind::Duration { mut min, max }, Value::Duration(d)) => {
                if limits == Limits::Short {
                    min = min.min(Duration::from_secs(1));
                }
                if *d < min || *d > max {
                    return Err(out_of_range(
                        format_duration(*d),
                        format_duration(min),
                        format_duration(max),
                    ));
                }
            }
            (Kind::Whole { min, max }, Value::Whole(n)) if !(min..=max).contains(n) => {
                return Err(out_of_range(n, min, max));
            }
            (Kind::Scale { min, max }, Value::Scale(x))
                if !x.is_finite() || *x < min || *x > max =>
            {
                return Err(out_of_range(x, min, max));
            }
            _ => {}
        }
        Ok(())
    }

    /// Whether the form edits this kind as free text.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Kind::Duration { .. } | Kind::Time | Kind::Hours | Kind::Names
        )
    }
}

impl Value {
    /// The value as the file spells it.
    pub fn to_toml(&self) -> String {
        let q = |s: &str| Toml::String(s.to_owned()).to_string();
        match self {
            Value::Duration(_)
            | Value::Time(_)
            | Value::Hours(_)
            | Value::Theme(_)
            | Value::Motion(_)
            | Value::Language(_) => q(&self.to_text()),
            Value::Whole(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Ids(ids) => {
                let items: Vec<String> = ids.iter().map(|s| q(s)).collect();
                format!("[{}]", items.join(", "))
            }
            Value::Scale(x) => format!("{x:?}"),
        }
    }

    /// The value as a form field shows it, unquoted.
    pub fn to_text(&self) -> String {
        match self {
            Value::Duration(d) => format_duration(*d),
            Value::Time(t) => t.format("%H:%M").to_string(),
            Value::Hours(Some((a, b))) => format!("{}-{}", a.format("%H:%M"), b.format("%H:%M")),
            Value::Hours(None) => "off".into(),
            Value::Theme(t) => choice::Choice::as_str(*t).into(),
            Value::Motion(m) => choice::Choice::as_str(*m).into(),
            Value::Language(tag) => tag.clone(),
            Value::Ids(names) => names.join(", "),
            other => other.to_toml(),
        }
    }
}

/// `system`, or a language tag as BCP 47 spells one: a language of two or
/// three letters, then subtags of letters and digits (`pt-BR`,
/// `zh-Hans`). Whether Sitbreak speaks it is the shell's to say.
fn language_tag(text: &str) -> Result<String, Problem> {
    let text = text.trim();
    let mut parts = text.split(['-', '_']);
    let language = parts.next().unwrap_or("");
    let well_formed = text == "system"
        || ((2..=3).contains(&language.len())
            && language.chars().all(|c| c.is_ascii_alphabetic())
            && parts.all(|p| {
                (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
            }));
    if well_formed {
        Ok(text.replace('_', "-"))
    } else {
        Err(Problem::NotALanguage {
            text: text.to_owned(),
        })
    }
}

fn string(v: &Toml) -> Result<&str, Problem> {
    v.as_str().ok_or_else(|| wrong(Expected::QuotedString, v))
}

fn wrong(expected: Expected, found: &Toml) -> Problem {
    Problem::WrongType {
        expected,
        found: found.type_str().to_owned(),
    }
}

fn out_of_range(value: impl ToString, min: impl ToString, max: impl ToString) -> Problem {
    Problem::OutOfRange {
        value: value.to_string(),
        range: Some((min.to_string(), max.to_string())),
    }
}
