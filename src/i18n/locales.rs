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
    /// The messages every program shows (`sitbreak.ftl`).
    pub ftl: &'static str,
    /// The messages only the window shows (`window.ftl`).
    pub window: &'static str,
    /// The pseudo-language for tests, never offered in menus.
    pub pseudo: bool,
}

/// A language whose files are `locales/<tag>/{sitbreak,window}.ftl`.
macro_rules! locale {
    ($tag:literal, $name:literal, $english:literal, reviewed: $reviewed:literal) => {
        Locale {
            tag: $tag,
            name: $name,
            english: $english,
            reviewed: $reviewed,
            ftl: include_str!(concat!("../../locales/", $tag, "/sitbreak.ftl")),
            window: include_str!(concat!("../../locales/", $tag, "/window.ftl")),
            pseudo: false,
        }
    };
}

pub static ENGLISH: Locale = locale!("en", "English", "English", reviewed: true);

pub static GERMAN: Locale = locale!("de", "Deutsch", "German", reviewed: false);

pub static SPANISH: Locale = locale!("es", "Español", "Spanish", reviewed: false);

pub static FRENCH: Locale = locale!("fr", "Français", "French", reviewed: false);

pub static ITALIAN: Locale = locale!("it", "Italiano", "Italian", reviewed: false);

pub static DUTCH: Locale = locale!("nl", "Nederlands", "Dutch", reviewed: false);

pub static POLISH: Locale = locale!("pl", "Polski", "Polish", reviewed: false);

pub static PORTUGUESE_BRAZIL: Locale = locale!(
    "pt-BR",
    "Português (Brasil)",
    "Portuguese (Brazil)",
    reviewed: false
);

pub static JAPANESE: Locale = locale!("ja", "日本語", "Japanese", reviewed: false);

pub static CHINESE_SIMPLIFIED: Locale = locale!(
    "zh-Hans",
    "简体中文",
    "Chinese (Simplified)",
    reviewed: false
);

/// Every language, English first; the pseudo-language last.
pub static LOCALES: &[&Locale] = &[
    &ENGLISH,
    &GERMAN,
    &SPANISH,
    &FRENCH,
    &ITALIAN,
    &DUTCH,
    &POLISH,
    &PORTUGUESE_BRAZIL,
    &JAPANESE,
    &CHINESE_SIMPLIFIED,
    &PSEUDO,
];

/// English, accented, lengthened and bracketed, to find words that did
/// not come from a message.
pub static PSEUDO: Locale = Locale {
    pseudo: true,
    tag: "en-XA",
    name: "Pseudo",
    english: "Pseudo",
    reviewed: true,
    ftl: ENGLISH.ftl,
    window: ENGLISH.window,
};
