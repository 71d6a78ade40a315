//! Settings: every key of settings.toml, grouped into Schedule, Routines,
//! Behaviour and Appearance. Edits go into a draft ([`SettingsForm`]); each
//! field shows its problem and allowed range as it is typed, and Save sends
//! the whole draft through the daemon only when every field is valid.

use egui::{RichText, Ui};

use super::app::{App, Msg};
use super::figure_view;
use super::theme::{GAP, Palette};
use super::widgets::{self, card, muted, primary_button, secondary_button, section_title};
use crate::settings::{
    DAILY_GOAL_RANGE, DAY_KEYS, Limits, MAX_SNOOZES_RANGE, Settings, TEXT_SCALE_RANGE, Theme,
    check_duration, format_duration, parse_duration, parse_hours, parse_time,
};

/// The settings being edited, as the user typed them.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsForm {
    pub sit_interval: String,
    pub break_length: String,
    pub warn_before: String,
    pub snooze_length: String,
    pub natural_break_idle: String,
    pub max_snoozes: u32,
    pub daily_goal: u32,
    pub day_start: String,
    pub hours_enabled: bool,
    pub hours: [String; 7],
    pub strict: bool,
    pub notifications: bool,
    pub autostart: bool,
    pub allow_floor: bool,
    pub disabled_routines: Vec<String>,
    pub excluded_stretches: Vec<String>,
    pub theme: Theme,
    pub text_scale: f32,
}

const DURATION_KEYS: [&str; 5] = [
    "sit_interval",
    "break_length",
    "warn_before",
    "snooze_length",
    "natural_break_idle",
];

impl From<&Settings> for SettingsForm {
    fn from(s: &Settings) -> SettingsForm {
        let hours = s.working_hours.days.map(|d| match d {
            Some((a, b)) => format!("{}-{}", a.format("%H:%M"), b.format("%H:%M")),
            None => "off".to_owned(),
        });
        SettingsForm {
            sit_interval: format_duration(s.sit_interval),
            break_length: format_duration(s.break_length),
            warn_before: format_duration(s.warn_before),
            snooze_length: format_duration(s.snooze_length),
            natural_break_idle: format_duration(s.natural_break_idle),
            max_snoozes: s.max_snoozes,
            daily_goal: s.daily_goal,
            day_start: s.day_start.format("%H:%M").to_string(),
            hours_enabled: s.working_hours.enabled,
            hours,
            strict: s.strict,
            notifications: s.notifications,
            autostart: s.autostart,
            allow_floor: s.allow_floor,
            disabled_routines: s.disabled_routines.clone(),
            excluded_stretches: s.excluded_stretches.clone(),
            theme: s.theme,
            text_scale: s.text_scale,
        }
    }
}

impl SettingsForm {
    fn duration_text(&self, key: &str) -> &str {
        match key {
            "sit_interval" => &self.sit_interval,
            "break_length" => &self.break_length,
            "warn_before" => &self.warn_before,
            "snooze_length" => &self.snooze_length,
            _ => &self.natural_break_idle,
        }
    }

    /// The problem with one field, with the allowed range; `None` if valid.
    pub fn error(&self, key: &str) -> Option<String> {
        if DURATION_KEYS.contains(&key) {
            let d = match parse_duration(self.duration_text(key)) {
                Ok(d) => d,
                Err(e) => return Some(e),
            };
            if let Err(e) = check_duration(key, d, Limits::Standard) {
                return Some(e);
            }
            if key == "warn_before"
                && let Ok(sit) = parse_duration(&self.sit_interval)
                && d >= sit
            {
                return Some("must be shorter than the sitting interval".into());
            }
            return None;
        }
        if key == "day_start" {
            return parse_time(&self.day_start).err();
        }
        if let Some(idx) = DAY_KEYS.iter().position(|d| *d == key) {
            return self.hours.get(idx).and_then(|h| parse_hours(h).err());
        }
        None
    }

