//! Settings: every key of settings.toml, grouped into Schedule, Routines,
//! Behaviour and Appearance. Edits go into a draft ([`SettingsForm`]); each
//! field shows its problem and allowed range as it is typed, and Save sends
//! the whole draft through the daemon only when every field is valid.

use std::collections::BTreeMap;

use egui::{RichText, Ui};

use super::app::{App, Msg};
use super::figure_view;
use super::guide::Sample;
use super::theme::{GAP, Palette};
use super::widgets::{self, card, muted, primary_button, secondary_button, section_title};
use crate::catalog::{self, OUR_ADAPTATION};
use crate::rotation::{self, Preferences};
use crate::settings::{Choice, Group, KEYS, Key, Kind, Limits, Settings, Value};

/// Problems by key path, worked out once a frame.
pub type Errors = BTreeMap<String, String>;

/// The settings being edited. Text fields keep what was typed, so a half-
/// typed value is never lost; everything else is edited in place.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsForm {
    /// Every value that is not typed as text (switches, numbers, lists).
    pub draft: Settings,
    /// What is typed in each text field, by key path.
    pub texts: BTreeMap<String, String>,
}

impl From<&Settings> for SettingsForm {
    fn from(s: &Settings) -> SettingsForm {
        let texts = KEYS
            .iter()
            .filter(|k| k.kind.is_text())
            .map(|k| (k.path(), (k.get)(s).to_text()))
            .collect();
        SettingsForm {
            draft: s.clone(),
            texts,
        }
    }
}

impl SettingsForm {
    /// The draft read back into settings, with every problem by key path:
    /// the same checks the daemon makes before it saves.
    fn checked(&self) -> (Settings, BTreeMap<String, String>) {
        let mut s = self.draft.clone();
        let mut errors = BTreeMap::new();
        for key in KEYS.iter().filter(|k| k.kind.is_text()) {
            let path = key.path();
            let text = self.texts.get(&path).map_or("", String::as_str);
            match key.kind.read_text(text, Limits::Standard) {
                Ok(v) => (key.set)(&mut s, v),
                Err(e) => {
                    errors.insert(path, e);
                }
            }
        }
        if errors.is_empty() {
            for issue in s.validate(Limits::Standard) {
                errors.entry(issue.key).or_insert(issue.message);
            }
        }
        (s, errors)
    }

    /// Each field's problem (or `working_hours` as a whole), with the
    /// allowed range, by key path; empty when every field is valid.
    pub fn errors(&self) -> Errors {
        self.checked().1
    }

    /// Whether every field is valid.
    pub fn is_valid(&self) -> bool {
        self.checked().1.is_empty()
    }

    /// The draft as settings, or `None` while any field is invalid.
    pub fn to_settings(&self) -> Option<Settings> {
        let (s, errors) = self.checked();
        errors.is_empty().then_some(s)
    }

    /// Whether the draft differs from the saved settings.
    pub fn is_changed(&self, saved: &Settings) -> bool {
        *self != SettingsForm::from(saved)
    }
}

/// A label and a text field tied together for screen readers, with the
/// field's problem underneath.
fn text_row(ui: &mut Ui, key: &Key, form: &mut SettingsForm, errors: &Errors) {
    let p = Palette::of(ui.ctx());
    let path = key.path();
    let error = errors.get(&path);
    let name = ui.label(key.label).on_hover_text(key.help);
    ui.vertical(|ui| {
        let value = form.texts.entry(path).or_default();
        let edit = egui::TextEdit::singleline(value)
            .desired_width(140.0)
            .hint_text(key.kind.hint());
        ui.add(edit).labelled_by(name.id);
        if let Some(e) = error {
            ui.label(RichText::new(e.as_str()).color(p.danger).small());
        }
    });
    ui.end_row();
}

