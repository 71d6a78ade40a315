//! `sitbreak routines` and `sitbreak check-routines`.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Serialize;

use super::{Outcome, out, padded, warn};
use crate::catalog::{
    self, Area, Catalog, Dose, Kind, NoteWhen, Position, Routine, SourceRef, Stretch, citations,
};
use crate::store::paths::Paths;
use crate::store::routines_dir;
use crate::{tr, words};

/// The built-in catalog plus the user's routine files, warnings printed.
pub fn load_catalog(paths: &Paths) -> Catalog {
    let loaded = routines_dir::load_all(&paths.routines_dir());
    for p in &loaded.problems {
        warn(p);
    }
    loaded.catalog
}

#[derive(Serialize)]
struct ItemJson<'a> {
    stretch: &'a str,
    name: &'a str,
    secs: u64,
    hold_secs: Option<u64>,
    reps: Option<u32>,
    both_sides: bool,
}

#[derive(Serialize)]
struct RoutineJson<'a> {
    id: &'a str,
    name: &'a str,
    summary: &'a str,
    length_secs: u64,
    floor: bool,
    areas: Vec<Area>,
    items: Vec<ItemJson<'a>>,
}

/// A stretch with everything the window shows of it.
#[derive(Serialize)]
struct StretchJson<'a> {
    id: &'a str,
    name: &'a str,
    kind: Kind,
    position: Position,
    areas: Vec<Area>,
    hold_secs: Option<u64>,
    reps: Option<u32>,
    both_sides: bool,
    steps: &'a [String],
    /// The position's caution (a steady chair), then the stretch's own.
    cautions: Vec<String>,
    /// What Sitbreak added beyond its sources, besides the steps and timing.
    adaptation: Option<&'a str>,
    sources: Vec<SourceJson<'a>>,
}

/// A safety note or tip, as the window shows it.
#[derive(Serialize)]
struct NoteJson<'a> {
    id: &'a str,
    when: NoteWhen,
    text: &'a str,
    /// Sitbreak's own words, not from the articles.
    own: bool,
    sources: Vec<SourceJson<'a>>,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    article: &'a str,
    quote: &'a str,
}

#[derive(Serialize)]
struct CatalogJson<'a> {
    /// What of every stretch is Sitbreak's own, as Settings says it.
    our_adaptation: String,
    routines: Vec<RoutineJson<'a>>,
    stretches: Vec<StretchJson<'a>>,
    notes: Vec<NoteJson<'a>>,
}

fn sources_json<'a>(catalog: &'a Catalog, sources: &'a [SourceRef]) -> Vec<SourceJson<'a>> {
    sources
        .iter()
        .map(|src| SourceJson {
            article: catalog
                .article(&src.article)
                .map_or(src.article.as_str(), |a| a.title.as_str()),
            quote: &src.quote,
        })
        .collect()
}

fn stretch_json<'a>(catalog: &'a Catalog, s: &'a Stretch) -> StretchJson<'a> {
    let (hold_secs, reps) = match s.dose {
        Dose::Hold(d) => (Some(d.as_secs()), None),
        Dose::Reps { count, .. } => (None, Some(count)),
    };
    StretchJson {
        id: &s.id,
        name: &s.name,
        kind: s.kind,
        position: s.position,
        areas: s.areas.clone(),
        hold_secs,
        reps,
        both_sides: s.both_sides,
        steps: &s.steps,
        cautions: words::cautions(s),
        adaptation: s.adaptation.as_deref(),
        sources: sources_json(catalog, &s.sources),
    }
}

fn routine_json<'a>(catalog: &'a Catalog, r: &'a Routine) -> RoutineJson<'a> {
    RoutineJson {
        id: &r.id,
        name: &r.name,
        summary: &r.summary,
        length_secs: catalog.routine_length(r).as_secs(),
        floor: r.floor,
        areas: catalog.routine_areas(r),
        items: r
            .items
            .iter()
            .map(|i| {
                let stretch = catalog.stretch(&i.stretch);
                let (hold_secs, reps) = match i.dose {
                    Dose::Hold(d) => (Some(d.as_secs()), None),
                    Dose::Reps { count, .. } => (None, Some(count)),
                };
                ItemJson {
                    stretch: &i.stretch,
                    name: stretch.map(|s| s.name.as_str()).unwrap_or(""),
                    secs: catalog.item_length(i).as_secs(),
                    hold_secs,
                    reps,
                    both_sides: stretch.is_some_and(|s| s.both_sides),
                }
            })
            .collect(),
    }
}

