//! The look: a calm palette for light and dark, a high-contrast one, type
//! sizes, spacing. Every view takes its colours from [`Palette::of`] so the
//! themes stay in step. Every text colour meets WCAG AA (4.5:1) against the
//! surfaces it is drawn on, in every theme; the tests below check it.

use egui::{Color32, CornerRadius, FontFamily, FontId, Id, Stroke, TextStyle, Theme, Visuals};

use crate::settings::{Settings, Theme as ThemeSetting};

/// Colours used by the views.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub background: Color32,
    pub card: Color32,
    pub text: Color32,
    pub muted: Color32,
    pub accent: Color32,
    pub accent_soft: Color32,
    pub on_accent: Color32,
    pub due: Color32,
    pub natural: Color32,
    pub danger: Color32,
    pub danger_soft: Color32,
    pub track: Color32,
    /// Card and control borders.
    pub border: Color32,
    /// The ring around the control that has keyboard focus.
    pub focus: Color32,
    /// Border width: solid and wide in high contrast.
    pub border_width: f32,
}

const LIGHT: Palette = Palette {
    background: Color32::from_rgb(0xf4, 0xf2, 0xed),
    card: Color32::from_rgb(0xff, 0xff, 0xfd),
    text: Color32::from_rgb(0x22, 0x2e, 0x2b),
    muted: Color32::from_rgb(0x5e, 0x6a, 0x66),
    accent: Color32::from_rgb(0x1f, 0x72, 0x63),
    accent_soft: Color32::from_rgb(0xdc, 0xee, 0xe9),
    on_accent: Color32::from_rgb(0xff, 0xff, 0xff),
    due: Color32::from_rgb(0x9c, 0x54, 0x12),
    natural: Color32::from_rgb(0x48, 0x73, 0x3a),
    danger: Color32::from_rgb(0xa8, 0x3e, 0x2f),
    danger_soft: Color32::from_rgb(0xf9, 0xe9, 0xe5),
    track: Color32::from_rgb(0xe3, 0xe0, 0xd8),
    border: Color32::from_rgb(0xe3, 0xe0, 0xd8),
    focus: Color32::from_rgb(0x1d, 0x5f, 0xa8),
    border_width: 1.0,
};

const DARK: Palette = Palette {
    background: Color32::from_rgb(0x17, 0x1c, 0x1e),
    card: Color32::from_rgb(0x21, 0x28, 0x2b),
    text: Color32::from_rgb(0xe4, 0xea, 0xe8),
    muted: Color32::from_rgb(0x97, 0xa4, 0xa1),
    accent: Color32::from_rgb(0x52, 0xb9, 0xa4),
    accent_soft: Color32::from_rgb(0x24, 0x3d, 0x38),
    on_accent: Color32::from_rgb(0x10, 0x1a, 0x18),
    due: Color32::from_rgb(0xe8, 0x9a, 0x4c),
    natural: Color32::from_rgb(0x93, 0xc2, 0x76),
    danger: Color32::from_rgb(0xe3, 0x7a, 0x6a),
    danger_soft: Color32::from_rgb(0x3c, 0x26, 0x24),
    track: Color32::from_rgb(0x33, 0x3c, 0x3f),
    border: Color32::from_rgb(0x33, 0x3c, 0x3f),
    focus: Color32::from_rgb(0x8c, 0xbc, 0xff),
    border_width: 1.0,
};

/// Black on white, solid black borders, dark saturated accents.
const HIGH_CONTRAST: Palette = Palette {
    background: Color32::from_rgb(0xff, 0xff, 0xff),
    card: Color32::from_rgb(0xff, 0xff, 0xff),
    text: Color32::from_rgb(0x00, 0x00, 0x00),
    muted: Color32::from_rgb(0x33, 0x33, 0x33),
    accent: Color32::from_rgb(0x00, 0x57, 0x4b),
    accent_soft: Color32::from_rgb(0xe0, 0xf0, 0xec),
    on_accent: Color32::from_rgb(0xff, 0xff, 0xff),
    due: Color32::from_rgb(0x7a, 0x3d, 0x00),
    natural: Color32::from_rgb(0x2c, 0x54, 0x18),
    danger: Color32::from_rgb(0x9e, 0x00, 0x00),
    danger_soft: Color32::from_rgb(0xff, 0xff, 0xff),
    track: Color32::from_rgb(0xc8, 0xc8, 0xc8),
    border: Color32::from_rgb(0x00, 0x00, 0x00),
    focus: Color32::from_rgb(0x00, 0x3c, 0xc8),
    border_width: 2.0,
};

// Solid borders are what high contrast is for.
const _: () = assert!(HIGH_CONTRAST.border_width >= 2.0);

/// Marks the context as drawing in high contrast (egui knows only light
/// and dark).
fn high_contrast_id() -> Id {
    Id::unique("sitbreak-high-contrast")
}

impl Palette {
    /// The palette of the theme egui is drawing with.
    pub fn of(ctx: &egui::Context) -> Palette {
        let high_contrast = ctx.data(|d| d.get_temp::<bool>(high_contrast_id()).unwrap_or(false));
        match ctx.theme() {
            Theme::Light if high_contrast => HIGH_CONTRAST,
            Theme::Dark => DARK,
            Theme::Light => LIGHT,
        }
    }
}

