//! Home: the countdown to the next break, today's numbers, the next
//! routine, and pause / resume.

use egui::{RichText, Ui};

use super::access;
use super::msg::{Known, Msg};
use super::theme::{GAP, Palette};
use super::widgets::{self, card, muted, primary_button, secondary_button, section_title};
use crate::engine::PhaseKind;
use crate::posture::Posture;

/// Draws home, with `break_in` seconds counted down since the daemon last
/// said; returns what the user asked for.
pub fn ui(ui: &mut Ui, known: Known<'_>, break_in: Option<u64>) -> Option<Msg> {
    let p = Palette::of(ui.ctx());
    let mut msg = None;
    let Some(status) = known.status else {
        card(ui, |ui| {
            ui.label("Sitbreak is not answering.");
            muted(ui, "Start it with `sitbreak` and open this window again.");
        });
        return None;
    };

    access::hidden_heading(ui, "Home");
    card(ui, |ui| {
        ui.horizontal(|ui| {
            // The ring counts every second; its accessible name in coarser
            // steps, so a screen reader is not told every second.
            let mut spoken = None;
            let (fraction, big, small, colour) = match status.phase {
                PhaseKind::Sitting => {
                    let left = break_in.unwrap_or(0);
                    let total = known.settings.sit_interval.as_secs().max(1);
                    let fraction = 1.0 - left.min(total) as f32 / total as f32;
                    let coarse = if left >= 60 {
                        left.div_ceil(60) * 60
                    } else {
                        access::coarse_seconds(left)
                    };
                    spoken = Some((
                        format!("Next break in {}", access::spoken(coarse)),
                        1.0 - coarse.min(total) as f32 / total as f32,
                    ));
                    (
                        fraction,
                        widgets::clock(left),
                        "until your break".to_owned(),
                        p.accent,
                    )
                }
                PhaseKind::BreakDue => {
                    (1.0, "Now".to_owned(), "time to stand up".to_owned(), p.due)
                }
                PhaseKind::Held => (
                    1.0,
                    "Soon".to_owned(),
                    "when you are free".to_owned(),
                    p.due,
                ),
                PhaseKind::OnBreak => (1.0, "Break".to_owned(), "under way".to_owned(), p.natural),
                PhaseKind::Paused => (
                    0.0,
                    status
                        .paused_until
                        .map_or_else(|| "Paused".into(), crate::words::clock_time),
                    "paused until".to_owned(),
                    p.muted,
                ),
                PhaseKind::Away => (
                    0.0,
                    "Away".to_owned(),
                    "counts as a break".to_owned(),
                    p.natural,
                ),
                PhaseKind::OffHours => (
                    0.0,
                    "Off".to_owned(),
                    "outside working hours".to_owned(),
                    p.muted,
                ),
            };
            let ring = widgets::ring_ui(ui, 180.0, fraction, colour, &big, &small);
            let (name, value) = spoken.unwrap_or_else(|| (format!("{big}, {small}"), fraction));
            access::progress(&ring, &name, value);
            ui.add_space(GAP);
            ui.vertical(|ui| {
                ui.add_space(GAP);
                ui.label(
                    RichText::new(crate::words::summary(status))
                        .size(22.0)
                        .strong(),
                );
                let t = &status.today;
                muted(
                    ui,
                    format!(
                        "Today: {} {} taken, {} natural, {} skipped",
                        t.taken,
                        if t.taken == 1 { "break" } else { "breaks" },
                        t.natural,
                        t.skipped
                    ),
                );
                muted(ui, format!("Time sat today: {}", widgets::span(t.sat_secs)));
                let posture = status.posture.label();
                let how_long = match status.posture_secs / 60 {
                    0 => "under a minute".to_owned(),
                    m => widgets::span(m * 60),
                };
                muted(ui, format!("{posture} for {how_long}"));
                ui.add_space(GAP / 2.0);
                ui.horizontal_wrapped(|ui| {
                    if status.phase == PhaseKind::Paused {
                        if primary_button(ui, "Resume").clicked() {
                            msg = Some(Msg::Resume);
                        }
                    } else if status.phase != PhaseKind::OnBreak
                        && access::shortcut(primary_button(ui, "Take a break now"), "B").clicked()
                    {
                        msg = Some(Msg::TakeBreakNow);
                    }
                    let (label, then) = match status.posture {
                        Posture::Sitting => ("I'm standing", Posture::Standing),
                        Posture::Standing => ("I'm sitting", Posture::Sitting),
                    };
                    if access::shortcut(secondary_button(ui, label), "S").clicked() {
                        msg = Some(Msg::Posture(then));
                    }
                });
            });
        });
    });
    ui.add_space(GAP);

    if let Some(r) = &status.next_routine {
        card(ui, |ui| {
            section_title(ui, "Next routine");
            ui.label(RichText::new(&r.name).size(20.0));
            muted(
                ui,
                format!("{} · {}", widgets::span(r.length_secs), r.areas.join(", ")),
            );
            if let Some(full) = known.catalog.routine(&r.id) {
                if !full.summary.is_empty() {
                    ui.label(&full.summary);
                }
                let names: Vec<&str> = full
                    .items
                    .iter()
                    .filter_map(|i| known.catalog.stretch(&i.stretch).map(|s| s.name.as_str()))
                    .collect();
                muted(ui, names.join(" · "));
            }
        });
        ui.add_space(GAP);
    }

    if status.phase != PhaseKind::Paused && status.phase != PhaseKind::OnBreak {
        card(ui, |ui| {
            section_title(ui, "Pause reminders");
            ui.horizontal_wrapped(|ui| {
                for (label, secs) in [("30 minutes", 1800), ("1 hour", 3600), ("2 hours", 7200)] {
                    if secondary_button(ui, label).clicked() {
                        msg = Some(Msg::Pause(secs));
                    }
                }
                if secondary_button(ui, "Until tomorrow").clicked() {
                    msg = Some(Msg::PauseUntilTomorrow);
                }
            });
        });
    }
    ui.add_space(GAP / 2.0);
    if let Some(open) = super::safety_view::link(ui) {
        msg = Some(open);
    }
    ui.add_space(GAP / 2.0);
    widgets::key_hints(
        ui,
        &[
            ("B", "break now"),
            ("S", "standing / sitting"),
            ("Ctrl+2", "settings"),
            ("Ctrl+3", "statistics"),
        ],
    );
    msg
}
