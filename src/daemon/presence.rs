//! What keeps the person busy at the desk, so that a break coming due waits
//! instead of breaking into a call: the microphone being recorded (a
//! PulseAudio or PipeWire source output on a source that is not a
//! monitor). Asked only when it matters: just before a break comes due,
//! while one is held, and before idle time is counted as a break.

use crate::settings::Settings;
use crate::sound::pulse::Connection;

/// The first thing found that keeps the person busy, in words for the
/// status ("microphone in use by Zoom"), or `None`.
pub fn busy(settings: &Settings) -> Option<String> {
    if settings.hold_for_microphone
        && let Ok(mut conn) = Connection::open()
        && let Ok(apps) = conn.recording_apps()
        && let Some(first) = apps.first()
    {
        return Some(format!("microphone in use by {first}"));
    }
    None
}
