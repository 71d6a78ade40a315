//! Phrases made from the values the core and the daemon send, each in one
//! place, for whatever shows them (the tray, notifications, the window, the
//! command line). The seam the translations will replace.

use chrono::{DateTime, FixedOffset};

use crate::engine::{self, BusyReason, PhaseKind};
use crate::ipc::protocol::{
    HookFailure, HookProblem, PolicyView, Refusal, Request, SettingsProblems, StatusView,
};
use crate::posture::{Posture, Prompt};
use crate::settings::policy::Strength;
use crate::settings::{Expected, Issue, Problem};

/// What holds a break back: "microphone in use by zoom".
pub fn busy(reason: &BusyReason) -> String {
    match reason {
        BusyReason::Microphone { app } => format!("microphone in use by {app}"),
        BusyReason::Camera { app } => format!("camera in use by {app}"),
        BusyReason::FullScreen { title: Some(title) } => {
            format!("a full-screen window ({title})")
        }
        BusyReason::FullScreen { title: None } => "a full-screen window".to_owned(),
        BusyReason::DoNotDisturb => "Do Not Disturb is on".to_owned(),
        BusyReason::Running { app } => format!("{app} is running"),
        BusyReason::JustEnded => "something that just ended (the break comes shortly)".to_owned(),
    }
}

/// The status in one line, for `sitbreak status`, Home and the tray:
/// "Next break in 12 min", "Paused until 14:30", "Break waiting:
/// microphone in use by zoom".
pub fn summary(status: &StatusView) -> String {
    if let Some(by) = &status.held_by {
        return format!("Break waiting: {}", busy(by));
    }
    match (
        status.phase,
        status.next_break_in_secs,
        status.pause_left_secs,
    ) {
        (PhaseKind::Sitting, None, _) if status.posture == Posture::Standing => {
            "Standing: no break while you stand".into()
        }
        (PhaseKind::Sitting, Some(secs), _) if secs < 60 => format!("Next break in {secs} s"),
        (PhaseKind::Sitting, Some(secs), _) => format!("Next break in {} min", secs.div_ceil(60)),
        (PhaseKind::Sitting, None, _) => "Sitting".into(),
        (PhaseKind::BreakDue, ..) => "Time to stand up".into(),
        (PhaseKind::Held, ..) => "Break waiting until you are free".into(),
        (PhaseKind::OnBreak, ..) => "On a break".into(),
        (PhaseKind::Paused, ..) => match status.paused_until {
            Some(t) => format!("Paused until {}", clock_time(t)),
            None => "Paused".into(),
        },
        (PhaseKind::Away, ..) => "Away from the desk: that counts as a break".into(),
        (PhaseKind::OffHours, ..) => "Outside working hours".into(),
    }
}

/// The tray's tooltip: the summary, except that while sitting it names the
/// time of the break ("Next break at 14:32"). A countdown would change the
/// tooltip every minute, and every change wakes the tray host and the
/// daemon; the time of day stays true until the schedule changes.
pub fn tooltip(status: &StatusView, wall: DateTime<FixedOffset>) -> String {
    match (status.phase, status.next_break_in_secs) {
        (PhaseKind::Sitting, Some(secs)) => {
            let at = wall + chrono::Duration::seconds(i64::try_from(secs).unwrap_or(0));
            format!("Next break at {}", clock_time(at))
        }
        _ => summary(status),
    }
}

/// A time of day as people read it on a clock: "14:30".
pub fn clock_time(t: DateTime<FixedOffset>) -> String {
    t.format("%H:%M").to_string()
}

