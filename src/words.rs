//! Phrases made from the values the core and the daemon send, for
//! whatever shows them (the tray, notifications, the window, the command
//! line): which message says each value, and with what. The words
//! themselves are Fluent messages (`locales/`, through `crate::tr!`).

use chrono::{DateTime, FixedOffset};

use crate::engine::{self, BusyReason, PhaseKind};
use crate::ipc::protocol::{
    HookFailure, HookProblem, PolicyView, Refusal, Request, SettingsProblems, StatusView,
};
use crate::posture::{Posture, Prompt};
use crate::settings::policy::Strength;
use crate::settings::{Expected, Issue, Problem};
use crate::tr;

pub mod catalog;
pub mod doctor;
pub use catalog::{area, areas, cautions, position, stretch_facts, turn_cue, turn_halves};
pub use doctor::{check_lines, part};

/// What holds a break back: "microphone in use by zoom".
pub fn busy(reason: &BusyReason) -> String {
    match reason {
        BusyReason::Microphone { app } => tr!("busy-microphone", app = app),
        BusyReason::Camera { app } => tr!("busy-camera", app = app),
        BusyReason::FullScreen { title: Some(title) } => {
            tr!("busy-full-screen-titled", title = title)
        }
        BusyReason::FullScreen { title: None } => tr!("busy-full-screen"),
        BusyReason::DoNotDisturb => tr!("busy-do-not-disturb"),
        BusyReason::Running { app } => tr!("busy-running", app = app),
        BusyReason::JustEnded => tr!("busy-just-ended"),
    }
}

/// The status in one line, for `sitbreak status`, Home and the tray:
/// "Next break in 12 min", "Paused until 14:30", "Break waiting:
/// microphone in use by zoom".
pub fn summary(status: &StatusView) -> String {
    if let Some(by) = &status.held_by {
        return tr!("summary-held", reason = &busy(by));
    }
    match (
        status.phase,
        status.next_break_in_secs,
        status.pause_left_secs,
    ) {
        (PhaseKind::Sitting, None, _) if status.posture == Posture::Standing => {
            tr!("summary-standing")
        }
        (PhaseKind::Sitting, Some(secs), _) if secs < 60 => {
            tr!("summary-next-in-seconds", seconds = secs)
        }
        (PhaseKind::Sitting, Some(secs), _) => {
            tr!("summary-next-in-minutes", minutes = secs.div_ceil(60))
        }
        (PhaseKind::Sitting, None, _) => tr!("summary-sitting"),
        (PhaseKind::BreakDue, ..) => tr!("summary-break-due"),
        (PhaseKind::Held, ..) => tr!("summary-held-plain"),
        (PhaseKind::OnBreak, ..) => tr!("summary-on-break"),
        (PhaseKind::Paused, ..) => match status.paused_until {
            Some(t) => tr!("summary-paused-until", time = &clock_time(t)),
            None => tr!("summary-paused"),
        },
        (PhaseKind::Away, ..) => tr!("summary-away"),
        (PhaseKind::OffHours, ..) => tr!("summary-off-hours"),
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
            tr!("tooltip-next-at", time = &clock_time(at))
        }
        _ => summary(status),
    }
}

/// A day as a chart's axis names it: "23 Nov".
pub fn day_month(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    tr!(
        "date-day-month",
        day = date.day(),
        month = &month_short(date.month())
    )
}

/// A day with its weekday: "Mon 23 Nov".
pub fn weekday_day_month(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    tr!(
        "date-weekday-day-month",
        weekday = &weekday_short(date.weekday()),
        day = date.day(),
        month = &month_short(date.month())
    )
}

/// "Mon".
pub fn weekday_short(day: chrono::Weekday) -> String {
    use chrono::Weekday;
    match day {
        Weekday::Mon => tr!("weekday-mon"),
        Weekday::Tue => tr!("weekday-tue"),
        Weekday::Wed => tr!("weekday-wed"),
        Weekday::Thu => tr!("weekday-thu"),
        Weekday::Fri => tr!("weekday-fri"),
        Weekday::Sat => tr!("weekday-sat"),
        Weekday::Sun => tr!("weekday-sun"),
    }
}

/// "Nov", for months 1 to 12.
pub fn month_short(month: u32) -> String {
    tr!("month-short", month = month)
}

