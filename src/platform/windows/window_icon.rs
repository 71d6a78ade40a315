//! Every window's icon from the icon the program embeds (resource 1,
//! `build.rs`), at the sizes Windows asks for: the large one for the
//! taskbar and Alt+Tab, the small one for the title bar. winit sets only
//! the small one, and eframe the large one only on the active window, so
//! a card shown without activation kept Windows' default (and under Wine,
//! whose title bars ask for the large one, so did the title bar).

use raw_window_handle::HasWindowHandle;
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    GetSystemMetrics, ICON_BIG, ICON_SMALL, IMAGE_ICON, LR_DEFAULTCOLOR, LoadImageW, SM_CXICON,
    SM_CXSMICON, SendMessageW, WM_SETICON,
};

use super::card::hwnd;

/// The icon resource's id in both programs.
const ICON_ID: u16 = 1;

/// Gives `window` the program's icon, large and small.
pub fn set(window: &impl HasWindowHandle) -> Result<(), String> {
    let hwnd = hwnd(window).ok_or("no Win32 window handle")?;
    for (which, metric) in [(ICON_BIG, SM_CXICON), (ICON_SMALL, SM_CXSMICON)] {
        // SAFETY: the program's own module and a resource id passed the
        // MAKEINTRESOURCE way; the icon is shared with the window, which
        // keeps it for the program's life.
        unsafe {
            let side = GetSystemMetrics(metric);
            let icon = LoadImageW(
                GetModuleHandleW(std::ptr::null()),
                ICON_ID as usize as *const u16,
                IMAGE_ICON,
                side,
                side,
                LR_DEFAULTCOLOR,
            );
            if icon.is_null() {
                return Err("the program has no icon resource".to_owned());
            }
            SendMessageW(hwnd, WM_SETICON, which as usize, icon as isize);
        }
    }
    Ok(())
}
