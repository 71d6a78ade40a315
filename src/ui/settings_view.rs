//! Settings: every key of settings.toml, grouped into Schedule, Routines,
//! Behaviour and Appearance. Edits go into a draft ([`SettingsForm`]); each
//! field shows its problem and allowed range as it is typed, and Save sends
//! the whole draft through the daemon only when every field is valid.

use crate::{tr, words};
use egui::{RichText, Ui};

use super::figure_view;
use super::guide::Sample;
use super::msg::{Known, Msg};
use super::settings_form::SettingsForm;
use super::settings_form::{Fields, group_grid, key_ui};
use super::theme::{GAP, Palette};
use super::widgets::{self, card, muted, primary_button, secondary_button, section_title};
use crate::catalog::Catalog;
use crate::ipc::protocol::{DesktopReport, ManagedKey, Part};
use crate::rotation::{self, Preferences};
use crate::settings::{Group, KEYS};

/// What Settings shows besides the form it edits.
pub struct Shown<'a> {
    pub known: Known<'a>,
    /// Problems in the settings file, the routine files and an
    /// organisation's policy, as `file:line: problem`.
    pub problems: Vec<String>,
    /// Why the daemon could not give the settings; the form then holds
    /// defaults that are not the person's, and cannot save.
    pub settings_error: Option<&'a str>,
    /// What the desktop offers, once the daemon has looked.
    pub desktop: Option<&'a Result<DesktopReport, String>>,
    /// Why the last sample could not play, and could not speak.
    pub sample_problems: (Option<String>, Option<String>),
    /// The keys an organisation's policy sets.
    pub managed: &'a [ManagedKey],
}

/// Draws settings, editing `form` in place; returns what the user asked
/// for.
pub fn ui(ui: &mut Ui, app: &Shown<'_>, form: &mut SettingsForm) -> Option<Msg> {
    super::access::hidden_heading(ui, &tr!("nav-settings"));
    let mut msg = None;
    let changed = form.is_changed(app.known.settings) && app.settings_error.is_none();
    let fields = Fields {
        errors: form.errors(),
        managed: app.managed,
    };
    let scroll = egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .max_height(ui.available_height() - 64.0)
        .show(ui, |ui| {
            problems_ui(ui, app);
            schedule_ui(ui, form, &fields);
            ui.add_space(GAP);
            routines_ui(ui, app.known.catalog, form, &fields);
            ui.add_space(GAP);
            behaviour_ui(ui, form, &fields);
            ui.add_space(GAP);
            appearance_ui(ui, form, &fields);
            ui.add_space(GAP);
            if let Some(m) = sound_ui(ui, app, form, &fields) {
                msg = Some(m);
            }
            ui.add_space(GAP);
            if let Some(m) = hooks_ui(ui, app) {
                msg = Some(m);
            }
            ui.add_space(GAP);
            desktop_ui(ui, app);
        });
    super::access::name_scroll(ui.ctx(), scroll.id, &tr!("settings-scroll"));
    ui.add_space(GAP / 2.0);
    ui.horizontal(|ui| {
        let save = ui
            .add_enabled_ui(changed, |ui| primary_button(ui, &tr!("settings-save")))
            .inner;
        if super::access::shortcut(save, "Ctrl+S").clicked() {
            msg = Some(Msg::SaveSettings);
        }
        let revert = ui
            .add_enabled_ui(changed, |ui| secondary_button(ui, &tr!("settings-revert")))
            .inner;
        if revert.clicked() {
            msg = Some(Msg::RevertSettings);
        }
        if changed && !fields.errors.is_empty() {
            let p = Palette::of(ui.ctx());
            ui.label(RichText::new(tr!("settings-fix-fields")).color(p.danger));
        }
    });
    msg
}

/// Sit–stand–move presets: each sets both lengths.
fn sit_stand_presets(ui: &mut Ui, form: &mut SettingsForm) {
    let presets = [
        (tr!("settings-preset-20-8-2"), "20m", "8m"),
        (tr!("settings-preset-30-sit"), "30m", "0s"),
    ];
    ui.horizontal_wrapped(|ui| {
        muted(ui, tr!("settings-presets"));
        for (label, sit, stand) in presets {
            if secondary_button(ui, &label).clicked() {
                form.texts.insert("sit_for".into(), sit.into());
                form.texts.insert("stand_for".into(), stand.into());
            }
        }
    });
}

