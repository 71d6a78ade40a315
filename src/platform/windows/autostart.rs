//! Starting with the person's session on Windows: a value in the per-user
//! `Run` key that starts `sitbreak.exe --hidden` by its full path, quoted,
//! so a path with spaces works and an upgrade in place keeps it working.
//! No administrator is needed, and nothing outside the person's profile
//! changes.

use std::path::Path;

use super::registry::{delete_user_value, set_user_text};
use crate::daemon::parts::Autostart;

/// The per-user key Windows starts programs from at sign-in.
pub const RUN: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";

/// The value's name in it.
pub const NAME: &str = "Sitbreak";

/// The `Run` key under HKEY_CURRENT_USER (another one in tests).
#[derive(Debug, Clone)]
pub struct RunKey {
    pub key: &'static str,
}

impl Default for RunKey {
    fn default() -> RunKey {
        RunKey { key: RUN }
    }
}

/// The command the value holds.
pub fn command(exe: &Path) -> String {
    format!("\"{}\" --hidden", exe.display())
}

impl Autostart for RunKey {
    /// Windows has no autostart folder under the configuration home, so
    /// `_config_home` is not used.
    fn sync(&mut self, _config_home: &Path, exe: &Path, enabled: bool) -> Result<(), String> {
        if enabled {
            set_user_text(self.key, NAME, &command(exe))
        } else {
            delete_user_value(self.key, NAME)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value under `key`, as Windows would read it at sign-in.
    fn value(key: &str) -> Option<String> {
        crate::platform::windows::registry::user_text(key, NAME)
    }

    #[test]
    fn turning_autostart_on_writes_the_quoted_full_path_and_off_removes_it() {
        let key = r"Software\SitbreakTest\Run";
        let mut run = RunKey { key };
        let exe = Path::new(r"C:\Users\Ana Lima\AppData\Local\Programs\Sitbreak\sitbreak.exe");
        run.sync(Path::new("unused"), exe, true).expect("on");
        assert_eq!(
            value(key).as_deref(),
            Some(r#""C:\Users\Ana Lima\AppData\Local\Programs\Sitbreak\sitbreak.exe" --hidden"#)
        );
        run.sync(Path::new("unused"), exe, false).expect("off");
        assert_eq!(value(key), None);
        run.sync(Path::new("unused"), exe, false)
            .expect("off when already off is no error");
    }
}
