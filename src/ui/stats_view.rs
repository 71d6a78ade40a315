//! Statistics: fourteen days of breaks taken, natural and skipped, time sat
//! per day, the longest unbroken sitting, the streak, a twelve-week calendar
//! against the goal, the hours breaks happen in, and CSV export.

use crate::tr;
use chrono::{DateTime, FixedOffset};
use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, Plot};

use super::access;
use super::heatmap;
use super::msg::Msg;
use super::theme::{GAP, Palette};
use super::widgets::{self, card, muted, secondary_button, section_title};
use crate::history::Record;
use crate::history::stats::{DayStats, Summary, breaks_by_hour, day_of, summarize};
use crate::settings::Settings;

/// Days shown.
pub const DAYS: u32 = 14;

/// What statistics are made from: the history the window read, the goal
/// and day start from the settings, and the local time it opened.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub history: &'a [Record],
    pub settings: &'a Settings,
    pub now: DateTime<FixedOffset>,
}

/// The numbers shown.
pub fn summary(app: Shown<'_>) -> Summary {
    summarize(
        app.history,
        app.now,
        DAYS,
        app.settings.goal_per_day(),
        app.settings.day_start,
    )
}

/// The summary as CSV: one row a day.
pub fn csv(summary: &Summary) -> String {
    let mut out = String::from(
        "date,taken,completed,natural,skipped,snoozed,sat_minutes,longest_sitting_minutes,\
         stood_minutes,posture_changes\n",
    );
    for d in &summary.days {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{}\n",
            d.date,
            d.taken,
            d.completed,
            d.natural,
            d.skipped,
            d.snoozed,
            d.sat_secs / 60,
            d.longest_sitting_secs / 60,
            d.stood_secs / 60,
            d.posture_changes
        ));
    }
    out
}

/// Weeks the calendar shows.
pub const CALENDAR_WEEKS: u32 = 12;

/// Draws statistics; returns what the user asked for.
pub fn ui(ui: &mut Ui, app: Shown<'_>) -> Option<Msg> {
    access::hidden_heading(ui, &tr!("nav-statistics"));
    let mut msg = None;
    let scroll = egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| msg = content(ui, app));
    access::name_scroll(ui.ctx(), scroll.id, &tr!("stats-scroll"));
    msg
}