/// The hooks the settings file binds, each with a Test button. Shown, not
/// edited: a command to run belongs in the file the person wrote.
fn hooks_ui(ui: &mut Ui, app: &Shown<'_>) -> Option<Msg> {
    let p = Palette::of(ui.ctx());
    let mut msg = None;
    card(ui, |ui| {
        section_title(ui, &crate::words::group_title(Group::Hooks));
        muted(ui, tr!("settings-hooks-intro"));
        if let Some(problem) = app.known.status.and_then(|s| s.hook_problem.as_ref()) {
            let said = crate::words::hook_problem(problem);
            ui.label(
                RichText::new(tr!("settings-hook-last-failure", problem = &said)).color(p.danger),
            );
        }
        egui::Grid::new("hooks")
            .num_columns(3)
            .spacing([24.0, 6.0])
            .max_col_width((ui.available_width() / 3.0).max(100.0))
            .show(ui, |ui| {
                for (event, command) in app.known.settings.hooks.all() {
                    let label = KEYS
                        .iter()
                        .find(|k| k.group == Group::Hooks && k.name == event)
                        .map_or_else(|| event.to_owned(), crate::words::setting_label);
                    ui.label(label);
                    if command.is_empty() {
                        muted(ui, tr!("settings-hook-nothing"));
                    } else {
                        ui.label(RichText::new(command.join(" ")).monospace());
                    }
                    let test = ui.add_enabled_ui(!command.is_empty(), |ui| {
                        secondary_button(ui, &tr!("settings-hook-test"))
                    });
                    if test.inner.clicked() {
                        msg = Some(Msg::TestHook(event));
                    }
                    ui.end_row();
                }
            });
    });
    msg
}

/// What Sitbreak could not read: the daemon's settings, lines of the
/// settings file, routine files. Shown first, so nothing goes unnoticed.
fn problems_ui(ui: &mut Ui, app: &Shown<'_>) {
    let p = Palette::of(ui.ctx());
    if let Some(reason) = app.settings_error {
        card(ui, |ui| {
            section_title(ui, &tr!("settings-unreadable-title"));
            ui.label(RichText::new(crate::words::capitalise(reason)).color(p.danger));
            muted(ui, tr!("settings-unreadable-body"));
        });
        ui.add_space(GAP);
    }
    if !app.problems.is_empty() {
        card(ui, |ui| {
            section_title(ui, &tr!("settings-problems-title"));
            muted(ui, tr!("settings-problems-body"));
            for problem in &app.problems {
                ui.label(
                    RichText::new(problem.as_str())
                        .color(p.danger)
                        .monospace()
                        .small(),
                );
            }
        });
        ui.add_space(GAP);
    }
}

fn schedule_ui(ui: &mut Ui, form: &mut SettingsForm, fields: &Fields<'_>) {
    let p = Palette::of(ui.ctx());
    card(ui, |ui| {
        section_title(ui, &crate::words::group_title(Group::Schedule));
        // The sit–stand lengths show only while the mode is on.
        let skip: &[&str] = if form.draft.sit_stand {
            &[]
        } else {
            &["sit_for", "stand_for"]
        };
        group_grid(ui, Group::Schedule, form, fields, skip);
        if form.draft.sit_stand {
            sit_stand_presets(ui, form);
        }
        ui.add_space(GAP / 2.0);
        // Working hours: the switch, then the days only while it is on.
        group_grid(ui, Group::WorkingHours, form, fields, &DAYS);
        if form.draft.working_hours.enabled {
            egui::Grid::new("hours")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for key in KEYS.iter().filter(|k| DAYS.contains(&k.name)) {
                        key_ui(ui, key, form, fields);
                    }
                });
            if let Some(e) = fields.errors.get("working_hours") {
                ui.label(RichText::new(e.as_str()).color(p.danger).small());
            }
        }
    });
}