    fn all_keys() -> impl Iterator<Item = &'static str> {
        DURATION_KEYS
            .into_iter()
            .chain(["day_start"])
            .chain(DAY_KEYS)
    }

    /// Whether every field is valid.
    pub fn is_valid(&self) -> bool {
        Self::all_keys().all(|k| self.error(k).is_none())
    }

    /// The draft as settings, or `None` while any field is invalid.
    pub fn to_settings(&self, base: &Settings) -> Option<Settings> {
        if !self.is_valid() {
            return None;
        }
        let d = |text: &str| parse_duration(text).ok();
        let mut s = base.clone();
        s.sit_interval = d(&self.sit_interval)?;
        s.break_length = d(&self.break_length)?;
        s.warn_before = d(&self.warn_before)?;
        s.snooze_length = d(&self.snooze_length)?;
        s.natural_break_idle = d(&self.natural_break_idle)?;
        s.max_snoozes = self.max_snoozes;
        s.daily_goal = self.daily_goal;
        s.day_start = parse_time(&self.day_start).ok()?;
        s.working_hours.enabled = self.hours_enabled;
        for (idx, text) in self.hours.iter().enumerate() {
            if let Some(day) = s.working_hours.days.get_mut(idx) {
                *day = parse_hours(text).ok()?;
            }
        }
        s.strict = self.strict;
        s.notifications = self.notifications;
        s.autostart = self.autostart;
        s.allow_floor = self.allow_floor;
        s.disabled_routines = self.disabled_routines.clone();
        s.excluded_stretches = self.excluded_stretches.clone();
        s.theme = self.theme;
        s.text_scale = self.text_scale;
        Some(s)
    }

    /// Whether the draft differs from the saved settings.
    pub fn is_changed(&self, saved: &Settings) -> bool {
        *self != SettingsForm::from(saved)
    }
}

/// A label and a text field tied together for screen readers, with the
/// field's problem underneath.
fn text_row(ui: &mut Ui, label: &str, hint: &str, value: &mut String, error: Option<String>) {
    let p = Palette::of(ui.ctx());
    let name = ui.label(label);
    ui.vertical(|ui| {
        let edit = egui::TextEdit::singleline(value)
            .desired_width(140.0)
            .hint_text(hint);
        ui.add(edit).labelled_by(name.id);
        if let Some(e) = error {
            ui.label(RichText::new(e).color(p.danger).small());
        }
    });
    ui.end_row();
}

fn range_hint(key: &str) -> String {
    crate::settings::duration_range(key)
        .map(|r| format!("{} to {}", format_duration(r.min), format_duration(r.max)))
        .unwrap_or_default()
}

/// Draws settings; returns what the user asked for.
pub fn ui(ui: &mut Ui, app: &mut App) -> Option<Msg> {
    let mut msg = None;
    let changed = app.form.is_changed(&app.settings);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .max_height(ui.available_height() - 64.0)
        .show(ui, |ui| {
            schedule_ui(ui, &mut app.form);
            ui.add_space(GAP);
            routines_ui(ui, app);
            ui.add_space(GAP);
            behaviour_ui(ui, &mut app.form);
            ui.add_space(GAP);
            appearance_ui(ui, &mut app.form);
        });
    ui.add_space(GAP / 2.0);
    ui.horizontal(|ui| {
        let save = ui
            .add_enabled_ui(changed, |ui| primary_button(ui, "Save changes"))
            .inner;
        if save.on_hover_text("Shortcut: Ctrl+S").clicked() {
            msg = Some(Msg::SaveSettings);
        }
        let revert = ui
            .add_enabled_ui(changed, |ui| secondary_button(ui, "Revert"))
            .inner;
        if revert.clicked() {
            msg = Some(Msg::RevertSettings);
        }
        if changed && !app.form.is_valid() {
            let p = Palette::of(ui.ctx());
            ui.label(RichText::new("Some fields need fixing before saving.").color(p.danger));
        }
    });
    msg
}

