//! What Windows gives the window.

use std::sync::Arc;

use super::wave_out::WaveOut;
use super::{card, window_icon};
use crate::sound::Speech;
use crate::ui::{DesktopPrefs, Platform};

/// The window's platform on Windows.
pub fn window_platform() -> Platform {
    Platform {
        card_position: card::centre_on_pointer_monitor,
        card_hints: |cc| card::on_top_without_focus(cc),
        window_hints: |cc| window_icon::set(cc),
        desktop_prefs: DesktopPrefs::default,
        speakers: Arc::new(WaveOut),
        voice: || Box::new(super::voice::voice()) as Box<dyn Speech>,
    }
}
