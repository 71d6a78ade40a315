//! The values of an organisation's policy as Group Policy writes them,
//! under `SOFTWARE\Policies\Sitbreak` in HKLM and in HKCU: each value of
//! the key and of its subkeys, by type. What they mean is the core's
//! (`settings::registry_policy`).

use windows_sys::Win32::System::Registry::{
    HKEY, HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, REG_DWORD, REG_EXPAND_SZ, REG_MULTI_SZ, REG_QWORD,
    REG_SZ,
};

use crate::settings::registry_policy::{POLICY_KEY, RegData, RegValue};

use super::registry::Key;

/// Every value under the policy key, HKLM's first.
pub fn read() -> Vec<RegValue> {
    read_under(POLICY_KEY)
}

/// Every value under `path` in HKLM and HKCU.
pub fn read_under(path: &str) -> Vec<RegValue> {
    let hives: [(&'static str, HKEY); 2] =
        [("HKLM", HKEY_LOCAL_MACHINE), ("HKCU", HKEY_CURRENT_USER)];
    let mut out = Vec::new();
    for (hive, root) in hives {
        let Some(key) = Key::open(root, path) else {
            continue;
        };
        let mut add = |subkey: &str, key: &Key| {
            for (name, kind, bytes) in key.values() {
                out.push(RegValue {
                    hive,
                    subkey: subkey.to_owned(),
                    name,
                    data: data(kind, &bytes),
                });
            }
        };
        add("", &key);
        for subkey in key.subkeys() {
            if let Some(inner) = Key::open(root, &format!(r"{path}\{subkey}")) {
                add(&subkey, &inner);
            }
        }
    }
    out
}

fn data(kind: u32, bytes: &[u8]) -> RegData {
    let number = |n: usize| {
        let mut le = [0u8; 8];
        for (to, from) in le.iter_mut().zip(bytes.iter().take(n)) {
            *to = *from;
        }
        RegData::Number(u64::from_le_bytes(le))
    };
    match kind {
        REG_DWORD => number(4),
        REG_QWORD => number(8),
        REG_SZ | REG_EXPAND_SZ => {
            RegData::Text(texts(bytes).into_iter().next().unwrap_or_default())
        }
        REG_MULTI_SZ => RegData::Texts(texts(bytes)),
        other => RegData::Other(type_name(other)),
    }
}

/// UTF-16 text split at its NULs, empty strings dropped (a REG_SZ ends in
/// one NUL, a REG_MULTI_SZ in two).
fn texts(bytes: &[u8]) -> Vec<String> {
    let units: Vec<u16> = (bytes.chunks_exact(2))
        .map(|p| {
            u16::from_le_bytes([
                p.first().copied().unwrap_or(0),
                p.get(1).copied().unwrap_or(0),
            ])
        })
        .collect();
    (units.split(|u| *u == 0))
        .filter(|s| !s.is_empty())
        .map(String::from_utf16_lossy)
        .collect()
}

fn type_name(kind: u32) -> &'static str {
    match kind {
        0 => "REG_NONE",
        3 => "REG_BINARY",
        5 => "REG_DWORD_BIG_ENDIAN",
        6 => "REG_LINK",
        _ => "a registry type Sitbreak does not read",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::windows::registry::{delete_tree, set_qword, set_value as set, wide};

    fn sz(text: &str) -> Vec<u8> {
        wide(text).iter().flat_map(|u| u.to_le_bytes()).collect()
    }

    #[test]
    fn values_are_read_by_type_from_the_key_and_its_subkeys() {
        let at = r"SOFTWARE\Policies\Sitbreak-test-read";
        delete_tree(at);
        set(&format!(r"{at}\Locked"), "sit_interval", REG_SZ, &sz("30m"));
        set(
            &format!(r"{at}\Bounds"),
            "max_snoozes.max",
            REG_DWORD,
            &2u32.to_le_bytes(),
        );
        set_qword(&format!(r"{at}\Defaults"), "daily_goal", 12);
        let mut multi = sz("zoom");
        multi.extend(sz("teams"));
        multi.extend([0, 0]);
        set(
            &format!(r"{at}\Defaults"),
            "hold_for_apps",
            REG_MULTI_SZ,
            &multi,
        );
        set(at, "stray", 3, &[1, 2]);
        let mut read = read_under(at);
        delete_tree(at);
        read.sort_by(|a, b| (&a.subkey, &a.name).cmp(&(&b.subkey, &b.name)));
        let got: Vec<(&str, &str, &str, RegData)> = (read.iter())
            .map(|v| (v.hive, v.subkey.as_str(), v.name.as_str(), v.data.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("HKCU", "", "stray", RegData::Other("REG_BINARY")),
                ("HKCU", "Bounds", "max_snoozes.max", RegData::Number(2)),
                ("HKCU", "Defaults", "daily_goal", RegData::Number(12)),
                (
                    "HKCU",
                    "Defaults",
                    "hold_for_apps",
                    RegData::Texts(vec!["zoom".into(), "teams".into()])
                ),
                (
                    "HKCU",
                    "Locked",
                    "sit_interval",
                    RegData::Text("30m".into())
                ),
            ]
        );
    }

    #[test]
    fn no_policy_key_is_no_values() {
        assert_eq!(read_under(r"SOFTWARE\Policies\Sitbreak-test-absent"), []);
    }
}
