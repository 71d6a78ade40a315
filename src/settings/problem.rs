//! What can be wrong with a setting, as values: the settings file's reader,
//! the range checks and the form report these, and `words::setting_problem`
//! says them where they are shown.

use serde::{Deserialize, Serialize};

/// One problem with one key (or the whole file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The file could not be read at all (`reason` from the system).
    Unreadable {
        reason: String,
    },
    /// The file is not TOML (`reason` from the TOML reader).
    NotToml {
        reason: String,
    },
    /// The value has the wrong type; `found` is TOML's name for its type.
    WrongType {
        expected: Expected,
        found: String,
    },
    /// A key that is a table was given a value.
    NotATable {
        name: String,
    },
    /// The value is outside the key's range; values as the file spells
    /// them. No range for a number too large for any key.
    OutOfRange {
        value: String,
        range: Option<(String, String)>,
    },
    NotADuration {
        text: String,
    },
    NotATime {
        text: String,
    },
    NotHours {
        text: String,
    },
    StartNotBeforeEnd {
        text: String,
    },
    NotOneOf {
        text: String,
        options: Vec<String>,
    },
    /// A hook's command starts with an empty program.
    EmptyProgram,
    /// The version is newer than this build understands.
    NewerVersion {
        found: i64,
        understood: u32,
    },
    BadVersion,
    /// A key no setting has; `known` lists the table's keys when the key
    /// is in a table.
    UnknownKey {
        known: Vec<String>,
    },
    /// `warn_before` is not shorter than `sit_interval`.
    WarningNotBeforeBreak {
        warn_before: String,
        sit_interval: String,
    },
    /// Working hours are on but every day is off.
    EveryDayOff,
    /// Of two values that clash, the file's was replaced by a safe one.
    SafeValueUsed {
        because: Box<Problem>,
    },
    /// A kind read in a way it is never written (a bug, not the person's).
    NotReadThisWay,
    /// An organisation's policy locks the key; its value applies.
    Locked {
        yours: String,
        applies: String,
    },
    /// An organisation's policy bounds the key and the value is outside;
    /// the nearest bound applies.
    OutOfBounds {
        yours: String,
        applies: String,
        min: Option<String>,
        max: Option<String>,
    },
    /// A policy cannot set hooks: they run commands on the person's desktop.
    NotInPolicy,
    /// A policy bound on a key that is not a duration or a number.
    NoBounds,
    /// A policy bound not written `{ min = …, max = … }`, or with min over max.
    BadBounds,
    /// Not `system` nor a language tag.
    NotALanguage {
        text: String,
    },
    /// A registry value in the policy's `Bounds` key not named
    /// `<setting>.min` or `<setting>.max`.
    BoundNotNamed,
}

/// What a value must be, for [`Problem::WrongType`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Expected {
    WholeNumber,
    TrueOrFalse,
    ProgramNames,
    Command,
    Ids {
        noun: String,
    },
    Number,
    QuotedString,
    /// A registry value of a type the policy template never writes.
    RegistryValue,
    /// A registry number where the template writes text.
    RegistryText,
}
