//! An organisation's policy as Group Policy and Intune write it on Windows:
//! values under `SOFTWARE\Policies\Sitbreak\{Defaults,Locked,Bounds}` in
//! HKLM and HKCU, named as the settings file names its keys, a bound as
//! `<key>.min` or `<key>.max` (the form `admx.rs` declares). Read into the
//! same [`Policy`] as a policy file, through the same rules. Pure: the
//! Windows wing reads the registry and hands the values here.

use std::collections::BTreeMap;

use toml::Value as Toml;

use super::keys::{Kind, key};
use super::policy::{Policy, Rule, read_rule};
use super::{Expected, Issue, Limits, Problem};

/// The key under each hive, as the ADMX template writes it.
pub const POLICY_KEY: &str = r"SOFTWARE\Policies\Sitbreak";

/// The subkeys, one per strength, with the policy file's table for each.
pub const STRENGTH_KEYS: [(&str, &str); 3] = [
    ("Defaults", "defaults"),
    ("Locked", "locked"),
    ("Bounds", "bounds"),
];

/// One registry value under the policy key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegValue {
    /// `HKLM` or `HKCU`.
    pub hive: &'static str,
    /// The subkey it is in (`Locked`), or empty for the policy key itself.
    pub subkey: String,
    pub name: String,
    pub data: RegData,
}

/// A value's data, by the registry's types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegData {
    /// REG_DWORD or REG_QWORD.
    Number(u64),
    /// REG_SZ or REG_EXPAND_SZ.
    Text(String),
    /// REG_MULTI_SZ.
    Texts(Vec<String>),
    /// Any other type, by its name (`REG_BINARY`).
    Other(&'static str),
}

impl RegValue {
    /// Where the value is, as regedit and `reg query` show it.
    pub fn place(&self) -> String {
        let mut at = format!(r"{}\{POLICY_KEY}", self.hive);
        if !self.subkey.is_empty() {
            at.push('\\');
            at.push_str(&self.subkey);
        }
        format!(r"{at}\{}", self.name)
    }
}

/// The hives that hold a policy key, as `source` for the view.
pub fn source(values: &[RegValue]) -> Option<String> {
    let mut hives: Vec<&str> = values.iter().map(|v| v.hive).collect();
    hives.dedup();
    (!hives.is_empty()).then(|| {
        (hives.iter())
            .map(|h| format!(r"{h}\{POLICY_KEY}"))
            .collect::<Vec<_>>()
            .join(" and ")
    })
}

/// Reads the values, HKLM's first: a setting the machine's policy sets is
/// not set again by the user's (Group Policy's own order). Never fails: a
/// value that cannot be read is an issue naming its place, with line 0,
/// and no rule.
pub fn parse_registry_policy(values: &[RegValue], limits: Limits) -> Policy {
    let mut policy = Policy::default();
    // A setting already set, by the hive that set it.
    let mut set_by: BTreeMap<String, &str> = BTreeMap::new();
    for hive in ["HKLM", "HKCU"] {
        let mut rules: BTreeMap<(&str, String), Bound> = BTreeMap::new();
        for v in values.iter().filter(|v| v.hive == hive) {
            let Some(table) = table_of(&v.subkey) else {
                policy.issues.push(issue(
                    v,
                    Problem::UnknownKey {
                        known: STRENGTH_KEYS.iter().map(|s| s.0.to_owned()).collect(),
                    },
                ));
                continue;
            };
            let (path, end) = match (table, v.name.rsplit_once('.')) {
                ("bounds", Some((path, end))) if ["min", "max"].contains(&end) => {
                    (path.to_owned(), Some(end))
                }
                ("bounds", _) => {
                    policy.issues.push(issue(v, Problem::BoundNotNamed));
                    continue;
                }
                _ => (v.name.clone(), None),
            };
            let path = path.to_ascii_lowercase();
            if set_by.get(&path).is_some_and(|h| *h != hive) {
                continue;
            }
            let entry = rules.entry((table, path)).or_default();
            entry.values.push((end, v));
        }
        for ((table, path), bound) in rules {
            let first = bound.values.first().map(|(_, v)| *v);
            let Some(first) = first else { continue };
            let value = match as_toml(&path, &bound) {
                Ok(value) => value,
                Err((v, problem)) => {
                    policy.issues.push(issue(v, problem));
                    continue;
                }
            };
            match read_rule(table, &path, &value, limits) {
                Ok((k, rule)) => {
                    set_by.insert(path, hive);
                    policy.rules.push(Rule {
                        key: k,
                        line: 0,
                        rule,
                    });
                }
                Err(problem) => policy.issues.push(issue(first, problem)),
            }
        }
    }
    policy
}