/// The working-hours keys shown only while working hours are on.
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn routines_ui(ui: &mut Ui, catalog: &Catalog, form: &mut SettingsForm, fields: &Fields<'_>) {
    let p = Palette::of(ui.ctx());
    card(ui, |ui| {
        section_title(ui, &crate::words::group_title(Group::Routines));
        group_grid(ui, Group::Routines, form, fields, &[]);
        let form = &mut form.draft;
        ui.add_space(GAP / 2.0);
        ui.label(RichText::new(tr!("settings-routines-in-rotation")).strong());
        for r in &catalog.routines {
            let mut enabled = !form.disabled_routines.contains(&r.id);
            let length = widgets::span(catalog.routine_length(r).as_secs());
            let label = if r.floor {
                tr!("settings-routine-floor", routine = &r.name, time = &length)
            } else {
                tr!("settings-routine", routine = &r.name, time = &length)
            };
            if ui.checkbox(&mut enabled, label).changed() {
                if enabled {
                    form.disabled_routines.retain(|id| id != &r.id);
                } else {
                    form.disabled_routines.push(r.id.clone());
                }
            }
        }
        ui.add_space(GAP / 2.0);
        ui.label(RichText::new(tr!("settings-stretches")).strong());
        for lost in rotation::lost_areas(catalog, &Preferences::from(&*form)) {
            let names: Vec<&str> = lost
                .stretches
                .iter()
                .map(|id| catalog.stretch(id).map_or(id.as_str(), |s| s.name.as_str()))
                .collect();
            ui.label(
                RichText::new(tr!(
                    "settings-area-lost",
                    area = &words::catalog::group(lost.group),
                    stretches = &names.join(&tr!("list-separator"))
                ))
                .color(p.due),
            );
        }
        muted(ui, tr!("settings-open-a-stretch"));
        for s in &catalog.stretches {
            ui.horizontal_top(|ui| {
                figure_view::looping_figure_ui(ui, egui::vec2(72.0, 72.0), s);
                ui.vertical(|ui| {
                    // The name alone in the header, and what it works below
                    // it, so that neither runs past the window in a long
                    // language.
                    let opened =
                        egui::CollapsingHeader::new(&s.name)
                            .id_salt(&s.id)
                            .show(ui, |ui| {
                                muted(ui, words::stretch_facts(s));
                                let mut left_out = form.excluded_stretches.contains(&s.id);
                                if ui
                                    .checkbox(&mut left_out, tr!("settings-leave-out"))
                                    .changed()
                                {
                                    if left_out {
                                        form.excluded_stretches.push(s.id.clone());
                                    } else {
                                        form.excluded_stretches.retain(|id| id != &s.id);
                                    }
                                }
                                for (idx, step) in s.steps.iter().enumerate() {
                                    ui.horizontal_wrapped(|ui| {
                                        ui.label(
                                            RichText::new(format!("{}.", idx + 1)).color(p.accent),
                                        );
                                        ui.label(step);
                                    });
                                }
                                for caution in words::cautions(s) {
                                    ui.label(
                                        RichText::new(tr!("settings-careful", caution = &caution))
                                            .small(),
                                    );
                                }
                                ui.label(
                                    RichText::new(tr!("settings-articles-say")).small().strong(),
                                );
                                for src in &s.sources {
                                    let title = catalog
                                        .article(&src.article)
                                        .map_or(src.article.as_str(), |a| a.title.as_str());
                                    ui.label(
                                        RichText::new(tr!(
                                            "settings-quote",
                                            quote = &src.quote,
                                            article = title
                                        ))
                                        .small()
                                        .italics(),
                                    );
                                }
                                ui.label(
                                    RichText::new(tr!("settings-sitbreaks-own"))
                                        .small()
                                        .strong(),
                                );
                                ui.label(RichText::new(words::catalog::our_adaptation()).small());
                                if let Some(more) = &s.adaptation {
                                    ui.label(RichText::new(more).small());
                                }
                            });
                    if opened.body_returned.is_none() {
                        muted(ui, words::stretch_facts(s));
                    }
                });
            });
        }
    });
}

fn behaviour_ui(ui: &mut Ui, form: &mut SettingsForm, fields: &Fields<'_>) {
    card(ui, |ui| {
        section_title(ui, &crate::words::group_title(Group::Behaviour));
        group_grid(ui, Group::Behaviour, form, fields, &[]);
    });
}

