//! Validates the built-in stretch catalog with the runtime's own parser and
//! embeds the files in the binary. A bad catalog fails the build with
//! `stretches/<file>:<line>: <problem>`.

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code, unused_imports)]
#[path = "src/catalog/schema.rs"]
mod schema;

fn main() {
    windows_resources();
    println!("cargo::rerun-if-changed=stretches");
    println!("cargo::rerun-if-changed=src/catalog/schema.rs");
    println!("cargo::rerun-if-changed=src/catalog/figure");
    println!("cargo::rerun-if-changed=src/catalog/overlay.rs");
    println!("cargo::rerun-if-changed=locales");

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

    let overlays = overlays(&catalog);

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
    out.push_str("/// Each language's words for the catalog, checked by build.rs.\n");
    out.push_str("pub const OVERLAYS: &[(&str, &str, &str)] = &[\n");
    for (tag, name) in &overlays {
        let abs = Path::new(&manifest).join(name);
        let _ = writeln!(
            out,
            "    ({tag:?}, {name:?}, include_str!({:?})),",
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

/// Checks every `locales/<tag>/stretches.toml` against the catalog and
/// returns each language's tag and file name.
fn overlays(catalog: &schema::Catalog) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let mut tags: Vec<String> = match std::fs::read_dir("locales") {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(e) => fail(&[format!("locales/: cannot read the folder: {e}")]),
    };
    tags.sort();
    for tag in tags {
        let name = format!("locales/{tag}/stretches.toml");
        let Ok(text) = std::fs::read_to_string(&name) else {
            continue;
        };
        let (_, wrong) = schema::overlay::translate(catalog, &name, &text);
        problems.extend(wrong.iter().map(|p| p.to_string()));
        found.push((tag, name));
    }
    if !problems.is_empty() {
        fail(&problems);
    }
    found
}

fn fail(lines: &[String]) -> ! {
    eprintln!("error: the built-in stretch catalog is invalid:");
    for line in lines {
        eprintln!("  {line}");
    }
    eprintln!("Fix the lines named above and build again.");
    std::process::exit(1);
}

/// For Windows builds, the programs' icon and version information, as a
/// resource compiled by MinGW-w64's windres and linked into both programs.
fn windows_resources() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os != "windows" {
        return;
    }
    println!("cargo::rerun-if-changed=assets/windows/sitbreak.ico");
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let mut parts: Vec<u32> = version
        .split(['.', '-'])
        .map_while(|p| p.parse().ok())
        .collect();
    parts.resize(4, 0);
    let numbers = parts
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let rc = format!(
        r#"1 ICON "{root}/assets/windows/sitbreak.ico"
1 VERSIONINFO
FILEVERSION {numbers}
PRODUCTVERSION {numbers}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "Sitbreak developers"
      VALUE "FileDescription", "Sitbreak: stand up and stretch"
      VALUE "FileVersion", "{version}"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
      VALUE "ProductName", "Sitbreak"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#
    );
    let rc_path = out.join("sitbreak.rc");
    let obj = out.join("sitbreak-res.o");
    if let Err(e) = std::fs::write(&rc_path, rc) {
        fail(&[format!("{}: cannot write: {e}", rc_path.display())]);
    }
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| "x86_64-w64-mingw32-windres".into());
    let made = std::process::Command::new(&windres)
        .arg(&rc_path)
        .args(["-O", "coff", "-o"])
        .arg(&obj)
        .status();
    match made {
        Ok(status) if status.success() => {
            println!("cargo::rustc-link-arg-bins={}", obj.display());
        }
        Ok(status) => fail(&[format!(
            "{windres} failed on {} ({status})",
            rc_path.display()
        )]),
        Err(e) => fail(&[format!(
            "{windres}: cannot run ({e}); install MinGW-w64 (Debian: binutils-mingw-w64-x86-64)"
        )]),
    }
}
