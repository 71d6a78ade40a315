//! Asks an X11 window manager to keep a break card on top but not focus it.
//!
//! winit ignores "not active" on X11, so the card would take the keyboard
//! from whatever the person types in, and it asks for "always on top" with
//! a client message that window managers ignore for a window not yet
//! mapped (mutter did: the card opened under the focused window). EWMH
//! lets a client set both as properties before mapping instead:
//! `_NET_WM_USER_TIME` = 0 ("do not focus on map") and `_NET_WM_STATE`
//! with `_NET_WM_STATE_ABOVE`. Wayland has no such requests: there the
//! [`KeyGuard`](super::key_guard::KeyGuard) keeps typing off the card.

use raw_window_handle::{HasWindowHandle, RawWindowHandle};
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _, PropMode};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

/// Marks the (still unmapped) X11 window as on top and not to be
/// focused; does nothing elsewhere. A failure only costs the hints, so it
/// is returned for the caller to report.
pub fn on_top_without_focus(window: &impl HasWindowHandle) -> Result<(), String> {
    let Ok(handle) = window.window_handle() else {
        return Ok(());
    };
    let id = match handle.as_raw() {
        RawWindowHandle::Xlib(h) => h.window as u32,
        RawWindowHandle::Xcb(h) => h.window.get(),
        _ => return Ok(()),
    };
    let (conn, _) = x11rb::connect(None).map_err(|e| format!("cannot reach X: {e}"))?;
    let user_time = atom(&conn, b"_NET_WM_USER_TIME")?;
    let state = atom(&conn, b"_NET_WM_STATE")?;
    let above = atom(&conn, b"_NET_WM_STATE_ABOVE")?;
    conn.change_property32(PropMode::REPLACE, id, user_time, AtomEnum::CARDINAL, &[0])
        .map_err(|e| e.to_string())?;
    conn.change_property32(PropMode::APPEND, id, state, AtomEnum::ATOM, &[above])
        .map_err(|e| e.to_string())?;
    conn.sync().map_err(|e| e.to_string())
}

fn atom(conn: &RustConnection, name: &[u8]) -> Result<u32, String> {
    Ok(conn
        .intern_atom(false, name)
        .map_err(|e| e.to_string())?
        .reply()
        .map_err(|e| e.to_string())?
        .atom)
}
