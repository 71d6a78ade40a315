//! Whether a program the person named (`hold_for_apps`) is running: the
//! session's processes from a Toolhelp snapshot, matched by file name the
//! way people write it on Windows: any case, with or without `.exe`.

use windows_sys::Win32::Foundation::{CloseHandle, INVALID_HANDLE_VALUE};
use windows_sys::Win32::System::Diagnostics::ToolHelp::{
    CreateToolhelp32Snapshot, PROCESSENTRY32W, Process32FirstW, Process32NextW, TH32CS_SNAPPROCESS,
};

/// The first of `apps` that a running process is, as the setting names it.
pub fn running(apps: &[String]) -> Option<String> {
    if apps.is_empty() {
        return None;
    }
    processes()
        .iter()
        .find_map(|exe| matching(exe, apps).map(str::to_owned))
}

/// The entry of `apps` that names the program file `exe`, if any.
pub fn matching<'a>(exe: &str, apps: &'a [String]) -> Option<&'a str> {
    let exe = exe.to_lowercase();
    let stem = exe.strip_suffix(".exe").unwrap_or(&exe);
    apps.iter().map(String::as_str).find(|app| {
        let app = app.trim().to_lowercase();
        app == exe || app == stem
    })
}

/// The file names of the processes running now.
fn processes() -> Vec<String> {
    // SAFETY: no pointers; the handle is checked and closed below.
    let snapshot = unsafe { CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0) };
    if snapshot == INVALID_HANDLE_VALUE || snapshot.is_null() {
        return Vec::new();
    }
    let mut names = Vec::new();
    let mut entry = PROCESSENTRY32W {
        dwSize: u32::try_from(std::mem::size_of::<PROCESSENTRY32W>()).unwrap_or(0),
        ..PROCESSENTRY32W::default()
    };
    // SAFETY: `entry` has its size set, as both calls require; they only
    // write into it.
    let mut more = unsafe { Process32FirstW(snapshot, &mut entry) } != 0;
    while more {
        let len = entry
            .szExeFile
            .iter()
            .position(|&c| c == 0)
            .unwrap_or(entry.szExeFile.len());
        names.push(String::from_utf16_lossy(
            entry.szExeFile.get(..len).unwrap_or(&[]),
        ));
        // SAFETY: as above.
        more = unsafe { Process32NextW(snapshot, &mut entry) } != 0;
    }
    // SAFETY: the snapshot handle is valid and closed once.
    unsafe { CloseHandle(snapshot) };
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apps(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn a_program_matches_its_name_in_any_case_with_or_without_exe() {
        let named = apps(&["zoom", "Teams.exe"]);
        assert_eq!(matching("Zoom.exe", &named), Some("zoom"));
        assert_eq!(matching("ms-teams.exe", &named), None);
        assert_eq!(matching("teams.EXE", &named), Some("Teams.exe"));
        assert_eq!(
            matching("zoomit.exe", &named),
            None,
            "a whole name, not a prefix"
        );
    }

    #[test]
    fn a_running_program_is_found_and_one_not_running_is_not() {
        let me = std::env::current_exe().expect("this test's program");
        let stem = me
            .file_stem()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        assert_eq!(
            running(&apps(&["no-such-program", &stem])).as_deref(),
            Some(stem.as_str())
        );
        assert_eq!(running(&apps(&["no-such-program"])), None);
        assert_eq!(running(&[]), None);
    }
}
