//! The person's language: Sitbreak's words as Fluent messages, one `.ftl`
//! file per language under `locales/`, embedded in the programs. The
//! language is chosen once at start from what the desktop asks for
//! (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` on Linux; the user's UI
//! languages on Windows), and a message a language lacks falls back to
//! English, that message alone. Callers format a message by its id with
//! [`tr!`]; the core sends values, and only what shows them calls this.
//!
//! A pseudo-language, `en-XA`, accents and lengthens every message and
//! brackets it, so that a test can see text that did not come from here.

mod locales;
mod pseudo;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use locales::{
    CHINESE_SIMPLIFIED, DUTCH, ENGLISH, FRENCH, GERMAN, ITALIAN, JAPANESE, LOCALES, Locale, POLISH,
    PORTUGUESE_BRAZIL, PSEUDO, SPANISH,
};

/// The words of one language, with English behind them.
struct Words {
    locale: &'static Locale,
    bundle: FluentBundle<FluentResource>,
}

static CURRENT: RwLock<Option<Arc<Words>>> = RwLock::new(None);

thread_local! {
    /// A language for this thread alone, ahead of [`CURRENT`]: for tests
    /// that look at one view in a language while others run beside them.
    static THIS_THREAD: std::cell::RefCell<Option<Arc<Words>>> =
        const { std::cell::RefCell::new(None) };
}

/// Uses `locale` on this thread alone from now on (`None`: the language
/// in force again); for tests.
pub fn set_for_this_thread(locale: Option<&'static Locale>) {
    let words = locale.map(shared);
    THIS_THREAD.with(|t| *t.borrow_mut() = words);
}

fn in_force() -> Option<Arc<Words>> {
    THIS_THREAD
        .with(|t| t.borrow().clone())
        .or_else(|| CURRENT.read().ok().and_then(|c| c.clone()))
}

/// English, parsed once: the fallback behind every language, and the
/// language itself for most people who run Sitbreak in English.
fn english() -> &'static Arc<Words> {
    static WORDS: OnceLock<Arc<Words>> = OnceLock::new();
    WORDS.get_or_init(|| Arc::new(words(&ENGLISH)))
}

/// Whether this program shows windows, and so needs `window.ftl` too.
static WINDOW_WORDS: AtomicBool = AtomicBool::new(true);

/// Leaves the window's messages out of every language parsed from now
/// on: for the resident daemon and the command line, which never show
/// them and should not hold them in memory all day.
pub fn leave_out_window_words() {
    WINDOW_WORDS.store(false, Ordering::Relaxed);
}

fn shared(locale: &'static Locale) -> Arc<Words> {
    if std::ptr::eq(locale, &ENGLISH) {
        english().clone()
    } else {
        Arc::new(words(locale))
    }
}

fn words(locale: &'static Locale) -> Words {
    let id: LanguageIdentifier = locale.tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Sitbreak's languages all run left to right: no isolation marks
    // around values in the terminal and the tray.
    bundle.set_use_isolating(false);
    if locale.pseudo {
        bundle.set_transform(Some(pseudo::accent));
    }
    let files = if WINDOW_WORDS.load(Ordering::Relaxed) {
        &[locale.ftl, locale.window][..]
    } else {
        &[locale.ftl][..]
    };
    for ftl in files {
        // A broken file is caught by the tests (`tests.rs`); what parses
        // of it is kept.
        let resource = FluentResource::try_new((*ftl).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    Words { locale, bundle }
}

/// Uses `locale` from now on, for every message.
pub fn set(locale: &'static Locale) {
    let words = shared(locale);
    if let Ok(mut current) = CURRENT.write() {
        *current = Some(words);
    }
}

/// The language in force.
pub fn current() -> &'static Locale {
    in_force().map_or(&ENGLISH, |w| w.locale)
}

/// Chooses the language the desktop asks for, or `wish` (a language tag,
/// or "system"), and uses it.
pub fn init(wish: &str) {
    // The library's own tests read English, whatever the machine's
    // language; the programs ask the desktop.
    let requested = if cfg!(test) {
        Vec::new()
    } else {
        crate::platform::requested_languages()
    };
    set(choose(wish, &requested));
}

/// The best of Sitbreak's languages for `wish`, else for the desktop's
/// `requested` tags in order; English when none fits.
pub fn choose(wish: &str, requested: &[String]) -> &'static Locale {
    let wanted: Vec<&str> = if wish.is_empty() || wish == "system" {
        requested.iter().map(String::as_str).collect()
    } else {
        vec![wish]
    };
    let wanted: Vec<LanguageIdentifier> = wanted.iter().filter_map(|t| t.parse().ok()).collect();
    let offered: Vec<LanguageIdentifier> =
        LOCALES.iter().filter_map(|l| l.tag.parse().ok()).collect();
    let default: LanguageIdentifier = ENGLISH.tag.parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(
        &wanted,
        &offered,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| {
            LOCALES
                .iter()
                .find(|l| l.tag.parse().ok().as_ref() == Some(*id))
        })
        .copied()
        .unwrap_or(&ENGLISH)
}

