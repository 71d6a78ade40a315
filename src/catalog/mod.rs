//! The stretch catalog: built-in stretches, routines and safety notes, plus
//! user routines. Pure: callers pass in file texts; this module reads no files.

pub mod citations;
pub mod schema;

pub use schema::overlay;
pub use schema::{
    Area, Article, BasePose, Catalog, Dose, Kind, Note, NoteWhen, Position, Problem, Routine,
    RoutineId, RoutineItem, SourceRef, Stretch, StretchId, Turn,
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin_catalog.rs"));
}

/// The built-in catalog. `build.rs` already validated these files with the
/// same code, so problems here would mean a broken build; they are returned
/// rather than panicking all the same.
pub fn builtin() -> (Catalog, Vec<Problem>) {
    // Parsed once a process: loading the catalog, then putting it in a
    // language, both start from it.
    static PARSED: std::sync::OnceLock<(Catalog, Vec<Problem>)> = std::sync::OnceLock::new();
    PARSED
        .get_or_init(|| schema::load(&Catalog::default(), embedded::BUILTIN_FILES))
        .clone()
}

/// The built-in catalog in the language tagged `tag` (`de`, `pt-BR`), as
/// far as that language's overlay goes; English where there is none.
pub fn builtin_in(tag: &str) -> (Catalog, Vec<Problem>) {
    let (english, mut problems) = builtin();
    let Some((_, file, text)) = embedded::OVERLAYS.iter().find(|(t, _, _)| *t == tag) else {
        return (english, problems);
    };
    let (translated, overlay_problems) = overlay::translate(&english, file, text);
    problems.extend(overlay_problems);
    (translated, problems)
}

/// `catalog` with its built-in entries in the language tagged `tag`, for
/// a window whose language changed; the user's own routines stay as
/// written (their ids cannot be a built-in's).
pub fn in_language(catalog: &Catalog, tag: &str) -> Catalog {
    let (words, _) = builtin_in(tag);
    let mut out = catalog.clone();
    for s in &mut out.stretches {
        if let Some(w) = words.stretch(&s.id) {
            s.clone_from(w);
        }
    }
    for r in &mut out.routines {
        if let Some(w) = words.routine(&r.id) {
            r.clone_from(w);
        }
    }
    for n in &mut out.notes {
        if let Some(w) = words.notes.iter().find(|w| w.id == n.id) {
            n.clone_from(w);
        }
    }
    out
}

/// `catalog` with every word a person reads of it (names, steps,
/// cautions, summaries, notes) passed through `f`; quotes stay as written.
pub fn map_words(catalog: &Catalog, f: impl Fn(&str) -> String) -> Catalog {
    let mut out = catalog.clone();
    let all = |texts: &mut Vec<String>| texts.iter_mut().for_each(|t| *t = f(t));
    for s in &mut out.stretches {
        s.name = f(&s.name);
        all(&mut s.steps);
        all(&mut s.cautions);
        s.adaptation = s.adaptation.as_deref().map(&f);
    }
    for r in &mut out.routines {
        r.name = f(&r.name);
        if !r.summary.is_empty() {
            r.summary = f(&r.summary);
        }
    }
    for n in &mut out.notes {
        n.text = f(&n.text);
    }
    out
}

/// Each language's overlay: its tag, file name and text.
pub fn overlays() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::OVERLAYS
}

/// The built-in catalog's files, by name (`stretches/legs.toml`) and text.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    embedded::BUILTIN_FILES
}

/// Result of loading user routine files on top of the built-in catalog.
#[derive(Debug, Default)]
pub struct UserLoad {
    /// The merged catalog: built-in content plus every valid user file.
    pub catalog: Catalog,
    /// Problems, one or more per rejected file; those files were skipped.
    pub problems: Vec<Problem>,
}

/// Adds user files to `base`. Each file is validated on its own against the
/// base, so one bad file is skipped while the others load.
pub fn with_user_files(base: &Catalog, files: &[(&str, &str)]) -> UserLoad {
    let mut merged = base.clone();
    let mut problems = Vec::new();
    for &(name, text) in files {
        let (extra, file_problems) = schema::load(&merged, &[(name, text)]);
        if file_problems.is_empty() {
            merged.articles.extend(extra.articles);
            merged.stretches.extend(extra.stretches);
            merged.routines.extend(extra.routines);
            merged.notes.extend(extra.notes);
            merged.poses.extend(extra.poses);
        } else {
            problems.extend(file_problems);
        }
    }
    UserLoad {
        catalog: merged,
        problems,
    }
}

#[cfg(test)]
mod tests;
