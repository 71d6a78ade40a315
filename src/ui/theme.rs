//! The look: a calm palette for light and dark, type sizes, spacing. Every
//! view takes its colours from [`Palette::of`] so both themes stay in step.

use egui::{Color32, CornerRadius, FontFamily, FontId, Stroke, TextStyle, Theme, Visuals};

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
}

const LIGHT: Palette = Palette {
    background: Color32::from_rgb(0xf4, 0xf2, 0xed),
    card: Color32::from_rgb(0xff, 0xff, 0xfd),
    text: Color32::from_rgb(0x22, 0x2e, 0x2b),
    muted: Color32::from_rgb(0x66, 0x72, 0x6e),
    accent: Color32::from_rgb(0x26, 0x80, 0x70),
    accent_soft: Color32::from_rgb(0xdc, 0xee, 0xe9),
    on_accent: Color32::from_rgb(0xff, 0xff, 0xff),
    due: Color32::from_rgb(0xc9, 0x72, 0x1f),
    natural: Color32::from_rgb(0x6a, 0x9a, 0x4e),
    danger: Color32::from_rgb(0xb2, 0x45, 0x35),
    danger_soft: Color32::from_rgb(0xf7, 0xe3, 0xdf),
    track: Color32::from_rgb(0xe3, 0xe0, 0xd8),
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
};

impl Palette {
    /// The palette of the theme egui is drawing with.
    pub fn of(ctx: &egui::Context) -> Palette {
        match ctx.theme() {
            Theme::Dark => DARK,
            Theme::Light => LIGHT,
        }
    }
}

/// Space between blocks.
pub const GAP: f32 = 16.0;

/// Applies the palette, type and spacing to both themes, the theme
/// preference, and the text size (which scales everything).
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    for (theme, palette) in [(Theme::Light, LIGHT), (Theme::Dark, DARK)] {
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
        ThemeSetting::System => egui::ThemePreference::System,
        ThemeSetting::Light => egui::ThemePreference::Light,
        ThemeSetting::Dark => egui::ThemePreference::Dark,
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
    v.widgets.hovered.bg_stroke = Stroke::new(1.0, p.accent);
    v.widgets.active.weak_bg_fill = p.accent_soft;
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, p.track);
    v
}