fn appearance_ui(ui: &mut Ui, form: &mut SettingsForm, fields: &Fields<'_>) {
    card(ui, |ui| {
        section_title(ui, &crate::words::group_title(Group::Appearance));
        group_grid(ui, Group::Appearance, form, fields, &[]);
    });
}

/// The Sound card: volume, the two groups of cues and the voice, a sample
/// of each, and, when the sound server or speech-dispatcher is missing, why
/// and what still works.
fn sound_ui(
    ui: &mut Ui,
    app: &Shown<'_>,
    form: &mut SettingsForm,
    fields: &Fields<'_>,
) -> Option<Msg> {
    let p = Palette::of(ui.ctx());
    let mut msg = None;
    let check = |part: Part| -> Option<crate::ipc::protocol::Check> {
        match app.desktop {
            Some(Ok(report)) => report.checks.iter().find(|c| c.part == part).cloned(),
            _ => None,
        }
    };
    let (sound, voice) = (check(Part::Sound), check(Part::Voice));
    let (played, spoke) = &app.sample_problems;
    card(ui, |ui| {
        section_title(ui, &crate::words::group_title(Group::Sound));
        group_grid(ui, Group::Sound, form, fields, &[]);
        ui.add_space(GAP / 2.0);
        ui.horizontal_wrapped(|ui| {
            let can_play = sound.as_ref().is_none_or(|c| c.works);
            let can_speak = voice.as_ref().is_none_or(|c| c.works);
            if ui
                .add_enabled(can_play, egui::Button::new(tr!("settings-hear-chimes")))
                .clicked()
            {
                msg = Some(Msg::Sample(Sample::Reminders));
            }
            if ui
                .add_enabled(can_play, egui::Button::new(tr!("settings-hear-cues")))
                .clicked()
            {
                msg = Some(Msg::Sample(Sample::Player));
            }
            if ui
                .add_enabled(can_speak, egui::Button::new(tr!("settings-hear-voice")))
                .clicked()
            {
                msg = Some(Msg::Sample(Sample::Voice));
            }
        });
        for (check, failed) in [(&sound, played), (&voice, spoke)] {
            let said = match (check, failed) {
                (_, Some(why)) => Some(crate::words::capitalise(why)),
                (Some(c), None) if !c.works => Some(crate::words::capitalise(
                    c.advice.as_deref().unwrap_or(c.found.as_str()),
                )),
                _ => None,
            };
            if let Some(text) = said {
                ui.label(RichText::new(text).color(p.danger));
            }
        }
        if let Some(c) = sound.as_ref().filter(|c| c.works) {
            muted(ui, tr!("settings-plays-through", device = &c.found));
        }
    });
    msg
}

/// What the desktop offers Sitbreak, from the daemon's `doctor`: each part
/// with a mark, what was found, and what to do about a missing one.
fn desktop_ui(ui: &mut Ui, app: &Shown<'_>) {
    let p = Palette::of(ui.ctx());
    card(ui, |ui| {
        section_title(ui, &tr!("settings-desktop"));
        match app.desktop {
            None => {
                muted(ui, tr!("settings-desktop-looking"));
            }
            Some(Err(reason)) => {
                ui.label(RichText::new(crate::words::capitalise(reason)).color(p.danger));
            }
            Some(Ok(report)) => {
                muted(
                    ui,
                    tr!("settings-desktop-session", session = &report.session),
                );
                for check in &report.checks {
                    ui.horizontal_wrapped(|ui| {
                        // Words, not ✓/✗: the bundled fonts have no such glyphs.
                        let (mark, colour) = if check.works {
                            (tr!("settings-desktop-works"), p.accent)
                        } else {
                            (tr!("settings-desktop-missing"), p.danger)
                        };
                        ui.label(RichText::new(mark).strong().color(colour));
                        ui.label(RichText::new(crate::words::part(check.part)).strong());
                        ui.label(&check.found);
                    });
                    if let Some(advice) = &check.advice {
                        muted(ui, crate::words::capitalise(advice));
                    }
                }
            }
        }
    });
}
