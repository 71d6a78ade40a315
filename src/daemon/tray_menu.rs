//! The tray menu, the same on every desktop: a function of the status,
//! each item carrying the request it sends. A platform draws it in its own
//! kind of menu (a dbusmenu on Linux, a popup menu on Windows).

use crate::engine::PhaseKind;
use crate::ipc::protocol::{Request, StatusView, View};
use crate::posture::Posture;
use crate::tr;

/// One line of the menu.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Item {
        label: String,
        enabled: bool,
        request: Request,
    },
    Sub {
        label: String,
        enabled: bool,
        items: Vec<Entry>,
    },
    Separator,
}

fn item(label: String, enabled: bool, request: Request) -> Entry {
    Entry::Item {
        label,
        enabled,
        request,
    }
}

/// The parts of the status the menu depends on; equal menus draw equal
/// entries, so a platform redraws only when this changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Menu {
    phase: PhaseKind,
    near_break: bool,
    can_snooze: bool,
    strict: bool,
    standing: bool,
}

impl Menu {
    /// What the menu offers for `status` (before any status: sitting, with
    /// nothing to snooze or skip).
    pub fn of(status: Option<&StatusView>) -> Menu {
        let Some(status) = status else {
            return Menu {
                phase: PhaseKind::Sitting,
                near_break: false,
                can_snooze: false,
                strict: false,
                standing: false,
            };
        };
        Menu {
            phase: status.phase,
            // A held break is due too: it can be snoozed or skipped.
            // A sit–stand prompt is answered by Snooze and Skip too.
            near_break: matches!(status.phase, PhaseKind::BreakDue | PhaseKind::Held)
                || (status.phase == PhaseKind::Sitting && status.progress_permille >= 990)
                || status.prompt.is_some(),
            can_snooze: status.snoozes_left > 0,
            strict: status.strict,
            standing: status.posture == Posture::Standing,
        }
    }

    /// The menu's lines, top to bottom.
    pub fn entries(&self) -> Vec<Entry> {
        let Menu {
            phase,
            near_break,
            can_snooze,
            strict,
            standing,
        } = *self;
        let hour = 3600;
        let mut items = vec![
            item(
                tr!("tray-take-break"),
                phase != PhaseKind::OnBreak,
                Request::TakeBreak,
            ),
            item(
                tr!("tray-snooze"),
                near_break && can_snooze,
                Request::Snooze,
            ),
        ];
        // Strict mode takes Skip out of the menu rather than greying it.
        if !strict {
            items.push(item(
                tr!("tray-skip"),
                near_break || phase == PhaseKind::OnBreak,
                Request::Skip,
            ));
        }
        items.push(if standing {
            item(
                tr!("tray-sitting"),
                true,
                Request::Posture {
                    posture: Posture::Sitting,
                },
            )
        } else {
            item(
                tr!("tray-standing"),
                true,
                Request::Posture {
                    posture: Posture::Standing,
                },
            )
        });
        items.push(Entry::Sub {
            label: tr!("tray-pause"),
            enabled: phase != PhaseKind::OnBreak && phase != PhaseKind::Paused,
            items: vec![
                item(
                    tr!("tray-pause-minutes", minutes = 30u32),
                    true,
                    Request::Pause { secs: hour / 2 },
                ),
                item(
                    tr!("tray-pause-hours", hours = 1u32),
                    true,
                    Request::Pause { secs: hour },
                ),
                item(
                    tr!("tray-pause-hours", hours = 2u32),
                    true,
                    Request::Pause { secs: 2 * hour },
                ),
                item(
                    tr!("tray-pause-until-tomorrow"),
                    true,
                    Request::PauseUntilTomorrow,
                ),
            ],
        });
        let open = |view| Request::Open { view };
        items.extend([
            item(
                tr!("tray-resume"),
                phase == PhaseKind::Paused,
                Request::Resume,
            ),
            Entry::Separator,
            item(tr!("tray-open"), true, open(View::Home)),
            item(tr!("tray-settings"), true, open(View::Settings)),
            item(tr!("tray-statistics"), true, open(View::Statistics)),
            Entry::Separator,
            item(tr!("tray-quit"), true, Request::Quit),
        ]);
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(entries: &[Entry]) -> Vec<&str> {
        entries
            .iter()
            .filter_map(|e| match e {
                Entry::Item { label, .. } | Entry::Sub { label, .. } => Some(label.as_str()),
                Entry::Separator => None,
            })
            .collect()
    }

    #[test]
    fn before_any_status_the_menu_offers_a_break_but_nothing_to_snooze() {
        let entries = Menu::of(None).entries();
        assert_eq!(
            labels(&entries)[..3],
            ["Take a break now", "Snooze", "Skip this break"]
        );
        let enabled: Vec<bool> = entries
            .iter()
            .take(3)
            .map(|e| matches!(e, Entry::Item { enabled: true, .. }))
            .collect();
        assert_eq!(enabled, [true, false, false]);
    }
}
