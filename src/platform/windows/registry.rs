//! The few registry reads and writes the Windows parts need, over the raw
//! API: the names of a key's subkeys, its values, a 64-bit value, and a
//! text value of the user's written or removed. Every handle is closed on
//! every path (`Key` closes it when dropped).

use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_SUCCESS};
use windows_sys::Win32::System::Registry::{
    HKEY, HKEY_CURRENT_USER, KEY_READ, REG_SZ, RRF_RT_REG_QWORD, RegCloseKey, RegDeleteKeyValueW,
    RegEnumKeyExW, RegEnumValueW, RegGetValueW, RegOpenKeyExW, RegQueryInfoKeyW, RegSetKeyValueW,
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

    /// The key's values as `(name, type, data)`, in the registry's order.
    pub fn values(&self) -> Vec<(String, u32, Vec<u8>)> {
        let (mut name_max, mut data_max) = (0u32, 0u32);
        // SAFETY: the handle is open; the two outputs are valid places and
        // every other output is null, as the call allows.
        let status = unsafe {
            RegQueryInfoKeyW(
                self.0,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                &mut name_max,
                &mut data_max,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            )
        };
        if status != ERROR_SUCCESS {
            return Vec::new();
        }
        let mut name = vec![0u16; usize::try_from(name_max).unwrap_or(0) + 1];
        let mut data = vec![0u8; usize::try_from(data_max).unwrap_or(0)];
        let mut values = Vec::new();
        for index in 0.. {
            let mut name_len = u32::try_from(name.len()).unwrap_or(0);
            let mut data_len = u32::try_from(data.len()).unwrap_or(0);
            let mut kind = 0u32;
            // SAFETY: `name` holds `name_len` characters and `data`
            // `data_len` bytes, as the call is told.
            let status = unsafe {
                RegEnumValueW(
                    self.0,
                    index,
                    name.as_mut_ptr(),
                    &mut name_len,
                    std::ptr::null(),
                    &mut kind,
                    data.as_mut_ptr(),
                    &mut data_len,
                )
            };
            if status != ERROR_SUCCESS {
                // ERROR_NO_MORE_ITEMS, or a value added while reading: what
                // was read stands, and the next look reads it all again.
                break;
            }
            let name_used = usize::try_from(name_len).unwrap_or(0).min(name.len());
            let data_used = usize::try_from(data_len).unwrap_or(0).min(data.len());
            values.push((
                String::from_utf16_lossy(name.get(..name_used).unwrap_or(&[])),
                kind,
                data.get(..data_used).unwrap_or(&[]).to_vec(),
            ));
        }
        values
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

/// Writes the REG_SZ `name` = `value` under `key` in HKEY_CURRENT_USER,
/// making the key if needed; the error names the value and says why.
pub fn set_user_text(key: &str, name: &str, value: &str) -> Result<(), String> {
    let (wkey, wname, wvalue) = (wide(key), wide(name), wide(value));
    let bytes = u32::try_from(wvalue.len() * 2).map_err(|e| e.to_string())?;
    // SAFETY: NUL-terminated names, and `bytes` bytes of a NUL-terminated
    // UTF-16 string, as REG_SZ takes.
    let status = unsafe {
        RegSetKeyValueW(
            HKEY_CURRENT_USER,
            wkey.as_ptr(),
            wname.as_ptr(),
            REG_SZ,
            wvalue.as_ptr().cast(),
            bytes,
        )
    };
    status_said(status, key, name)
}

/// Removes `name` under `key` in HKEY_CURRENT_USER; one already gone is
/// not an error.
pub fn delete_user_value(key: &str, name: &str) -> Result<(), String> {
    let (wkey, wname) = (wide(key), wide(name));
    // SAFETY: NUL-terminated names.
    let status =
        match unsafe { RegDeleteKeyValueW(HKEY_CURRENT_USER, wkey.as_ptr(), wname.as_ptr()) } {
            ERROR_FILE_NOT_FOUND => ERROR_SUCCESS,
            other => other,
        };
    status_said(status, key, name)
}

fn status_said(status: u32, key: &str, name: &str) -> Result<(), String> {
    if status == ERROR_SUCCESS {
        Ok(())
    } else {
        Err(format!(
            "HKEY_CURRENT_USER\\{key}\\{name}: {}",
            std::io::Error::from_raw_os_error(i32::try_from(status).unwrap_or(i32::MAX))
        ))
    }
}

/// `text` as a NUL-terminated UTF-16 string.
pub fn wide(text: &str) -> Vec<u16> {
    text.encode_utf16().chain(std::iter::once(0)).collect()
}

/// Writes a REG_QWORD as Windows does, for tests that stand in for it.
#[cfg(test)]
pub fn set_qword(path: &str, name: &str, value: u64) {
    use windows_sys::Win32::System::Registry::REG_QWORD;
    set_value(path, name, REG_QWORD, &value.to_le_bytes());
}

/// Writes a value of type `kind` under HKEY_CURRENT_USER, for tests.
#[cfg(test)]
pub fn set_value(path: &str, name: &str, kind: u32, data: &[u8]) {
    let (key, name) = (wide(path), wide(name));
    let len = u32::try_from(data.len()).unwrap_or(u32::MAX);
    // SAFETY: NUL-terminated names and `len` bytes of data.
    let status = unsafe {
        RegSetKeyValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            name.as_ptr(),
            kind,
            data.as_ptr().cast(),
            len,
        )
    };
    assert_eq!(status, ERROR_SUCCESS, "cannot write {path}");
}

/// The REG_SZ `name` under `key` in HKEY_CURRENT_USER, as Windows reads
/// it, for tests.
#[cfg(test)]
pub fn user_text(key: &str, name: &str) -> Option<String> {
    use windows_sys::Win32::System::Registry::RRF_RT_REG_SZ;
    let (key, name) = (wide(key), wide(name));
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

/// Removes `path` under HKEY_CURRENT_USER with all below it, for tests.
#[cfg(test)]
pub fn delete_tree(path: &str) {
    use windows_sys::Win32::System::Registry::{HKEY_CURRENT_USER, RegDeleteTreeW};
    let key = wide(path);
    // SAFETY: a NUL-terminated path under HKEY_CURRENT_USER.
    unsafe { RegDeleteTreeW(HKEY_CURRENT_USER, key.as_ptr()) };
}
