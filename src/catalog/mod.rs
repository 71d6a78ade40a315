//! The stretch catalog: built-in stretches, routines and safety notes, plus
//! user routines. Pure: callers pass in file texts; this module reads no files.

pub mod citations;
pub mod schema;
pub mod table;

pub use schema::{
    Area, Article, BasePose, Catalog, Dose, Kind, Note, NoteWhen, Position, Problem, Routine,
    RoutineId, RoutineItem, SourceRef, Stretch, StretchId, Turn,
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/builtin_catalog.rs"));
}

/// What every stretch's sources do and do not cover, said wherever a
/// stretch's sources are shown.
pub const OUR_ADAPTATION: &str = "The articles say which kinds of stretches and exercises help \
and why; for some exercises here (calf raises, the glute squeeze, the core braces, hip circles) \
they name only the kind. How to do each one (the steps, the hold time, the repetitions and the \
cautions) is Sitbreak's own adaptation for a desk, not the articles'.";

/// The built-in catalog. `build.rs` already validated these files with the
/// same code, so problems here would mean a broken build; they are returned
/// rather than panicking all the same.
pub fn builtin() -> (Catalog, Vec<Problem>) {
    schema::load(&Catalog::default(), embedded::BUILTIN_FILES)
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