/// A length of time as people read it: "12 min", "2 min 16 s", "45 s",
/// "1 h 05 min".
pub fn span(secs: u64) -> String {
    if secs < 60 {
        tr!("span-seconds", seconds = secs)
    } else if secs < 600 && !secs.is_multiple_of(60) {
        tr!(
            "span-minutes-seconds",
            minutes = secs / 60,
            seconds = secs % 60
        )
    } else if secs < 3600 {
        tr!("span-minutes", minutes = secs.div_ceil(60))
    } else {
        let minutes = format!("{:02}", secs % 3600 / 60);
        tr!(
            "span-hours-minutes",
            hours = secs / 3600,
            minutes = &minutes
        )
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
        Refusal::Schedule { refusal } => schedule_refusal(*refusal),
        Refusal::NoSuchRoutine { id } => tr!("refusal-no-such-routine", id = id),
        Refusal::NothingToPlay { routine } => tr!("refusal-nothing-to-play", routine = routine),
        Refusal::NoSuchStretch { id } => tr!("refusal-no-such-stretch", id = id),
        Refusal::InvalidSettings { issues } => {
            let said: Vec<String> = issues.iter().map(|i| issue(None, i)).collect();
            tr!("refusal-invalid-settings", problems = &said.join("; "))
        }
        Refusal::HooksOnlyInFile { file } => tr!("refusal-hooks-only-in-file", file = file),
        Refusal::NoSuchHookEvent { event } => tr!("refusal-no-such-hook-event", event = event),
        Refusal::NoHookCommand { event, file } => {
            tr!("refusal-no-hook-command", event = event, file = file)
        }
        Refusal::SocketOnly => tr!("refusal-socket-only"),
    }
}