fn content(ui: &mut Ui, app: Shown<'_>) -> Option<Msg> {
    let p = Palette::of(ui.ctx());
    let summary = summary(app);
    let mut msg = None;
    let today = summary.days.last().map_or(0, |d| d.counted());
    let stats = [
        (today.to_string(), tr!("stats-breaks-today", count = today)),
        (summary.streak_days.to_string(), tr!("stats-day-streak")),
        (
            widgets::span(summary.longest_sitting_secs),
            tr!("stats-longest-sitting"),
        ),
    ];
    ui.columns(3, |columns| {
        for (column, (value, label)) in columns.iter_mut().zip(stats.iter()) {
            card(column, |ui| {
                ui.label(RichText::new(value).size(26.0).strong());
                muted(ui, label.as_str());
            });
        }
    });
    ui.add_space(GAP / 2.0);
    // Above the charts, so it is there without scrolling; the hint wraps
    // below the button where a language's words run long.
    ui.horizontal_wrapped(|ui| {
        if secondary_button(ui, &tr!("stats-export")).clicked() {
            msg = Some(Msg::ExportCsv);
        }
        muted(ui, tr!("stats-export-hint"));
    });
    ui.add_space(GAP);
    let labels: Vec<String> = summary
        .days
        .iter()
        .map(|d| crate::words::day_month(d.date))
        .collect();
    // Every third day, so labels never crowd.
    let x_label = move |mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>| {
        let idx = mark.value.round();
        if (mark.value - idx).abs() > 0.01 || idx < 0.0 || idx % 3.0 != 0.0 {
            return String::new();
        }
        labels.get(idx as usize).cloned().unwrap_or_default()
    };
    card(ui, |ui| {
        section_title(
            ui,
            &tr!(
                "stats-breaks-per-day",
                days = DAYS,
                goal = summary.daily_goal
            ),
        );
        let series = [
            (tr!("stats-taken"), p.accent),
            (tr!("stats-natural"), p.natural),
            (tr!("stats-skipped"), p.due),
        ];
        // The key sits above the chart, never over its bars.
        ui.horizontal(|ui| {
            for (name, colour) in &series {
                let (name, colour) = (name.as_str(), *colour);
                swatch(ui, colour);
                ui.label(RichText::new(name).small());
                ui.add_space(GAP / 2.0);
            }
            ui.label(RichText::new("- - -").small().color(p.muted));
            ui.label(RichText::new(tr!("stats-daily-goal")).small());
        });
        let bars = |f: &dyn Fn(&DayStats) -> u32, colour: Color32| -> Vec<Bar> {
            summary
                .days
                .iter()
                .enumerate()
                .map(|(i, d)| Bar::new(i as f64, f64::from(f(d))).width(0.6).fill(colour))
                .collect()
        };
        let [taken_name, natural_name, skipped_name] = series.map(|(name, _)| name);
        let taken = BarChart::new(taken_name, bars(&|d| d.taken, p.accent)).color(p.accent);
        let natural = BarChart::new(natural_name, bars(&|d| d.natural, p.natural))
            .color(p.natural)
            .stack_on(&[&taken]);
        let skipped = BarChart::new(skipped_name, bars(&|d| d.skipped, p.due))
            .color(p.due)
            .stack_on(&[&taken, &natural]);
        let most = summary
            .days
            .iter()
            .map(|d| d.taken + d.natural + d.skipped)
            .max()
            .unwrap_or(0)
            .max(summary.daily_goal);
        let chart = fixed_plot("breaks", 190.0)
            .y_axis_label(tr!("stats-axis-breaks"))
            .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [10.0, 5.0, 1.0]))
            .y_axis_formatter(whole_numbers)
            .include_y(f64::from(most) + 1.0)
            .x_axis_formatter(x_label.clone())
            .show(ui, |plot| {
                plot.hline(
                    egui_plot::HLine::new(tr!("stats-goal"), f64::from(summary.daily_goal))
                        .color(p.muted)
                        .style(egui_plot::LineStyle::dashed_loose()),
                );
                plot.bar_chart(taken);
                plot.bar_chart(natural);
                plot.bar_chart(skipped);
            });
        access::image(
            &chart.response,
            &tr!("stats-chart-breaks", days = DAYS),
            &describe_breaks(&summary.days, summary.daily_goal),
        );
    });
    ui.add_space(GAP);
    card(ui, |ui| {
        section_title(ui, &tr!("stats-sitting-standing", days = DAYS));
        let hours = |f: fn(&DayStats) -> u64, fill| -> Vec<Bar> {
            summary
                .days
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    Bar::new(i as f64, f(d) as f64 / 3600.0)
                        .width(0.6)
                        .fill(fill)
                })
                .collect()
        };
        let sat =
            BarChart::new(tr!("stats-sitting"), hours(|d| d.sat_secs, p.muted)).color(p.muted);
        let stood = BarChart::new(tr!("stats-standing"), hours(|d| d.stood_secs, p.natural))
            .color(p.natural)
            .stack_on(&[&sat]);
        let chart = fixed_plot("sat", 150.0)
            .y_axis_label(tr!("stats-axis-hours"))
            .y_axis_formatter(whole_numbers)
            .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [4.0, 2.0, 1.0]))
            .include_y(1.0)
            .x_axis_formatter(x_label)
            .legend(egui_plot::Legend::default())
            .show(ui, |plot| {
                plot.bar_chart(sat);
                plot.bar_chart(stood);
            });
        access::image(
            &chart.response,
            &tr!("stats-chart-sitting", days = DAYS),
            &tr!("stats-same-days"),
        );
        day_table(ui, &summary.days, summary.daily_goal);
    });
    ui.add_space(GAP);
    let today_date = day_of(app.now, app.settings.day_start);
    let calendar = summarize(
        app.history,
        app.now,
        CALENDAR_WEEKS * 7,
        summary.daily_goal,
        app.settings.day_start,
    );
    card(ui, |ui| {
        section_title(ui, &tr!("stats-last-weeks", weeks = CALENDAR_WEEKS));
        heatmap::ui(ui, &calendar.days, summary.daily_goal);
    });
    ui.add_space(GAP);
    card(ui, |ui| {
        section_title(ui, &tr!("stats-when", weeks = CALENDAR_WEEKS));
        let first = calendar.days.first().map_or(today_date, |d| d.date);
        let hours = breaks_by_hour(app.history, first, today_date, app.settings.day_start);
        // The waking day, widened to any hour that had a break.
        let used = || {
            hours
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(h, _)| h)
        };
        let at = |h: usize| hours.get(h).copied().unwrap_or(0);
        let from = used().min().unwrap_or(7).min(7);
        let to = used().max().unwrap_or(20).max(20);
        let bars: Vec<Bar> = (from..=to)
            .map(|h| {
                Bar::new(h as f64, f64::from(at(h)))
                    .width(0.7)
                    .fill(p.accent)
            })
            .collect();
        let busiest = (from..=to).max_by_key(|h| at(*h)).unwrap_or(from);
        let chart = fixed_plot("hours", 150.0)
            .y_axis_label(tr!("stats-axis-breaks"))
            .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [10.0, 5.0, 1.0]))
            .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [3.0, 1.0, 1.0]))
            .y_axis_formatter(whole_numbers)
            .include_x(from as f64 - 0.5)
            .include_x(to as f64 + 0.5)
            .include_y(1.0)
            .x_axis_formatter(|mark, _| {
                let h = mark.value.round();
                if (mark.value - h).abs() < 0.01 && (0.0..24.0).contains(&h) && h % 3.0 == 0.0 {
                    format!("{h:02}:00")
                } else {
                    String::new()
                }
            })
            .show(ui, |plot| {
                plot.bar_chart(BarChart::new(tr!("stats-by-hour"), bars).color(p.accent))
            });
        access::image(
            &chart.response,
            &tr!("stats-chart-by-hour"),
            &if at(busiest) == 0 {
                tr!("stats-no-breaks-yet")
            } else {
                tr!(
                    "stats-busiest",
                    count = at(busiest),
                    from = &format!("{busiest:02}:00"),
                    to = &format!("{:02}:00", busiest + 1)
                )
            },
        );
    });
    msg
}

