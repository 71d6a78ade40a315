//! What `sitbreak doctor` and Settings say of the desktop: each part by
//! name, with what was found and what to do. The platform's findings come
//! already in the person's language; this names the parts and lays out
//! the lines.

use crate::ipc::protocol::{Check, Part};
use crate::tr;

/// "Tray icon", "Idle time".
pub fn part(part: Part) -> String {
    match part {
        Part::Tray => tr!("part-tray"),
        Part::Notifications => tr!("part-notifications"),
        Part::Idle => tr!("part-idle"),
        Part::Suspend => tr!("part-suspend"),
        Part::Sound => tr!("part-sound"),
        Part::Voice => tr!("part-voice"),
        Part::Media => tr!("part-media"),
    }
}

/// "✓ Idle time: ext-idle-notify-v1", and "    → what to do" if any.
pub fn check_lines(check: &Check) -> Vec<String> {
    let mark = if check.works { "✓" } else { "✗" };
    let mut lines = vec![format!("{mark} {}: {}", part(check.part), check.found)];
    if let Some(advice) = &check.advice {
        lines.push(format!("    → {advice}"));
    }
    lines
}