/// The values read for one setting of one strength: one, or a bound's
/// `min` and `max`.
#[derive(Default)]
struct Bound<'a> {
    values: Vec<(Option<&'a str>, &'a RegValue)>,
}

fn table_of(subkey: &str) -> Option<&'static str> {
    (STRENGTH_KEYS.iter())
        .find(|(name, _)| name.eq_ignore_ascii_case(subkey))
        .map(|(_, table)| *table)
}

fn issue(v: &RegValue, problem: Problem) -> Issue {
    Issue {
        line: 0,
        key: v.place(),
        problem,
    }
}

/// The values as the policy file would spell them, so the one reader of
/// rules reads both forms.
fn as_toml<'a>(path: &str, bound: &Bound<'a>) -> Result<Toml, (&'a RegValue, Problem)> {
    let kind = match (key(path), bound.values.first()) {
        (Some(k), _) => k.kind,
        (None, Some((_, v))) => return Err((*v, Problem::UnknownKey { known: Vec::new() })),
        (None, None) => return Ok(Toml::Table(toml::map::Map::new())),
    };
    match bound.values.as_slice() {
        [(None, v)] => data_as(kind, v).map_err(|p| (*v, p)),
        ends => {
            let mut table = toml::map::Map::new();
            for (end, v) in ends {
                let value = data_as(kind, v).map_err(|p| (*v, p))?;
                table.insert(end.unwrap_or("value").to_owned(), value);
            }
            Ok(Toml::Table(table))
        }
    }
}

