//! Statistics: fourteen days of breaks taken, natural and skipped, time sat
//! per day, the longest unbroken sitting, the streak, and CSV export.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Plot};

use super::app::{App, Msg};
use super::theme::{GAP, Palette};
use super::widgets::{self, card, muted, secondary_button, section_title};
use crate::history::stats::{Summary, day_of, summarize};

/// Days shown.
pub const DAYS: u32 = 14;

/// The numbers shown, from the history the window read.
pub fn summary(app: &App) -> Summary {
    let today = day_of(app.now, app.settings.day_start);
    summarize(
        &app.history,
        today,
        DAYS,
        app.settings.goal_per_day(),
        app.settings.day_start,
    )
}

/// The summary as CSV: one row a day.
pub fn csv(summary: &Summary) -> String {
    let mut out = String::from(
        "date,taken,completed,natural,skipped,snoozed,sat_minutes,longest_sitting_minutes\n",
    );
    for d in &summary.days {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}\n",
            d.date,
            d.taken,
            d.completed,
            d.natural,
            d.skipped,
            d.snoozed,
            d.sat_secs / 60,
            d.longest_sitting_secs / 60
        ));
    }
    out
}

/// Draws statistics; returns what the user asked for.
pub fn ui(ui: &mut Ui, app: &App) -> Option<Msg> {
    let p = Palette::of(ui.ctx());
    let summary = summary(app);
    let mut msg = None;
    let today = summary.days.last().map_or(0, |d| d.counted());
    let stats = [
        (
            today.to_string(),
            if today == 1 {
                "break today"
            } else {
                "breaks today"
            },
        ),
        (summary.streak_days.to_string(), "day streak"),
        (
            widgets::span(summary.longest_sitting_secs),
            "longest sitting",
        ),
    ];
    ui.columns(3, |columns| {
        for (column, (value, label)) in columns.iter_mut().zip(stats.iter()) {
            card(column, |ui| {
                ui.label(RichText::new(value).size(26.0).strong());
                muted(ui, *label);
            });
        }
    });
    ui.add_space(GAP);
    let labels: Vec<String> = summary
        .days
        .iter()
        .map(|d| d.date.format("%d %b").to_string())
        .collect();
    let x_label = move |mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>| {
        let idx = mark.value.round();
        if (mark.value - idx).abs() > 0.01 || idx < 0.0 {
            return String::new();
        }
        labels.get(idx as usize).cloned().unwrap_or_default()
    };
    card(ui, |ui| {
        section_title(
            ui,
            &format!("Breaks per day (goal: {})", summary.daily_goal),
        );
        let bars = |f: &dyn Fn(&crate::history::stats::DayStats) -> u32,
                    colour: egui::Color32|
         -> Vec<Bar> {
            summary
                .days
                .iter()
                .enumerate()
                .map(|(i, d)| Bar::new(i as f64, f64::from(f(d))).width(0.6).fill(colour))
                .collect()
        };
        let taken = BarChart::new("Taken", bars(&|d| d.taken, p.accent)).color(p.accent);
        let natural = BarChart::new("Natural", bars(&|d| d.natural, p.natural))
            .color(p.natural)
            .stack_on(&[&taken]);
        let skipped = BarChart::new("Skipped", bars(&|d| d.skipped, p.due))
            .color(p.due)
            .stack_on(&[&taken, &natural]);
        Plot::new("breaks")
            .height(180.0)
            .legend(Legend::default())
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .show_grid([false, true])
            .y_axis_formatter(|mark, _| {
                // Whole breaks only.
                if mark.value.fract().abs() < 1e-6 {
                    format!("{}", mark.value)
                } else {
                    String::new()
                }
            })
            .include_y(f64::from(summary.daily_goal))
            .include_y(0.0)
            .x_axis_formatter(x_label.clone())
            .show(ui, |plot| {
                plot.hline(
                    egui_plot::HLine::new("Goal", f64::from(summary.daily_goal))
                        .color(p.muted)
                        .style(egui_plot::LineStyle::dashed_loose()),
                );
                plot.bar_chart(taken);
                plot.bar_chart(natural);
                plot.bar_chart(skipped);
            });
    });
    ui.add_space(GAP);
    card(ui, |ui| {
        section_title(ui, "Time sat per day (hours)");
        let sat: Vec<Bar> = summary
            .days
            .iter()
            .enumerate()
            .map(|(i, d)| {
                Bar::new(i as f64, d.sat_secs as f64 / 3600.0)
                    .width(0.6)
                    .fill(p.muted)
            })
            .collect();
        Plot::new("sat")
            .height(140.0)
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .show_grid([false, true])
            .include_y(0.0)
            .x_axis_formatter(x_label)
            .show(ui, |plot| {
                plot.bar_chart(BarChart::new("Time sat", sat).color(p.muted))
            });
    });
    ui.add_space(GAP);
    ui.horizontal(|ui| {
        if secondary_button(ui, "Export CSV").clicked() {
            msg = Some(Msg::ExportCsv);
        }
        muted(ui, "Writes one row a day to your Sitbreak data folder.");
    });
    msg
}
