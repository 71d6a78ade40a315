//! What Windows gives the window. The break card is kept on top without
//! taking focus by the viewport itself (winit maps an inactive, topmost
//! window on Windows), so there are no extra hints to set.

use std::sync::Arc;

use super::wave_out::WaveOut;
use crate::sound::Speech;
use crate::ui::{DesktopPrefs, Platform};

/// The window's platform on Windows.
pub fn window_platform() -> Platform {
    Platform {
        // Windows centres a new window on the monitor it chooses.
        card_position: |_| None,
        card_hints: |_| Ok(()),
        desktop_prefs: DesktopPrefs::default,
        speakers: Arc::new(WaveOut),
        voice: || Box::new(NoVoice) as Box<dyn Speech>,
    }
}

/// The spoken guide is not in the Windows build yet; Settings and `sitbreak
/// doctor` say so.
struct NoVoice;

impl Speech for NoVoice {
    fn say(&self, _text: String) {}
    fn stop(&self) {}
    fn problem(&self) -> Option<String> {
        Some("the spoken guide is not available in this Windows build".to_owned())
    }
}