/// A POSIX locale name as a language tag: `de_DE.UTF-8@euro` is `de-DE`;
/// `C` and `POSIX` ask for no language.
pub fn tag_of_posix(name: &str) -> Option<String> {
    let base = name.split(['.', '@']).next()?.trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

/// A value given to a message.
pub enum Arg<'a> {
    Text(&'a str),
    Number(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Arg<'a> {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Arg<'a> {
        Arg::Text(text)
    }
}

macro_rules! number_arg {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg<'_> {
            fn from(n: $ty) -> Self {
                Arg::Number(u64::from(n))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64);

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(u64::try_from(n).unwrap_or(0))
    }
}

/// The message `id` in the language in force, with `args`; English where
/// that language lacks it, and the id itself where English does too (a
/// test keeps every id the code uses in English).
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    match &in_force() {
        Some(words) => text_in(words, id, args),
        None => text_in(english(), id, args),
    }
}

/// The message `id` in `locale`, as [`text`] says it; for tests and
/// previews, leaving the language in force alone.
pub fn text_for(locale: &'static Locale, id: &str, args: &[(&str, Arg)]) -> String {
    text_in(&shared(locale), id, args)
}

fn text_in(words: &Words, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => fluent_args.set(*name, FluentValue::from(*t)),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    if let Some(said) = format(words, id, &fluent_args) {
        return if words.locale.pseudo {
            pseudo::bracket(&said)
        } else {
            said
        };
    }
    format(english(), id, &fluent_args).unwrap_or_else(|| id.to_owned())
}

fn format(words: &Words, id: &str, args: &FluentArgs) -> Option<String> {
    let pattern = words.bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let said = words
        .bundle
        .format_pattern(pattern, Some(args), &mut errors);
    Some(said.into_owned())
}

/// Words the declarations hold in English (a setting's label and help, a
/// group's title, a choice's name): the message `id` where the language
/// in force has it, else `english` as declared, so English is written
/// once, in the declaration. The pseudo-language marks these too.
pub fn declared(id: &str, english: &str) -> String {
    let words = in_force();
    if let Some(words) = &words
        && let Some(said) = format(words, id, &FluentArgs::new())
    {
        return if words.locale.pseudo {
            pseudo::bracket(&said)
        } else {
            said
        };
    }
    match &words {
        Some(w) if w.locale.pseudo => pseudo::bracket(&pseudo::accent(english)),
        _ => english.to_owned(),
    }
}

/// `catalog` in the language in force: its built-in entries in that
/// language's words (English where it has none), and in the
/// pseudo-language every word of it marked, as messages are.
pub fn catalog_words(catalog: &crate::catalog::Catalog) -> crate::catalog::Catalog {
    let locale = current();
    if locale.pseudo {
        let english = crate::catalog::in_language(catalog, ENGLISH.tag);
        return crate::catalog::map_words(&english, |t| pseudo::bracket(&pseudo::accent(t)));
    }
    crate::catalog::in_language(catalog, locale.tag)
}

/// Whether `locale` has the message `id` of its own (for the
/// completeness tests; it reads the language's file afresh).
#[cfg(test)]
pub fn has(locale: &'static Locale, id: &str) -> bool {
    words(locale).bundle.has_message(id)
}

/// A message by id, with named values: `tr!("summary-next-in-minutes",
/// minutes = 12)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests;
