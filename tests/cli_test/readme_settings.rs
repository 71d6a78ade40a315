//! The README's settings reference is the declarations' own table.

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
