//! Asks the window manager not to focus a break card when it appears.
//!
//! winit ignores "not active" on X11, so the card would take the keyboard
//! from whatever the person types in. EWMH's `_NET_WM_USER_TIME` set to 0
//! before the window is mapped means "do not focus on map"; openbox, xfwm4,
//! mutter and KWin honour it. Wayland has no such request: there the
//! [`KeyGuard`](super::key_guard::KeyGuard) keeps typing off the card.

use raw_window_handle::{HasWindowHandle, RawWindowHandle};
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _, PropMode};
use x11rb::wrapper::ConnectionExt as _;

/// Marks the (still unmapped) X11 window as not to be focused; does
/// nothing elsewhere. A failure only costs the hint, so it is returned for
/// the caller to report.
pub fn ask_not_to_focus(window: &impl HasWindowHandle) -> Result<(), String> {
    let Ok(handle) = window.window_handle() else {
        return Ok(());
    };
    let id = match handle.as_raw() {
        RawWindowHandle::Xlib(h) => h.window as u32,
        RawWindowHandle::Xcb(h) => h.window.get(),
        _ => return Ok(()),
    };
    let (conn, _) = x11rb::connect(None).map_err(|e| format!("cannot reach X: {e}"))?;
    let atom = conn
        .intern_atom(false, b"_NET_WM_USER_TIME")
        .map_err(|e| e.to_string())?
        .reply()
        .map_err(|e| e.to_string())?
        .atom;
    conn.change_property32(PropMode::REPLACE, id, atom, AtomEnum::CARDINAL, &[0])
        .map_err(|e| e.to_string())?;
    conn.sync().map_err(|e| e.to_string())?;
    Ok(())
}
