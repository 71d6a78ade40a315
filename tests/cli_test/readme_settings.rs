//! The README's settings reference is the declarations' own table, and
//! the stretch table the catalog's own.

use sitbreak::settings::readme;

#[test]
fn the_readme_settings_table_matches_the_declared_keys() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .split("## Settings reference")
        .nth(1)
        .expect("a Settings reference section");
    let table: String = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        table,
        readme::table(),
        "the README's settings table differs from src/settings/keys.rs; paste the generated table above into the README"
    );
}

/// `stretches/TABLE.md`, the stretch-by-stretch account the README links,
/// is the catalog's own; `UPDATE_TABLE=1` writes it afresh.
#[test]
fn the_stretch_table_is_made_from_the_catalog() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/stretches/TABLE.md");
    let (catalog, problems) = sitbreak::catalog::builtin();
    assert!(problems.is_empty(), "{problems:?}");
    let made = sitbreak::cli::stretch_table::markdown(&catalog);
    if std::env::var_os("UPDATE_TABLE").is_some() {
        std::fs::write(path, &made).expect("write the table");
    }
    let kept = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        kept == made,
        "stretches/TABLE.md differs from the catalog: run `UPDATE_TABLE=1 cargo test --test cli_test stretch_table`"
    );
}

/// Every policy the README's page for administrators shows reads without
/// a problem, so no administrator copies a broken example.
#[test]
fn the_readmes_policy_examples_read_without_problems() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .split("## For administrators")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("a section for administrators");
    let examples: Vec<&str> = section
        .split("```toml\n")
        .skip(1)
        .filter_map(|s| s.split("```").next())
        .collect();
    assert_eq!(examples.len(), 2, "{section}");
    for text in examples {
        let policy =
            sitbreak::settings::policy::parse_policy(text, sitbreak::settings::Limits::Standard);
        assert!(policy.issues.is_empty(), "{text}\n{:?}", policy.issues);
        assert!(!policy.rules.is_empty(), "{text}");
    }
}

/// The Group Policy template in `assets/windows/` is the declarations'
/// own (`UPDATE_TABLE=1` writes it afresh), and is well-formed XML.
#[test]
fn the_group_policy_template_is_made_from_the_declarations() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/windows");
    let files = [
        (dir.join("Sitbreak.admx"), sitbreak::settings::admx::admx()),
        (
            dir.join("en-US/Sitbreak.adml"),
            sitbreak::settings::admx::adml(),
        ),
    ];
    for (path, made) in &files {
        if std::env::var_os("UPDATE_TABLE").is_some() {
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
            std::fs::write(path, made).expect("write the template");
        }
        let kept = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            kept == *made,
            "{} differs from the declarations: run `UPDATE_TABLE=1 cargo test --test cli_test group_policy`",
            path.display()
        );
        let parsed = std::process::Command::new("python3")
            .args([
                "-c",
                "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])",
            ])
            .arg(path)
            .output()
            .expect("python3 runs");
        assert!(
            parsed.status.success(),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&parsed.stderr)
        );
    }
    let admx = &files[0].1;
    assert!(admx.contains(r#"<policy name="Locked_sit_interval""#));
    assert!(admx.contains(r#"valueName="max_snoozes.max""#));
    assert!(!admx.contains("hooks"), "a policy cannot set hooks");
}

/// The Windows programs' icon, `assets/windows/sitbreak.ico`, is the SVG
/// drawn at the sizes Windows asks for (PNG entries, as Windows Vista and
/// later read them); `UPDATE_TABLE=1` draws it afresh.
#[test]
fn the_windows_icon_is_drawn_from_the_svg() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let svg = std::fs::read(root.join("assets/sitbreak.svg")).expect("the SVG");
    let tree = resvg::usvg::Tree::from_data(&svg, &resvg::usvg::Options::default()).expect("SVG");
    let sizes = [16u32, 24, 32, 48, 256];
    let pngs: Vec<Vec<u8>> = sizes
        .iter()
        .map(|&size| {
            let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).expect("pixmap");
            let scale = size as f32 / tree.size().width();
            resvg::render(
                &tree,
                resvg::tiny_skia::Transform::from_scale(scale, scale),
                &mut pixmap.as_mut(),
            );
            pixmap.encode_png().expect("png")
        })
        .collect();
    // ICONDIR, then an ICONDIRENTRY per image, then the images.
    let mut ico = vec![0, 0, 1, 0];
    ico.extend((sizes.len() as u16).to_le_bytes());
    let mut offset = 6 + 16 * sizes.len() as u32;
    for (size, png) in sizes.iter().zip(&pngs) {
        let side = if *size >= 256 { 0 } else { *size as u8 };
        ico.extend([side, side, 0, 0]);
        ico.extend(1u16.to_le_bytes());
        ico.extend(32u16.to_le_bytes());
        ico.extend((png.len() as u32).to_le_bytes());
        ico.extend(offset.to_le_bytes());
        offset += png.len() as u32;
    }
    for png in &pngs {
        ico.extend(png);
    }
    let path = root.join("assets/windows/sitbreak.ico");
    if std::env::var_os("UPDATE_TABLE").is_some() {
        std::fs::write(&path, &ico).expect("write the icon");
    }
    let kept = std::fs::read(&path).unwrap_or_default();
    assert!(
        kept == ico,
        "assets/windows/sitbreak.ico differs from the SVG: run `UPDATE_TABLE=1 cargo test --test cli_test windows_icon`"
    );
}
