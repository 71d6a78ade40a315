//! The Settings view's form: a draft of every key ([`SettingsForm`]) and
//! the generic widget of each kind of key, laid out by group.

use crate::words::{setting_help, setting_label};
use std::collections::BTreeMap;

use egui::{RichText, Ui};

use super::theme::Palette;
use crate::ipc::protocol::ManagedKey;
use crate::settings::policy::Strength;
use crate::settings::{Choice, Group, KEYS, Key, Kind, Limits, Settings, Value};

/// Problems by key path, worked out once a frame.
pub type Errors = BTreeMap<String, String>;

/// What the fields show besides their values: their problems, and what an
/// organisation's policy sets.
pub struct Fields<'a> {
    pub errors: Errors,
    pub managed: &'a [ManagedKey],
}

impl Fields<'_> {
    /// How the policy sets `key`, if it does.
    fn managed(&self, key: &Key) -> Option<&ManagedKey> {
        let path = key.path();
        self.managed.iter().find(|m| m.key == path)
    }
}

/// What a field says of the policy that sets it.
fn policy_note(m: &ManagedKey) -> String {
    match (m.strength, &m.min, &m.max) {
        (Strength::Locked, ..) => crate::tr!("managed-locked"),
        (Strength::Default, ..) => crate::tr!("managed-default"),
        (Strength::Bounded, Some(min), Some(max)) => {
            crate::tr!("managed-between", min = min, max = max)
        }
        (Strength::Bounded, Some(min), None) => crate::tr!("managed-at-least", min = min),
        (Strength::Bounded, None, Some(max)) => crate::tr!("managed-at-most", max = max),
        (Strength::Bounded, None, None) => crate::tr!("managed-bounded"),
    }
}

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
                Err(problem) => {
                    errors.insert(path, crate::words::setting_problem(&problem));
                }
            }
        }
        if errors.is_empty() {
            for issue in s.validate(Limits::Standard) {
                errors
                    .entry(issue.key)
                    .or_insert_with(|| crate::words::setting_problem(&issue.problem));
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
fn text_row(
    ui: &mut Ui,
    key: &Key,
    form: &mut SettingsForm,
    fields: &Fields<'_>,
    note: Option<&str>,
) {
    let p = Palette::of(ui.ctx());
    let path = key.path();
    let error = fields.errors.get(&path);
    let name = ui
        .label(setting_label(key))
        .on_hover_text(setting_help(key));
    ui.vertical(|ui| {
        let value = form.texts.entry(path).or_default();
        let edit = egui::TextEdit::singleline(value)
            .desired_width(140.0)
            .hint_text(crate::words::kind_hint(key.kind));
        ui.add(edit).labelled_by(name.id);
        if let Some(e) = error {
            ui.label(RichText::new(e.as_str()).color(p.danger).small());
        }
        if let Some(note) = note {
            field_note(ui, note);
        }
        if key.name == "sit_interval" {
            // What the articles ask for, where the person picks the length.
            field_note(ui, &crate::tr!("settings-articles-advise"));
        }
    });
    ui.end_row();
}

/// A small line beside or under a field, wrapped to the room left in the
/// window: the grid's first column is as wide as its longest label, so
/// the second may start far to the right.
fn field_note(ui: &mut Ui, text: &str) {
    let p = Palette::of(ui.ctx());
    // The card's margin and padding on the right.
    let room = ui.ctx().content_rect().right() - ui.cursor().left() - 56.0;
    ui.scope(|ui| {
        ui.set_max_width(room.max(120.0));
        ui.add(egui::Label::new(RichText::new(text).color(p.muted).small()).wrap());
    });
}

/// A key an organisation locks: its value, greyed, and who set it.
fn locked_row(ui: &mut Ui, key: &Key, form: &SettingsForm, m: &ManagedKey) {
    let note = policy_note(m);
    match (key.get)(&form.draft) {
        Value::Bool(b) => {
            let mut shown = b;
            ui.add_enabled(false, egui::Checkbox::new(&mut shown, setting_label(key)))
                .on_hover_text(setting_help(key));
            field_note(ui, &note);
        }
        value => {
            let name = ui
                .label(setting_label(key))
                .on_hover_text(setting_help(key));
            ui.vertical(|ui| {
                let mut shown = value.to_text();
                ui.add_enabled(
                    false,
                    egui::TextEdit::singleline(&mut shown).desired_width(140.0),
                )
                .labelled_by(name.id);
                field_note(ui, &note);
            });
        }
    }
    ui.end_row();
}

/// The generic widget of one key, by its kind. Lists of ids have their own
/// widgets in the Routines card.
pub(super) fn key_ui(ui: &mut Ui, key: &Key, form: &mut SettingsForm, fields: &Fields<'_>) {
    let managed = fields.managed(key);
    if let Some(m) = managed.filter(|m| m.strength == Strength::Locked) {
        locked_row(ui, key, form, m);
        return;
    }
    let note = managed.map(policy_note);
    let current = (key.get)(&form.draft);
    match (key.kind, current) {
        (kind, _) if kind.is_text() => text_row(ui, key, form, fields, note.as_deref()),
        (Kind::Bool, Value::Bool(mut b)) => {
            if ui
                .checkbox(&mut b, setting_label(key))
                .on_hover_text(setting_help(key))
                .changed()
            {
                (key.set)(&mut form.draft, Value::Bool(b));
            }
            if let Some(note) = &note {
                field_note(ui, note);
            }
            ui.end_row();
        }
        (Kind::Whole { min, max }, Value::Whole(mut n)) => {
            let name = ui
                .label(setting_label(key))
                .on_hover_text(setting_help(key));
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
                    field_note(
                        ui,
                        &crate::tr!("settings-goal-follows", goal = form.draft.goal_per_day()),
                    );
                }
                if let Some(note) = &note {
                    field_note(ui, note);
                }
            });
            ui.end_row();
        }
        (Kind::Scale { min, max }, Value::Scale(mut x)) => {
            let name = ui
                .label(setting_label(key))
                .on_hover_text(setting_help(key));
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
        (Kind::Language, Value::Language(tag)) => {
            if let Some(tag) = language_row(ui, key, &tag) {
                (key.set)(&mut form.draft, Value::Language(tag));
            }
        }
        _ => {}
    }
}