/// The generic widget of one key, by its kind. Lists of ids have their own
/// widgets in the Routines card.
fn key_ui(ui: &mut Ui, key: &Key, form: &mut SettingsForm, errors: &Errors) {
    let current = (key.get)(&form.draft);
    match (key.kind, current) {
        (kind, _) if kind.is_text() => text_row(ui, key, form, errors),
        (Kind::Bool, Value::Bool(mut b)) => {
            if ui
                .checkbox(&mut b, key.label)
                .on_hover_text(key.help)
                .changed()
            {
                (key.set)(&mut form.draft, Value::Bool(b));
            }
            ui.end_row();
        }
        (Kind::Whole { min, max }, Value::Whole(mut n)) => {
            let name = ui.label(key.label).on_hover_text(key.help);
            ui.horizontal(|ui| {
                if ui
                    .add(egui::DragValue::new(&mut n).range(min..=max))
                    .labelled_by(name.id)
                    .changed()
                {
                    (key.set)(&mut form.draft, Value::Whole(n));
                }
                if key.name == "daily_goal" && n == 0 {
                    // 0 is "follow my schedule": say what that comes to.
                    ui.label(
                        RichText::new(format!(
                            "follows your schedule: {} a day",
                            form.draft.goal_per_day()
                        ))
                        .small(),
                    );
                }
            });
            ui.end_row();
        }
        (Kind::Scale { min, max }, Value::Scale(mut x)) => {
            let name = ui.label(key.label).on_hover_text(key.help);
            if ui
                .add(egui::Slider::new(&mut x, min..=max).step_by(0.05))
                .labelled_by(name.id)
                .changed()
            {
                (key.set)(&mut form.draft, Value::Scale(x));
            }
            ui.end_row();
        }
        (Kind::Theme, Value::Theme(t)) => {
            if let Some(t) = choice_row(ui, key, t) {
                (key.set)(&mut form.draft, Value::Theme(t));
            }
        }
        (Kind::Motion, Value::Motion(m)) => {
            if let Some(m) = choice_row(ui, key, m) {
                (key.set)(&mut form.draft, Value::Motion(m));
            }
        }
        _ => {}
    }
}

/// A row of radio buttons, one per option; the option picked, if changed.
fn choice_row<C: Choice>(ui: &mut Ui, key: &Key, current: C) -> Option<C> {
    ui.label(key.label).on_hover_text(key.help);
    let mut picked = current;
    ui.horizontal_wrapped(|ui| {
        for option in C::ALL {
            ui.radio_value(&mut picked, *option, option.label());
        }
    });
    ui.end_row();
    (picked != current).then_some(picked)
}

/// The keys of a group laid out in a two-column grid.
fn group_grid(ui: &mut Ui, group: Group, form: &mut SettingsForm, errors: &Errors, skip: &[&str]) {
    egui::Grid::new(group.title())
        .num_columns(2)
        .spacing([24.0, 10.0])
        .show(ui, |ui| {
            for key in KEYS
                .iter()
                .filter(|k| k.group == group && !skip.contains(&k.name))
            {
                if !matches!(key.kind, Kind::Ids(_)) {
                    key_ui(ui, key, form, errors);
                }
            }
        });
}

/// Draws settings; returns what the user asked for.
pub fn ui(ui: &mut Ui, app: &mut App) -> Option<Msg> {
    super::access::hidden_heading(ui, "Settings");
    let mut msg = None;
    let changed = app.form.is_changed(&app.settings) && app.settings_error.is_none();
    let errors = app.form.errors();
    let scroll = egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .max_height(ui.available_height() - 64.0)
        .show(ui, |ui| {
            problems_ui(ui, app);
            schedule_ui(ui, &mut app.form, &errors);
            ui.add_space(GAP);
            routines_ui(ui, app, &errors);
            ui.add_space(GAP);
            behaviour_ui(ui, &mut app.form, &errors);
            ui.add_space(GAP);
            appearance_ui(ui, &mut app.form, &errors);
            ui.add_space(GAP);
            if let Some(m) = sound_ui(ui, app, &errors) {
                msg = Some(m);
            }
            ui.add_space(GAP);
            if let Some(m) = hooks_ui(ui, app) {
                msg = Some(m);
            }
            ui.add_space(GAP);
            desktop_ui(ui, app);
        });
    super::access::name_scroll(ui.ctx(), scroll.id, "Scroll the settings");
    ui.add_space(GAP / 2.0);
    ui.horizontal(|ui| {
        let save = ui
            .add_enabled_ui(changed, |ui| primary_button(ui, "Save changes"))
            .inner;
        if super::access::shortcut(save, "Ctrl+S").clicked() {
            msg = Some(Msg::SaveSettings);
        }
        let revert = ui
            .add_enabled_ui(changed, |ui| secondary_button(ui, "Revert"))
            .inner;
        if revert.clicked() {
            msg = Some(Msg::RevertSettings);
        }
        if changed && !errors.is_empty() {
            let p = Palette::of(ui.ctx());
            ui.label(RichText::new("Some fields need fixing before saving.").color(p.danger));
        }
    });
    msg
}

