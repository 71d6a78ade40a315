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
use x11rb::connection::Connection as _;
use x11rb::protocol::randr::ConnectionExt as _;
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

/// Where to put a window of `size` (logical pixels) so that it is centred
/// on the X11 monitor the pointer is on: the person works there. `None`
/// outside X11, or with one monitor (the window manager's own placement is
/// as good), or when X cannot tell.
pub fn centre_on_pointer_monitor(size: [f32; 2]) -> Option<[f32; 2]> {
    if std::env::var_os("WAYLAND_DISPLAY").is_some() {
        return None;
    }
    let (conn, screen) = x11rb::connect(None).ok()?;
    let root = conn.setup().roots.get(screen)?.root;
    let pointer = conn.query_pointer(root).ok()?.reply().ok()?;
    let monitors = conn.randr_get_monitors(root, true).ok()?.reply().ok()?;
    if monitors.monitors.len() < 2 {
        return None;
    }
    let (px, py) = (i32::from(pointer.root_x), i32::from(pointer.root_y));
    let monitor = monitors.monitors.iter().find(|m| {
        let (x, y) = (i32::from(m.x), i32::from(m.y));
        (x..x + i32::from(m.width)).contains(&px) && (y..y + i32::from(m.height)).contains(&py)
    })?;
    Some(centred(
        [
            f32::from(monitor.x),
            f32::from(monitor.y),
            f32::from(monitor.width),
            f32::from(monitor.height),
        ],
        size,
    ))
}

/// The top-left corner that centres `size` in `area` ([x, y, w, h]), kept
/// inside it when it is the larger.
fn centred(area: [f32; 4], size: [f32; 2]) -> [f32; 2] {
    let [x, y, w, h] = area;
    [
        x + ((w - size[0]) / 2.0).max(0.0),
        y + ((h - size[1]) / 2.0).max(0.0),
    ]
}

#[cfg(test)]
mod tests {
    use super::centred;

    #[test]
    fn a_card_is_centred_on_the_second_monitor() {
        assert_eq!(
            centred([1920.0, 0.0, 1280.0, 1024.0], [600.0, 760.0]),
            [2260.0, 132.0]
        );
    }

    #[test]
    fn a_card_larger_than_its_monitor_starts_at_its_corner() {
        assert_eq!(
            centred([0.0, 0.0, 500.0, 500.0], [600.0, 760.0]),
            [0.0, 0.0]
        );
    }
}
