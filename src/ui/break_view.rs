//! Draws the break screens from [`BreakFlow`]'s state and returns what the
//! user asked for: "Time to stand up", the safety note, the player, "Stop —
//! this hurts", the end card, and a routine that cannot be played.

use crate::{tr, words};
use egui::{Align, Layout, Response, RichText, Ui};

use super::access;
use super::break_flow::{BreakFlow, BreakMsg, Stage};
use super::figure_view::{self, Moment, figure_ui};
use super::msg::Known;
use super::safety_view;
use super::theme::{GAP, Palette};
use super::widgets::{
    self, card, clock, danger_button, key_hints, muted, primary_button, secondary_button,
};
use crate::catalog::{Dose, NoteWhen, StretchId, Turn};
use crate::ipc::protocol::RoutineView;
use crate::player::Side;

/// What the break screens draw.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub known: Known<'a>,
    pub flow: &'a BreakFlow,
    /// Keys act on the card; `false` while typing meant for another app
    /// is held back (see [`KeyGuard`](super::key_guard::KeyGuard)).
    pub keys_awake: bool,
}

/// Draws the break screen.
pub fn ui(ui: &mut Ui, app: Shown<'_>) -> Option<BreakMsg> {
    match &app.flow.stage {
        Stage::Due => due_ui(ui, app),
        Stage::Safety => safety_ui(ui, app),
        Stage::Playing => player_ui(ui, app),
        Stage::Hurt {
            stretch, excluded, ..
        } => hurt_ui(ui, app, stretch, *excluded),
        Stage::End => end_ui(ui, app),
        Stage::CannotPlay(reason) => cannot_play_ui(ui, app, reason),
    }
}

/// Gives the button that sends `msg` its key, from the flow
/// ([`access::shortcut`]).
fn keyed(response: Response, app: Shown<'_>, msg: &BreakMsg) -> Response {
    access::shortcut(response, app.flow.key_of(msg, app.known.strict()))
}

fn eyebrow(ui: &mut Ui, text: &str, colour: egui::Color32) {
    ui.label(RichText::new(text).size(13.0).strong().color(colour));
}

/// A screen's title, which screen readers list as its heading.
fn title(ui: &mut Ui, text: &str, size: f32) {
    let response = ui.label(RichText::new(text).size(size).strong());
    access::heading(&response, text);
}

fn due_ui(ui: &mut Ui, app: Shown<'_>) -> Option<BreakMsg> {
    let p = Palette::of(ui.ctx());
    let status = app.known.status;
    let strict = status.is_some_and(|s| s.strict);
    let snoozes_left = status.map_or(0, |s| s.snoozes_left);
    let routine = status.and_then(|s| s.next_routine.as_ref());
    let mut msg = None;
    ui.add_space(GAP);
    card(ui, |ui| {
        eyebrow(ui, &tr!("card-eyebrow"), p.due);
        title(ui, &tr!("break-due-title"), 34.0);
        ui.add_space(GAP / 2.0);
        if let Some(r) = routine {
            ui.label(RichText::new(&r.name).size(22.0));
            muted(
                ui,
                format!(
                    "{} · {}",
                    widgets::span(r.length_secs),
                    words::areas(&r.areas)
                ),
            );
            ui.add_space(GAP / 2.0);
            routine_preview(ui, app, r);
        } else {
            ui.label(tr!("break-due-body"));
        }
        ui.add_space(GAP);
        ui.horizontal(|ui| {
            let start = BreakMsg::Start;
            if keyed(primary_button(ui, &tr!("button-start")), app, &start).clicked() {
                msg = Some(start);
            }
            let snooze_minutes = app.known.settings.snooze_length.as_secs().div_ceil(60);
            let snooze = ui.add_enabled(
                snoozes_left > 0,
                egui::Button::new(tr!("button-snooze", minutes = snooze_minutes))
                    .min_size(egui::vec2(96.0, 40.0)),
            );
            if keyed(snooze, app, &BreakMsg::Snooze).clicked() {
                msg = Some(BreakMsg::Snooze);
            }
            if !strict
                && keyed(
                    secondary_button(ui, &tr!("button-skip")),
                    app,
                    &BreakMsg::Skip,
                )
                .clicked()
            {
                msg = Some(BreakMsg::Skip);
            }
        });
        ui.add_space(GAP / 2.0);
        hints_ui(ui, app);
    });
    msg
}

/// The keys that act now, or, while typing meant for another app is held
/// back, how to wake them.
fn hints_ui(ui: &mut Ui, app: Shown<'_>) {
    if app.keys_awake {
        key_hints(ui, &hint_pairs(&app.flow.hints(app.known.strict())));
    } else {
        muted(ui, tr!("card-keys-asleep"));
    }
}