/// Sit–stand–move presets: each sets both lengths.
fn sit_stand_presets(ui: &mut Ui, form: &mut SettingsForm) {
    const PRESETS: [(&str, &str, &str); 2] = [
        ("20-8-2 (sit 20, stand 8, move 2)", "20m", "8m"),
        ("30 sit, then stand and move", "30m", "0s"),
    ];
    ui.horizontal_wrapped(|ui| {
        muted(ui, "Presets:");
        for (label, sit, stand) in PRESETS {
            if secondary_button(ui, label).clicked() {
                form.texts.insert("sit_for".into(), sit.into());
                form.texts.insert("stand_for".into(), stand.into());
            }
        }
    });
}

/// The hooks the settings file binds, each with a Test button. Shown, not
/// edited: a command to run belongs in the file the person wrote.
fn hooks_ui(ui: &mut Ui, app: &App) -> Option<Msg> {
    let p = Palette::of(ui.ctx());
    let mut msg = None;
    card(ui, |ui| {
        section_title(ui, Group::Hooks.title());
        muted(
            ui,
            "Commands run on events, such as raising a motorised desk. They are set only \
             in the settings file, under [hooks].",
        );
        if let Some(problem) = app.status.as_ref().and_then(|s| s.hook_problem.as_ref()) {
            ui.label(RichText::new(format!("Last failure: {problem}")).color(p.danger));
        }
        egui::Grid::new("hooks")
            .num_columns(3)
            .spacing([24.0, 6.0])
            .show(ui, |ui| {
                for (event, command) in app.settings.hooks.all() {
                    let label = KEYS
                        .iter()
                        .find(|k| k.group == Group::Hooks && k.name == event)
                        .map_or(event, |k| k.label);
                    ui.label(label);
                    if command.is_empty() {
                        muted(ui, "nothing");
                    } else {
                        ui.label(RichText::new(command.join(" ")).monospace());
                    }
                    let test =
                        ui.add_enabled_ui(!command.is_empty(), |ui| secondary_button(ui, "Test"));
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
fn problems_ui(ui: &mut Ui, app: &App) {
    let p = Palette::of(ui.ctx());
    if let Some(reason) = &app.settings_error {
        card(ui, |ui| {
            section_title(ui, "Your settings could not be read");
            ui.label(RichText::new(widgets::capitalise(reason)).color(p.danger));
            muted(
                ui,
                "The values below are the defaults, not your settings, so saving is off. \
                 Check that Sitbreak is running, then open Settings again.",
            );
        });
        ui.add_space(GAP);
    }
    if app.problems().next().is_some() {
        card(ui, |ui| {
            section_title(ui, "Problems in your files");
            muted(
                ui,
                "Each value below was ignored and its default used; fix the file, or save here to replace it.",
            );
            for problem in app.problems() {
                ui.label(RichText::new(problem).color(p.danger).monospace().small());
            }
        });
        ui.add_space(GAP);
    }
}

fn schedule_ui(ui: &mut Ui, form: &mut SettingsForm, errors: &Errors) {
    let p = Palette::of(ui.ctx());
    card(ui, |ui| {
        section_title(ui, Group::Schedule.title());
        // The sit–stand lengths show only while the mode is on.
        let skip: &[&str] = if form.draft.sit_stand {
            &[]
        } else {
            &["sit_for", "stand_for"]
        };
        group_grid(ui, Group::Schedule, form, errors, skip);
        if form.draft.sit_stand {
            sit_stand_presets(ui, form);
        }
        ui.add_space(GAP / 2.0);
        // Working hours: the switch, then the days only while it is on.
        group_grid(ui, Group::WorkingHours, form, errors, &DAYS);
        if form.draft.working_hours.enabled {
            egui::Grid::new("hours")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for key in KEYS.iter().filter(|k| DAYS.contains(&k.name)) {
                        key_ui(ui, key, form, errors);
                    }
                });
            if let Some(e) = errors.get("working_hours") {
                ui.label(RichText::new(e.as_str()).color(p.danger).small());
            }
        }
    });
}

/// The working-hours keys shown only while working hours are on.
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn routines_ui(ui: &mut Ui, app: &mut App, errors: &Errors) {
    let p = Palette::of(ui.ctx());
    let catalog = &app.catalog;
    let form = &mut app.form;
    card(ui, |ui| {
        section_title(ui, Group::Routines.title());
        group_grid(ui, Group::Routines, form, errors, &[]);
        let form = &mut form.draft;
        ui.add_space(GAP / 2.0);
        ui.label(RichText::new("Routines in the rotation").strong());
        for r in &catalog.routines {
            let mut enabled = !form.disabled_routines.contains(&r.id);
            let floor = if r.floor { " · floor" } else { "" };
            let label = format!(
                "{} ({}{floor})",
                r.name,
                widgets::span(catalog.routine_length(r).as_secs())
            );
            if ui.checkbox(&mut enabled, label).changed() {
                if enabled {
                    form.disabled_routines.retain(|id| id != &r.id);
                } else {
                    form.disabled_routines.push(r.id.clone());
                }
            }
        }
        ui.add_space(GAP / 2.0);
        ui.label(RichText::new("Stretches").strong());
        for lost in rotation::lost_areas(catalog, &Preferences::from(&*form)) {
            let names: Vec<&str> = lost
                .stretches
                .iter()
                .map(|id| catalog.stretch(id).map_or(id.as_str(), |s| s.name.as_str()))
                .collect();
            ui.label(
                RichText::new(format!(
                    "No routine stretches your {} now: you left out {}.",
                    lost.group.label(),
                    names.join(" and ")
                ))
                .color(p.due),
            );
        }
        muted(
            ui,
            "Open a stretch to see its steps and where it comes from.",
        );
        for s in &catalog.stretches {
            let areas: Vec<&str> = s.areas.iter().map(|a| a.label()).collect();
            ui.horizontal_top(|ui| {
                figure_view::looping_figure_ui(ui, egui::vec2(72.0, 72.0), s);
                ui.vertical(|ui| {
                    let kind = match s.kind {
                        catalog::Kind::Stretch => String::new(),
                        other => format!(" · {}", other.label()),
                    };
                    egui::CollapsingHeader::new(format!(
                        "{} · {}{kind}",
                        s.name,
                        s.position.label()
                    ))
                    .id_salt(&s.id)
                    .show(ui, |ui| {
                        muted(ui, areas.join(", "));
                        let mut left_out = form.excluded_stretches.contains(&s.id);
                        if ui
                            .checkbox(&mut left_out, "Leave out of my routines")
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
                                ui.label(RichText::new(format!("{}.", idx + 1)).color(p.accent));
                                ui.label(step);
                            });
                        }
                        for caution in s.all_cautions() {
                            ui.label(RichText::new(format!("Careful: {caution}")).small());
                        }
                        ui.label(RichText::new("What the articles say").small().strong());
                        for src in &s.sources {
                            let title = catalog
                                .article(&src.article)
                                .map_or(src.article.as_str(), |a| a.title.as_str());
                            ui.label(
                                RichText::new(format!("“{}” ({title})", src.quote))
                                    .small()
                                    .italics(),
                            );
                        }
                        ui.label(RichText::new("What is Sitbreak's own").small().strong());
                        ui.label(RichText::new(OUR_ADAPTATION).small());
                        if let Some(more) = &s.adaptation {
                            ui.label(RichText::new(more).small());
                        }
                    });
                });
            });
        }
    });
}

fn behaviour_ui(ui: &mut Ui, form: &mut SettingsForm, errors: &Errors) {
    card(ui, |ui| {
        section_title(ui, Group::Behaviour.title());
        group_grid(ui, Group::Behaviour, form, errors, &[]);
    });
}

fn appearance_ui(ui: &mut Ui, form: &mut SettingsForm, errors: &Errors) {
    card(ui, |ui| {
        section_title(ui, Group::Appearance.title());
        group_grid(ui, Group::Appearance, form, errors, &[]);
    });
}

/// The Sound card: volume, the two groups of cues and the voice, a sample
/// of each, and, when the sound server or speech-dispatcher is missing, why
/// and what still works.
fn sound_ui(ui: &mut Ui, app: &mut App, errors: &Errors) -> Option<Msg> {
    let p = Palette::of(ui.ctx());
    let mut msg = None;
    let check = |part: &str| -> Option<crate::ipc::protocol::Check> {
        match &app.desktop {
            Some(Ok(report)) => report.checks.iter().find(|c| c.part == part).cloned(),
            _ => None,
        }
    };
    let (sound, voice) = (check(crate::sound::PART), check(crate::sound::VOICE_PART));
    let (played, spoke) = app.guide.problems();
    card(ui, |ui| {
        section_title(ui, Group::Sound.title());
        group_grid(ui, Group::Sound, &mut app.form, errors, &[]);
        ui.add_space(GAP / 2.0);
        ui.horizontal_wrapped(|ui| {
            let can_play = sound.as_ref().is_none_or(|c| c.works);
            let can_speak = voice.as_ref().is_none_or(|c| c.works);
            if ui
                .add_enabled(can_play, egui::Button::new("Hear the chimes"))
                .clicked()
            {
                msg = Some(Msg::Sample(Sample::Reminders));
            }
            if ui
                .add_enabled(can_play, egui::Button::new("Hear the cues"))
                .clicked()
            {
                msg = Some(Msg::Sample(Sample::Player));
            }
            if ui
                .add_enabled(can_speak, egui::Button::new("Hear the voice"))
                .clicked()
            {
                msg = Some(Msg::Sample(Sample::Voice));
            }
        });
        for (check, failed) in [(&sound, &played), (&voice, &spoke)] {
            let said = match (check, failed) {
                (_, Some(why)) => Some(widgets::capitalise(why)),
                (Some(c), None) if !c.works => Some(widgets::capitalise(
                    c.advice.as_deref().unwrap_or(c.found.as_str()),
                )),
                _ => None,
            };
            if let Some(text) = said {
                ui.label(RichText::new(text).color(p.danger));
            }
        }
        if let Some(c) = sound.as_ref().filter(|c| c.works) {
            muted(ui, format!("Plays through {}.", c.found));
        }
    });
    msg
}

/// What the desktop offers Sitbreak, from the daemon's `doctor`: each part
/// with a mark, what was found, and what to do about a missing one.
fn desktop_ui(ui: &mut Ui, app: &App) {
    let p = Palette::of(ui.ctx());
    card(ui, |ui| {
        section_title(ui, "Desktop integration");
        match &app.desktop {
            None => {
                muted(ui, "Looking at the desktop…");
            }
            Some(Err(reason)) => {
                ui.label(RichText::new(widgets::capitalise(reason)).color(p.danger));
            }
            Some(Ok(report)) => {
                muted(ui, format!("Session: {}", report.session));
                for check in &report.checks {
                    ui.horizontal_wrapped(|ui| {
                        // Words, not ✓/✗: the bundled fonts have no such glyphs.
                        let (mark, colour) = if check.works {
                            ("Works", p.accent)
                        } else {
                            ("Missing", p.danger)
                        };
                        ui.label(RichText::new(mark).strong().color(colour));
                        ui.label(RichText::new(&check.part).strong());
                        ui.label(&check.found);
                    });
                    if let Some(advice) = &check.advice {
                        muted(ui, widgets::capitalise(advice));
                    }
                }
            }
        }
    });
}
