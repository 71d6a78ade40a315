use std::path::Path;

use super::*;

/// Every `tr!("id"…)` in the sources, with the file it is in.
fn ids_used() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
                for line in code {
                    let mut pieces = line.split("tr!(\"");
                    let mut before = pieces.next().unwrap_or("");
                    for piece in pieces {
                        // `tr!`, not `include_str!`.
                        let own = !before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
                        if let Some(id) = piece.split('"').next()
                            && own
                        {
                            out.push((id.to_owned(), path.display().to_string()));
                        }
                        before = piece;
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The ids of the messages in one file.
fn ids_in(ftl: &str) -> Vec<String> {
    let resource = FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(r, _)| r);
    (resource.entries())
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_file_reads_without_errors() {
    for locale in LOCALES {
        for (file, ftl) in [("sitbreak", locale.ftl), ("window", locale.window)] {
            if let Err((_, errors)) = FluentResource::try_new(ftl.to_owned()) {
                panic!("locales/{}/{file}.ftl: {errors:?}", locale.tag);
            }
        }
    }
}

#[test]
fn the_daemon_and_command_line_find_their_words_without_the_windows() {
    let shared = ids_in(ENGLISH.ftl);
    let ui = Path::new("src").join("ui");
    let missing: Vec<String> = (ids_used().iter())
        .filter(|(_, file)| {
            !Path::new(file)
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .is_ok_and(|f| f.starts_with(&ui))
        })
        .filter(|(id, _)| !shared.contains(id))
        .map(|(id, file)| format!("{file}: {id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "used outside src/ui but only in locales/en/window.ftl: {missing:#?}"
    );
}

#[test]
fn every_translation_keeps_each_message_in_the_file_english_has_it_in() {
    let mut misplaced = Vec::new();
    for locale in LOCALES {
        for (file, english, own, other) in [
            ("sitbreak", ENGLISH.ftl, locale.ftl, locale.window),
            ("window", ENGLISH.window, locale.window, locale.ftl),
        ] {
            let (own, other) = (ids_in(own), ids_in(other));
            let english = ids_in(english);
            misplaced.extend(
                (english.iter())
                    .filter(|id| other.contains(id) && !own.contains(id))
                    .map(|id| format!("locales/{}: {id} belongs in {file}.ftl", locale.tag)),
            );
        }
    }
    assert!(misplaced.is_empty(), "{misplaced:#?}");
}

#[test]
fn every_message_the_code_uses_is_in_english() {
    let used = ids_used();
    assert!(
        used.len() > 50,
        "the scan found only {} messages",
        used.len()
    );
    let missing: Vec<String> = (used.iter())
        .filter(|(id, _)| !has(&ENGLISH, id))
        .map(|(id, file)| format!("{file}: {id}"))
        .collect();
    assert!(missing.is_empty(), "not in locales/en: {missing:#?}");
}

#[test]
fn every_language_has_every_english_message() {
    let mut ids = ids_in(ENGLISH.ftl);
    ids.extend(ids_in(ENGLISH.window));
    let missing: Vec<String> = (LOCALES.iter())
        .flat_map(|l| {
            (ids.iter())
                .filter(|id| !has(l, id))
                .map(|id| format!("{}: {id}", l.tag))
        })
        .collect();
    assert!(missing.is_empty(), "missing messages: {missing:#?}");
}

#[test]
fn plurals_follow_the_languages_rules_not_a_count_of_one() {
    let one = text_for(
        &ENGLISH,
        "warning-in-seconds",
        &[("seconds", Arg::Number(1))],
    );
    let many = text_for(
        &ENGLISH,
        "warning-in-seconds",
        &[("seconds", Arg::Number(45))],
    );
    assert_eq!(one, "Stand-up break in 1 second");
    assert_eq!(many, "Stand-up break in 45 seconds");
}

#[test]
fn the_pseudo_language_marks_every_message_and_leaves_values_as_given() {
    let said = text_for(&PSEUDO, "busy-microphone", &[("app", Arg::Text("zoom"))]);
    assert!(said.starts_with("[mîçŕöþĥöñé îñ ûšé bý zoom "), "{said}");
    assert!(said.ends_with("·]"), "{said}");
}

#[test]
fn the_desktops_language_is_chosen_when_sitbreak_speaks_it() {
    let asked = |tags: &[&str]| -> Vec<String> { tags.iter().map(|t| (*t).to_owned()).collect() };
    assert_eq!(choose("system", &asked(&["en-XA"])).tag, "en-XA");
    assert_eq!(choose("system", &asked(&["en-GB"])).tag, "en");
    assert_eq!(
        choose("system", &asked(&["tlh", "en-XA"])).tag,
        "en-XA",
        "the first wish Sitbreak speaks"
    );
    assert_eq!(choose("system", &[]).tag, "en");
    assert_eq!(
        choose("system", &asked(&["pt-PT"])).tag,
        "pt-BR",
        "the nearest variant"
    );
    assert_eq!(choose("system", &asked(&["de-AT", "fr"])).tag, "de");
    assert_eq!(
        choose("en-XA", &asked(&["en-GB"])).tag,
        "en-XA",
        "the setting wins"
    );
}

#[test]
fn posix_locale_names_become_language_tags() {
    assert_eq!(tag_of_posix("de_DE.UTF-8").as_deref(), Some("de-DE"));
    assert_eq!(tag_of_posix("pt_BR.utf8@latin").as_deref(), Some("pt-BR"));
    assert_eq!(tag_of_posix("ja").as_deref(), Some("ja"));
    assert_eq!(tag_of_posix("C.UTF-8"), None);
    assert_eq!(tag_of_posix("POSIX"), None);
}

#[test]
fn every_translation_names_every_setting_group_and_choice() {
    use crate::settings::{Choice, Group, KEYS, Motion, Theme};
    let mut ids: Vec<String> = KEYS.iter().map(crate::words::setting_id).collect();
    ids.extend(
        KEYS.iter()
            .map(|k| format!("{}-help", crate::words::setting_id(k))),
    );
    ids.extend(
        Group::ALL
            .iter()
            .map(|g| format!("group-{}", g.title().to_ascii_lowercase().replace(' ', "-"))),
    );
    ids.extend(
        Theme::ALL
            .iter()
            .map(|c| format!("choice-{}", crate::settings::Choice::as_str(*c))),
    );
    ids.extend(
        Motion::ALL
            .iter()
            .map(|c| format!("choice-{}", crate::settings::Choice::as_str(*c))),
    );
    let missing: Vec<String> = (LOCALES.iter())
        .filter(|l| l.tag != ENGLISH.tag && !l.pseudo)
        .flat_map(|l| {
            (ids.iter())
                .filter(|id| !has(l, id))
                .map(|id| format!("{}: {id}", l.tag))
        })
        .collect();
    assert!(missing.is_empty(), "missing: {missing:#?}");
}

#[test]
fn german_counts_with_its_own_plurals() {
    let one = text_for(
        &GERMAN,
        "warning-in-minutes",
        &[("minutes", Arg::Number(1))],
    );
    let two = text_for(
        &GERMAN,
        "warning-in-minutes",
        &[("minutes", Arg::Number(2))],
    );
    assert_eq!(one, "Bewegungspause in 1 Minute");
    assert_eq!(two, "Bewegungspause in 2 Minuten");
    assert_eq!(choose("system", &["de-AT".to_owned()]).tag, "de");
}