/// A problem with a setting, and what was done about it: "2m is out of
/// range (5m to 4h)".
pub fn setting_problem(problem: &Problem) -> String {
    match problem {
        Problem::Unreadable { reason } => tr!("problem-unreadable", reason = reason),
        Problem::NotToml { reason } => tr!("problem-not-toml", reason = reason),
        Problem::WrongType { expected, found } => {
            let expected = match expected {
                Expected::WholeNumber => tr!("expected-whole-number"),
                Expected::TrueOrFalse => tr!("expected-true-or-false"),
                Expected::ProgramNames => tr!("expected-program-names"),
                Expected::Command => tr!("expected-command"),
                Expected::Ids { noun } => tr!("expected-ids", noun = noun),
                Expected::Number => tr!("expected-number"),
                Expected::QuotedString => tr!("expected-quoted-string"),
                Expected::RegistryValue => tr!("expected-registry-value"),
                Expected::RegistryText => tr!("expected-registry-text"),
            };
            tr!("problem-wrong-type", expected = &expected, found = found)
        }
        Problem::NotATable { name } => tr!("problem-not-a-table", name = name),
        Problem::OutOfRange { value, range: None } => tr!("problem-out-of-range", value = value),
        Problem::OutOfRange {
            value,
            range: Some((min, max)),
        } => tr!(
            "problem-out-of-range-between",
            value = value,
            min = min,
            max = max
        ),
        Problem::NotADuration { text } => tr!("problem-not-a-duration", text = text),
        Problem::NotATime { text } => tr!("problem-not-a-time", text = text),
        Problem::NotHours { text } => tr!("problem-not-hours", text = text),
        Problem::StartNotBeforeEnd { text } => tr!("problem-start-not-before-end", text = text),
        Problem::NotOneOf { text, options } => {
            let options: Vec<String> = options.iter().map(|o| format!("\"{o}\"")).collect();
            tr!(
                "problem-not-one-of",
                text = text,
                options = &options.join(", ")
            )
        }
        Problem::EmptyProgram => tr!("problem-empty-program"),
        Problem::NewerVersion { found, understood } => tr!(
            "problem-newer-version",
            found = *found,
            understood = *understood
        ),
        Problem::BadVersion => tr!("problem-bad-version"),
        Problem::UnknownKey { known } if known.is_empty() => tr!("problem-unknown-key"),
        Problem::UnknownKey { known } => {
            tr!("problem-unknown-key-in-table", known = &known.join(", "))
        }
        Problem::WarningNotBeforeBreak {
            warn_before,
            sit_interval,
        } => tr!(
            "problem-warning-not-before-break",
            warn_before = warn_before,
            sit_interval = sit_interval
        ),
        Problem::EveryDayOff => tr!("problem-every-day-off"),
        Problem::SafeValueUsed { because } => {
            tr!(
                "problem-safe-value-used",
                problem = &setting_problem(because)
            )
        }
        Problem::NotReadThisWay => tr!("problem-not-read-this-way"),
        Problem::Locked { yours, applies } => {
            tr!("problem-locked", applies = applies, yours = yours)
        }
        Problem::OutOfBounds {
            yours,
            applies,
            min,
            max,
        } => {
            let allowed = match (min, max) {
                (Some(min), Some(max)) => tr!("bound-between", min = min, max = max),
                (Some(min), None) => tr!("bound-at-least", min = min),
                (None, Some(max)) => tr!("bound-at-most", max = max),
                (None, None) => tr!("bound-none"),
            };
            tr!(
                "problem-out-of-bounds",
                yours = yours,
                allowed = &allowed,
                applies = applies
            )
        }
        Problem::NotInPolicy => tr!("problem-not-in-policy"),
        Problem::NoBounds => tr!("problem-no-bounds"),
        Problem::BadBounds => tr!("problem-bad-bounds"),
        Problem::BoundNotNamed => tr!("problem-bound-not-named"),
        Problem::NotALanguage { text } => tr!("problem-not-a-language", text = text),
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
            tr!("hook-could-not-start", program = program, reason = reason)
        }
        HookFailure::Exited {
            program,
            code,
            stderr,
        } => with(
            tr!("hook-exited", program = program, code = &code.to_string()),
            stderr,
        ),
        HookFailure::Killed { program, stderr } => {
            with(tr!("hook-killed", program = program), stderr)
        }
        HookFailure::TimedOut { program, limit_ms } => {
            let limit =
                crate::settings::format_duration(std::time::Duration::from_millis(*limit_ms));
            tr!("hook-timed-out", program = program, limit = &limit)
        }
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
    let mut lines = vec![tr!("policy-source", source = &view.source)];
    for k in &view.keys {
        let how = match (k.strength, &k.value, &k.min, &k.max) {
            (Strength::Locked, Some(v), ..) => tr!("policy-locked", value = v),
            (Strength::Default, Some(v), ..) => tr!("policy-default", value = v),
            (Strength::Bounded, _, Some(min), Some(max)) => {
                tr!("policy-between", min = min, max = max)
            }
            (Strength::Bounded, _, Some(min), None) => tr!("policy-at-least", min = min),
            (Strength::Bounded, _, None, Some(max)) => tr!("policy-at-most", max = max),
            _ => tr!("policy-set"),
        };
        lines.push(format!("  {}: {how}", k.key));
    }
    for i in &view.issues {
        let problem = policy_issue(&view.source, i);
        lines.push(format!(
            "  {}",
            tr!("policy-not-applied", problem = &problem)
        ));
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
pub fn no_policy() -> String {
    if cfg!(windows) {
        tr!("no-policy-windows")
    } else {
        tr!("no-policy-unix")
    }
}

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

fn schedule_refusal(refusal: engine::Refusal) -> String {
    match refusal {
        engine::Refusal::StrictMode => tr!("refusal-strict"),
        engine::Refusal::NothingToSkip => tr!("refusal-nothing-to-skip"),
        engine::Refusal::NothingToSnooze => tr!("refusal-nothing-to-snooze"),
        engine::Refusal::NoSnoozesLeft => tr!("refusal-no-snoozes-left"),
        engine::Refusal::AlreadyOnBreak => tr!("refusal-already-on-break"),
        engine::Refusal::NotOnBreak => tr!("refusal-not-on-break"),
        engine::Refusal::NotPaused => tr!("refusal-not-paused"),
        engine::Refusal::PauseOutOfRange => tr!("refusal-pause-out-of-range"),
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
    Notice {
        title: if secs < 90 {
            tr!("warning-in-seconds", seconds = secs)
        } else {
            tr!("warning-in-minutes", minutes = secs.div_ceil(60))
        },
        body: match routine {
            Some(name) => tr!("warning-next-up", routine = name),
            None => tr!("warning-body"),
        },
    }
}

/// A due break waits while the person is busy.
pub fn held(by: &BusyReason) -> Notice {
    Notice {
        title: tr!("held-title"),
        body: tr!("held-body", reason = &capitalise(&busy(by))),
    }
}

/// The break is due: its routine and length, when known.
pub fn break_due(routine: Option<&str>, length: Option<&str>) -> Notice {
    Notice {
        title: tr!("break-due-title"),
        body: match (routine, length) {
            (Some(name), Some(length)) => {
                tr!("break-due-routine-length", routine = name, length = length)
            }
            (Some(name), None) => name.to_owned(),
            _ => tr!("break-due-body"),
        },
    }
}

/// A setting's label in Settings: `setting-<key>` (dots as dashes), or
/// its declaration's English.
pub fn setting_label(key: &crate::settings::Key) -> String {
    crate::i18n::declared(&setting_id(key), key.label)
}

/// A setting's help, for its tooltip: `setting-<key>-help`.
pub fn setting_help(key: &crate::settings::Key) -> String {
    crate::i18n::declared(&format!("{}-help", setting_id(key)), key.help)
}

/// The message id of a setting's label.
pub fn setting_id(key: &crate::settings::Key) -> String {
    format!("setting-{}", key.path().replace('.', "-"))
}

/// A group of settings' title: `group-<title>`.
pub fn group_title(group: crate::settings::Group) -> String {
    let english = group.title();
    let id = format!("group-{}", english.to_ascii_lowercase().replace(' ', "-"));
    crate::i18n::declared(&id, english)
}

/// A choice's name in Settings: `choice-<spelling>`.
pub fn choice_label<C: crate::settings::Choice>(choice: C) -> String {
    crate::i18n::declared(&format!("choice-{}", choice.as_str()), choice.label())
}

/// A form field's hint: the allowed range or the expected shape.
pub fn kind_hint(kind: crate::settings::Kind) -> String {
    use crate::settings::{Kind, format_duration};
    match kind {
        Kind::Duration { min, max } => tr!(
            "hint-between",
            min = &format_duration(min),
            max = &format_duration(max)
        ),
        Kind::Time => "04:00".into(),
        Kind::Hours => tr!("hint-hours"),
        Kind::Names => tr!("hint-names"),
        _ => String::new(),
    }
}

/// "Sitting" or "Standing".
pub fn posture(posture: Posture) -> String {
    match posture {
        Posture::Sitting => tr!("posture-sitting"),
        Posture::Standing => tr!("posture-standing"),
    }
}

/// A sit–stand prompt: "Stand up — raise your desk", with how long the
/// person sat and is to stand.
pub fn prompt(prompt: Prompt, sat: &str, stand: &str) -> Notice {
    match prompt {
        Prompt::StandUp => Notice {
            title: tr!("prompt-stand-up-title"),
            body: tr!("prompt-stand-up-body", sat = sat, stand = stand),
        },
        Prompt::SitDown => Notice {
            title: tr!("prompt-sit-down-title"),
            body: tr!("prompt-sit-down-body"),
        },
    }
}

/// The buttons of the break notification, in order: what each sends and
/// says.
pub fn break_buttons(snooze_minutes: Option<u64>, can_skip: bool) -> Vec<(Request, String)> {
    let mut buttons = vec![(Request::TakeBreak, tr!("button-start"))];
    if let Some(minutes) = snooze_minutes {
        buttons.push((Request::Snooze, tr!("button-snooze", minutes = minutes)));
    }
    if can_skip {
        buttons.push((Request::Skip, tr!("button-skip")));
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
            let mut buttons = vec![(posture(Posture::Standing), tr!("button-standing"))];
            if let Some(minutes) = snooze_minutes {
                buttons.push((Request::Snooze, tr!("button-snooze", minutes = minutes)));
            }
            if can_skip {
                buttons.push((Request::Skip, tr!("button-not-now")));
            }
            buttons
        }
        Prompt::SitDown => vec![
            (posture(Posture::Sitting), tr!("button-sitting")),
            (Request::Skip, tr!("button-keep-standing")),
        ],
    }
}

/// Why a click was not carried out.
pub fn refused(reason: &str) -> Notice {
    Notice {
        title: tr!("refused-title"),
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
