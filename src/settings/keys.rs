//! Every settings key, declared once: its name, group, type with allowed
//! range, default, label and help. Parsing, the file writer, validation,
//! the Settings form and the README's settings table are all derived from
//! [`KEYS`]; a new key is one entry here (plus a widget where the generic
//! ones do not fit).

use std::time::Duration;

use chrono::NaiveTime;

use super::choice;
use super::{Motion, Settings, Theme, format_duration};
use crate::catalog::{RoutineId, StretchId};

/// Where a key is shown in Settings and written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Schedule,
    Routines,
    Behaviour,
    Appearance,
    Sound,
    /// The `[working_hours]` table.
    WorkingHours,
    /// The `[hooks]` table: commands run on events, set only in the file.
    Hooks,
}

impl Group {
    /// In the order they are written and shown.
    pub const ALL: [Group; 7] = [
        Group::Schedule,
        Group::Routines,
        Group::Behaviour,
        Group::Appearance,
        Group::Sound,
        Group::WorkingHours,
        Group::Hooks,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Group::Schedule => "Schedule",
            Group::Routines => "Routines",
            Group::Behaviour => "Behaviour",
            Group::Appearance => "Appearance",
            Group::Sound => "Sound",
            Group::WorkingHours => "Working hours",
            Group::Hooks => "Hooks",
        }
    }

    /// The TOML table the group's keys live in, if not the top level.
    pub fn table(self) -> Option<&'static str> {
        match self {
            Group::WorkingHours => Some("working_hours"),
            Group::Hooks => Some("hooks"),
            _ => None,
        }
    }

    /// The comment above the group in the file.
    pub fn comment(self) -> &'static str {
        match self {
            Group::WorkingHours => {
                "Working hours: reminders only inside these hours when enabled; \"off\" for a day off."
            }
            Group::Hooks => {
                "Hooks: a command run on each event, as a list of the program and its arguments\n\
                 # (no shell), such as stand = [\"deskctl\", \"up\"]. [] runs nothing. It gets the\n\
                 # event in SITBREAK_EVENT and the posture in SITBREAK_POSTURE, and is stopped after\n\
                 # time_limit. Only this file can set hooks; the Settings window shows and tests them."
            }
            other => other.title(),
        }
    }
}

/// A key's type and what values it allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// The file format version.
    Version,
    /// A duration like "30m", inside the range.
    Duration {
        min: Duration,
        max: Duration,
    },
    /// A whole number inside the range.
    Whole {
        min: u32,
        max: u32,
    },
    Bool,
    /// A time of day, "HH:MM".
    Time,
    /// Hours of a day, "HH:MM-HH:MM", or "off".
    Hours,
    /// A list of ids; the noun says of what.
    Ids(&'static str),
    /// A list of program names, typed as "zoom, teams".
    Names,
    /// A program and its arguments, run without a shell; empty for none.
    Command,
    Theme,
    Motion,
    /// A language tag (`de`, `pt-BR`) or `system`, the desktop's.
    Language,
    /// A number such as 1.25, inside the range.
    Scale {
        min: f32,
        max: f32,
    },
}

/// A setting's value, whatever its kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Duration(Duration),
    Whole(u32),
    Bool(bool),
    Time(NaiveTime),
    Hours(Option<(NaiveTime, NaiveTime)>),
    Ids(Vec<String>),
    Theme(Theme),
    Motion(Motion),
    Scale(f32),
    /// A language tag or `system`.
    Language(String),
}

/// One key of settings.toml.
pub struct Key {
    /// As written in the file, inside its group's table.
    pub name: &'static str,
    pub group: Group,
    pub kind: Kind,
    /// The value when the file does not set it.
    pub default: fn() -> Value,
    /// The Settings form's label.
    pub label: &'static str,
    /// What it means, for the README and the form's tooltip.
    pub help: &'static str,
    pub get: fn(&Settings) -> Value,
    /// Stores a value of the key's own kind; any other kind is ignored.
    pub set: fn(&mut Settings, Value),
}