/// The routine's stretches as small figures with their names; a figure
/// plays its movement while the pointer rests on it.
fn routine_preview(ui: &mut Ui, app: Shown<'_>, routine: &RoutineView) {
    let size = egui::vec2(104.0, 104.0);
    ui.horizontal_wrapped(|ui| {
        for (idx, item) in routine.items.iter().enumerate() {
            let Some(stretch) = app.known.catalog.stretch(&item.stretch) else {
                ui.label(format!("{}.  {}", idx + 1, item.stretch));
                continue;
            };
            ui.allocate_ui(egui::vec2(size.x, size.y + 44.0), |ui| {
                ui.vertical(|ui| {
                    ui.set_width(size.x);
                    figure_view::preview_figure_ui(ui, size, stretch);
                    ui.add(
                        egui::Label::new(
                            RichText::new(format!("{}. {}", idx + 1, stretch.name)).size(13.0),
                        )
                        .wrap(),
                    );
                });
            });
        }
    });
}

fn safety_ui(ui: &mut Ui, app: Shown<'_>) -> Option<BreakMsg> {
    let p = Palette::of(ui.ctx());
    let mut msg = None;
    ui.add_space(GAP);
    card(ui, |ui| {
        eyebrow(ui, &tr!("first-break-eyebrow"), p.accent);
        title(ui, &tr!("first-break-title"), 30.0);
        ui.add_space(GAP / 2.0);
        safety_view::notes_ui(ui, app.known.catalog, false);
        muted(
            ui,
            crate::tr!("safety-read-again", link = &safety_view::link_label()),
        );
        ui.add_space(GAP);
        if keyed(
            primary_button(ui, &tr!("first-break-start")),
            app,
            &BreakMsg::SafetyRead,
        )
        .clicked()
        {
            msg = Some(BreakMsg::SafetyRead);
        }
    });
    msg
}

