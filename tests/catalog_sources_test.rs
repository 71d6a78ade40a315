//! Every quote in the catalog appears, word for word, in the article it
//! cites. The articles live in the project's shared seeds folder, beside
//! the repository (`../shared/seeds`), or where SITBREAK_SEEDS points.
//! A clone without that folder cannot run this check: it says so (and so
//! does `scripts/test.sh`) instead of failing. A SITBREAK_SEEDS that points
//! nowhere is an error.

use std::path::PathBuf;

fn seeds_dir() -> PathBuf {
    std::env::var_os("SITBREAK_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"))
}

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_source_quote_appears_in_its_article() {
    let (catalog, problems) = sitbreak::catalog::builtin();
    assert!(problems.is_empty());
    let dir = seeds_dir();
    if !dir.is_dir() {
        assert!(
            std::env::var_os("SITBREAK_SEEDS").is_none(),
            "{}: SITBREAK_SEEDS names no folder",
            dir.display()
        );
        eprintln!(
            "NOT RUN: {} is missing, so the quotes were not checked against the articles",
            dir.display()
        );
        return;
    }
    let mut checked = 0;
    let sources = catalog
        .stretches
        .iter()
        .map(|s| (s.id.as_str(), &s.sources))
        .chain(catalog.notes.iter().map(|n| (n.id.as_str(), &n.sources)));
    for (id, sources) in sources {
        for source in sources {
            let article = catalog
                .article(&source.article)
                .expect("validated reference");
            let text = std::fs::read_to_string(dir.join(&article.file))
                .unwrap_or_else(|e| panic!("{}: {e}", article.file));
            assert!(
                normalize(&text).contains(&normalize(&source.quote)),
                "{id}: quote not found in \"{}\": {}",
                article.title,
                source.quote
            );
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} quotes checked");
}