/// `sitbreak routines [--json]`
pub fn routines(paths: &Paths, json: bool) -> Result<Outcome> {
    let catalog = load_catalog(paths);
    if json {
        let doc = CatalogJson {
            our_adaptation: words::catalog::our_adaptation(),
            routines: catalog
                .routines
                .iter()
                .map(|r| routine_json(&catalog, r))
                .collect(),
            stretches: catalog
                .stretches
                .iter()
                .map(|s| stretch_json(&catalog, s))
                .collect(),
            notes: catalog
                .notes
                .iter()
                .map(|n| NoteJson {
                    id: &n.id,
                    when: n.when,
                    text: &n.text,
                    own: n.own,
                    sources: sources_json(&catalog, &n.sources),
                })
                .collect(),
        };
        out(&serde_json::to_string_pretty(&doc)?);
        return Ok(Outcome::Success);
    }
    out(&tr!("cli-routines"));
    for r in &catalog.routines {
        let floor = if r.floor {
            format!("  {}", tr!("cli-floor"))
        } else {
            String::new()
        };
        out(&format!(
            "  {:<24} {} {}  {}{floor}",
            r.id.as_str(),
            padded(&r.name, 28),
            super::right(&crate::words::span(catalog.routine_length(r).as_secs()), 10),
            words::areas(&catalog.routine_areas(r))
        ));
    }
    out(&format!("\n{}", tr!("cli-stretches")));
    for s in &catalog.stretches {
        out(&format!(
            "  {:<24} {} {} {}",
            s.id.as_str(),
            padded(&s.name, 28),
            padded(&words::position(s.position), 13),
            words::areas(&s.areas)
        ));
    }
    Ok(Outcome::Success)
}

/// `sitbreak check-routines [--sources DIR] FILE...`: each file is checked
/// the way user routine files are loaded, against the built-in catalog; with
/// `--sources`, its quotes are also looked up in the articles in `DIR` (the
/// built-in catalog's quotes when no file is named).
pub fn check_routines(files: &[PathBuf], sources: Option<&Path>) -> Result<Outcome> {
    let (base, _) = catalog::builtin();
    let mut failed = false;
    let mut quoted: Vec<(String, String)> = Vec::new();
    // The articles quotes may cite: the built-in ones, and any a file adds.
    let mut articles = base.clone();
    for path in files {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{shown}: cannot read ({e})");
                failed = true;
                continue;
            }
        };
        let (checked, problems) = catalog::schema::load(&base, &[(shown.as_str(), text.as_str())]);
        if problems.is_empty() {
            out(&format!(
                "{shown}: ok ({} routines, {} stretches)",
                checked.routines.len(),
                checked.stretches.len()
            ));
            articles.articles.extend(checked.articles);
            quoted.push((shown, text));
        } else {
            failed = true;
            for p in problems {
                eprintln!("{p}");
            }
        }
    }
    if let Some(dir) = sources {
        let files: Vec<(&str, &str)> = if files.is_empty() {
            catalog::builtin_files().to_vec()
        } else {
            quoted
                .iter()
                .map(|(n, t)| (n.as_str(), t.as_str()))
                .collect()
        };
        failed |= !check_quotes(&articles, &files, dir);
    }
    Ok(if failed {
        Outcome::Problems
    } else {
        Outcome::Success
    })
}

/// Looks every quote in `files` up in its article in `dir` (`articles`
/// names them); prints the problems and a count. True when every quote
/// was found.
fn check_quotes(articles: &Catalog, files: &[(&str, &str)], dir: &Path) -> bool {
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    for &(name, text) in files {
        match citations::citations(name, text) {
            Ok(c) => found.extend(c),
            Err(p) => unreadable.push(p),
        }
    }
    let missing = citations::check(&found, articles, |file| {
        let path = dir.join(file);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    });
    for p in unreadable.iter().chain(&missing) {
        eprintln!("{p}");
    }
    let good = found.len() - missing.len();
    out(&format!(
        "quotes: {good} of {} found in their articles, whole, in {}",
        found.len(),
        dir.display()
    ));
    unreadable.is_empty() && missing.is_empty()
}
