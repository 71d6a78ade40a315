//! Validates the built-in stretch catalog with the runtime's own parser and
//! embeds the files in the binary. A bad catalog fails the build with
//! `stretches/<file>:<line>: <problem>`.

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code, unused_imports)]
#[path = "src/catalog/schema.rs"]
mod schema;

fn main() {
    println!("cargo::rerun-if-changed=stretches");
    println!("cargo::rerun-if-changed=src/catalog/schema.rs");
    println!("cargo::rerun-if-changed=src/catalog/figure");

    let dir = Path::new("stretches");
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml"))
            .collect(),
        Err(e) => fail(&[format!("stretches/: cannot read the folder: {e}")]),
    };
    names.sort();

    let mut files = Vec::new();
    for name in &names {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push((format!("stretches/{name}"), text)),
            Err(e) => fail(&[format!("stretches/{name}: cannot read: {e}")]),
        }
    }
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let (catalog, problems) = schema::load(&schema::Catalog::default(), &borrowed);
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        fail(&lines);
    }
    let mut missing = Vec::new();
    if catalog.stretches.is_empty() {
        missing.push("stretches/: no [[stretch]] entries".to_owned());
    }
    if catalog.routines.is_empty() {
        missing.push("stretches/: no [[routine]] entries".to_owned());
    }
    if !missing.is_empty() {
        fail(&missing);
    }

    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let mut out = String::from("/// The built-in catalog files, validated by build.rs.\n");
    out.push_str("pub const BUILTIN_FILES: &[(&str, &str)] = &[\n");
    for (name, _) in &files {
        let abs = Path::new(&manifest).join(name);
        let _ = writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR is not set".into()]));
    let target = Path::new(&out_dir).join("builtin_catalog.rs");
    if let Err(e) = std::fs::write(&target, out) {
        fail(&[format!("{}: cannot write: {e}", target.display())]);
    }
}

fn fail(lines: &[String]) -> ! {
    eprintln!("error: the built-in stretch catalog is invalid:");
    for line in lines {
        eprintln!("  {line}");
    }
    eprintln!("Fix the lines named above and build again.");
    std::process::exit(1);
}
