//! What a notification's buttons do: each action's id is the JSON of the
//! IPC [`Request`] it sends, so a click reaches the daemon through the one
//! mapping from requests to engine inputs in `requests.rs`. (Tray items
//! carry their request in their click handler, in `tray.rs`.)

use crate::ipc::protocol::{Request, View};

/// The notification body's own action (clicking the bubble).
pub const DEFAULT: &str = "default";

/// The id of a menu item or notification action that sends `request`.
pub fn id(request: &Request) -> String {
    serde_json::to_string(request).unwrap_or_default()
}

/// The request an item or action id stands for; `None` for ids that send
/// nothing (a submenu, a closed notification).
pub fn request(id: &str) -> Option<Request> {
    if id == DEFAULT {
        return Some(Request::Open { view: View::Break });
    }
    serde_json::from_str(id).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_reads_back_as_the_request_it_was_made_from() {
        for r in [
            Request::TakeBreak,
            Request::Snooze,
            Request::Skip,
            Request::Pause { secs: 1800 },
            Request::PauseUntilTomorrow,
            Request::Resume,
            Request::Open {
                view: View::Statistics,
            },
            Request::Quit,
        ] {
            assert_eq!(request(&id(&r)), Some(r));
        }
    }

    #[test]
    fn the_bubble_opens_the_break_and_unknown_ids_do_nothing() {
        assert_eq!(
            request("default"),
            Some(Request::Open { view: View::Break })
        );
        assert_eq!(request("__closed"), None);
        assert_eq!(request("pause"), None);
    }
}
