//! What Windows gives the window.

use std::sync::Arc;

use super::card;
use super::wave_out::WaveOut;
use crate::sound::Speech;
use crate::ui::{DesktopPrefs, Platform};

/// The window's platform on Windows.
pub fn window_platform() -> Platform {
    Platform {
        card_position: card::centre_on_pointer_monitor,
        card_hints: |cc| card::on_top_without_focus(cc),
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
