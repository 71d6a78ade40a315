//! Starting with the person's session on Windows: a value in the per-user
//! `Run` key that starts `sitbreak.exe --hidden` by its full path, quoted,
//! so a path with spaces works and an upgrade in place keeps it working.
//! No administrator is needed, and nothing outside the person's profile
//! changes.

use std::path::Path;

use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_SUCCESS};
use windows_sys::Win32::System::Registry::{
    HKEY_CURRENT_USER, REG_SZ, RegDeleteKeyValueW, RegSetKeyValueW,
};

use super::registry::wide;
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
        let (key, name) = (wide(self.key), wide(NAME));
        let status = if enabled {
            let value = wide(&command(exe));
            let bytes = u32::try_from(value.len() * 2).map_err(|e| e.to_string())?;
            // SAFETY: NUL-terminated names, and `bytes` bytes of a
            // NUL-terminated UTF-16 string, as REG_SZ takes.
            unsafe {
                RegSetKeyValueW(
                    HKEY_CURRENT_USER,
                    key.as_ptr(),
                    name.as_ptr(),
                    REG_SZ,
                    value.as_ptr().cast(),
                    bytes,
                )
            }
        } else {
            // SAFETY: NUL-terminated names.
            match unsafe { RegDeleteKeyValueW(HKEY_CURRENT_USER, key.as_ptr(), name.as_ptr()) } {
                ERROR_FILE_NOT_FOUND => ERROR_SUCCESS,
                other => other,
            }
        };
        if status == ERROR_SUCCESS {
            Ok(())
        } else {
            Err(format!(
                "HKEY_CURRENT_USER\\{}\\{NAME}: {}",
                self.key,
                std::io::Error::from_raw_os_error(i32::try_from(status).unwrap_or(i32::MAX))
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use windows_sys::Win32::System::Registry::{RRF_RT_REG_SZ, RegGetValueW};

    use super::*;

    /// The value under `key`, as Windows would read it at sign-in.
    fn value(key: &str) -> Option<String> {
        let (key, name) = (wide(key), wide(NAME));
        let mut buf = [0u16; 1024];
        let mut size = u32::try_from(buf.len() * 2).ok()?;
        // SAFETY: NUL-terminated names; `buf` has `size` bytes.
        let status = unsafe {
            RegGetValueW(
                HKEY_CURRENT_USER,
                key.as_ptr(),
                name.as_ptr(),
                RRF_RT_REG_SZ,
                std::ptr::null_mut(),
                buf.as_mut_ptr().cast(),
                &mut size,
            )
        };
        (status == ERROR_SUCCESS).then(|| {
            let text = String::from_utf16_lossy(&buf);
            text.trim_end_matches('\0').to_owned()
        })
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
