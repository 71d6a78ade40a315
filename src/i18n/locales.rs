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

pub static ENGLISH: Locale = Locale {
    tag: "en",
    english: "English",
    name: "English",
    reviewed: true,
    ftl: include_str!("../../locales/en/sitbreak.ftl"),
    pseudo: false,
};

pub static GERMAN: Locale = Locale {
    tag: "de",
    english: "German",
    name: "Deutsch",
    reviewed: false,
    ftl: include_str!("../../locales/de/sitbreak.ftl"),
    pseudo: false,
};

pub static JAPANESE: Locale = Locale {
    tag: "ja",
    english: "Japanese",
    name: "日本語",
    reviewed: false,
    ftl: include_str!("../../locales/ja/sitbreak.ftl"),
    pseudo: false,
};

/// Every language, English first; the pseudo-language last.
pub static LOCALES: &[&Locale] = &[&ENGLISH, &GERMAN, &JAPANESE, &PSEUDO];

/// English, accented, lengthened and bracketed, to find words that did
/// not come from a message.
pub static PSEUDO: Locale = Locale {
    tag: "en-XA",
    english: "Pseudo",
    name: "Pseudo",
    reviewed: true,
    ftl: include_str!("../../locales/en/sitbreak.ftl"),
    pseudo: true,
};
