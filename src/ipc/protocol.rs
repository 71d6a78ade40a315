//! The one protocol spoken by the daemon, the CLI, the tray menu and the
//! window: JSON lines over a local socket, each carrying a version number.
//! A client sends requests and reads one response each; after `Subscribe`
//! the daemon pushes a `Welcome`, then `Event` and `Show` lines on that
//! connection.

use std::io::{self, BufRead, Read, Write};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Dose, Routine, RoutineId, RoutineItem, StretchId};
use crate::engine::{BusyReason, PhaseKind};
use crate::posture::{Posture, Prompt};
use crate::settings::Issue;
pub use crate::settings::policy::{ManagedKey, PolicyView};

pub use super::hook_failure::{HookFailure, HookProblem};

/// Bumped when a message changes incompatibly.
pub const PROTOCOL_VERSION: u32 = 1;

/// Longest message accepted, in bytes; longer ones are refused unread.
pub const MAX_MESSAGE: usize = 64 * 1024;

/// Which screen the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum View {
    #[default]
    Home,
    Break,
    Settings,
    Statistics,
    /// The small window of a sit–stand prompt.
    Prompt,
}

impl View {
    /// The spelling on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Home => "home",
            View::Break => "break",
            View::Settings => "settings",
            View::Statistics => "statistics",
            View::Prompt => "prompt",
        }
    }
}

/// What a client asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Request {
    /// The current status.
    Status,
    /// Start a break now with the rotation's routine and open the player.
    TakeBreak,
    /// Start a break with a given routine (the window's Start button).
    StartBreak {
        routine: Option<RoutineId>,
    },
    /// The running break reached its end card.
    FinishBreak {
        steps_done: u32,
        steps_total: u32,
    },
    /// The running break was left early.
    AbandonBreak {
        steps_done: u32,
        steps_total: u32,
    },
    Snooze,
    Skip,
    /// Pause reminders for this many seconds.
    Pause {
        secs: u64,
    },
    PauseUntilTomorrow,
    Resume,
    /// Open (or raise) the window on a view.
    Open {
        view: View,
    },
    /// Stop the daemon.
    Quit,
    /// Keep this connection open: push a `Welcome` (status and settings),
    /// then an `Event` on every change and a `Show` when a view is wanted.
    Subscribe,
    /// The settings as TOML text, with the current problems.
    GetSettings,
    /// Replace the settings with this TOML text; refused with the problems
    /// when any value is invalid, so nothing invalid is ever saved.
    SetSettings {
        toml: String,
    },
    /// Leave a stretch out of future routines ("Stop — this hurts").
    ExcludeStretch {
        id: StretchId,
    },
    /// What the desktop offers: tray, notifications, idle, suspend. A
    /// recent report may be given from the daemon's cache; `fresh` (asked
    /// by `sitbreak doctor`, often run right after a change) looks again.
    Doctor {
        #[serde(default)]
        fresh: bool,
    },
    /// The person read the safety notes shown before their first stretch.
    SafetyNotesRead,
    /// The person sits or stands now ("I'm standing", `sitbreak stand`).
    Posture {
        posture: Posture,
    },
    /// Run the hook the settings file binds to `event` now, and say how it
    /// went. Only the file defines hooks; this names one, nothing more.
    TestHook {
        event: String,
    },
}

/// A request with its protocol version, as sent on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestEnvelope {
    pub v: u32,
    #[serde(flatten)]
    pub request: Request,
}

/// A routine exactly as the daemon chose it: the rotation's pick with the
/// user's exclusions already applied. The window plays these items and
/// never chooses again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutineView {
    pub id: RoutineId,
    pub name: String,
    pub length_secs: u64,
    pub areas: Vec<crate::catalog::Area>,
    #[serde(default)]
    pub floor: bool,
    #[serde(default)]
    pub items: Vec<ItemView>,
}

/// One stretch of a chosen routine, with its timing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemView {
    pub stretch: StretchId,
    pub dose: DoseView,
}

/// A [`Dose`] on the wire, in milliseconds so fractional timings survive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DoseView {
    Hold { ms: u64 },
    Reps { count: u32, each_ms: u64 },
}

impl From<Dose> for DoseView {
    fn from(d: Dose) -> DoseView {
        let ms = |d: Duration| u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        match d {
            Dose::Hold(h) => DoseView::Hold { ms: ms(h) },
            Dose::Reps { count, each } => DoseView::Reps {
                count,
                each_ms: ms(each),
            },
        }
    }
}

impl From<DoseView> for Dose {
    fn from(d: DoseView) -> Dose {
        match d {
            DoseView::Hold { ms } => Dose::Hold(Duration::from_millis(ms)),
            DoseView::Reps { count, each_ms } => Dose::Reps {
                count,
                each: Duration::from_millis(each_ms),
            },
        }
    }
}

impl RoutineView {
    /// The chosen routine with the catalog's facts around it.
    pub fn of(catalog: &Catalog, r: &Routine) -> RoutineView {
        RoutineView {
            id: r.id.clone(),
            name: r.name.clone(),
            length_secs: catalog.routine_length(r).as_secs(),
            areas: catalog.routine_areas(r),
            floor: r.floor,
            items: r
                .items
                .iter()
                .map(|i| ItemView {
                    stretch: i.stretch.clone(),
                    dose: i.dose.into(),
                })
                .collect(),
        }
    }

