//! What keeps the person busy at the desk on Windows, so that a break
//! coming due waits: the microphone or camera in use (the privacy records),
//! presenting or full screen, and a program the person named. Each has its
//! own setting and the first that holds is named, as on Linux. Windows
//! tells programs nothing of Focus assist (Do Not Disturb), so that
//! setting has no source here.

use super::consent::{self, Capability};
use super::{full_screen, programs};
use crate::daemon::parts::Busy;
use crate::engine::BusyReason;
use crate::settings::Settings;

/// The desk's busy probe.
#[derive(Debug, Default)]
pub struct Desk;

impl Busy for Desk {
    fn busy(&mut self, settings: &Settings) -> Option<BusyReason> {
        let checks: [(bool, &dyn Fn() -> Option<BusyReason>); 4] = [
            (settings.hold_for_microphone, &|| {
                consent::in_use(Capability::Microphone).map(|app| BusyReason::Microphone { app })
            }),
            (settings.hold_for_camera, &|| {
                consent::in_use(Capability::Camera).map(|app| BusyReason::Camera { app })
            }),
            (settings.hold_for_fullscreen, &full_screen::full_screen),
            (!settings.hold_for_apps.is_empty(), &|| {
                programs::running(&settings.hold_for_apps).map(|app| BusyReason::Running { app })
            }),
        ];
        checks
            .iter()
            .filter(|(on, _)| *on)
            .find_map(|(_, check)| check())
    }

    /// A full-screen window (a film) says the person is there though idle.
    fn at_desk(&mut self) -> Option<String> {
        full_screen::full_screen().map(|_| "a full-screen window".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::super::registry::{delete_tree, set_qword as set};
    use super::*;

    #[test]
    fn a_call_holding_the_microphone_holds_the_break_only_while_it_lasts_and_only_when_asked() {
        // The record Windows writes while a program holds the microphone,
        // where Windows writes it (this Wine prefix is the test's own).
        let record = format!(
            r"{}\microphone\NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe",
            consent::STORE
        );
        set(&record, "LastUsedTimeStart", 133_000_000_000_000_000);
        set(&record, "LastUsedTimeStop", 0);
        let mut desk = Desk;
        let settings = Settings::default();
        assert_eq!(
            desk.busy(&settings),
            Some(BusyReason::Microphone {
                app: "Zoom.exe".into()
            })
        );
        let off = Settings {
            hold_for_microphone: false,
            ..Settings::default()
        };
        assert_eq!(desk.busy(&off), None, "the setting turns the hold off");
        set(&record, "LastUsedTimeStop", 133_000_000_600_000_000);
        assert_eq!(desk.busy(&settings), None, "the call ended");
        delete_tree(consent::STORE);
    }
}