/// Space between blocks.
pub const GAP: f32 = 16.0;

/// Applies the palette, type and spacing to both themes, the theme
/// preference, and the text size (which scales everything).
/// `high_contrast` comes from the setting, or from the desktop when the
/// setting follows it.
pub fn apply(ctx: &egui::Context, settings: &Settings, high_contrast: bool) {
    ctx.data_mut(|d| d.insert_temp(high_contrast_id(), high_contrast));
    let light = if high_contrast { HIGH_CONTRAST } else { LIGHT };
    for (theme, palette) in [(Theme::Light, light), (Theme::Dark, DARK)] {
        ctx.set_visuals_of(theme, visuals(theme, palette));
        ctx.style_mut_of(theme, |style| {
            style.text_styles = [
                (
                    TextStyle::Heading,
                    FontId::new(26.0, FontFamily::Proportional),
                ),
                (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
                (
                    TextStyle::Button,
                    FontId::new(16.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Small,
                    FontId::new(13.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(15.0, FontFamily::Monospace),
                ),
            ]
            .into();
            style.spacing.item_spacing = egui::vec2(10.0, 10.0);
            style.spacing.button_padding = egui::vec2(16.0, 8.0);
            style.spacing.interact_size.y = 34.0;
        });
    }
    ctx.set_theme(match settings.theme {
        _ if high_contrast => egui::ThemePreference::Light,
        ThemeSetting::System => egui::ThemePreference::System,
        ThemeSetting::Light => egui::ThemePreference::Light,
        ThemeSetting::Dark => egui::ThemePreference::Dark,
        ThemeSetting::HighContrast => egui::ThemePreference::Light,
    });
    let zoom = settings.text_scale.clamp(0.75, 2.0);
    if (ctx.zoom_factor() - zoom).abs() > f32::EPSILON {
        ctx.set_zoom_factor(zoom);
    }
}

fn visuals(theme: Theme, p: Palette) -> Visuals {
    let mut v = match theme {
        Theme::Dark => Visuals::dark(),
        Theme::Light => Visuals::light(),
    };
    v.panel_fill = p.background;
    v.window_fill = p.card;
    v.extreme_bg_color = p.background;
    v.faint_bg_color = p.accent_soft;
    v.override_text_color = Some(p.text);
    v.hyperlink_color = p.accent;
    v.selection.bg_fill = p.accent_soft;
    v.selection.stroke = Stroke::new(1.0, p.accent);
    let radius = CornerRadius::same(8);
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.corner_radius = radius;
    }
    v.widgets.inactive.weak_bg_fill = p.track;
    v.widgets.inactive.bg_fill = p.track;
    v.widgets.hovered.weak_bg_fill = p.accent_soft;
    v.widgets.hovered.bg_stroke = Stroke::new(p.border_width, p.accent);
    v.widgets.active.weak_bg_fill = p.accent_soft;
    // egui draws the focused widget with the active style: a wide ring.
    v.widgets.active.bg_stroke = Stroke::new(2.5, p.focus);
    v.widgets.active.expansion = 2.0;
    v.widgets.noninteractive.bg_stroke = Stroke::new(p.border_width, p.border);
    if p.border_width > 1.0 {
        v.widgets.inactive.bg_stroke = Stroke::new(p.border_width, p.border);
        v.widgets.inactive.fg_stroke = Stroke::new(1.5, p.text);
        v.widgets.inactive.weak_bg_fill = p.card;
        v.widgets.inactive.bg_fill = p.card;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 relative luminance.
    fn luminance(c: Color32) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }

    fn contrast(a: Color32, b: Color32) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_text_colour_meets_wcag_aa_on_its_surfaces_in_every_theme() {
        for (name, p) in [
            ("light", LIGHT),
            ("dark", DARK),
            ("high contrast", HIGH_CONTRAST),
        ] {
            // (what, text colour, surface) as the views draw them.
            let pairs = [
                ("text on the background", p.text, p.background),
                ("text on a card", p.text, p.card),
                ("muted text on the background", p.muted, p.background),
                ("muted text on a card", p.muted, p.card),
                ("accent text on a card", p.accent, p.card),
                ("accent text on the background", p.accent, p.background),
                ("a primary button's label", p.on_accent, p.accent),
                ("the break-due eyebrow", p.due, p.card),
                ("the break-done eyebrow", p.natural, p.card),
                ("danger text on a card", p.danger, p.card),
                ("the danger button's label", p.danger, p.danger_soft),
                ("text on a hovered control", p.text, p.accent_soft),
                ("text on a control", p.text, p.track),
            ];
            for (what, fg, bg) in pairs {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 4.5, "{name}: {what} is {ratio:.2}:1, under 4.5:1");
            }
            assert!(
                contrast(p.focus, p.background) >= 3.0 && contrast(p.focus, p.card) >= 3.0,
                "{name}: the focus ring must stand out (3:1)"
            );
        }
    }

    #[test]
    fn high_contrast_draws_solid_black_borders() {
        assert_eq!(HIGH_CONTRAST.border, Color32::BLACK);
        assert!(contrast(HIGH_CONTRAST.text, HIGH_CONTRAST.background) >= 7.0);
    }
}
