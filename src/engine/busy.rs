//! What keeps the person busy at the desk, as the platform found it. A
//! value: it is put into words where it is shown (`crate::words`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BusyReason {
    /// An app records the microphone (a call).
    Microphone {
        app: String,
    },
    /// An app holds the camera.
    Camera {
        app: String,
    },
    /// The focused window is full screen; its title, when it has one.
    FullScreen {
        title: Option<String>,
    },
    DoNotDisturb,
    /// A program from `hold_for_apps` runs.
    Running {
        app: String,
    },
    /// What held the break ended a moment ago; it comes shortly.
    JustEnded,
}
