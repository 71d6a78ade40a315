//! The few registry reads the Windows parts need, over the raw API: the
//! names of a key's subkeys and a 64-bit value. Every handle is closed on
//! every path (`Key` closes it when dropped).

use windows_sys::Win32::Foundation::ERROR_SUCCESS;
use windows_sys::Win32::System::Registry::{
    HKEY, KEY_READ, RRF_RT_REG_QWORD, RegCloseKey, RegEnumKeyExW, RegGetValueW, RegOpenKeyExW,
};

/// A key opened for reading.
pub struct Key(HKEY);

impl Key {
    /// `path` under `root`, if it exists and may be read.
    pub fn open(root: HKEY, path: &str) -> Option<Key> {
        let path = wide(path);
        let mut key: HKEY = std::ptr::null_mut();
        // SAFETY: `path` is NUL-terminated and outlives the call; `key` is
        // a valid place for the handle.
        let status = unsafe { RegOpenKeyExW(root, path.as_ptr(), 0, KEY_READ, &mut key) };
        (status == ERROR_SUCCESS).then_some(Key(key))
    }

    /// The names of the key's subkeys, in the registry's order.
    pub fn subkeys(&self) -> Vec<String> {
        let mut names = Vec::new();
        // Key names are at most 255 characters.
        let mut buf = [0u16; 256];
        for index in 0.. {
            let mut len = u32::try_from(buf.len()).unwrap_or(0);
            // SAFETY: `buf` holds `len` characters; the optional outputs
            // are null, as the call allows.
            let status = unsafe {
                RegEnumKeyExW(
                    self.0,
                    index,
                    buf.as_mut_ptr(),
                    &mut len,
                    std::ptr::null(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                )
            };
            if status != ERROR_SUCCESS {
                break;
            }
            let used = usize::try_from(len).unwrap_or(0).min(buf.len());
            names.push(String::from_utf16_lossy(buf.get(..used).unwrap_or(&[])));
        }
        names
    }

    /// The REG_QWORD `value` of the subkey `sub`, if it has one.
    pub fn qword(&self, sub: &str, value: &str) -> Option<u64> {
        let (sub, value) = (wide(sub), wide(value));
        let mut data = 0u64;
        let mut size = u32::try_from(std::mem::size_of::<u64>()).ok()?;
        // SAFETY: the names are NUL-terminated and outlive the call; `data`
        // has room for the `size` bytes a REG_QWORD takes.
        let status = unsafe {
            RegGetValueW(
                self.0,
                sub.as_ptr(),
                value.as_ptr(),
                RRF_RT_REG_QWORD,
                std::ptr::null_mut(),
                (&raw mut data).cast(),
                &mut size,
            )
        };
        (status == ERROR_SUCCESS).then_some(data)
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        // SAFETY: the handle came from RegOpenKeyExW and is closed once.
        unsafe { RegCloseKey(self.0) };
    }
}

/// `text` as a NUL-terminated UTF-16 string.
pub fn wide(text: &str) -> Vec<u16> {
    text.encode_utf16().chain(std::iter::once(0)).collect()
}

/// Writes a REG_QWORD as Windows does, for tests that stand in for it.
#[cfg(test)]
pub fn set_qword(path: &str, name: &str, value: u64) {
    use windows_sys::Win32::System::Registry::{HKEY_CURRENT_USER, REG_QWORD, RegSetKeyValueW};
    let (key, name) = (wide(path), wide(name));
    // SAFETY: NUL-terminated names and an 8-byte value, as REG_QWORD takes.
    let status = unsafe {
        RegSetKeyValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            name.as_ptr(),
            REG_QWORD,
            (&raw const value).cast(),
            8,
        )
    };
    assert_eq!(status, ERROR_SUCCESS, "cannot write {path}");
}

/// Removes `path` under HKEY_CURRENT_USER with all below it, for tests.
#[cfg(test)]
pub fn delete_tree(path: &str) {
    use windows_sys::Win32::System::Registry::{HKEY_CURRENT_USER, RegDeleteTreeW};
    let key = wide(path);
    // SAFETY: a NUL-terminated path under HKEY_CURRENT_USER.
    unsafe { RegDeleteTreeW(HKEY_CURRENT_USER, key.as_ptr()) };
}