/// Why something asked was not done: "no break is due, so there is
/// nothing to snooze".
pub fn refusal(refusal: &Refusal) -> String {
    match refusal {
        Refusal::Schedule { refusal } => schedule_refusal(*refusal).to_owned(),
        Refusal::NoSuchRoutine { id } => format!("there is no routine \"{id}\""),
        Refusal::NothingToPlay { routine } => {
            format!("every stretch of \"{routine}\" is left out or on the floor")
        }
        Refusal::NoSuchStretch { id } => format!("no stretch \"{id}\""),
        Refusal::InvalidSettings { issues } => {
            let said: Vec<String> = issues.iter().map(|i| issue(None, i)).collect();
            format!("not saved: {}", said.join("; "))
        }
        Refusal::HooksOnlyInFile { file } => format!(
            "not saved: hooks run commands, so only the settings file ({file}) can change them"
        ),
        Refusal::NoSuchHookEvent { event } => format!("there is no hook event \"{event}\""),
        Refusal::NoHookCommand { event, file } => format!("no command for \"{event}\" in {file}"),
        Refusal::SocketOnly => {
            "a hook is tested, and the desktop looked at, from the Settings window or the socket"
                .to_owned()
        }
    }
}

/// A problem with a setting, and what was done about it: "2m is out of
/// range (5m to 4h)".
pub fn setting_problem(problem: &Problem) -> String {
    let quoted = |t: &str| format!("\"{t}\"");
    match problem {
        Problem::Unreadable { reason } => format!("cannot read ({reason}); running on defaults"),
        Problem::NotToml { reason } => format!("not valid TOML ({reason}); running on defaults"),
        Problem::WrongType { expected, found } => {
            let must = match expected {
                Expected::WholeNumber => "a whole number".to_owned(),
                Expected::TrueOrFalse => "true or false".to_owned(),
                Expected::ProgramNames => "a list of program names".to_owned(),
                Expected::Command => {
                    "a list of the program and its arguments, such as [\"deskctl\", \"up\"]"
                        .to_owned()
                }
                Expected::Ids { noun } => format!("a list of {noun} ids"),
                Expected::Number => "a number such as 1.25".to_owned(),
                Expected::QuotedString => "a quoted string".to_owned(),
                Expected::RegistryValue => "a number (REG_DWORD) or text (REG_SZ)".to_owned(),
                Expected::RegistryText => "text (REG_SZ)".to_owned(),
            };
            format!("must be {must}, not {found}")
        }
        Problem::NotATable { name } => format!("must be a table: [{name}]"),
        Problem::OutOfRange { value, range: None } => format!("{value} is out of range"),
        Problem::OutOfRange {
            value,
            range: Some((min, max)),
        } => format!("{value} is out of range ({min} to {max})"),
        Problem::NotADuration { text } => {
            format!("{} is not a duration like \"30m\" or \"45s\"", quoted(text))
        }
        Problem::NotATime { text } => format!("{} is not a time like \"09:00\"", quoted(text)),
        Problem::NotHours { text } => format!(
            "{} is not a range like \"09:00-17:00\" (or \"off\")",
            quoted(text)
        ),
        Problem::StartNotBeforeEnd { text } => {
            format!("{}: the start must be before the end", quoted(text))
        }
        Problem::NotOneOf { text, options } => {
            let options: Vec<String> = options.iter().map(|o| quoted(o)).collect();
            format!("{} is not one of {}", quoted(text), options.join(", "))
        }
        Problem::EmptyProgram => "the program (the first item) is empty".to_owned(),
        Problem::NewerVersion { found, understood } => format!(
            "{found} is newer than this Sitbreak understands ({understood}); keys it does not know are ignored"
        ),
        Problem::BadVersion => "must be a whole number such as 1".to_owned(),
        Problem::UnknownKey { known } if known.is_empty() => "unknown key (ignored)".to_owned(),
        Problem::UnknownKey { known } => {
            format!("unknown key (ignored); this table has {}", known.join(", "))
        }
        Problem::WarningNotBeforeBreak {
            warn_before,
            sit_interval,
        } => format!("{warn_before} must be shorter than sit_interval ({sit_interval})"),
        Problem::EveryDayOff => {
            "enabled but every day is off, so no reminder would ever come".to_owned()
        }
        Problem::SafeValueUsed { because } => {
            format!("{}; using a safe value instead", setting_problem(because))
        }
        Problem::NotReadThisWay => "cannot be read this way".to_owned(),
        Problem::Locked { yours, applies } => {
            format!("set by your organisation: {applies} applies, not {yours}")
        }
        Problem::OutOfBounds {
            yours,
            applies,
            min,
            max,
        } => {
            let allowed = match (min, max) {
                (Some(min), Some(max)) => format!("{min} to {max}"),
                (Some(min), None) => format!("at least {min}"),
                (None, Some(max)) => format!("at most {max}"),
                (None, None) => "no bound".to_owned(),
            };
            format!(
                "{yours} is outside what your organisation allows ({allowed}); {applies} applies"
            )
        }
        Problem::NotInPolicy => {
            "hooks run commands on the person's desktop, so a policy cannot set them".to_owned()
        }
        Problem::NoBounds => "only durations and numbers can have bounds".to_owned(),
        Problem::BadBounds => {
            "bounds are written { min = …, max = … }, with min no more than max".to_owned()
        }
        Problem::BoundNotNamed => {
            "a bound is a value named <setting>.min or <setting>.max".to_owned()
        }
    }
}