/// One value's data as a TOML value of `kind`: numbers where the template
/// writes a number, text where it writes text, a list from commas or from
/// a REG_MULTI_SZ.
fn data_as(kind: Kind, v: &RegValue) -> Result<Toml, Problem> {
    let text_as_number = |text: &str, expected: Expected| {
        text.trim()
            .parse::<i64>()
            .map(Toml::Integer)
            .map_err(|_| Problem::WrongType {
                expected,
                found: format!("text \"{text}\""),
            })
    };
    Ok(match (&v.data, kind) {
        (RegData::Other(type_name), _) => {
            return Err(Problem::WrongType {
                expected: Expected::RegistryValue,
                found: (*type_name).to_owned(),
            });
        }
        (RegData::Number(n), Kind::Bool) => match n {
            0 => Toml::Boolean(false),
            1 => Toml::Boolean(true),
            _ => {
                return Err(Problem::OutOfRange {
                    value: n.to_string(),
                    range: Some(("0".into(), "1".into())),
                });
            }
        },
        (
            RegData::Number(n),
            Kind::Duration { .. }
            | Kind::Time
            | Kind::Hours
            | Kind::Theme
            | Kind::Motion
            | Kind::Language,
        ) => {
            return Err(Problem::WrongType {
                expected: Expected::RegistryText,
                found: format!("the number {n}"),
            });
        }
        (RegData::Number(n), _) => Toml::Integer(i64::try_from(*n).unwrap_or(i64::MAX)),
        (RegData::Text(t), Kind::Bool) => match t.trim().to_ascii_lowercase().as_str() {
            "1" | "true" => Toml::Boolean(true),
            "0" | "false" => Toml::Boolean(false),
            _ => {
                return Err(Problem::WrongType {
                    expected: Expected::TrueOrFalse,
                    found: format!("text \"{t}\""),
                });
            }
        },
        (RegData::Text(t), Kind::Whole { .. }) => text_as_number(t, Expected::WholeNumber)?,
        (RegData::Text(t), Kind::Scale { .. }) => match t.trim().parse::<f64>() {
            Ok(x) => Toml::Float(x),
            Err(_) => {
                return Err(Problem::WrongType {
                    expected: Expected::Number,
                    found: format!("text \"{t}\""),
                });
            }
        },
        (RegData::Text(t), Kind::Ids(_) | Kind::Names) => Toml::Array(
            t.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Toml::String(s.to_owned()))
                .collect(),
        ),
        (RegData::Text(t), _) => Toml::String(t.trim().to_owned()),
        (RegData::Texts(items), _) => Toml::Array(
            (items.iter())
                .map(|s| Toml::String(s.trim().to_owned()))
                .collect(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::settings::parse_onto;
    use crate::settings::policy::Strength;

    fn value(hive: &'static str, subkey: &str, name: &str, data: RegData) -> RegValue {
        RegValue {
            hive,
            subkey: subkey.into(),
            name: name.into(),
            data,
        }
    }

    fn text(s: &str) -> RegData {
        RegData::Text(s.into())
    }

    fn said(policy: &Policy) -> Vec<String> {
        (policy.issues.iter())
            .map(|i| crate::words::policy_issue("source", i))
            .collect()
    }

    #[test]
    fn the_template_form_locks_bounds_and_defaults_as_the_file_form_does() {
        let values = [
            value("HKLM", "Locked", "sit_interval", text("30m")),
            value("HKLM", "Bounds", "max_snoozes.max", RegData::Number(2)),
            value("HKLM", "Bounds", "snooze_length.min", text("2m")),
            value("HKLM", "Bounds", "snooze_length.max", text("10m")),
            value("HKLM", "Defaults", "daily_goal", RegData::Number(12)),
            value("HKLM", "Defaults", "allow_floor", RegData::Number(0)),
            value("HKLM", "Defaults", "theme", text("dark")),
            value("HKLM", "Defaults", "hold_for_apps", text("zoom, teams")),
            value("HKLM", "Defaults", "working_hours.mon", text("08:00-16:00")),
        ];
        let policy = parse_registry_policy(&values, Limits::Standard);
        assert_eq!(said(&policy), Vec::<String>::new());
        let mine = "sit_interval = \"1h\"\nmax_snoozes = 5\nsnooze_length = \"1m\"\n";
        let mut parsed = parse_onto(mine, Limits::Standard, policy.base());
        let overridden = policy.enforce(&mut parsed.settings, &parsed.lines);
        let s = &parsed.settings;
        assert_eq!(s.sit_interval, Duration::from_secs(30 * 60));
        assert_eq!(s.max_snoozes, 2);
        assert_eq!(s.snooze_length, Duration::from_secs(2 * 60));
        assert_eq!((s.daily_goal, s.allow_floor), (12, false));
        assert_eq!(s.hold_for_apps, ["zoom", "teams"]);
        assert_eq!(overridden.len(), 3, "{overridden:?}");
        assert_eq!(policy.strength_of("sit_interval"), Some(Strength::Locked));
        assert_eq!(
            policy.strength_of("working_hours.mon"),
            Some(Strength::Default)
        );
    }

    #[test]
    fn the_machines_policy_wins_over_the_users_for_the_same_setting() {
        let values = [
            value("HKLM", "Locked", "sit_interval", text("30m")),
            value("HKCU", "Defaults", "sit_interval", text("45m")),
            value("HKCU", "Locked", "strict", RegData::Number(1)),
        ];
        let policy = parse_registry_policy(&values, Limits::Standard);
        let settings = policy.base();
        assert_eq!(settings.sit_interval, Duration::from_secs(30 * 60));
        assert!(settings.strict, "the user's policy still applies elsewhere");
        assert_eq!(policy.strength_of("sit_interval"), Some(Strength::Locked));
        assert_eq!(
            source(&values).as_deref(),
            Some(r"HKLM\SOFTWARE\Policies\Sitbreak and HKCU\SOFTWARE\Policies\Sitbreak")
        );
    }

    #[test]
    fn a_bad_value_is_reported_at_its_registry_place_and_the_rest_applies() {
        let values = [
            value("HKCU", "Locked", "sit_interval", RegData::Number(30)),
            value("HKCU", "Locked", "strict", RegData::Number(1)),
            value("HKCU", "Locked", "volume", RegData::Other("REG_BINARY")),
            value("HKCU", "Bounds", "max_snoozes", RegData::Number(2)),
            value("HKCU", "Lockd", "theme", text("dark")),
            value("HKCU", "Defaults", "allow_floor", RegData::Number(7)),
            value("HKCU", "Defaults", "sit_intervall", text("30m")),
        ];
        let policy = parse_registry_policy(&values, Limits::Standard);
        assert!(policy.base().strict);
        let at = r"HKCU\SOFTWARE\Policies\Sitbreak";
        let mut expected = [
            format!(r"{at}\Locked\sit_interval: must be text (REG_SZ), not the number 30"),
            format!(
                r"{at}\Locked\volume: must be a number (REG_DWORD) or text (REG_SZ), not REG_BINARY"
            ),
            format!(
                r"{at}\Bounds\max_snoozes: a bound is a value named <setting>.min or <setting>.max"
            ),
            format!(
                r"{at}\Lockd\theme: unknown key (ignored); this table has Defaults, Locked, Bounds"
            ),
            format!(r"{at}\Defaults\allow_floor: 7 is out of range (0 to 1)"),
            format!(r"{at}\Defaults\sit_intervall: unknown key (ignored)"),
        ];
        let mut got = said(&policy);
        got.sort();
        expected.sort();
        assert_eq!(got, expected);
    }
}
