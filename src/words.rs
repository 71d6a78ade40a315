//! Phrases made from the values the core and the daemon send, each in one
//! place, for whatever shows them (the tray, notifications, the window, the
//! command line). The seam the translations will replace.

use crate::engine::{self, BusyReason};
use crate::ipc::protocol::Refusal;

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