/// Why a hook failed: "deskctl exited with status 1: no desk found".
pub fn hook_failure(failure: &HookFailure) -> String {
    let with = |what: String, stderr: &str| {
        if stderr.is_empty() {
            what
        } else {
            format!("{what}: {stderr}")
        }
    };
    match failure {
        HookFailure::CouldNotStart { program, reason } => {
            format!("{program} could not start ({reason})")
        }
        HookFailure::Exited {
            program,
            code,
            stderr,
        } => with(format!("{program} exited with status {code}"), stderr),
        HookFailure::Killed { program, stderr } => {
            with(format!("{program} was killed by a signal"), stderr)
        }
        HookFailure::TimedOut { program, limit_ms } => format!(
            "{program} was stopped after running longer than {}",
            crate::settings::format_duration(std::time::Duration::from_millis(*limit_ms))
        ),
    }
}

/// The last hook that failed, for Settings and `status`: "stand: deskctl
/// exited with status 1".
pub fn hook_problem(problem: &HookProblem) -> String {
    format!("{}: {}", problem.event, hook_failure(&problem.failure))
}

/// An organisation's policy, a line each: where it comes from, what it
/// sets and how strongly, and what in it could not be read.
pub fn policy(view: &PolicyView) -> Vec<String> {
    let mut lines = vec![format!("Set by your organisation, in {}:", view.source)];
    for k in &view.keys {
        let how = match (k.strength, &k.value, &k.min, &k.max) {
            (Strength::Locked, Some(v), ..) => format!("locked at {v}"),
            (Strength::Default, Some(v), ..) => format!("{v} by default, yours to change"),
            (Strength::Bounded, _, Some(min), Some(max)) => format!("from {min} to {max}"),
            (Strength::Bounded, _, Some(min), None) => format!("at least {min}"),
            (Strength::Bounded, _, None, Some(max)) => format!("at most {max}"),
            _ => "set".to_owned(),
        };
        lines.push(format!("  {}: {how}", k.key));
    }
    for i in &view.issues {
        lines.push(format!("  not applied: {}", policy_issue(&view.source, i)));
    }
    lines
}

/// A problem in an organisation's policy, where it is: a file's at its
/// `source:line`, a registry value's at its own place, which its key
/// spells whole (`HKLM\SOFTWARE\Policies\Sitbreak\Locked\sit_interval`).
pub fn policy_issue(source: &str, i: &Issue) -> String {
    let own_place = i.line == 0 && i.key.starts_with("HK");
    issue((!own_place).then_some(source), i)
}

/// `sitbreak doctor` when no organisation's policy applies: where it looked.
#[cfg(unix)]
pub const NO_POLICY: &str =
    "No policy from an organisation (looked in $XDG_CONFIG_DIRS, /etc/xdg by default).";