/// The charts' summary for a screen reader: the days against the goal.
fn describe_breaks(days: &[DayStats], goal: u32) -> String {
    let met = days
        .iter()
        .filter(|d| goal > 0 && d.counted() >= goal)
        .count();
    let total: u32 = days.iter().map(DayStats::counted).sum();
    tr!(
        "stats-describe",
        total = total,
        days = days.len(),
        goal = goal,
        met = met
    )
}

/// The charts' numbers as a table, one row a day, newest first: what a
/// screen reader reads instead of the bars, and anyone can open.
fn day_table(ui: &mut Ui, days: &[DayStats], goal: u32) {
    egui::CollapsingHeader::new(tr!("stats-table"))
        .id_salt("day-table")
        .show(ui, |ui| {
            egui::Grid::new("day-table-grid")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for d in days.iter().rev() {
                        ui.label(crate::words::weekday_day_month(d.date));
                        let mut line = tr!(
                            "stats-row",
                            counted = d.counted(),
                            goal = goal,
                            taken = d.taken,
                            natural = d.natural,
                            skipped = d.skipped,
                            sat = &widgets::span(d.sat_secs)
                        );
                        if d.stood_secs > 0 || d.posture_changes > 0 {
                            line.push_str(&tr!(
                                "stats-row-stood",
                                stood = &widgets::span(d.stood_secs),
                                changes = d.posture_changes
                            ));
                        }
                        ui.label(line);
                        ui.end_row();
                    }
                });
        });
}

/// A chart that stays put: statistics are read, not explored.
fn fixed_plot(id: &str, height: f32) -> Plot<'_> {
    Plot::new(id)
        .height(height)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [3.0, 1.0, 1.0]))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_grid([false, true])
        .include_y(0.0)
}

/// Axis marks on whole numbers only: there is no half a break.
fn whole_numbers(mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>) -> String {
    if mark.value.fract().abs() < 1e-6 && mark.value >= 0.0 {
        format!("{}", mark.value)
    } else {
        String::new()
    }
}

/// A small square of a series' colour, for the key.
fn swatch(ui: &mut Ui, colour: Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
    ui.painter()
        .rect_filled(rect, egui::CornerRadius::same(2), colour);
}