    /// The routine to play, as sent. Every stretch must be in `catalog`
    /// (the window's copy), or the error names the one that is not.
    pub fn to_routine(&self, catalog: &Catalog) -> Result<Routine, String> {
        if self.items.is_empty() {
            return Err(format!(
                "the routine \"{}\" arrived with no stretches",
                self.name
            ));
        }
        if let Some(missing) = self
            .items
            .iter()
            .find(|i| catalog.stretch(&i.stretch).is_none())
        {
            return Err(format!(
                "the routine \"{}\" uses the stretch \"{}\", which this window does not know; \
                 was a routine file changed since Sitbreak started?",
                self.name, missing.stretch
            ));
        }
        Ok(Routine {
            id: self.id.clone(),
            name: self.name.clone(),
            summary: String::new(),
            floor: self.floor,
            items: self
                .items
                .iter()
                .map(|i| RoutineItem {
                    stretch: i.stretch.clone(),
                    dose: i.dose.into(),
                })
                .collect(),
        })
    }
}

/// Today's numbers, for the home view.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TodayView {
    pub taken: u32,
    pub skipped: u32,
    pub natural: u32,
    pub sat_secs: u64,
}

/// Everything a client needs to show the schedule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusView {
    pub phase: PhaseKind,
    /// Seconds until the break, while sitting.
    pub next_break_in_secs: Option<u64>,
    /// Seconds until the pause ends, while paused.
    pub pause_left_secs: Option<u64>,
    /// When the pause ends, on the wall clock.
    pub paused_until: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub progress_permille: u32,
    pub snoozes_left: u32,
    pub strict: bool,
    pub next_routine: Option<RoutineView>,
    /// The routine of the break under way, while on a break.
    #[serde(default)]
    pub current_routine: Option<RoutineView>,
    pub today: TodayView,
    /// Changes whenever the settings change, however they were changed, so
    /// an open window knows to read them again.
    #[serde(default)]
    pub settings_rev: u64,
    /// Whether the person has read the safety notes; until they have, every
    /// break starts with them, however it was started.
    #[serde(default)]
    pub safety_notes_read: bool,
    /// What holds a due break back, while one is held.
    #[serde(default)]
    pub held_by: Option<BusyReason>,
    /// Sitting or standing, as the person last said.
    #[serde(default = "sitting")]
    pub posture: Posture,
    /// For how long, in seconds.
    #[serde(default)]
    pub posture_secs: u64,
    /// The sit–stand prompt on screen, if any.
    #[serde(default)]
    pub prompt: Option<Prompt>,
    /// The last hook that failed, with why, until one runs well.
    #[serde(default)]
    pub hook_problem: Option<HookProblem>,
    /// An organisation's policy in force, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<PolicyView>,
}

fn sitting() -> Posture {
    Posture::Sitting
}

/// Why the daemon did not do what it was asked: a value, worded where it
/// is shown (`crate::words::refusal`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum Refusal {
    /// The schedule does not allow it now (nothing to snooze, strict mode).
    Schedule {
        refusal: crate::engine::Refusal,
    },
    NoSuchRoutine {
        id: String,
    },
    /// Every stretch of the routine is left out or done on the floor.
    NothingToPlay {
        routine: String,
    },
    NoSuchStretch {
        id: String,
    },
    /// Settings with problems are not saved; each problem as a value.
    InvalidSettings {
        issues: Vec<Issue>,
    },
    /// Hooks run commands, so only the settings file changes them.
    HooksOnlyInFile {
        file: String,
    },
    NoSuchHookEvent {
        event: String,
    },
    NoHookCommand {
        event: String,
        file: String,
    },
    /// Asked of a tray item or a button, this is asked on the socket only
    /// (testing a hook, looking at the desktop).
    SocketOnly,
}

/// The problems the daemon found reading the settings file, with the
/// file's path, for the window to say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsProblems {
    pub path: String,
    pub issues: Vec<Issue>,
}

/// What the daemon answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reply", rename_all = "snake_case")]
pub enum Response {
    Ok {
        status: StatusView,
    },
    /// The action was understood but not allowed now; `refusal` says why.
    Refused {
        refusal: Refusal,
    },
    /// The request could not be handled (malformed, wrong version, I/O).
    Error {
        message: String,
    },
    Settings {
        toml: String,
        #[serde(flatten)]
        file: SettingsProblems,
    },
    /// The first push to a subscriber: everything a new window starts
    /// from, so that it asks once.
    Welcome {
        status: StatusView,
        /// The settings as TOML, as `Settings` carries them.
        settings: String,
        #[serde(flatten)]
        file: SettingsProblems,
    },
    /// Pushed to subscribers on every change.
    Event {
        status: StatusView,
    },
    /// Pushed to a subscribed window: show this view.
    Show {
        view: View,
    },
    Doctor {
        report: DesktopReport,
    },
    /// How a hook run by `TestHook` went: `None` for success.
    HookRan {
        event: String,
        problem: Option<HookFailure>,
    },
}