fn schedule_ui(ui: &mut Ui, form: &mut SettingsForm) {
    card(ui, |ui| {
        section_title(ui, "Schedule");
        egui::Grid::new("schedule")
            .num_columns(2)
            .spacing([24.0, 10.0])
            .show(ui, |ui| {
                for (key, label) in [
                    ("sit_interval", "Stand up every"),
                    ("break_length", "Longest break"),
                    ("warn_before", "Warn before the break"),
                    ("snooze_length", "Snooze for"),
                ] {
                    let error = form.error(key);
                    let hint = range_hint(key);
                    let value = match key {
                        "sit_interval" => &mut form.sit_interval,
                        "break_length" => &mut form.break_length,
                        "warn_before" => &mut form.warn_before,
                        _ => &mut form.snooze_length,
                    };
                    text_row(ui, label, &hint, value, error);
                }
                let name = ui.label("Snoozes in a row");
                let (min, max) = MAX_SNOOZES_RANGE;
                ui.add(egui::DragValue::new(&mut form.max_snoozes).range(min..=max))
                    .labelled_by(name.id);
                ui.end_row();
                let error = form.error("day_start");
                text_row(
                    ui,
                    "A new day starts at",
                    "04:00",
                    &mut form.day_start,
                    error,
                );
                let name = ui.label("Daily goal (breaks)");
                let (min, max) = DAILY_GOAL_RANGE;
                ui.add(egui::DragValue::new(&mut form.daily_goal).range(min..=max))
                    .labelled_by(name.id);
                ui.end_row();
            });
        ui.add_space(GAP / 2.0);
        ui.checkbox(
            &mut form.hours_enabled,
            "Remind me only during working hours",
        );
        if form.hours_enabled {
            egui::Grid::new("hours")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    let names = [
                        "Monday",
                        "Tuesday",
                        "Wednesday",
                        "Thursday",
                        "Friday",
                        "Saturday",
                        "Sunday",
                    ];
                    for (idx, day) in names.iter().enumerate() {
                        let error = form.error(DAY_KEYS[idx]);
                        if let Some(value) = form.hours.get_mut(idx) {
                            text_row(ui, day, "09:00-17:00 or off", value, error);
                        }
                    }
                });
        }
    });
}

fn routines_ui(ui: &mut Ui, app: &mut App) {
    let p = Palette::of(ui.ctx());
    let catalog = &app.catalog;
    let form = &mut app.form;
    card(ui, |ui| {
        section_title(ui, "Routines");
        ui.checkbox(
            &mut form.allow_floor,
            "Include floor exercises (needs a mat and floor space)",
        );
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
        muted(
            ui,
            "Open a stretch to see its steps and where it comes from.",
        );
        for s in &catalog.stretches {
            let areas: Vec<&str> = s.areas.iter().map(|a| a.label()).collect();
            ui.horizontal_top(|ui| {
                figure_view::looping_figure_ui(ui, egui::vec2(72.0, 72.0), s);
                ui.vertical(|ui| {
                    egui::CollapsingHeader::new(format!("{} · {}", s.name, s.position.label()))
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
                                    ui.label(
                                        RichText::new(format!("{}.", idx + 1)).color(p.accent),
                                    );
                                    ui.label(step);
                                });
                            }
                            for src in &s.sources {
                                let title = catalog
                                    .article(&src.article)
                                    .map_or(src.article.as_str(), |a| a.title.as_str());
                                ui.horizontal_wrapped(|ui| {
                                    ui.label(RichText::new("Source:").small().strong());
                                    ui.label(
                                        RichText::new(format!("{title}: “{}”", src.quote))
                                            .small()
                                            .italics(),
                                    );
                                });
                            }
                        });
                });
            });
        }
    });
}

fn behaviour_ui(ui: &mut Ui, form: &mut SettingsForm) {
    card(ui, |ui| {
        section_title(ui, "Behaviour");
        ui.checkbox(&mut form.strict, "Strict mode: breaks cannot be skipped");
        ui.checkbox(&mut form.notifications, "Show notifications");
        ui.checkbox(&mut form.autostart, "Start Sitbreak when I log in");
        egui::Grid::new("behaviour")
            .num_columns(2)
            .spacing([24.0, 10.0])
            .show(ui, |ui| {
                let error = form.error("natural_break_idle");
                let hint = range_hint("natural_break_idle");
                text_row(
                    ui,
                    "Idle this long counts as a break",
                    &hint,
                    &mut form.natural_break_idle,
                    error,
                );
            });
    });
}

fn appearance_ui(ui: &mut Ui, form: &mut SettingsForm) {
    card(ui, |ui| {
        section_title(ui, "Appearance");
        ui.horizontal(|ui| {
            ui.label("Theme");
            ui.radio_value(&mut form.theme, Theme::System, "Follow system");
            ui.radio_value(&mut form.theme, Theme::Light, "Light");
            ui.radio_value(&mut form.theme, Theme::Dark, "Dark");
        });
        ui.horizontal(|ui| {
            let name = ui.label("Text size");
            let (min, max) = TEXT_SCALE_RANGE;
            ui.add(egui::Slider::new(&mut form.text_scale, min..=max).step_by(0.05))
                .labelled_by(name.id);
        });
    });
}