#[cfg(not(unix))]
pub const NO_POLICY: &str = r"No policy from an organisation (looked in HKLM\SOFTWARE\Policies\Sitbreak and HKCU\SOFTWARE\Policies\Sitbreak).";

/// Each problem the daemon found in the settings file, with its place.
pub fn settings_problems(found: &SettingsProblems) -> Vec<String> {
    found
        .issues
        .iter()
        .map(|i| issue(Some(&found.path), i))
        .collect()
}

/// A setting's problem with where it is: "settings.toml:3: sit_interval:
/// 2m is out of range (5m to 4h)"; without a file, from the key on.
pub fn issue(file: Option<&str>, issue: &Issue) -> String {
    let mut out = String::new();
    if let Some(file) = file {
        out.push_str(file);
        if issue.line > 0 {
            out.push_str(&format!(":{}", issue.line));
        }
        out.push_str(": ");
    }
    if !issue.key.is_empty() {
        out.push_str(&format!("{}: ", issue.key));
    }
    out.push_str(&setting_problem(&issue.problem));
    out
}

fn schedule_refusal(refusal: engine::Refusal) -> &'static str {
    match refusal {
        engine::Refusal::StrictMode => "strict mode is on, so breaks cannot be skipped",
        engine::Refusal::NothingToSkip => "no break is due or running, so there is nothing to skip",
        engine::Refusal::NothingToSnooze => "no break is due, so there is nothing to snooze",
        engine::Refusal::NoSnoozesLeft => "no snoozes left for this break: take it or skip it",
        engine::Refusal::AlreadyOnBreak => "a break is already running",
        engine::Refusal::NotOnBreak => "no break is running",
        engine::Refusal::NotPaused => "reminders are not paused",
        engine::Refusal::PauseOutOfRange => "a pause must be longer than zero and at most 24 hours",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reason_reads_as_a_phrase_that_names_the_app() {
        let zoom = || "zoom".to_owned();
        assert_eq!(
            busy(&BusyReason::Microphone { app: zoom() }),
            "microphone in use by zoom"
        );
        assert_eq!(
            busy(&BusyReason::Camera { app: zoom() }),
            "camera in use by zoom"
        );
        assert_eq!(
            busy(&BusyReason::Running { app: zoom() }),
            "zoom is running"
        );
        assert_eq!(
            busy(&BusyReason::FullScreen {
                title: Some("slides".into())
            }),
            "a full-screen window (slides)"
        );
        assert_eq!(
            busy(&BusyReason::FullScreen { title: None }),
            "a full-screen window"
        );
        assert_eq!(busy(&BusyReason::DoNotDisturb), "Do Not Disturb is on");
    }

    fn status(phase: PhaseKind) -> StatusView {
        StatusView {
            phase,
            ..StatusView::default()
        }
    }

    #[test]
    fn summary_lines_read_like_a_tooltip() {
        let sitting = |secs| StatusView {
            next_break_in_secs: Some(secs),
            ..status(PhaseKind::Sitting)
        };
        assert_eq!(summary(&sitting(700)), "Next break in 12 min");
        assert_eq!(summary(&sitting(42)), "Next break in 42 s");
        let until = DateTime::parse_from_rfc3339("2026-12-03T14:30:00+01:00").expect("time");
        let paused = StatusView {
            paused_until: Some(until),
            ..status(PhaseKind::Paused)
        };
        assert_eq!(summary(&paused), "Paused until 14:30");
        assert_eq!(summary(&status(PhaseKind::BreakDue)), "Time to stand up");
        let standing = StatusView {
            posture: Posture::Standing,
            ..status(PhaseKind::Sitting)
        };
        assert_eq!(summary(&standing), "Standing: no break while you stand");
        let held = StatusView {
            held_by: Some(BusyReason::DoNotDisturb),
            ..status(PhaseKind::Held)
        };
        assert_eq!(summary(&held), "Break waiting: Do Not Disturb is on");
    }

    #[test]
    fn a_refusal_says_why_and_what_to_do_instead() {
        let said = |r| refusal(&Refusal::Schedule { refusal: r });
        assert_eq!(
            said(engine::Refusal::NoSnoozesLeft),
            "no snoozes left for this break: take it or skip it"
        );
        assert_eq!(
            said(engine::Refusal::StrictMode),
            "strict mode is on, so breaks cannot be skipped"
        );
        assert_eq!(
            refusal(&Refusal::InvalidSettings {
                issues: vec![
                    Issue {
                        line: 0,
                        key: "sit_interval".into(),
                        problem: Problem::NotADuration {
                            text: "soon".into()
                        },
                    },
                    Issue {
                        line: 0,
                        key: "working_hours".into(),
                        problem: Problem::EveryDayOff,
                    },
                ]
            }),
            "not saved: sit_interval: \"soon\" is not a duration like \"30m\" or \"45s\"; \
             working_hours: enabled but every day is off, so no reminder would ever come"
        );
    }
}

