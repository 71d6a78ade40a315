//! Phrases made from the values the core and the daemon send, each in one
//! place, for whatever shows them (the tray, notifications, the window, the
//! command line). The seam the translations will replace.

use crate::engine::BusyReason;

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
}
