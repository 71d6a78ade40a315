//! The notification-area icon through `Shell_NotifyIconW`: the ring icon
//! and its tooltip, the shared tray menu as a popup menu, and balloons.
//! Windows 10 and 11 show a balloon as a toast of the icon's program; the
//! calls take the hidden window's handle from any thread.

use std::sync::{Arc, Mutex};

use windows_sys::Win32::Foundation::{HWND, POINT};
use windows_sys::Win32::UI::Shell::{
    NIF_ICON, NIF_INFO, NIF_MESSAGE, NIF_TIP, NIIF_INFO, NIM_ADD, NIM_DELETE, NIM_MODIFY,
    NOTIFYICONDATAW, Shell_NotifyIconW,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    AppendMenuW, CreateIcon, CreatePopupMenu, DestroyMenu, GetCursorPos, HICON, HMENU, MF_GRAYED,
    MF_POPUP, MF_SEPARATOR, MF_STRING, PostMessageW, SetForegroundWindow, TPM_RETURNCMD,
    TPM_RIGHTBUTTON, TrackPopupMenu, WM_NULL,
};

use super::registry::wide;
use super::shell::TRAY_CALLBACK;
use crate::daemon::icons::{self, IconKey};
use crate::daemon::tray_menu::{Entry, Menu};
use crate::ipc::protocol::Request;

/// What the icon shows now, for the window thread to show again when
/// Explorer restarts and to answer clicks with.
#[derive(Debug, Clone)]
pub struct Shown {
    /// The HICON, as a number so that it may cross threads.
    pub icon: isize,
    pub tip: String,
    pub menu: Menu,
    /// What a click on the balloon sends.
    pub balloon_click: Option<Request>,
}

impl Default for Shown {
    fn default() -> Shown {
        Shown {
            icon: make_icon(IconKey::new(crate::engine::PhaseKind::Sitting, 0)),
            tip: "Sitbreak".to_owned(),
            menu: Menu::of(None),
            balloon_click: None,
        }
    }
}

/// The icon's record with nothing set but whose it is.
fn data(hwnd: HWND) -> NOTIFYICONDATAW {
    NOTIFYICONDATAW {
        cbSize: size_of::<NOTIFYICONDATAW>() as u32,
        hWnd: hwnd,
        uID: 1,
        ..Default::default()
    }
}

/// Copies `text` into a fixed wide-string field, cut to fit with its NUL.
fn fill(field: &mut [u16], text: &str) {
    let units: Vec<u16> = text
        .encode_utf16()
        .take(field.len().saturating_sub(1))
        .collect();
    for (slot, unit) in field
        .iter_mut()
        .zip(units.iter().chain(std::iter::once(&0)))
    {
        *slot = *unit;
    }
}

fn with_icon(hwnd: HWND, shown: &Shown) -> NOTIFYICONDATAW {
    let mut d = data(hwnd);
    d.uFlags = NIF_MESSAGE | NIF_ICON | NIF_TIP;
    d.uCallbackMessage = TRAY_CALLBACK;
    d.hIcon = shown.icon as HICON;
    fill(&mut d.szTip, &shown.tip);
    d
}

/// Adds the icon (again, after Explorer restarted); false when there is
/// no notification area to add it to.
pub fn add(hwnd: HWND, shown: &Arc<Mutex<Shown>>) -> bool {
    let d = with_icon(hwnd, &crate::sound::lock(shown));
    // SAFETY: `d` is a complete record for this call.
    unsafe { Shell_NotifyIconW(NIM_ADD, &d) != 0 || Shell_NotifyIconW(NIM_MODIFY, &d) != 0 }
}

/// Shows a new icon or tooltip.
pub fn modify(hwnd: HWND, shown: &Shown) -> bool {
    let d = with_icon(hwnd, shown);
    // SAFETY: as above.
    unsafe { Shell_NotifyIconW(NIM_MODIFY, &d) != 0 }
}

pub fn remove(hwnd: HWND) {
    let d = data(hwnd);
    // SAFETY: as above.
    unsafe { Shell_NotifyIconW(NIM_DELETE, &d) };
}

