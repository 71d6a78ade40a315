//! The desktop's own settings, asked of the session bus with short time
//! limits: the XDG settings portal (and `gsettings` where there is no
//! portal), and the notification server's Do Not Disturb. Used by the
//! window (reduced motion, contrast) and the daemon (Do Not Disturb).

use std::process::Command;
use std::time::Duration;

use zbus::zvariant::OwnedValue;

/// A session-bus connection whose calls give up after half a second.
pub struct Portal(zbus::blocking::Connection);

impl Portal {
    pub fn connect() -> Option<Portal> {
        let bus = zbus::blocking::connection::Builder::session()
            .ok()?
            .method_timeout(Duration::from_millis(500))
            .build()
            .ok()?;
        Some(Portal(bus))
    }

    /// A setting's value; `ReadOne` (portal version 2) answers it plainly,
    /// the older `Read` inside one more variant.
    pub fn read(&self, namespace: &str, key: &str) -> Option<OwnedValue> {
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

    /// The connection, for other questions with the same time limit.
    pub fn bus(&self) -> &zbus::blocking::Connection {
        &self.0
    }

    pub fn read_bool(&self, namespace: &str, key: &str) -> Option<bool> {
        bool::try_from(self.read(namespace, key)?).ok()
    }

    /// The notification server's `Inhibited` property (Do Not Disturb, in
    /// KDE Plasma and other servers that have it).
    pub fn notifications_inhibited(&self) -> Option<bool> {
        let proxy = zbus::blocking::fdo::PropertiesProxy::builder(&self.0)
            .destination("org.freedesktop.Notifications")
            .ok()?
            .path("/org/freedesktop/Notifications")
            .ok()?
            .build()
            .ok()?;
        let iface = zbus::names::InterfaceName::try_from("org.freedesktop.Notifications").ok()?;
        bool::try_from(proxy.get(iface, "Inhibited").ok()?).ok()
    }
}

/// A boolean GNOME setting through the `gsettings` tool, where there is one.
pub fn gsettings(schema: &str, key: &str) -> Option<bool> {
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