/// A notification's title and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
}

/// The warning before a break: "Stand-up break in 2 minutes".
pub fn warning(due_in: std::time::Duration, routine: Option<&str>) -> Notice {
    let secs = due_in.as_secs().max(1);
    let when = if secs < 90 {
        format!("in {secs} seconds")
    } else {
        format!("in {} minutes", secs.div_ceil(60))
    };
    Notice {
        title: format!("Stand-up break {when}"),
        body: match routine {
            Some(name) => format!("Next up: {name}. Finish your thought."),
            None => "Finish your thought.".to_owned(),
        },
    }
}

/// A due break waits while the person is busy.
pub fn held(by: &BusyReason) -> Notice {
    Notice {
        title: "Break after this".to_owned(),
        body: format!("{}: the break comes shortly after.", capitalise(&busy(by))),
    }
}

/// The break is due: its routine and length, when known.
pub fn break_due(routine: Option<&str>, length: Option<&str>) -> Notice {
    Notice {
        title: "Time to stand up".to_owned(),
        body: match (routine, length) {
            (Some(name), Some(length)) => format!("{name} · {length}"),
            (Some(name), None) => name.to_owned(),
            _ => "Stand up and move for a minute.".to_owned(),
        },
    }
}

/// The buttons of the break notification, in order: what each sends and
/// says.
pub fn break_buttons(snooze_minutes: Option<u64>, can_skip: bool) -> Vec<(Request, String)> {
    let mut buttons = vec![(Request::TakeBreak, "Start".to_owned())];
    if let Some(minutes) = snooze_minutes {
        buttons.push((Request::Snooze, format!("Snooze {minutes} min")));
    }
    if can_skip {
        buttons.push((Request::Skip, "Skip".to_owned()));
    }
    buttons
}

/// The buttons of a sit–stand prompt, in order: what each sends and says.
pub fn prompt_buttons(
    prompt: Prompt,
    snooze_minutes: Option<u64>,
    can_skip: bool,
) -> Vec<(Request, String)> {
    let posture = |posture| Request::Posture { posture };
    match prompt {
        Prompt::StandUp => {
            let mut buttons = vec![(posture(Posture::Standing), "I'm standing".to_owned())];
            if let Some(minutes) = snooze_minutes {
                buttons.push((Request::Snooze, format!("Snooze {minutes} min")));
            }
            if can_skip {
                buttons.push((Request::Skip, "Not now".to_owned()));
            }
            buttons
        }
        Prompt::SitDown => vec![
            (posture(Posture::Sitting), "I'm sitting".to_owned()),
            (Request::Skip, "Keep standing".to_owned()),
        ],
    }
}

/// Why a click was not carried out.
pub fn refused(reason: &str) -> Notice {
    Notice {
        title: "Sitbreak could not do that".to_owned(),
        body: capitalise(reason),
    }
}

/// The text with its first letter in upper case, for phrases made to sit
/// mid-sentence that are shown on their own.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