/// The languages Sitbreak speaks, each in its own name, after the
/// desktop's; a translation nobody has reviewed says so. The tag picked,
/// if changed.
fn language_row(ui: &mut Ui, key: &Key, current: &str) -> Option<String> {
    let name = ui
        .label(setting_label(key))
        .on_hover_text(setting_help(key));
    let system = crate::i18n::choose("system", &crate::platform::requested_languages());
    // A language's own name, unless this window has no font for it
    // (Japanese, before a CJK face is loaded): then its English name.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let drawable: Vec<&str> = ui.fonts_mut(|f| {
        (crate::i18n::LOCALES.iter())
            .filter(|l| f.has_glyphs(&font, l.name))
            .map(|l| l.tag)
            .collect()
    });
    let name_of = |l: &crate::i18n::Locale| {
        if drawable.contains(&l.tag) {
            l.name
        } else {
            l.english
        }
    };
    let shown = |tag: &str| -> String {
        if tag == "system" {
            return crate::tr!("language-system", language = name_of(system));
        }
        match crate::i18n::LOCALES.iter().find(|l| l.tag == tag) {
            Some(l) if l.reviewed => name_of(l).to_owned(),
            Some(l) => crate::tr!("language-unreviewed", language = name_of(l)),
            None => crate::tr!("language-not-spoken", tag = tag),
        }
    };
    let mut picked = current.to_owned();
    // As wide as its column, wrapping a long name rather than running past
    // the card.
    egui::ComboBox::from_id_salt("language")
        .width(ui.available_width())
        .wrap()
        .selected_text(shown(current))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut picked, "system".to_owned(), shown("system"));
            for l in crate::i18n::LOCALES.iter().filter(|l| !l.pseudo) {
                ui.selectable_value(&mut picked, l.tag.to_owned(), shown(l.tag));
            }
        })
        .response
        .labelled_by(name.id);
    ui.end_row();
    (picked != current).then_some(picked)
}

/// A row of radio buttons, one per option; the option picked, if changed.
fn choice_row<C: Choice>(ui: &mut Ui, key: &Key, current: C) -> Option<C> {
    ui.label(setting_label(key))
        .on_hover_text(setting_help(key));
    let mut picked = current;
    ui.horizontal_wrapped(|ui| {
        for option in C::ALL {
            ui.radio_value(&mut picked, *option, crate::words::choice_label(*option));
        }
    });
    ui.end_row();
    (picked != current).then_some(picked)
}

/// The keys of a group laid out in a two-column grid.
pub(super) fn group_grid(
    ui: &mut Ui,
    group: Group,
    form: &mut SettingsForm,
    fields: &Fields<'_>,
    skip: &[&str],
) {
    // Each column wraps at half the card, so a long label in German or
    // French takes a second line instead of pushing the card past the
    // window's edge.
    let column = ((ui.available_width() - 24.0) / 2.0).max(120.0);
    egui::Grid::new(group.title())
        .num_columns(2)
        .spacing([24.0, 10.0])
        .max_col_width(column)
        .show(ui, |ui| {
            for key in KEYS
                .iter()
                .filter(|k| k.group == group && !skip.contains(&k.name))
            {
                if !matches!(key.kind, Kind::Ids(_)) {
                    key_ui(ui, key, form, fields);
                }
            }
        });
}
