//! Home: the countdown to the next break, today's numbers, the next
//! routine, and pause / resume.

use egui::{RichText, Ui};

use super::access;
use super::msg::{Known, Msg};
use super::theme::{GAP, Palette};
use super::widgets::{self, card, muted, primary_button, secondary_button, section_title};
use crate::engine::PhaseKind;
use crate::posture::Posture;
use crate::tr;

/// Draws home, with `break_in` seconds counted down since the daemon last
/// said; returns what the user asked for.
pub fn ui(ui: &mut Ui, known: Known<'_>, break_in: Option<u64>) -> Option<Msg> {
    let p = Palette::of(ui.ctx());
    let mut msg = None;
    let Some(status) = known.status else {
        card(ui, |ui| {
            ui.label(tr!("home-not-answering"));
            muted(ui, tr!("home-not-answering-hint"));
        });
        return None;
    };

    access::hidden_heading(ui, &tr!("home-heading"));
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
                        tr!("home-ring-next-break", time = &access::spoken(coarse)),
                        1.0 - coarse.min(total) as f32 / total as f32,
                    ));
                    (
                        fraction,
                        widgets::clock(left),
                        tr!("home-ring-until-break"),
                        p.accent,
                    )
                }
                PhaseKind::BreakDue => {
                    (1.0, tr!("home-ring-now"), tr!("home-ring-stand-up"), p.due)
                }
                PhaseKind::Held => (
                    1.0,
                    tr!("home-ring-soon"),
                    tr!("home-ring-when-free"),
                    p.due,
                ),
                PhaseKind::OnBreak => (
                    1.0,
                    tr!("home-ring-break"),
                    tr!("home-ring-under-way"),
                    p.natural,
                ),
                PhaseKind::Paused => (
                    0.0,
                    status
                        .paused_until
                        .map_or_else(|| tr!("home-ring-paused"), crate::words::clock_time),
                    tr!("home-ring-paused-until"),
                    p.muted,
                ),
                PhaseKind::Away => (
                    0.0,
                    tr!("home-ring-away"),
                    tr!("home-ring-counts"),
                    p.natural,
                ),
                PhaseKind::OffHours => (
                    0.0,
                    tr!("home-ring-off"),
                    tr!("home-ring-off-hours"),
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
                    tr!(
                        "home-today",
                        taken = t.taken,
                        natural = t.natural,
                        skipped = t.skipped
                    ),
                );
                muted(ui, tr!("home-sat-today", time = &widgets::span(t.sat_secs)));
                let posture = crate::words::posture(status.posture);
                let how_long = match status.posture_secs / 60 {
                    0 => tr!("home-under-a-minute"),
                    m => widgets::span(m * 60),
                };
                muted(
                    ui,
                    tr!("home-posture-for", posture = &posture, time = &how_long),
                );
                ui.add_space(GAP / 2.0);
                ui.horizontal_wrapped(|ui| {
                    if status.phase == PhaseKind::Paused {
                        if primary_button(ui, &tr!("home-resume")).clicked() {
                            msg = Some(Msg::Resume);
                        }
                    } else if status.phase != PhaseKind::OnBreak
                        && access::shortcut(primary_button(ui, &tr!("home-take-break")), "B")
                            .clicked()
                    {
                        msg = Some(Msg::TakeBreakNow);
                    }
                    let (label, then) = match status.posture {
                        Posture::Sitting => (tr!("button-standing"), Posture::Standing),
                        Posture::Standing => (tr!("button-sitting"), Posture::Sitting),
                    };
                    if access::shortcut(secondary_button(ui, &label), "S").clicked() {
                        msg = Some(Msg::Posture(then));
                    }
                });
            });
        });
    });
    ui.add_space(GAP);

    if let Some(r) = &status.next_routine {
        card(ui, |ui| {
            section_title(ui, &tr!("home-next-routine"));
            ui.label(RichText::new(&r.name).size(20.0));
            muted(
                ui,
                format!(
                    "{} · {}",
                    widgets::span(r.length_secs),
                    crate::words::areas(&r.areas)
                ),
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
            section_title(ui, &tr!("home-pause-reminders"));
            ui.horizontal_wrapped(|ui| {
                let pauses = [
                    (tr!("tray-pause-minutes", minutes = 30u32), 1800),
                    (tr!("tray-pause-hours", hours = 1u32), 3600),
                    (tr!("tray-pause-hours", hours = 2u32), 7200),
                ];
                for (label, secs) in pauses {
                    if secondary_button(ui, &label).clicked() {
                        msg = Some(Msg::Pause(secs));
                    }
                }
                if secondary_button(ui, &tr!("tray-pause-until-tomorrow")).clicked() {
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
            ("B", &tr!("home-key-break")),
            ("S", &tr!("home-key-posture")),
            ("Ctrl+2", &tr!("home-key-settings")),
            ("Ctrl+3", &tr!("home-key-statistics")),
        ],
    );
    msg
}
