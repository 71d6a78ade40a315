//! Phrases made from the values the core and the daemon send, each in one
//! place, for whatever shows them (the tray, notifications, the window, the
//! command line). The seam the translations will replace.

use chrono::{DateTime, FixedOffset};

use crate::engine::{self, BusyReason, PhaseKind};
use crate::ipc::protocol::{Refusal, StatusView};
use crate::posture::Posture;

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
        Refusal::InvalidSettings { problems } => format!("not saved: {}", problems.join("; ")),
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
                problems: vec!["line 1: a".into(), "line 2: b".into()]
            }),
            "not saved: line 1: a; line 2: b"
        );
    }
}
