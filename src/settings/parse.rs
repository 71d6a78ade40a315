//! Reads settings text key by key, like Alacritty: a bad value keeps its
//! default and is reported with its line; an unknown key is a warning; only
//! broken TOML syntax makes the whole file unreadable. Which keys exist and
//! what they allow comes from the declarations in `keys.rs`.

use std::collections::BTreeMap;

use toml::{Spanned, Value};

use super::keys::{Group, KEYS, key};
use super::{Issue, Limits, Problem, SCHEMA_VERSION, Settings};

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
    /// The line of each top-level key the file sets (a table's keys are on
    /// their own lines under the table's dotted name).
    pub lines: BTreeMap<String, usize>,
}

/// Reads settings text with the standard ranges. Never fails or panics.
pub fn parse(text: &str) -> Parsed {
    parse_with(text, Limits::Standard)
}

/// Reads settings text with the given duration ranges.
pub fn parse_with(text: &str, limits: Limits) -> Parsed {
    parse_onto(text, limits, Settings::default())
}

/// Reads settings text onto `base` (the defaults, or an organisation's):
/// what the file does not set keeps its value there.
pub fn parse_onto(text: &str, limits: Limits, base: Settings) -> Parsed {
    let line_of = lines_of(text);
    let table: SpannedTable = match read_toml(text, &line_of) {
        Ok(t) => t,
        Err(issue) => {
            return Parsed {
                lines: BTreeMap::new(),
                settings: base,
                issues: vec![*issue],
                readable: false,
            };
        }
    };

    let mut s = base;
    let mut issues = Vec::new();
    let mut lines = BTreeMap::new();
    // Each (dotted key, value, line) in the file, tables opened up.
    let mut entries: Vec<(String, &Value, usize)> = Vec::new();
    let tables = tables_with_spans(text);
    for (name, value) in &table {
        let line = line_of(name.span().start);
        let name = name.get_ref().as_str();
        lines.insert(name.to_owned(), line);
        let is_table = Group::ALL.iter().any(|g| g.table() == Some(name));
        match (value.get_ref(), tables.get(name)) {
            (v, _) if name == "version" => {
                if let Err(problem) = version(v) {
                    issues.push(Issue {
                        line,
                        key: name.into(),
                        problem,
                    });
                }
            }
            (Value::Table(_), Some(inner)) if is_table => {
                for (inner_name, inner_value) in inner {
                    let path = format!("{name}.{}", inner_name.get_ref());
                    lines.insert(path.clone(), line_of(inner_name.span().start));
                    entries.push((
                        path,
                        inner_value.get_ref(),
                        line_of(inner_name.span().start),
                    ));
                }
            }
            _ if is_table => issues.push(Issue {
                line,
                key: name.into(),
                problem: Problem::NotATable { name: name.into() },
            }),
            (v, _) => entries.push((name.to_owned(), v, line)),
        }
    }
    for (path, value, line) in entries {
        let result = match key(&path) {
            Some(k) => k.kind.read(value, limits).map(|v| (k.set)(&mut s, v)),
            None => Err(unknown(&path)),
        };
        if let Err(problem) = result {
            issues.push(Issue {
                line,
                key: path,
                problem,
            });
        }
    }

    // A pair of individually valid values can still clash; the earlier
    // default wins so the schedule stays sane, and the user is told. A
    // default the file never set just follows, without a word about a key
    // the user never wrote.
    for mut issue in s.cross_check() {
        let defaults = Settings::default();
        match issue.key.as_str() {
            "warn_before" => {
                s.warn_before = defaults.warn_before.min(s.sit_interval / 2);
                match lines.get("warn_before") {
                    Some(line) => issue.line = *line,
                    None => continue,
                }
            }
            "working_hours" => s.working_hours.enabled = false,
            _ => {}
        }
        issues.push(Issue {
            problem: Problem::SafeValueUsed {
                because: Box::new(issue.problem),
            },
            ..issue
        });
    }
    issues.sort_by_key(|i| i.line);
    Parsed {
        settings: s,
        issues,
        readable: true,
        lines,
    }
}

/// The 1-based line of a byte offset in `text`.
pub(super) fn lines_of(text: &str) -> impl Fn(usize) -> usize {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    move |offset| starts.partition_point(|&s| s <= offset).max(1)
}

/// `text` as TOML, or why not as the file's one issue, at its line.
pub(super) fn read_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    line_of: &impl Fn(usize) -> usize,
) -> Result<T, Box<Issue>> {
    toml::from_str(text).map_err(|e| {
        Box::new(Issue {
            line: e.span().map_or(0, |s| line_of(s.start)),
            key: "file".into(),
            problem: Problem::NotToml {
                reason: e.message().trim_end().trim_end_matches('.').to_owned(),
            },
        })
    })
}

/// The file's tables with the spans of their inner keys, which a plain
/// `Value::Table` does not keep.
fn tables_with_spans(text: &str) -> BTreeMap<String, SpannedTable> {
    #[derive(serde::Deserialize)]
    struct Tables {
        working_hours: Option<SpannedTable>,
        hooks: Option<SpannedTable>,
    }
    let Ok(found) = toml::from_str::<Tables>(text) else {
        return BTreeMap::new();
    };
    [
        ("working_hours", found.working_hours),
        ("hooks", found.hooks),
    ]
    .into_iter()
    .filter_map(|(name, t)| Some((name.to_owned(), t?)))
    .collect()
}

fn version(v: &Value) -> Result<(), Problem> {
    match v.as_integer() {
        Some(n) if n >= 1 && n <= i64::from(SCHEMA_VERSION) => Ok(()),
        Some(n) if n > i64::from(SCHEMA_VERSION) => Err(Problem::NewerVersion {
            found: n,
            understood: SCHEMA_VERSION,
        }),
        _ => Err(Problem::BadVersion),
    }
}

fn unknown(path: &str) -> Problem {
    let known = match path.split_once('.') {
        Some((table, _)) => KEYS
            .iter()
            .filter(|k| k.group.table() == Some(table))
            .map(|k| k.name.to_owned())
            .collect(),
        None => Vec::new(),
    };
    Problem::UnknownKey { known }
}
