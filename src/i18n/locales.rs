//! The languages Sitbreak speaks, each an embedded `.ftl` file.

/// One language.
#[derive(Debug)]
pub struct Locale {
    /// Its BCP 47 tag: `de`, `pt-BR`, `zh-Hans`.
    pub tag: &'static str,
    /// Its name in itself, for the language menu.
    pub name: &'static str,
    /// Its name in English, for a menu whose fonts cannot draw `name`.
    pub english: &'static str,
    /// Whether a person fluent in it has reviewed the translation.
    pub reviewed: bool,
    /// Its messages.
    pub ftl: &'static str,
    /// The pseudo-language for tests, never offered in menus.
    pub pseudo: bool,
}

const fn locale(
    tag: &'static str,
    name: &'static str,
    english: &'static str,
    reviewed: bool,
    ftl: &'static str,
) -> Locale {
    Locale {
        tag,
        name,
        english,
        reviewed,
        ftl,
        pseudo: false,
    }
}

pub static ENGLISH: Locale = locale(
    "en",
    "English",
    "English",
    true,
    include_str!("../../locales/en/sitbreak.ftl"),
);

pub static GERMAN: Locale = locale(
    "de",
    "Deutsch",
    "German",
    false,
    include_str!("../../locales/de/sitbreak.ftl"),
);

pub static JAPANESE: Locale = locale(
    "ja",
    "日本語",
    "Japanese",
    false,
    include_str!("../../locales/ja/sitbreak.ftl"),
);

/// Every language, English first; the pseudo-language last.
pub static LOCALES: &[&Locale] = &[&ENGLISH, &GERMAN, &JAPANESE, &PSEUDO];

/// English, accented, lengthened and bracketed, to find words that did
/// not come from a message.
pub static PSEUDO: Locale = Locale {
    pseudo: true,
    ..locale("en-XA", "Pseudo", "Pseudo", true, ENGLISH.ftl)
};
