//! Loads user routine files from `$XDG_CONFIG_HOME/sitbreak/routines/`.
//! A bad or unreadable file is reported and skipped; the others load.

use std::fs;
use std::path::Path;

use crate::catalog::{self, Catalog};

/// The merged catalog and `<file>:<line>: <problem>` for each skipped file.
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub problems: Vec<String>,
}

/// The catalog everyone uses (the daemon, the window, the CLI): the
/// built-in one, in the language in force, plus every valid file in
/// `dir`, with every problem found.
pub fn load_all(dir: &Path) -> Loaded {
    let (english, builtin_problems) = catalog::builtin();
    let builtin = crate::i18n::catalog_words(&english);
    let mut loaded = load(&builtin, dir);
    let mut problems: Vec<String> = builtin_problems
        .iter()
        .map(|p| crate::tr!("store-builtin-problem", problem = &p.to_string()))
        .collect();
    problems.append(&mut loaded.problems);
    loaded.problems = problems;
    loaded
}

/// `base` plus every valid `*.toml` file in `dir`.
pub fn load(base: &Catalog, dir: &Path) -> Loaded {
    let mut problems = Vec::new();
    let mut files: Vec<(String, String)> = Vec::new();
    let mut paths: Vec<_> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(_) => Vec::new(),
    };
    paths.sort();
    for path in paths {
        match fs::read_to_string(&path) {
            Ok(text) => files.push((path.display().to_string(), text)),
            Err(e) => problems.push(crate::tr!(
                "store-routine-file-unreadable",
                file = &path.display().to_string(),
                reason = &e.to_string()
            )),
        }
    }
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let load = catalog::with_user_files(base, &borrowed);
    problems.extend(
        (load.problems.iter())
            .map(|p| crate::tr!("store-routine-file-skipped", problem = &p.to_string())),
    );
    Loaded {
        catalog: load.catalog,
        problems,
    }
}
