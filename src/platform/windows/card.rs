//! A break card on Windows: centred on the monitor the pointer is on, on
//! top (the viewport asks for HWND_TOPMOST), and mapped without taking the
//! focus from the program the person types in. winit shows it with
//! SW_SHOWNOACTIVATE; WS_EX_NOACTIVATE keeps it from being activated
//! after that too, until the person presses a mouse button on it: then it
//! becomes an ordinary window that takes the keyboard, so its shortcuts
//! work.

use raw_window_handle::{HasWindowHandle, RawWindowHandle};
use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, POINT, WPARAM};
use windows_sys::Win32::Graphics::Gdi::{
    GetMonitorInfoW, MONITOR_DEFAULTTONEAREST, MONITORINFO, MonitorFromPoint,
};
use windows_sys::Win32::UI::HiDpi::{GetDpiForMonitor, MDT_EFFECTIVE_DPI};
use windows_sys::Win32::UI::Shell::{DefSubclassProc, SetWindowSubclass};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    GWL_EXSTYLE, GetCursorPos, GetWindowLongPtrW, SetForegroundWindow, SetWindowLongPtrW,
    WM_LBUTTONDOWN, WM_NCLBUTTONDOWN, WM_NCRBUTTONDOWN, WM_RBUTTONDOWN, WS_EX_NOACTIVATE,
};

/// The card's window from eframe's creation context.
pub(super) fn hwnd(window: &impl HasWindowHandle) -> Option<HWND> {
    match window.window_handle().ok()?.as_raw() {
        RawWindowHandle::Win32(h) => Some(h.hwnd.get() as HWND),
        _ => None,
    }
}

/// Marks the (still hidden) card as not to be activated until clicked.
pub fn on_top_without_focus(window: &impl HasWindowHandle) -> Result<(), String> {
    let hwnd = hwnd(window).ok_or("no Win32 window handle")?;
    // SAFETY: the card's own window, on the thread that made it.
    unsafe {
        let style = GetWindowLongPtrW(hwnd, GWL_EXSTYLE);
        SetWindowLongPtrW(hwnd, GWL_EXSTYLE, style | WS_EX_NOACTIVATE as isize);
        if SetWindowSubclass(hwnd, Some(activate_on_click), 1, 0) == 0 {
            return Err("cannot watch the card's clicks".to_owned());
        }
    }
    Ok(())
}

unsafe extern "system" fn activate_on_click(
    hwnd: HWND,
    message: u32,
    wparam: WPARAM,
    lparam: LPARAM,
    _id: usize,
    _data: usize,
) -> LRESULT {
    // A press of a button on the card itself or its title bar, not
    // WM_MOUSEACTIVATE, which Windows (and Wine's window manager glue)
    // also send when merely asking whether the window wants the focus.
    if matches!(
        message,
        WM_LBUTTONDOWN | WM_RBUTTONDOWN | WM_NCLBUTTONDOWN | WM_NCRBUTTONDOWN
    ) {
        // SAFETY: the card's window, on its own thread.
        unsafe {
            let style = GetWindowLongPtrW(hwnd, GWL_EXSTYLE);
            if style & WS_EX_NOACTIVATE as isize != 0 {
                SetWindowLongPtrW(hwnd, GWL_EXSTYLE, style & !(WS_EX_NOACTIVATE as isize));
                SetForegroundWindow(hwnd);
            }
        }
    }
    // SAFETY: hands every other message on unchanged.
    unsafe { DefSubclassProc(hwnd, message, wparam, lparam) }
}

/// Where a card of `size` (logical pixels) is centred in the work area of
/// the monitor the pointer is on.
pub fn centre_on_pointer_monitor(size: [f32; 2]) -> Option<[f32; 2]> {
    let mut at = POINT { x: 0, y: 0 };
    let mut info = MONITORINFO {
        cbSize: size_of::<MONITORINFO>() as u32,
        ..Default::default()
    };
    let (mut dpi_x, mut dpi_y) = (96u32, 96u32);
    // SAFETY: out-parameters of the right types and sizes.
    unsafe {
        if GetCursorPos(&mut at) == 0 {
            return None;
        }
        let monitor = MonitorFromPoint(at, MONITOR_DEFAULTTONEAREST);
        if GetMonitorInfoW(monitor, &mut info) == 0 {
            return None;
        }
        GetDpiForMonitor(monitor, MDT_EFFECTIVE_DPI, &mut dpi_x, &mut dpi_y);
    }
    let scale = dpi_x.max(1) as f32 / 96.0;
    Some(centred(info.rcWork, scale, size))
}

/// The top-left corner, in logical pixels, of `size` centred in `area`
/// (physical pixels at `scale`), kept inside it.
fn centred(area: windows_sys::Win32::Foundation::RECT, scale: f32, size: [f32; 2]) -> [f32; 2] {
    let [w, h] = size;
    let left = area.left as f32 / scale;
    let top = area.top as f32 / scale;
    let width = (area.right - area.left) as f32 / scale;
    let height = (area.bottom - area.top) as f32 / scale;
    [
        left + ((width - w) / 2.0).max(0.0),
        top + ((height - h) / 2.0).max(0.0),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use windows_sys::Win32::Foundation::RECT;

    #[test]
    fn a_card_is_centred_in_the_work_area_of_a_second_scaled_monitor() {
        // A 150 % monitor right of a 1920-wide one, taskbar at its bottom.
        let area = RECT {
            left: 1920,
            top: 0,
            right: 1920 + 2880,
            bottom: 1800 - 72,
        };
        assert_eq!(centred(area, 1.5, [600.0, 760.0]), [1280.0 + 660.0, 196.0]);
    }

    #[test]
    fn a_card_taller_than_the_screen_starts_at_its_top() {
        let area = RECT {
            left: 0,
            top: 0,
            right: 1024,
            bottom: 600,
        };
        assert_eq!(centred(area, 1.0, [600.0, 760.0]), [212.0, 0.0]);
    }
}