fn player_ui(ui: &mut Ui, app: Shown<'_>) -> Option<BreakMsg> {
    let p = Palette::of(ui.ctx());
    let (Some(player), Some(routine)) = (&app.flow.player, &app.flow.routine) else {
        return None;
    };
    let pos = player.position();
    let item = routine.items.get(pos.item_idx)?;
    let stretch = app.known.catalog.stretch(&item.stretch);
    let mut msg = None;

    // The time and the safety link first, from the right; the routine's
    // place takes the rest and wraps there, so a long name in a long
    // language never runs under the link.
    let place = tr!(
        "player-routine-place",
        routine = &routine.name,
        number = pos.item_idx + 1,
        count = pos.n_items
    );
    ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
        // Painted, not a label: a label changing every second would
        // be read out every second. The ring says the time left.
        painted_muted(
            ui,
            &tr!("player-left", time = &clock(pos.routine_left.as_secs())),
        );
        ui.add_space(GAP);
        if safety_view::link(ui).is_some() {
            msg = Some(BreakMsg::OpenSafety);
        }
        ui.add_space(GAP);
        ui.with_layout(Layout::left_to_right(Align::Min), |ui| {
            let p = Palette::of(ui.ctx());
            ui.add(egui::Label::new(RichText::new(place).color(p.muted)).wrap());
        });
    });
    let total = player.total().as_secs_f32().max(1.0);
    let done_fraction = 1.0 - pos.routine_left.as_secs_f32() / total;
    let bar = widgets::bar_ui(ui, done_fraction, p.accent);
    access::progress(
        &bar,
        &tr!(
            "player-progress",
            number = pos.item_idx + 1,
            count = pos.n_items
        ),
        pos.item_idx as f32 / pos.n_items.max(1) as f32,
    );
    ui.add_space(GAP);

    // The stretch scrolls; the controls below it always stay in view.
    let controls_height = 110.0;
    let scroll = egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .max_height((ui.available_height() - controls_height).max(120.0))
        .show(ui, |ui| {
            card(ui, |ui| {
                if let Some(s) = stretch {
                    title(ui, &s.name, 30.0);
                    muted(ui, words::stretch_facts(s));
                }
                ui.add_space(GAP / 2.0);
                ui.horizontal(|ui| {
                    if let Some(s) = stretch {
                        let elapsed = (pos.segment_length - pos.segment_left).as_secs_f32();
                        let mut seconds = s.figure.time_in_segment(item.dose, elapsed);
                        if figure_view::is_still(ui.ctx()) {
                            seconds = s.figure.key_time_at(seconds);
                        }
                        // The other side is the same movement, mirrored.
                        let moment = Moment::at(s, seconds, pos.side == Side::Other);
                        figure_ui(ui, egui::vec2(260.0, 240.0), s, moment);
                    }
                    ui.vertical_centered(|ui| {
                        let seg_len = pos.segment_length.as_secs_f32().max(0.001);
                        let fraction = 1.0 - pos.segment_left.as_secs_f32() / seg_len;
                        let (big, small) = match (pos.get_ready, item.dose, pos.rep) {
                            (Some(left), _, _) => (
                                format!("{}", left.as_secs_f32().ceil() as u64),
                                tr!("player-ring-get-ready"),
                            ),
                            (None, Dose::Reps { .. }, Some((rep, count))) => (
                                format!("{rep}"),
                                tr!("player-ring-rep", rep = rep, count = count),
                            ),
                            _ => (
                                clock(pos.segment_left.as_secs_f32().ceil() as u64),
                                tr!("player-ring-hold"),
                            ),
                        };
                        let fraction = if pos.get_ready.is_some() {
                            0.0
                        } else {
                            fraction
                        };
                        let turn = stretch.map_or(Turn::Sides, |s| s.turn);
                        let [first, other] = words::turn_halves(turn);
                        let small = match pos.side {
                            Side::First => format!("{small} · {first}"),
                            Side::Other => format!("{small} · {other}"),
                            Side::Only => small,
                        };
                        let colour = if player.is_paused() {
                            p.muted
                        } else {
                            p.accent
                        };
                        let ring = widgets::ring_ui(ui, 200.0, fraction, colour, &big, &small);
                        let (name, coarse) = ring_name(&pos, item.dose, turn);
                        access::progress(&ring, &name, coarse);
                        if app.flow.switch_banner > 0.0 {
                            ui.label(
                                RichText::new(words::turn_cue(turn))
                                    .size(22.0)
                                    .strong()
                                    .color(p.accent),
                            );
                        } else if player.is_paused() {
                            ui.label(
                                RichText::new(tr!("player-paused"))
                                    .size(22.0)
                                    .strong()
                                    .color(p.muted),
                            );
                        } else if pos.get_ready.is_some() {
                            ui.label(
                                RichText::new(tr!("player-get-into-position"))
                                    .size(22.0)
                                    .strong()
                                    .color(p.accent),
                            );
                        } else {
                            // Room for the cue, so nothing jumps when it shows.
                            let height =
                                ui.fonts_mut(|f| f.row_height(&egui::FontId::proportional(22.0)));
                            ui.allocate_space(egui::vec2(1.0, height));
                        }
                    });
                });
                if let Some(s) = stretch {
                    for (idx, step) in s.steps.iter().enumerate() {
                        widgets::numbered(ui, &format!("{}.", idx + 1), step, p.accent, 17.0);
                    }
                    for caution in words::cautions(s) {
                        widgets::numbered(ui, &tr!("player-careful"), &caution, p.due, 16.0);
                    }
                }
            })
        });
    access::name_scroll(ui.ctx(), scroll.id, &tr!("player-scroll"));
    ui.add_space(GAP);
    ui.horizontal(|ui| {
        if keyed(
            secondary_button(ui, &tr!("player-back")),
            app,
            &BreakMsg::Back,
        )
        .clicked()
        {
            msg = Some(BreakMsg::Back);
        }
        let pause_label = if player.is_paused() {
            tr!("player-resume")
        } else {
            tr!("player-pause")
        };
        if keyed(
            secondary_button(ui, &pause_label),
            app,
            &BreakMsg::TogglePause,
        )
        .clicked()
        {
            msg = Some(BreakMsg::TogglePause);
        }
        if keyed(
            primary_button(ui, &tr!("player-next")),
            app,
            &BreakMsg::Next,
        )
        .clicked()
        {
            msg = Some(BreakMsg::Next);
        }

        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if keyed(danger_button(ui, &tr!("player-hurt")), app, &BreakMsg::Hurt).clicked() {
                msg = Some(BreakMsg::Hurt);
            }
        });
    });
    key_hints(ui, &hint_pairs(&app.flow.hints(app.known.strict())));
    msg
}

/// The ring's accessible name and fraction, in the steps a screen reader
/// should hear ([`access::coarse_seconds`]): "Hold, first side: 15
/// seconds left", "Rep 3 of 10, left side".
fn ring_name(pos: &crate::player::Position, dose: Dose, turn: Turn) -> (String, f32) {
    let [first, other] = words::turn_halves(turn);
    let side = match pos.side {
        Side::First => format!(", {first}"),
        Side::Other => format!(", {other}"),
        Side::Only => String::new(),
    };
    if let Some(left) = pos.get_ready {
        let n = left.as_secs_f32().ceil() as u64;
        return (
            tr!(
                "player-ring-name-get-ready",
                side = &side,
                time = &access::spoken(n)
            ),
            0.0,
        );
    }
    match (dose, pos.rep) {
        (Dose::Reps { .. }, Some((rep, count))) => (
            tr!(
                "player-ring-name-rep",
                rep = rep,
                count = count,
                side = &side
            ),
            (rep.saturating_sub(1)) as f32 / count.max(1) as f32,
        ),
        _ => {
            let left = access::coarse_seconds(pos.segment_left.as_secs_f32().ceil() as u64);
            let length = pos.segment_length.as_secs_f32().max(1.0);
            (
                tr!(
                    "player-ring-name-hold",
                    side = &side,
                    time = &access::spoken(left)
                ),
                (1.0 - left as f32 / length).clamp(0.0, 1.0),
            )
        }
    }
}

