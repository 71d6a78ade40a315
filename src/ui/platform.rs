//! What the window needs from the desktop it runs on; the platform
//! (`src/platform/`) fills it in.

use std::sync::Arc;

use crate::sound::{MakeVoice, Speakers};

/// The desktop's accessibility preferences; `None` where it does not say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DesktopPrefs {
    pub reduce_motion: Option<bool>,
    pub high_contrast: Option<bool>,
}

/// The window's ways into the desktop.
pub struct Platform {
    /// Where a card of `size` belongs: centred on the monitor the person
    /// works on, when the desktop can tell.
    pub card_position: fn(size: [f32; 2]) -> Option<[f32; 2]>,
    /// Keeps a card that comes by itself on top without taking focus.
    pub card_hints: fn(cc: &eframe::CreationContext<'_>) -> Result<(), String>,
    /// What every window needs of the desktop once made (its icon, where
    /// the toolkit does not give it).
    pub window_hints: fn(cc: &eframe::CreationContext<'_>) -> Result<(), String>,
    /// Reads the desktop's reduced-motion and high-contrast preferences;
    /// called off the UI thread.
    pub desktop_prefs: fn() -> DesktopPrefs,
    /// Where cues play.
    pub speakers: Arc<dyn Speakers>,
    pub voice: MakeVoice,
}
