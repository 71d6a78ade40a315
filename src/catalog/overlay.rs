//! A language's words for the built-in catalog: one overlay file per
//! language (`locales/<tag>/stretches.toml`) gives each stretch, routine
//! and note, by id, its name, steps, cautions, summary or text. What an
//! overlay leaves out stays English, entry by entry. Quotes from the
//! articles are never translated: they are the source's own words.
//!
//! Compiled with [`super`] by `build.rs` too, which fails the build on an
//! overlay that names an unknown id or has a step too many or too few.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::{Catalog, Problem, line_of, line_starts};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverlay {
    #[serde(default)]
    stretch: BTreeMap<String, Spanned<StretchWords>>,
    #[serde(default)]
    routine: BTreeMap<String, Spanned<RoutineWords>>,
    #[serde(default)]
    note: BTreeMap<String, Spanned<NoteWords>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StretchWords {
    name: String,
    steps: Vec<String>,
    #[serde(default)]
    cautions: Vec<String>,
    adaptation: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoutineWords {
    name: String,
    summary: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteWords {
    text: String,
}

/// `base` in the overlay's words, with a problem for each entry that could
/// not be used (that entry stays as `base` has it).
pub fn translate(base: &Catalog, file: &str, text: &str) -> (Catalog, Vec<Problem>) {
    let mut out = base.clone();
    let starts = line_starts(text);
    let problem = |at: usize, message: String| Problem {
        file: file.to_owned(),
        line: line_of(&starts, at),
        message,
    };
    let raw: RawOverlay = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            let message = e.message().trim().to_owned();
            return (out, vec![problem(at, message)]);
        }
    };
    let mut problems = Vec::new();
    for (id, words) in &raw.stretch {
        let at = words.span().start;
        let Some(s) = out.stretches.iter_mut().find(|s| s.id.as_str() == id) else {
            problems.push(problem(at, format!("no built-in stretch is called `{id}`")));
            continue;
        };
        let w = words.get_ref();
        let wrong = counted("steps", w.steps.len(), s.steps.len())
            .or_else(|| counted("cautions", w.cautions.len(), s.cautions.len()))
            .or_else(|| match (&w.adaptation, &s.adaptation) {
                (None, Some(_)) => Some("has no adaptation; the English has one".to_owned()),
                (Some(_), None) => Some("has an adaptation; the English has none".to_owned()),
                _ => None,
            })
            .or_else(|| blank(std::iter::once(&w.name).chain(&w.steps).chain(&w.cautions)));
        if let Some(wrong) = wrong {
            problems.push(problem(at, format!("stretch `{id}` {wrong}")));
            continue;
        }
        s.name.clone_from(&w.name);
        s.steps.clone_from(&w.steps);
        s.cautions.clone_from(&w.cautions);
        s.adaptation.clone_from(&w.adaptation);
    }
    for (id, words) in &raw.routine {
        let at = words.span().start;
        let Some(r) = out.routines.iter_mut().find(|r| r.id.as_str() == id) else {
            problems.push(problem(at, format!("no built-in routine is called `{id}`")));
            continue;
        };
        let w = words.get_ref();
        let wrong = match (&w.summary, r.summary.is_empty()) {
            (None, false) => Some("has no summary; the English has one".to_owned()),
            (Some(_), true) => Some("has a summary; the English has none".to_owned()),
            _ => blank(std::iter::once(&w.name).chain(&w.summary)),
        };
        if let Some(wrong) = wrong {
            problems.push(problem(at, format!("routine `{id}` {wrong}")));
            continue;
        }
        r.name.clone_from(&w.name);
        if let Some(summary) = &w.summary {
            r.summary.clone_from(summary);
        }
    }
    for (id, words) in &raw.note {
        let at = words.span().start;
        let Some(n) = out.notes.iter_mut().find(|n| &n.id == id) else {
            problems.push(problem(at, format!("no built-in note is called `{id}`")));
            continue;
        };
        if let Some(wrong) = blank(std::iter::once(&words.get_ref().text)) {
            problems.push(problem(at, format!("note `{id}` {wrong}")));
            continue;
        }
        n.text.clone_from(&words.get_ref().text);
    }
    (out, problems)
}

/// What `base` has that the overlay does not translate: `stretch
/// stand-and-move`, `routine …`, `note …`.
pub fn untranslated(base: &Catalog, text: &str) -> Vec<String> {
    let raw: RawOverlay = toml::from_str(text).unwrap_or_default();
    let stretches = (base.stretches.iter())
        .filter(|s| !raw.stretch.contains_key(s.id.as_str()))
        .map(|s| format!("stretch {}", s.id.as_str()));
    let routines = (base.routines.iter())
        .filter(|r| !raw.routine.contains_key(r.id.as_str()))
        .map(|r| format!("routine {}", r.id.as_str()));
    let notes = (base.notes.iter())
        .filter(|n| !raw.note.contains_key(&n.id))
        .map(|n| format!("note {}", n.id));
    stretches.chain(routines).chain(notes).collect()
}

fn counted(what: &str, here: usize, english: usize) -> Option<String> {
    (here != english).then(|| format!("{what}: {here} here, {english} in the English"))
}

fn blank<'a>(mut texts: impl Iterator<Item = &'a String>) -> Option<String> {
    texts
        .any(|t| t.trim().is_empty())
        .then(|| "has an empty line".to_owned())
}
