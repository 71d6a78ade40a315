//! Whether an app is using the microphone or the camera now, as Windows
//! records it for its privacy settings: under `…\CapabilityAccessManager\
//! ConsentStore\<capability>`, a subkey per packaged app, and under its
//! `NonPackaged` subkey one per program (its path with `#` for `\`), each
//! with `LastUsedTimeStart` and `LastUsedTimeStop`. A program in use has
//! started and not stopped: `LastUsedTimeStop` is 0.

use windows_sys::Win32::System::Registry::{HKEY, HKEY_CURRENT_USER};

use super::registry::Key;

/// Where Windows keeps the records, under HKEY_CURRENT_USER.
pub const STORE: &str =
    r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore";

/// The capabilities that mean a call: the microphone and the camera.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capability {
    Microphone,
    Camera,
}

impl Capability {
    fn key(self) -> &'static str {
        match self {
            Capability::Microphone => "microphone",
            Capability::Camera => "webcam",
        }
    }
}

/// The first app using `capability` now, by the name people know it by.
pub fn in_use(capability: Capability) -> Option<String> {
    in_use_under(HKEY_CURRENT_USER, STORE, capability)
}

/// As [`in_use`], with the store at `store` under `root`.
pub fn in_use_under(root: HKEY, store: &str, capability: Capability) -> Option<String> {
    let base = format!(r"{store}\{}", capability.key());
    let packaged = Key::open(root, &base).into_iter().flat_map(|key| {
        let apps: Vec<String> = key
            .subkeys()
            .into_iter()
            .filter(|app| app != "NonPackaged" && using(&key, app))
            .collect();
        apps
    });
    let programs = Key::open(root, &format!(r"{base}\NonPackaged"))
        .into_iter()
        .flat_map(|key| {
            let apps: Vec<String> = key
                .subkeys()
                .into_iter()
                .filter(|app| using(&key, app))
                .collect();
            apps
        });
    programs.chain(packaged).map(|app| app_name(&app)).next()
}

fn using(key: &Key, app: &str) -> bool {
    key.qword(app, "LastUsedTimeStart").is_some() && key.qword(app, "LastUsedTimeStop") == Some(0)
}

/// The name a record's key stands for: the program's file name for a path
/// (`C:#Program Files#Zoom#bin#Zoom.exe` is `Zoom.exe`), the package's name
/// for a package (`Microsoft.SkypeApp_kzf8qxf38zg5c` is
/// `Microsoft.SkypeApp`).
pub fn app_name(record: &str) -> String {
    match record.rsplit_once('#') {
        Some((_, file)) => file.to_owned(),
        None => record.split('_').next().unwrap_or(record).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::registry::{delete_tree as remove, set_qword};
    use super::*;

    /// Writes a record as Windows does, under a store of the test's own.
    fn record(store: &str, path: &str, start: u64, stop: u64) {
        let key = format!(r"{store}\{path}");
        set_qword(&key, "LastUsedTimeStart", start);
        set_qword(&key, "LastUsedTimeStop", stop);
    }

    #[test]
    fn a_program_holding_the_microphone_is_named_until_it_lets_go() {
        let store = r"Software\SitbreakTest\ConsentStore-mic";
        remove(store);
        let zoom = r"microphone\NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe";
        record(store, r"microphone\NonPackaged\C:#Apps#old.exe", 100, 200);
        record(store, zoom, 300, 0);
        let mic = in_use_under(HKEY_CURRENT_USER, store, Capability::Microphone);
        assert_eq!(mic.as_deref(), Some("Zoom.exe"));
        assert_eq!(
            in_use_under(HKEY_CURRENT_USER, store, Capability::Camera),
            None,
            "the camera is not the microphone"
        );
        record(store, zoom, 300, 400);
        assert_eq!(
            in_use_under(HKEY_CURRENT_USER, store, Capability::Microphone),
            None
        );
        remove(store);
    }

    #[test]
    fn a_packaged_app_using_the_camera_is_named_by_its_package() {
        let store = r"Software\SitbreakTest\ConsentStore-cam";
        remove(store);
        record(store, r"webcam\Microsoft.SkypeApp_kzf8qxf38zg5c", 300, 0);
        assert_eq!(
            in_use_under(HKEY_CURRENT_USER, store, Capability::Camera).as_deref(),
            Some("Microsoft.SkypeApp")
        );
        remove(store);
    }

    #[test]
    fn no_store_means_nothing_in_use() {
        assert_eq!(
            in_use_under(
                HKEY_CURRENT_USER,
                r"Software\SitbreakTest\Nowhere",
                Capability::Camera
            ),
            None
        );
    }
}