/// Muted text painted without an accessibility node.
fn painted_muted(ui: &mut Ui, text: &str) {
    let p = Palette::of(ui.ctx());
    let galley = ui.painter().layout_no_wrap(
        text.to_owned(),
        egui::TextStyle::Body.resolve(ui.style()),
        p.muted,
    );
    let (rect, _) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
    ui.painter().galley(rect.min, galley, p.muted);
}

fn hurt_ui(ui: &mut Ui, app: Shown<'_>, stretch: &StretchId, excluded: bool) -> Option<BreakMsg> {
    let p = Palette::of(ui.ctx());
    let name = app
        .known
        .catalog
        .stretch(stretch)
        .map_or(stretch.as_str(), |s| s.name.as_str());
    let mut msg = None;
    ui.add_space(GAP);
    card(ui, |ui| {
        eyebrow(ui, &tr!("hurt-eyebrow"), p.danger);
        title(ui, &tr!("hurt-title", stretch = name), 28.0);
        ui.add_space(GAP / 2.0);
        safety_view::note_list(ui, &safety_view::notes(app.known.catalog, NoteWhen::OnPain));
        safety_view::note_list(
            ui,
            &safety_view::notes(app.known.catalog, NoteWhen::WarningSigns),
        );
        ui.add_space(GAP);
        if excluded {
            ui.label(RichText::new(tr!("hurt-left-out", stretch = name)).color(p.accent));
        } else if secondary_button(ui, &tr!("hurt-leave-out", stretch = name)).clicked() {
            msg = Some(BreakMsg::Exclude(stretch.clone()));
        }
        ui.add_space(GAP / 2.0);
        ui.horizontal_wrapped(|ui| {
            if keyed(primary_button(ui, &tr!("hurt-end")), app, &BreakMsg::EndNow).clicked() {
                msg = Some(BreakMsg::EndNow);
            }
            if secondary_button(ui, &tr!("hurt-continue")).clicked() {
                msg = Some(BreakMsg::ContinueAfterHurt);
            }
        });
    });
    msg
}

fn end_ui(ui: &mut Ui, app: Shown<'_>) -> Option<BreakMsg> {
    let p = Palette::of(ui.ctx());
    let (done, total) = app.flow.progress();
    let minutes = app.flow.elapsed.as_secs();
    let mut msg = None;
    ui.add_space(GAP);
    card(ui, |ui| {
        eyebrow(ui, &tr!("end-eyebrow"), p.natural);
        for note in safety_view::end_notes(app.known.catalog, app.flow) {
            title(ui, &note, 30.0);
        }
        ui.add_space(GAP / 2.0);
        let took = widgets::span(minutes.max(1));
        ui.label(if done == 0 {
            tr!("end-moved", time = &took)
        } else {
            tr!("end-did", done = done, total = total, time = &took)
        });
        let next = widgets::span(app.known.settings.sit_interval.as_secs());
        muted(ui, tr!("end-next", time = &next));
        ui.add_space(GAP);
        if keyed(primary_button(ui, &tr!("end-done")), app, &BreakMsg::Done).clicked() {
            msg = Some(BreakMsg::Done);
        }
    });
    msg
}

fn cannot_play_ui(ui: &mut Ui, app: Shown<'_>, reason: &str) -> Option<BreakMsg> {
    let p = Palette::of(ui.ctx());
    let mut msg = None;
    ui.add_space(GAP);
    card(ui, |ui| {
        eyebrow(ui, &tr!("cannot-play-eyebrow"), p.danger);
        title(ui, &tr!("cannot-play-title"), 28.0);
        ui.add_space(GAP / 2.0);
        ui.label(crate::words::capitalise(reason));
        ui.add_space(GAP);
        if keyed(
            primary_button(ui, &tr!("safety-close")),
            app,
            &BreakMsg::Close,
        )
        .clicked()
        {
            msg = Some(BreakMsg::Close);
        }
    });
    msg
}

/// The hint line's pairs as `key_hints` takes them.
fn hint_pairs<'a>(hints: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    hints
        .iter()
        .map(|(key, does)| (*key, does.as_str()))
        .collect()
}
