//! Whether the person presents or runs something full screen, as Windows
//! tells programs that want to decide whether to interrupt:
//! `SHQueryUserNotificationState`. Focus assist (Do Not Disturb) is not
//! among its answers, so it is not told here.

use windows_sys::Win32::UI::Shell::{
    QUERY_USER_NOTIFICATION_STATE, QUNS_APP, QUNS_BUSY, QUNS_PRESENTATION_MODE,
    QUNS_RUNNING_D3D_FULL_SCREEN, SHQueryUserNotificationState,
};

use crate::engine::BusyReason;

/// What a state says of the person: full screen (a presentation, a film,
/// a game, a full-screen app) holds a break; anything else does not.
pub fn reason(state: QUERY_USER_NOTIFICATION_STATE) -> Option<BusyReason> {
    matches!(
        state,
        QUNS_BUSY | QUNS_RUNNING_D3D_FULL_SCREEN | QUNS_PRESENTATION_MODE | QUNS_APP
    )
    .then_some(BusyReason::FullScreen { title: None })
}

/// The state now, if Windows answers.
pub fn state() -> Option<QUERY_USER_NOTIFICATION_STATE> {
    let mut state: QUERY_USER_NOTIFICATION_STATE = 0;
    // SAFETY: `state` is a valid place for the answer.
    let hr = unsafe { SHQueryUserNotificationState(&mut state) };
    (hr >= 0).then_some(state)
}

/// Whether something full screen holds a break now.
pub fn full_screen() -> Option<BusyReason> {
    state().and_then(reason)
}

#[cfg(test)]
mod tests {
    use windows_sys::Win32::UI::Shell::{
        QUNS_ACCEPTS_NOTIFICATIONS, QUNS_NOT_PRESENT, QUNS_QUIET_TIME,
    };

    use super::*;

    #[test]
    fn presenting_and_full_screen_hold_a_break_and_nothing_else_does() {
        let full = Some(BusyReason::FullScreen { title: None });
        for busy in [
            QUNS_BUSY,
            QUNS_RUNNING_D3D_FULL_SCREEN,
            QUNS_PRESENTATION_MODE,
            QUNS_APP,
        ] {
            assert_eq!(reason(busy), full, "state {busy}");
        }
        for free in [
            QUNS_ACCEPTS_NOTIFICATIONS,
            QUNS_NOT_PRESENT,
            QUNS_QUIET_TIME,
        ] {
            assert_eq!(reason(free), None, "state {free}");
        }
    }

    #[test]
    fn windows_answers_and_an_empty_desktop_is_not_full_screen() {
        let now = state().expect("SHQueryUserNotificationState answers");
        assert_eq!(reason(now), None, "state {now} with nothing on screen");
    }
}
