//! What the window tells assistive technology (AccessKit, published over
//! AT-SPI): the window's name, headings, names for what is only painted,
//! buttons' key shortcuts, announcements, and where keyboard focus goes
//! when the person turns to the window.
//!
//! Screen readers hear every change of a node's name, so a name here
//! changes only when there is news: painted countdowns are named in coarse
//! steps, and announcements are said once each.

use egui::accesskit::{Live, Role};
use egui::{Id, Response, Ui, WidgetInfo};

/// The window's accessible name, whatever the program file is called.
pub const WINDOW_NAME: &str = "Sitbreak";

/// Names the window (its root node) for this frame.
pub fn name_window(ctx: &egui::Context) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(WINDOW_NAME);
    });
}

/// Makes the label `response` showing `text` a heading, so a screen
/// reader can jump to it.
pub fn heading(response: &Response, text: &str) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        node.set_label(text);
    });
}

/// A heading only assistive technology sees: the name of a view whose
/// title is not written on screen (the tab bar shows it selected).
pub fn hidden_heading(ui: &mut Ui, text: &str) {
    let response = ui.allocate_response(egui::Vec2::ZERO, egui::Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Heading, true, text));
}

/// Names a painted progress (a ring, a bar) and gives its fraction done.
pub fn progress(response: &Response, name: &str, fraction: f32) {
    response.widget_info(|| WidgetInfo {
        value: Some(f64::from(fraction.clamp(0.0, 1.0))),
        ..WidgetInfo::labeled(Role::ProgressIndicator, true, name)
    });
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(1.0);
    });
}

/// Names a scroll area's bars, which egui leaves unnamed.
pub fn name_scroll(ctx: &egui::Context, area: Id, name: &str) {
    // egui gives each bar the area's id with its axis, 0 or 1.
    for axis in 0..2usize {
        let bar = area.with(axis);
        if ctx.has_accesskit_node(bar) {
            ctx.accesskit_node_builder(bar, |node| node.set_label(name));
        }
    }
}

/// Names a painted picture (a figure, a chart) and says what it shows.
pub fn image(response: &Response, name: &str, description: &str) {
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, name));
    if !description.is_empty() {
        response
            .ctx
            .accesskit_node_builder(response.id, |node| node.set_description(description));
    }
}

/// Gives a control its key ("" for none): as AccessKit's keyboard
/// shortcut, and as its tooltip "Shortcut: Enter", which egui also makes
/// its description, read by screen readers after the name.
pub fn shortcut(response: Response, key: &str) -> Response {
    if key.is_empty() {
        return response;
    }
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_keyboard_shortcut(key));
    response.on_hover_text(crate::tr!("shortcut-hint", key = key))
}

/// How urgently an announcement interrupts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// Said when the reader is done with what it says now.
    Polite,
    /// Said at once: the break is due, "Stop — this hurts".
    Assertive,
}

/// Announcements: each is said once. Each new one is a new live-region
/// node (a node added to a live region is read out), so the same words
/// twice ("Paused", later "Paused" again) are said twice, and a node that
/// stays as it is is never read again.
#[derive(Debug, Default)]
pub struct Announcer {
    said: u64,
    last: Option<(String, Urgency)>,
    /// Frames drawn since a screen reader started reading. The first tree
    /// it gets is read as a whole, not announced, so the announcement
    /// waits for the frame after (a break card's first words would
    /// otherwise be lost).
    live_frames: std::cell::Cell<u32>,
}

impl Announcer {
    pub fn say(&mut self, text: impl Into<String>, urgency: Urgency) {
        self.said += 1;
        self.last = Some((text.into(), urgency));
    }

    /// Adds the latest announcement's node to the tree; nothing is drawn.
    pub fn ui(&self, ui: &mut Ui) {
        if !ui.ctx().has_accesskit_node(egui::accesskit_root_id()) {
            self.live_frames.set(0);
            return;
        }
        self.live_frames
            .set(self.live_frames.get().saturating_add(1));
        let Some((text, urgency)) = &self.last else {
            return;
        };
        if self.live_frames.get() < 3 {
            ui.ctx().request_repaint();
            return;
        }
        let id = Id::unique(("sitbreak-announcement", self.said));
        let rect = egui::Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
        let response = ui.interact(rect, id, egui::Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(Role::Status, true, text));
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_live(match urgency {
                Urgency::Polite => Live::Polite,
                Urgency::Assertive => Live::Assertive,
            });
        });
    }
}

fn focus_id() -> Id {
    Id::unique("sitbreak-focus-primary")
}

/// Asks that the next primary button drawn takes keyboard focus: the
/// person turned to the window, or the screen changed under them.
pub fn focus_primary_next(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(focus_id(), true));
}

/// Gives `response` focus if a view asked for it; called by the primary
/// button, the one action each screen leads with.
pub fn take_primary_focus(response: &Response) {
    let wanted = response
        .ctx
        .data_mut(|d| d.remove_temp::<bool>(focus_id()).unwrap_or(false));
    if wanted {
        response.request_focus();
    }
}

/// A countdown's seconds as its accessible name gives them: in steps of
/// five, so the name changes once in five seconds while the ring counts
/// every second ("at most 15 seconds left"). Announcements say the rest.
pub fn coarse_seconds(secs: u64) -> u64 {
    secs.div_ceil(5) * 5
}

/// "45 seconds", "1 second", "2 minutes", "about 1 minute".
pub fn spoken(secs: u64) -> String {
    if secs < 60 {
        crate::tr!("spoken-seconds", seconds = secs)
    } else {
        let minutes = if secs < 120 { 1 } else { secs.div_ceil(60) };
        crate::tr!("spoken-about-minutes", minutes = minutes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_countdown_is_named_in_steps_of_five() {
        let names: Vec<u64> = (1..=15).rev().map(coarse_seconds).collect();
        assert_eq!(
            names,
            [15, 15, 15, 15, 15, 10, 10, 10, 10, 10, 5, 5, 5, 5, 5]
        );
    }

    #[test]
    fn times_are_spoken_as_words() {
        assert_eq!(spoken(1), "1 second");
        assert_eq!(spoken(45), "45 seconds");
        assert_eq!(spoken(90), "about 1 minute");
        assert_eq!(spoken(125), "about 3 minutes");
    }
}
