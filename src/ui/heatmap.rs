//! A calendar of breaks against the daily goal: one square a day, a column a
//! week, darker as the day comes nearer its goal. Painted, not plotted, so
//! it reads like the calendars people know.

use chrono::{Datelike, NaiveDate};
use egui::{Color32, CornerRadius, Rect, RichText, Sense, Ui, pos2, vec2};

use super::theme::Palette;
use crate::history::stats::DayStats;

/// A day's square: as large as the card allows, within these bounds.
const CELL: std::ops::RangeInclusive<f32> = 14.0..=30.0;
const GAP: f32 = 4.0;
const LABELS: f32 = 34.0;

/// How full a day's square is: 0 for no break, 1 for the goal met.
fn share(counted: u32, goal: u32) -> f32 {
    (counted as f32 / goal.max(1) as f32).min(1.0)
}

/// The square's colour: the track for no break, then deeper accent.
fn colour(p: &Palette, share: f32) -> Color32 {
    if share <= 0.0 {
        p.track
    } else {
        // Never fainter than a third, so one break still shows.
        p.accent_soft.lerp_to_gamma(p.accent, 0.33 + 0.67 * share)
    }
}

/// Draws `days` (oldest first, ending today) as weeks from Monday.
pub fn ui(ui: &mut Ui, days: &[DayStats], goal: u32) {
    let p = Palette::of(ui.ctx());
    let Some(first) = days.first() else {
        return;
    };
    let offset = first.date.weekday().num_days_from_monday() as usize;
    let weeks = (offset + days.len()).div_ceil(7);
    let cell =
        ((ui.available_width() - LABELS) / weeks as f32 - GAP).clamp(*CELL.start(), *CELL.end());
    let top = 18.0;
    let size = vec2(
        LABELS + weeks as f32 * (cell + GAP),
        top + 7.0 * (cell + GAP),
    );
    let (area, response) = ui.allocate_exact_size(size, Sense::hover());
    let met = days
        .iter()
        .filter(|d| goal > 0 && d.counted() >= goal)
        .count();
    let best = days.iter().max_by_key(|d| d.counted());
    let described = match best.filter(|d| d.counted() > 0) {
        Some(d) => crate::tr!(
            "calendar-describe-best",
            goal = goal,
            met = met,
            days = days.len(),
            best = d.counted(),
            date = &crate::words::weekday_day_month(d.date)
        ),
        None => crate::tr!(
            "calendar-describe",
            goal = goal,
            met = met,
            days = days.len()
        ),
    };
    super::access::image(
        &response,
        &crate::tr!("calendar-name", days = days.len()),
        &described,
    );
    let painter = ui.painter_at(area);
    let font = egui::FontId::proportional(11.0);
    for (row, day) in [
        (0, chrono::Weekday::Mon),
        (2, chrono::Weekday::Wed),
        (4, chrono::Weekday::Fri),
    ] {
        let name = crate::words::weekday_short(day);
        painter.text(
            pos2(
                area.left(),
                area.top() + top + row as f32 * (cell + GAP) + cell / 2.0,
            ),
            egui::Align2::LEFT_CENTER,
            name,
            font.clone(),
            p.muted,
        );
    }
    let mut last_month = None;
    for (i, day) in days.iter().enumerate() {
        let slot = offset + i;
        let (col, row) = (slot / 7, slot % 7);
        let min = pos2(
            area.left() + LABELS + col as f32 * (cell + GAP),
            area.top() + top + row as f32 * (cell + GAP),
        );
        if last_month != Some(day.date.month()) && row == 0 || i == 0 {
            last_month = Some(day.date.month());
            painter.text(
                pos2(min.x, area.top()),
                egui::Align2::LEFT_TOP,
                crate::words::month_short(day.date.month()),
                font.clone(),
                p.muted,
            );
        }
        let rect = Rect::from_min_size(min, vec2(cell, cell));
        let counted = day.counted();
        painter.rect_filled(
            rect,
            CornerRadius::same(3),
            colour(&p, share(counted, goal)),
        );
        ui.interact(rect, ui.scope_id().with(("day", day.date)), Sense::hover())
            .on_hover_text(describe(day.date, counted, goal));
    }
    legend(ui, &p);
}

/// "Mon 23 Nov: 12 of 16 breaks", for the square's tooltip.
fn describe(date: NaiveDate, counted: u32, goal: u32) -> String {
    let date = crate::words::weekday_day_month(date);
    if counted >= goal {
        crate::tr!(
            "calendar-day-met",
            date = &date,
            counted = counted,
            goal = goal
        )
    } else {
        crate::tr!("calendar-day", date = &date, counted = counted, goal = goal)
    }
}

fn legend(ui: &mut Ui, p: &Palette) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(crate::tr!("calendar-no-breaks"))
                .small()
                .color(p.muted),
        );
        for share in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
            ui.painter()
                .rect_filled(rect, CornerRadius::same(3), colour(p, share));
        }
        ui.label(
            RichText::new(crate::tr!("calendar-goal-met"))
                .small()
                .color(p.muted),
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_fills_toward_the_goal_and_stops_there() {
        assert_eq!(share(0, 16), 0.0);
        assert_eq!(share(8, 16), 0.5);
        assert_eq!(share(20, 16), 1.0);
        assert_eq!(share(3, 0), 1.0, "a zero goal never divides by zero");
    }

    #[test]
    fn the_tooltip_says_the_day_the_count_and_the_goal() {
        let date: NaiveDate = "2026-11-23".parse().expect("date");
        assert_eq!(describe(date, 12, 16), "Mon 23 Nov: 12 of 16 breaks");
        assert_eq!(
            describe(date, 16, 16),
            "Mon 23 Nov: 16 of 16 breaks, goal met"
        );
    }
}