/// What Sitbreak found of the desktop it runs in (`sitbreak doctor`, the
/// "Desktop integration" part of Settings, the daemon's start-up lines).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DesktopReport {
    /// "Wayland (sway)", "X11 (Openbox)".
    pub session: String,
    pub checks: Vec<Check>,
}

impl Check {
    /// A part that works, perhaps with a note on what it lacks.
    pub fn works(part: Part, found: impl Into<String>, note: Option<&str>) -> Check {
        Check {
            part,
            found: found.into(),
            works: true,
            advice: note.map(str::to_owned),
        }
    }

    /// A part that is missing, with what to do about it.
    pub fn missing(part: Part, found: impl Into<String>, advice: &str) -> Check {
        Check {
            part,
            found: found.into(),
            works: false,
            advice: Some(advice.to_owned()),
        }
    }
}

/// The parts of a desktop Sitbreak relies on; named where shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Tray,
    Notifications,
    Idle,
    Suspend,
    Sound,
    Voice,
    Media,
}

/// One part of the desktop Sitbreak relies on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub part: Part,
    /// What was found, or why nothing was.
    pub found: String,
    pub works: bool,
    /// What to do about it, when something is missing.
    pub advice: Option<String>,
}

/// Reads one line of at most [`MAX_MESSAGE`] bytes. `Ok(None)` at a clean
/// end of stream; an error for oversized, truncated or non-UTF-8 input.
pub fn read_line<R: BufRead>(reader: &mut R) -> io::Result<Option<String>> {
    let mut buf = Vec::new();
    let n = Read::by_ref(reader)
        .take(MAX_MESSAGE as u64 + 1)
        .read_until(b'\n', &mut buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() != Some(&b'\n') {
        let why = if buf.len() > MAX_MESSAGE {
            format!("message longer than {MAX_MESSAGE} bytes")
        } else {
            "message ended without a newline".to_owned()
        };
        return Err(io::Error::new(io::ErrorKind::InvalidData, why));
    }
    buf.pop();
    String::from_utf8(buf)
        .map(Some)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "message is not UTF-8"))
}

/// Writes one message as a JSON line.
pub fn write_message(writer: &mut impl Write, message: &impl Serialize) -> io::Result<()> {
    let mut line = serde_json::to_vec(message).map_err(io::Error::other)?;
    line.push(b'\n');
    writer.write_all(&line)?;
    writer.flush()
}

/// Decodes a request line, checking the version.
pub fn decode_request(line: &str) -> Result<Request, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("malformed request: {e}"))?;
    if !value.is_object() {
        return Err("malformed request: expected a JSON object".into());
    }
    let version = value.get("v").and_then(serde_json::Value::as_u64);
    if version != Some(u64::from(PROTOCOL_VERSION)) {
        return Err(format!(
            "protocol version {} is not supported (this daemon speaks {PROTOCOL_VERSION})",
            version.map_or("missing".to_owned(), |v| v.to_string())
        ));
    }
    serde_json::from_value::<RequestEnvelope>(value)
        .map(|e| e.request)
        .map_err(|e| format!("malformed request: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_trip_with_their_version() {
        let envelope = RequestEnvelope {
            v: PROTOCOL_VERSION,
            request: Request::Pause { secs: 1800 },
        };
        let line = serde_json::to_string(&envelope).expect("encode");
        assert_eq!(line, r#"{"v":1,"op":"pause","secs":1800}"#);
        assert_eq!(decode_request(&line), Ok(Request::Pause { secs: 1800 }));
    }

    #[test]
    fn wrong_or_missing_version_is_refused_with_a_reason() {
        let err = decode_request(r#"{"v":9,"op":"status"}"#).expect_err("refused");
        assert!(err.contains("version 9"), "{err}");
        let err = decode_request(r#"{"op":"status"}"#).expect_err("refused");
        assert!(err.contains("missing"), "{err}");
    }

    #[test]
    fn garbage_is_a_malformed_request() {
        for line in [
            "",
            "{",
            "[1,2]",
            r#"{"v":1,"op":"fly"}"#,
            r#"{"v":1,"op":"pause"}"#,
        ] {
            let err = decode_request(line).expect_err("refused");
            assert!(err.starts_with("malformed request"), "{line}: {err}");
        }
    }

    #[test]
    fn oversized_and_truncated_lines_are_errors() {
        let big = vec![b'a'; MAX_MESSAGE + 10];
        let err = read_line(&mut &big[..]).expect_err("too long");
        assert!(err.to_string().contains("longer than"), "{err}");
        let err = read_line(&mut &b"{\"v\":1"[..]).expect_err("truncated");
        assert!(err.to_string().contains("without a newline"), "{err}");
        assert_eq!(read_line(&mut &b""[..]).expect("eof"), None);
        assert_eq!(
            read_line(&mut &b"hi\nrest"[..]).expect("line").as_deref(),
            Some("hi")
        );
    }
}