/// Shows a balloon; false when none could be shown (no icon).
pub fn balloon(hwnd: HWND, title: &str, text: &str) -> bool {
    let mut d = data(hwnd);
    d.uFlags = NIF_INFO;
    d.dwInfoFlags = NIIF_INFO;
    d.Anonymous.uTimeout = 10_000;
    fill(&mut d.szInfoTitle, title);
    fill(&mut d.szInfo, text);
    // SAFETY: as above.
    unsafe { Shell_NotifyIconW(NIM_MODIFY, &d) != 0 }
}

/// Takes the balloon away: an empty text closes it.
pub fn close_balloon(hwnd: HWND) {
    let mut d = data(hwnd);
    d.uFlags = NIF_INFO;
    // SAFETY: as above.
    unsafe { Shell_NotifyIconW(NIM_MODIFY, &d) };
}

/// The ring icon for `key`, 32-bit with alpha.
pub fn make_icon(key: IconKey) -> isize {
    let side = icons::SIZE as i32;
    let mut bgra = icons::render(key);
    for pixel in bgra.chunks_exact_mut(4) {
        pixel.swap(0, 2);
    }
    // The AND mask is unused with alpha, but must be there: 1 bit a pixel.
    let mask = vec![0u8; (icons::SIZE * icons::SIZE / 8) as usize];
    // SAFETY: both bitmaps are the size the call is told.
    let icon = unsafe {
        CreateIcon(
            std::ptr::null_mut(),
            side,
            side,
            1,
            32,
            mask.as_ptr(),
            bgra.as_ptr(),
        )
    };
    icon as isize
}

/// Shows the menu at the pointer and returns what the chosen item sends.
pub fn pop_up_menu(hwnd: HWND, menu: &Menu) -> Option<Request> {
    let mut requests = Vec::new();
    let popup = build(&menu.entries(), &mut requests);
    let mut at = POINT { x: 0, y: 0 };
    // SAFETY: the menu is ours and destroyed below; the foreground window
    // and the null message are what Windows asks of a notification-area
    // menu, so that it closes when the person clicks elsewhere.
    let chosen = unsafe {
        GetCursorPos(&mut at);
        SetForegroundWindow(hwnd);
        let chosen = TrackPopupMenu(
            popup,
            TPM_RETURNCMD | TPM_RIGHTBUTTON,
            at.x,
            at.y,
            0,
            hwnd,
            std::ptr::null(),
        );
        PostMessageW(hwnd, WM_NULL, 0, 0);
        DestroyMenu(popup);
        chosen
    };
    let index = usize::try_from(chosen).ok()?.checked_sub(1)?;
    requests.get(index).cloned()
}

/// A popup menu of `entries`; item n sends `requests[n - 1]`.
fn build(entries: &[Entry], requests: &mut Vec<Request>) -> HMENU {
    // SAFETY: the menu made here is filled with strings that live through
    // each call, and freed with its parent by DestroyMenu.
    unsafe {
        let menu = CreatePopupMenu();
        for entry in entries {
            match entry {
                Entry::Item {
                    label,
                    enabled,
                    request,
                } => {
                    requests.push(request.clone());
                    let grey = if *enabled { 0 } else { MF_GRAYED };
                    AppendMenuW(menu, MF_STRING | grey, requests.len(), wide(label).as_ptr());
                }
                Entry::Sub {
                    label,
                    enabled,
                    items,
                } => {
                    let sub = build(items, requests);
                    let grey = if *enabled { 0 } else { MF_GRAYED };
                    AppendMenuW(menu, MF_POPUP | grey, sub as usize, wide(label).as_ptr());
                }
                Entry::Separator => {
                    AppendMenuW(menu, MF_SEPARATOR, 0, std::ptr::null());
                }
            }
        }
        menu
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_tooltip_is_cut_to_the_field_and_ends_with_nul() {
        let mut tip = [7u16; 8];
        fill(&mut tip, "Next break at 14:30");
        assert_eq!(String::from_utf16_lossy(&tip[..7]), "Next br");
        assert_eq!(tip[7], 0);
        fill(&mut tip, "ok");
        assert_eq!(&tip[..3], &[u16::from(b'o'), u16::from(b'k'), 0]);
    }

    #[test]
    fn every_phase_makes_an_icon_windows_accepts() {
        use crate::engine::PhaseKind;
        for phase in [PhaseKind::Sitting, PhaseKind::BreakDue, PhaseKind::Paused] {
            assert_ne!(make_icon(IconKey::new(phase, 500)), 0, "{phase:?}");
        }
    }
}
