//! What a Linux desktop gives the window.

use std::sync::Arc;

use super::pulse::Pulse;
use super::{card_hints, desktop_prefs};
use crate::sound::Speech;
use crate::ui::Platform;

/// The window's platform on Linux.
pub fn window_platform() -> Platform {
    Platform {
        card_position: card_hints::centre_on_pointer_monitor,
        card_hints: |cc| card_hints::on_top_without_focus(cc),
        // The icon comes with the viewport (`_NET_WM_ICON`, or the desktop
        // file's on Wayland).
        window_hints: |_| Ok(()),
        desktop_prefs: desktop_prefs::read,
        speakers: Arc::new(Pulse),
        voice: || Box::new(super::voice::voice()) as Box<dyn Speech>,
    }
}