impl Key {
    /// `working_hours.mon` for a key in a table, else the bare name.
    pub fn path(&self) -> String {
        match self.group.table() {
            Some(t) => format!("{t}.{}", self.name),
            None => self.name.to_owned(),
        }
    }
}

const fn mins(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

const fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

fn workday() -> Value {
    Value::Hours(Some((hm(9, 0), hm(17, 0))))
}

fn day_off() -> Value {
    Value::Hours(None)
}

macro_rules! field {
    ($($field:tt)+) => {
        (
            (|s: &Settings| Value::from(s.$($field)+.clone())) as fn(&Settings) -> Value,
            (|s: &mut Settings, v: Value| {
                if let Ok(x) = v.try_into() {
                    s.$($field)+ = x;
                }
            }) as fn(&mut Settings, Value),
        )
    };
}

/// Each Rust type a setting can have, and the [`Value`] it travels as.
macro_rules! value_types {
    ($($variant:ident($ty:ty) $(as $inner:ty)?;)*) => {$(
        impl From<$ty> for Value {
            fn from(x: $ty) -> Value {
                Value::$variant(value_types!(@out x $(, $inner)?))
            }
        }

        impl TryFrom<Value> for $ty {
            type Error = ();
            fn try_from(v: Value) -> Result<$ty, ()> {
                match v {
                    Value::$variant(x) => Ok(value_types!(@in x $(, $inner)?)),
                    _ => Err(()),
                }
            }
        }
    )*};
    (@out $x:ident) => { $x };
    (@out $x:ident, $inner:ty) => { $x.into_iter().map(|i| i.to_string()).collect() };
    (@in $x:ident) => { $x };
    (@in $x:ident, $inner:ty) => { $x.into_iter().map(<$inner>::from).collect() };
}

value_types! {
    Duration(Duration);
    Whole(u32);
    Bool(bool);
    Time(NaiveTime);
    Hours(Option<(NaiveTime, NaiveTime)>);
    Ids(Vec<RoutineId>) as RoutineId;
    Ids(Vec<StretchId>) as StretchId;
    Ids(Vec<String>) as String;
    Theme(Theme);
    Motion(Motion);
    Scale(f32);
    Language(String);
}

macro_rules! keys {
    ($(
        $name:literal, $group:ident, $kind:expr, $default:expr,
        $label:literal, $help:literal, ($($field:tt)+);
    )*) => {
        /// Every key, in the order the file and the README list them.
        pub const KEYS: &[Key] = &[$({
            let (get, set) = field!($($field)+);
            Key {
                name: $name,
                group: Group::$group,
                kind: $kind,
                default: || $default,
                label: $label,
                help: $help,
                get,
                set,
            }
        }),*];
    };
}

keys! {
    "sit_interval", Schedule, Kind::Duration { min: mins(5), max: mins(240) },
        Value::Duration(mins(30)), "Stand up every",
        "Sitting time before a break is due. The articles advise standing up at least every 30 minutes.", (sit_interval);
    "break_length", Schedule, Kind::Duration { min: secs(30), max: mins(15) },
        Value::Duration(mins(3)), "Longest break",
        "Longest routine the rotation picks.", (break_length);
    "warn_before", Schedule, Kind::Duration { min: secs(0), max: mins(5) },
        Value::Duration(secs(30)), "Warn before the break",
        "Warning before the break; `\"0s\"` for none. Shorter than `sit_interval`.",
        (warn_before);
    "snooze_length", Schedule, Kind::Duration { min: mins(1), max: mins(60) },
        Value::Duration(mins(5)), "Snooze for",
        "How long a snooze puts the break off.", (snooze_length);
    "max_snoozes", Schedule, Kind::Whole { min: 0, max: 10 },
        Value::Whole(2), "Snoozes in a row",
        "Snoozes allowed in a row.", (max_snoozes);
    "day_start", Schedule, Kind::Time,
        Value::Time(hm(4, 0)), "A new day starts at",
        "When \"pause until tomorrow\" ends and a new day starts in statistics.",
        (day_start);
    "daily_goal", Schedule, Kind::Whole { min: 0, max: 48 },
        Value::Whole(0), "Daily goal (breaks)",
        "Breaks a day that count toward the streak. `0` follows your schedule: a working day (8 hours, or your working hours) divided by `sit_interval`, which is 16 at the defaults.",
        (daily_goal);
    "allow_floor", Routines, Kind::Bool,
        Value::Bool(false), "Include floor exercises (needs a mat and floor space)",
        "Offer floor exercises (they need a mat and floor space).", (allow_floor);
    "disabled_routines", Routines, Kind::Ids("routine"),
        Value::Ids(Vec::new()), "Routines in the rotation",
        "Routines never chosen.", (disabled_routines);
    "excluded_stretches", Routines, Kind::Ids("stretch"),
        Value::Ids(Vec::new()), "Stretches left out",
        "Stretches left out of every routine.", (excluded_stretches);
    "get_ready", Routines, Kind::Duration { min: secs(0), max: secs(10) },
        Value::Duration(secs(3)), "Count in before each stretch",
        "Time to get into position before each stretch's clock starts, counted down 3-2-1; `\"0s\"` starts at once.",
        (get_ready);
    "strict", Behaviour, Kind::Bool,
        Value::Bool(false), "Strict mode: breaks cannot be skipped",
        "Breaks cannot be skipped.", (strict);
    "natural_break_idle", Behaviour, Kind::Duration { min: mins(1), max: mins(60) },
        Value::Duration(mins(10)), "Away this long counts as a break",
        "Away from the computer this long (no keyboard or mouse, the screen locked, or the machine asleep) counts as a break toward your goal: long enough that you most likely stood up. Ten minutes, because reading without touching the mouse for five is common and is no break. A call or a full-screen window is never time away.",
        (natural_break_idle);
    "card_after_pause", Behaviour, Kind::Duration { min: secs(0), max: secs(10) },
        Value::Duration(Duration::from_millis(1500)), "Show the break card after typing pauses for",
        "A due break's card waits until keyboard and mouse have rested this long, so typing meant for another app never lands on it; `\"0s\"` shows it at once.",
        (card_after_pause);
    "card_max_delay", Behaviour, Kind::Duration { min: secs(0), max: mins(5) },
        Value::Duration(secs(60)), "… but wait no longer than",
        "Longest the card waits for that pause. The notification comes on time either way.",
        (card_max_delay);
    "hold_for_microphone", Behaviour, Kind::Bool,
        Value::Bool(true), "Wait out calls (microphone in use)",
        "A break that comes due while an app records the microphone (a PulseAudio or PipeWire recording of a source that is not a monitor) waits, and comes about 30 s after the recording ends. Idle time during a call is not a break.",
        (hold_for_microphone);
    "hold_for_camera", Behaviour, Kind::Bool,
        Value::Bool(true), "Wait while the camera is on",
        "A break waits while a program other than the sound server has a camera (`/dev/video*`) open.",
        (hold_for_camera);
    "hold_for_fullscreen", Behaviour, Kind::Bool,
        Value::Bool(true), "Wait out full-screen windows",
        "A break waits while the focused window is full screen. Seen on X11 (and Xwayland windows); Wayland compositors do not tell other programs.",
        (hold_for_fullscreen);
    "hold_for_do_not_disturb", Behaviour, Kind::Bool,
        Value::Bool(true), "Wait while Do Not Disturb is on",
        "A break waits while the desktop's Do Not Disturb is on: the notification server's `Inhibited` (KDE Plasma and others), or GNOME's notification banners switched off.",
        (hold_for_do_not_disturb);
    "hold_for_apps", Behaviour, Kind::Names,
        Value::Ids(Vec::new()), "Wait while these programs run",
        "Program names, as `ps` shows them (`zoom, teams`): a break waits while any of them runs. Empty by default.",
        (hold_for_apps);
    "hold_at_most", Behaviour, Kind::Duration { min: mins(5), max: mins(480) },
        Value::Duration(mins(120)), "… but hold a break no longer than",
        "However busy you are, a held break comes after this long, so a stuck microphone cannot hold breaks for ever.",
        (hold_at_most);
    "pause_media", Behaviour, Kind::Bool,
        Value::Bool(true), "Pause music and videos during a break",
        "Pauses media players that are playing (MPRIS) when a break starts, and resumes those same players when it ends; a player you had paused stays paused.",
        (pause_media);
    "notifications", Behaviour, Kind::Bool,
        Value::Bool(true), "Show notifications",
        "Desktop notifications.", (notifications);
    "autostart", Behaviour, Kind::Bool,
        Value::Bool(false), "Start Sitbreak when I log in",
        "Start with the desktop session.", (autostart);
    "language", Appearance, Kind::Language,
        Value::Language("system".into()), "Language",
        "The language of the window, notifications, the tray and the command line: a language tag such as `\"de\"` or `\"pt-BR\"`, or `\"system\"` for the desktop's (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` on Linux; the display language on Windows). English stands in for a language Sitbreak does not speak, and for any message a translation lacks.",
        (language);
    "theme", Appearance, Kind::Theme,
        Value::Theme(Theme::System), "Theme",
        "Window colours.", (theme);
    "text_scale", Appearance, Kind::Scale { min: 0.75, max: 2.0 },
        Value::Scale(1.0), "Text size",
        "Text size in the window.", (text_scale);
    "motion", Appearance, Kind::Motion,
        Value::Motion(Motion::System), "Figures",
        "`\"still\"` shows each stretch's key poses as still pictures instead of animating them; `\"system\"` follows the desktop's reduced-motion setting (GNOME's animations switch, read through the settings portal or gsettings).",
        (motion);
    "announce_every", Appearance, Kind::Duration { min: secs(0), max: secs(60) },
        Value::Duration(secs(10)), "Screen reader: say the time left every",
        "During a hold, a screen reader hears the seconds left this often; `\"0s\"` never. The player's ring is readable at any time.",
        (announce_every);
    "volume", Sound, Kind::Whole { min: 0, max: 100 },
        Value::Whole(50), "Volume (%)",
        "Loudness of every sound Sitbreak makes, on top of the desktop's own volume; `0` is silent.",
        (volume);
    "break_sounds", Sound, Kind::Bool,
        Value::Bool(true), "Chime before and at each break",
        "A soft chime with the warning before a break, and another when it is time to stand up.",
        (break_sounds);
    "player_sounds", Sound, Kind::Bool,
        Value::Bool(true), "Sound cues during stretches",
        "During a routine: the 3-2-1 count-in, each stretch starting, each rep, switch sides, the last three seconds of a hold, and the end. \"Stop — this hurts\" is silent.",
        (player_sounds);
    "voice", Sound, Kind::Bool,
        Value::Bool(false), "Speak the stretches (speech-dispatcher)",
        "Speaks each stretch's name, steps and cautions, \"switch sides\" (or \"change direction\"), \"two more\" and \"done\", through the desktop's speech-dispatcher, with your speech settings.",
        (voice);
    "sit_stand", Schedule, Kind::Bool,
        Value::Bool(false), "Sit–stand–move mode (for a sit–stand desk)",
        "For a sit–stand desk: after `sit_for` sitting, \"Stand up — raise your desk\"; after `stand_for` standing, a movement break (a routine); then \"Sit back down in a slightly different position\". Say \"I'm standing\" or \"I'm sitting\" any time and the schedule follows you. Replaces `sit_interval` while on. Without it, \"I'm standing\" ends the sitting and starts the clock again: standing still is not moving, so a break to move still comes after `sit_interval`.",
        (sit_stand);
    "sit_for", Schedule, Kind::Duration { min: mins(5), max: mins(120) },
        Value::Duration(mins(20)), "Sit for",
        "Sit–stand–move mode: sitting time before \"Stand up\". 20 minutes, as Cornell's 20-8-2 (from outside the five articles).",
        (sit_for);
    "stand_for", Schedule, Kind::Duration { min: secs(0), max: mins(60) },
        Value::Duration(mins(8)), "Then stand for",
        "Sit–stand–move mode: standing time before the movement break; `\"0s\"` for none, when the break itself gets you up (\"30 sit, then stand and move\").",
        (stand_for);
    "enabled", WorkingHours, Kind::Bool,
        Value::Bool(false), "Remind me only during working hours",
        "Remind only inside working hours.", (working_hours.enabled);
    "mon", WorkingHours, Kind::Hours, workday(), "Monday",
        "Hours on Mondays.", (working_hours.days[0]);
    "tue", WorkingHours, Kind::Hours, workday(), "Tuesday",
        "Hours on Tuesdays.", (working_hours.days[1]);
    "wed", WorkingHours, Kind::Hours, workday(), "Wednesday",
        "Hours on Wednesdays.", (working_hours.days[2]);
    "thu", WorkingHours, Kind::Hours, workday(), "Thursday",
        "Hours on Thursdays.", (working_hours.days[3]);
    "fri", WorkingHours, Kind::Hours, workday(), "Friday",
        "Hours on Fridays.", (working_hours.days[4]);
    "sat", WorkingHours, Kind::Hours, day_off(), "Saturday",
        "Hours on Saturdays.", (working_hours.days[5]);
    "sun", WorkingHours, Kind::Hours, day_off(), "Sunday",
        "Hours on Sundays.", (working_hours.days[6]);
    "stand", Hooks, Kind::Command, Value::Ids(Vec::new()), "When I stand",
        "Run when you say you stand (to raise a motorised desk, say).", (hooks.stand);
    "sit", Hooks, Kind::Command, Value::Ids(Vec::new()), "When I sit",
        "Run when you say you sit.", (hooks.sit);
    "break_start", Hooks, Kind::Command, Value::Ids(Vec::new()), "When a break starts",
        "Run when a break starts (to set a chat status, say).", (hooks.break_start);
    "break_end", Hooks, Kind::Command, Value::Ids(Vec::new()), "When a break ends",
        "Run when a break ends, done, left or skipped.", (hooks.break_end);
    "pause", Hooks, Kind::Command, Value::Ids(Vec::new()), "When reminders pause",
        "Run when reminders are paused.", (hooks.pause);
    "resume", Hooks, Kind::Command, Value::Ids(Vec::new()), "When reminders resume",
        "Run when reminders resume.", (hooks.resume);
    "time_limit", Hooks, Kind::Duration { min: secs(1), max: mins(5) },
        Value::Duration(secs(10)), "Stop a hook after",
        "A hook still running after this long is stopped and reported.", (hooks.time_limit);
}

/// Looks a key up by its dotted path (`sit_interval`, `working_hours.mon`).
pub fn key(path: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.path() == path)
}

impl Kind {
    /// What the README's "allowed" column says.
    pub fn allowed(self) -> String {
        match self {
            Kind::Version => "`1`".into(),
            Kind::Duration { min, max } => {
                format!("{} – {}", format_duration(min), format_duration(max))
            }
            Kind::Whole { min, max } => format!("{min} – {max}"),
            Kind::Bool => "bool".into(),
            Kind::Time => "`\"HH:MM\"`".into(),
            Kind::Hours => "`\"HH:MM-HH:MM\"` or `\"off\"`".into(),
            Kind::Ids(noun) => format!("{noun} ids"),
            Kind::Names => "program names".into(),
            Kind::Command => "`[\"program\", \"arg\", …]`".into(),
            Kind::Theme => choice::spellings::<Theme>("`\"", "\"`"),
            Kind::Motion => choice::spellings::<Motion>("`\"", "\"`"),
            Kind::Language => "`\"system\"` or a language tag".into(),
            Kind::Scale { min, max } => format!("{min:?} – {max:?}"),
        }
    }
}
