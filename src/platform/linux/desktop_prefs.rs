//! What the desktop says about motion and contrast, for settings left on
//! "system": the XDG settings portal (`org.freedesktop.appearance`, and
//! GNOME's `enable-animations` through it), else `gsettings`. Read once,
//! off the UI thread, when the window opens.

use super::desktop_settings::{Portal, gsettings};
use crate::ui::DesktopPrefs;

/// Asks the portal, then gsettings. Never blocks for more than about a
/// second, however the session is broken.
pub fn read() -> DesktopPrefs {
    let portal = Portal::connect();
    let ask = |namespace: &str, key: &str| portal.as_ref().and_then(|p| p.read(namespace, key));
    let reduce_motion = ask("org.freedesktop.appearance", "reduced-motion")
        .and_then(|v| u32::try_from(v).ok())
        .map(|v| v == 1)
        .or_else(|| {
            ask("org.gnome.desktop.interface", "enable-animations")
                .and_then(|v| bool::try_from(v).ok())
                .map(|on| !on)
        })
        .or_else(|| gsettings("org.gnome.desktop.interface", "enable-animations").map(|on| !on));
    let high_contrast = ask("org.freedesktop.appearance", "contrast")
        .and_then(|v| u32::try_from(v).ok())
        .map(|v| v == 1)
        .or_else(|| {
            portal
                .as_ref()
                .and_then(|p| p.read_bool("org.gnome.desktop.a11y.interface", "high-contrast"))
        })
        .or_else(|| gsettings("org.gnome.desktop.a11y.interface", "high-contrast"));
    DesktopPrefs {
        reduce_motion,
        high_contrast,
    }
}
