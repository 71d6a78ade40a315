//! Small drawing helpers shared by the views: cards, buttons, the
//! countdown ring, key hints. Each returns a `Response` or nothing.

use std::f32::consts::TAU;

use egui::{
    Color32, CornerRadius, Margin, Pos2, Response, RichText, Sense, Shape, Stroke, Ui, Vec2,
};

use super::access;
use super::theme::Palette;

/// A rounded card holding a block of content.
pub fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let p = Palette::of(ui.ctx());
    egui::Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(p.border_width, p.border))
        .corner_radius(CornerRadius::same(14))
        .inner_margin(Margin::same(20))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// The main action of a screen: filled with the accent colour. It takes
/// keyboard focus when the person turns to the window (see
/// [`access::focus_primary_next`]).
pub fn primary_button(ui: &mut Ui, text: &str) -> Response {
    let p = Palette::of(ui.ctx());
    let response = ui.add(
        egui::Button::new(RichText::new(text).color(p.on_accent).strong())
            .fill(p.accent)
            .min_size(Vec2::new(120.0, 40.0)),
    );
    access::take_primary_focus(&response);
    response
}

/// A quieter action.
pub fn secondary_button(ui: &mut Ui, text: &str) -> Response {
    ui.add(egui::Button::new(text).min_size(Vec2::new(96.0, 40.0)))
}

/// A warning action, such as "Stop — this hurts".
pub fn danger_button(ui: &mut Ui, text: &str) -> Response {
    let p = Palette::of(ui.ctx());
    ui.add(
        egui::Button::new(RichText::new(text).color(p.danger).strong())
            .fill(p.danger_soft)
            .stroke(Stroke::new(1.0, p.danger))
            .min_size(Vec2::new(120.0, 40.0)),
    )
}

/// Muted small text.
pub fn muted(ui: &mut Ui, text: impl Into<String>) -> Response {
    let p = Palette::of(ui.ctx());
    ui.label(RichText::new(text.into()).color(p.muted))
}

/// A section title inside a card.
pub fn section_title(ui: &mut Ui, text: &str) -> Response {
    ui.label(RichText::new(text).size(18.0).strong())
}

/// A ring that fills clockwise from the top, with a big label inside and a
/// small one below it. `fraction` is how much of the ring is filled.
pub fn ring_ui(
    ui: &mut Ui,
    diameter: f32,
    fraction: f32,
    colour: Color32,
    big: &str,
    small: &str,
) -> Response {
    let p = Palette::of(ui.ctx());
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(diameter), Sense::hover());
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let centre = rect.center();
        let width = (diameter * 0.07).max(6.0);
        let radius = diameter / 2.0 - width / 2.0 - 1.0;
        painter.circle_stroke(centre, radius, Stroke::new(width, p.track));
        let fraction = fraction.clamp(0.0, 1.0);
        if fraction > 0.0 {
            let n = ((fraction * 120.0).ceil() as usize).max(2);
            let points: Vec<Pos2> = (0..=n)
                .map(|i| {
                    let a = -TAU / 4.0 + TAU * fraction * i as f32 / n as f32;
                    centre + Vec2::new(a.cos(), a.sin()) * radius
                })
                .collect();
            painter.add(Shape::line(points, Stroke::new(width, colour)));
        }
        painter.text(
            centre - Vec2::new(0.0, diameter * 0.04),
            egui::Align2::CENTER_CENTER,
            big,
            egui::FontId::proportional(diameter * 0.22),
            p.text,
        );
        // The caption wraps inside the ring (a rep count and a side run
        // long in French or Chinese), its first line where one line sits.
        let caption = painter.layout(
            small.to_owned(),
            egui::FontId::proportional((diameter * 0.075).max(13.0)),
            p.muted,
            (radius - width) * 2.0 * 0.8,
        );
        let first_line = caption.rows.first().map_or(0.0, |r| r.height());
        let top = centre + Vec2::new(0.0, diameter * 0.16 - first_line / 2.0);
        painter.galley(
            egui::Align2::CENTER_TOP
                .anchor_size(top, caption.size())
                .min,
            caption,
            p.muted,
        );
    }
    response
}

/// A thin bar filled to `fraction`, as wide as the space; its accessible
/// name is the caller's ([`access::progress`]).
pub fn bar_ui(ui: &mut Ui, fraction: f32, colour: Color32) -> Response {
    let p = Palette::of(ui.ctx());
    let size = Vec2::new(ui.available_width(), 6.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let radius = CornerRadius::same(3);
    ui.painter().rect_filled(rect, radius, p.track);
    let mut done = rect;
    done.set_width(rect.width() * fraction.clamp(0.0, 1.0));
    ui.painter().rect_filled(done, radius, colour);
    response
}

/// "1:05", "0:09", "12:00".
pub fn clock(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// "12 min", "2 min 16 s", "45 s", "1 h 05 min": the one way a length
/// of time is shown, in `words`.
pub use crate::words::span;

/// A line of keyboard hints under a screen: "Space pause · → next", one
/// label, so a screen reader reads it as one line. Each button also
/// carries its own key ([`access::shortcut`]).
pub fn key_hints(ui: &mut Ui, hints: &[(&str, &str)]) {
    let p = Palette::of(ui.ctx());
    let mut job = egui::text::LayoutJob::default();
    let font = |style: egui::TextStyle| style.resolve(ui.style());
    for (idx, (key, what)) in hints.iter().enumerate() {
        let format = |font_id, color| egui::TextFormat {
            font_id,
            color,
            valign: egui::Align::Center,
            ..Default::default()
        };
        if idx > 0 {
            job.append("  ·  ", 0.0, format(font(egui::TextStyle::Body), p.muted));
        }
        job.append(key, 0.0, format(font(egui::TextStyle::Monospace), p.text));
        job.append(
            &format!(" {what}"),
            0.0,
            format(font(egui::TextStyle::Small), p.muted),
        );
    }
    ui.add(egui::Label::new(job).wrap());
}

/// Numbered text as one label: "1. Sit tall…", the number in `colour`.
pub fn numbered(ui: &mut Ui, number: &str, text: &str, colour: Color32, size: f32) -> Response {
    let mut job = egui::text::LayoutJob::default();
    let body = egui::FontId::proportional(size);
    job.append(
        number,
        0.0,
        egui::TextFormat {
            font_id: body.clone(),
            color: colour,
            ..Default::default()
        },
    );
    job.append(
        &format!(" {text}"),
        0.0,
        egui::TextFormat {
            font_id: body,
            color: Palette::of(ui.ctx()).text,
            ..Default::default()
        },
    );
    ui.add(egui::Label::new(job).wrap())
}
