//! What the desktop says about motion and contrast, for settings left on
//! "system": the XDG settings portal (`org.freedesktop.appearance`, and
//! GNOME's `enable-animations` through it), else `gsettings`. Read once,
//! off the UI thread, when the window opens.

use std::process::Command;
use std::time::Duration;

use zbus::zvariant::OwnedValue;

/// The desktop's accessibility preferences; `None` where it does not say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DesktopPrefs {
    pub reduce_motion: Option<bool>,
    pub high_contrast: Option<bool>,
}

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
        .or_else(|| gsettings("org.gnome.desktop.a11y.interface", "high-contrast"));
    DesktopPrefs {
        reduce_motion,
        high_contrast,
    }
}

struct Portal(zbus::blocking::Connection);

impl Portal {
    fn connect() -> Option<Portal> {
        let bus = zbus::blocking::connection::Builder::session()
            .ok()?
            .method_timeout(Duration::from_millis(500))
            .build()
            .ok()?;
        Some(Portal(bus))
    }

    /// A setting's value; `ReadOne` (portal version 2) answers it plainly,
    /// the older `Read` inside one more variant.
    fn read(&self, namespace: &str, key: &str) -> Option<OwnedValue> {
        let call = |method: &str| {
            self.0
                .call_method(
                    Some("org.freedesktop.portal.Desktop"),
                    "/org/freedesktop/portal/desktop",
                    Some("org.freedesktop.portal.Settings"),
                    method,
                    &(namespace, key),
                )
                .ok()?
                .body()
                .deserialize::<OwnedValue>()
                .ok()
        };
        call("ReadOne").or_else(|| match zbus::zvariant::Value::from(call("Read")?) {
            zbus::zvariant::Value::Value(inner) => OwnedValue::try_from(*inner).ok(),
            other => OwnedValue::try_from(other).ok(),
        })
    }
}

/// A boolean GNOME setting through the `gsettings` tool, where there is one.
fn gsettings(schema: &str, key: &str) -> Option<bool> {
    let out = Command::new("gsettings")
        .args(["get", schema, key])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    parse_bool(&String::from_utf8_lossy(&out.stdout))
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.trim() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_bool;

    #[test]
    fn gsettings_booleans_are_read_and_anything_else_is_no_answer() {
        assert_eq!(parse_bool("false\n"), Some(false));
        assert_eq!(parse_bool("true"), Some(true));
        assert_eq!(parse_bool("No such schema"), None);
    }
}
