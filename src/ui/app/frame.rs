//! The window's frame: the logic half (`update`: the daemon's pushes, the
//! player, keys held back from a card, shortcuts, repaints, focus) and the
//! drawing half (`show`, the navigation and banners).

use std::time::Duration;

use egui::{Key, RichText, Ui};

use crate::engine::PhaseKind;
use crate::ipc::protocol::Response;
use crate::settings;
use crate::ui::access;
use crate::ui::break_flow::Stage;
use crate::ui::theme::{self, GAP, Palette};
use crate::ui::{announce, break_view, figure_view};
use crate::ui::{home, prompt_view, safety_view, settings_view, stats_view, widgets};

use super::App;
use crate::ui::msg::{Banner, Known, Msg, Screen};

impl App {
    /// Keys typed for another app never reach a break card: see
    /// [`KeyGuard`](crate::ui::key_guard::KeyGuard). Called with each frame's input before egui sees it.
    pub fn guard_input(&mut self, now: f64, events: &mut Vec<egui::Event>) {
        if !matches!(self.screen, Screen::Break | Screen::Prompt) {
            return;
        }
        let guard = &mut self.guard;
        events.retain(|event| match event {
            egui::Event::PointerMoved(_) | egui::Event::PointerButton { .. } => {
                guard.pointer();
                true
            }
            egui::Event::WindowFocused(true) => {
                guard.focused(now);
                true
            }
            egui::Event::Key {
                pressed: true,
                repeat,
                ..
            } => guard.key(now, *repeat),
            egui::Event::Text(_) | egui::Event::Paste(_) => guard.is_open(now),
            _ => true,
        });
        // In the player ← and → are Back and Next. egui would also move
        // keyboard focus with them, onto "Stop — this hurts" say, where
        // a later Enter would press it; so they are taken here, before
        // egui sees them, and acted on as shortcuts only.
        if self.flow.stage == Stage::Playing {
            let arrows = &mut self.arrows;
            events.retain(|event| match event {
                egui::Event::Key {
                    key: key @ (Key::ArrowLeft | Key::ArrowRight),
                    pressed,
                    modifiers,
                    ..
                } if modifiers.is_none() => {
                    if *pressed {
                        arrows.push(*key);
                    }
                    false
                }
                _ => true,
            });
        }
    }

    /// On the break screen, match the flow to the daemon's phase.
    pub(super) fn enter_break_screen_if_needed(&mut self) {
        if self.screen != Screen::Break {
            return;
        }
        let Some(status) = &self.status else {
            return;
        };
        if status.phase == PhaseKind::OnBreak && !self.flow.is_playing() {
            self.flow.lead_in = self.settings.get_ready;
            // Until the safety notes were read they come first, however
            // the break was started: the daemon knows, not this window.
            self.flow.play(
                &self.catalog,
                status.current_routine.as_ref(),
                !status.safety_notes_read,
            );
        }
    }

    /// The logic half of a frame: no drawing.
    pub fn update(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let prefs = self.desktop_prefs.get().copied().unwrap_or_default();
        let high_contrast = match self.settings.theme {
            settings::Theme::HighContrast => true,
            settings::Theme::System => prefs.high_contrast == Some(true),
            _ => false,
        };
        let look = (
            self.settings.theme,
            self.settings.text_scale.to_bits(),
            high_contrast,
        );
        if self.theme_applied != Some(look) {
            theme::apply(ctx, &self.settings, high_contrast);
            self.theme_applied = Some(look);
        }
        figure_view::set_still(ctx, self.settings.motion.is_still(prefs.reduce_motion));
        self.take_desktop_report();
        for pushed in self.link.poll() {
            match pushed {
                Response::Event { status } => self.set_status(status, now),
                Response::Show { view } => self.show_view(ctx, view, now),
                // The daemon is gone (quit, or killed): a window without
                // it can do nothing, so it closes too.
                Response::Error { .. } => {
                    self.abandon_if_playing();
                    self.closing = true;
                }
                _ => {}
            }
        }
        if self.screen == Screen::Break
            && self.flow.stage == Stage::Due
            && let Some(at) = self.guard.opens_at()
        {
            // The card's hint line changes when the keys wake.
            ctx.request_repaint_after(Duration::from_secs_f64((at - now).max(0.0) + 0.05));
        }
        let dt = Duration::from_secs_f32(ctx.input(|i| i.stable_dt).clamp(0.0, 0.5));
        self.flow.advance(dt);
        let shortcuts = self.shortcuts(ctx);
        self.arrows.clear();
        for msg in shortcuts {
            self.apply(ctx, msg);
        }
        if self.screen == Screen::Break {
            self.guide.frame(&self.flow, &self.catalog, &self.settings);
        } else {
            self.guide.leave();
        }
        if self.screen == Screen::Break && self.flow.stage == Stage::Playing {
            // Space pauses whichever button has focus, as its hint says.
            ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Space));
        }
        for news in self.flow.take_news() {
            let notes = safety_view::end_notes(&self.catalog, &self.flow);
            let (text, urgency) = announce::words(&self.flow, &self.catalog, &notes, news);
            self.announcer.say(text, urgency);
        }
        if let Some((text, left)) =
            announce::time_left(&self.flow, self.settings.announce_every, self.said_left)
        {
            self.said_left = Some(left);
            self.announcer.say(text, access::Urgency::Polite);
        }
        self.follow_focus(ctx);
        if ctx.input(|i| i.viewport().close_requested()) {
            self.abandon_if_playing();
        }
        // Repaint only as often as something on screen changes: every frame
        // while the player runs (its figure and countdown move), every second for home's countdown, every
        // half minute for the "Next break in N min" line elsewhere, and
        // never for a still break card.
        let minimized = ctx.input(|i| i.viewport().minimized == Some(true));
        match self.screen {
            // Minimised, nobody sees the figure move: a few frames a second
            // keep the player's clock going without drawing at display rate.
            Screen::Break if self.flow.is_animating() && minimized => {
                // Unless cues are to be heard on time.
                let cued = self.settings.player_sounds || self.settings.voice;
                ctx.request_repaint_after(Duration::from_millis(if cued { 40 } else { 250 }))
            }
            Screen::Break if self.flow.is_animating() => ctx.request_repaint(),
            // A still prompt changes only with a push from the daemon.
            Screen::Break | Screen::Prompt => {}
            Screen::Home => ctx.request_repaint_after(Duration::from_secs(1)),
            Screen::Settings | Screen::Statistics => {
                ctx.request_repaint_after(Duration::from_secs(30))
            }
        }
        if self.closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// When the person turns to the window, or the screen changes under
    /// them, the screen's primary action takes keyboard focus, so Tab
    /// starts from it and a screen reader says where they are. A break card
    /// that appears does not take focus from another app (see `KeyGuard`):
    /// this acts only once the window has it.
    pub(super) fn follow_focus(&mut self, ctx: &egui::Context) {
        let turned_to = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        let place = (
            self.screen,
            std::mem::discriminant(&self.flow.stage),
            self.safety_open,
        );
        let moved = self.last_place.is_some_and(|last| last != place);
        if turned_to || (moved && ctx.input(|i| i.focused)) {
            access::focus_primary_next(ctx);
        }
        self.last_place = Some(place);
    }

    pub(super) fn shortcuts(&self, ctx: &egui::Context) -> Vec<Msg> {
        // Typing in a text field is not a shortcut. (A focused button
        // is: egui counts it as wanting the keyboard too.)
        let focused = ctx.memory(|m| m.focused());
        if focused.is_some_and(|id| egui::text_edit::TextEditState::load(ctx, id).is_some()) {
            return Vec::new();
        }
        // Enter presses the focused button; a shortcut on it would act a
        // second time. Space stays the player's pause (see `update`).
        let button_focused = focused.is_some();
        let mut out = Vec::new();
        ctx.input(|i| {
            let ctrl = i.modifiers.command;
            if ctrl && i.key_pressed(Key::Num1) {
                out.push(Msg::Navigate(Screen::Home));
            }
            if ctrl && i.key_pressed(Key::Num2) {
                out.push(Msg::Navigate(Screen::Settings));
            }
            if ctrl && i.key_pressed(Key::Num3) {
                out.push(Msg::Navigate(Screen::Statistics));
            }
            if self.screen == Screen::Break {
                let strict = self.status.as_ref().is_some_and(|s| s.strict);
                let pressed = |k: Key| {
                    self.arrows.contains(&k)
                        || i.key_pressed(k)
                            && i.modifiers.is_none()
                            && !(button_focused && k == Key::Enter)
                };
                out.extend(self.flow.shortcut(pressed, strict).map(Msg::Break));
            } else if self.screen == Screen::Home && i.key_pressed(Key::B) && !ctrl {
                out.push(Msg::TakeBreakNow);
            } else if self.screen == Screen::Home && i.key_pressed(Key::S) && !ctrl {
                let standing = self
                    .status
                    .as_ref()
                    .is_some_and(|s| s.posture == crate::posture::Posture::Standing);
                out.push(Msg::Posture(if standing {
                    crate::posture::Posture::Sitting
                } else {
                    crate::posture::Posture::Standing
                }));
            }
            if self.screen == Screen::Settings && ctrl && i.key_pressed(Key::S) {
                out.push(Msg::SaveSettings);
            }
        });
        out
    }

    /// Draws the window. Returns nothing; what the user asked for is applied.
    pub fn show(&mut self, ui: &mut Ui) {
        self.frames += 1;
        let p = Palette::of(ui.ctx());
        let now = ui.input(|i| i.time);
        let mut msgs = Vec::new();
        egui::Frame::new()
            .fill(p.background)
            .inner_margin(egui::Margin::same(24))
            .show(ui, |ui| {
                ui.set_min_size(ui.available_size());
                access::name_window(ui.ctx());
                self.announcer.ui(ui);
                if !matches!(self.screen, Screen::Break | Screen::Prompt) {
                    msgs.extend(self.nav_ui(ui, now));
                    ui.add_space(GAP);
                }
                if let Some(banner) = &self.banner {
                    banner_ui(ui, banner);
                    ui.add_space(GAP / 2.0);
                }
                msgs.extend(self.screen_ui(ui, now));
            });
        if self.safety_open {
            msgs.extend(safety_view::dialog(ui.ctx(), &self.catalog));
        }
        let ctx = ui.ctx().clone();
        for msg in msgs {
            self.apply(&ctx, msg);
        }
    }

    /// The screen, given what it draws.
    fn screen_ui(&mut self, ui: &mut Ui, now: f64) -> Option<Msg> {
        let known = Known {
            status: self.status.as_ref(),
            settings: &self.settings,
            catalog: &self.catalog,
        };
        match self.screen {
            Screen::Home => home::ui(ui, known, self.break_in(now)),
            Screen::Break => {
                let shown = break_view::Shown {
                    known,
                    flow: &self.flow,
                    keys_awake: self.guard.is_open(now),
                };
                break_view::ui(ui, shown).map(Msg::Break)
            }
            Screen::Settings => {
                let shown = settings_view::Shown {
                    known,
                    problems: self.problems(),
                    settings_error: self.settings_error.as_deref(),
                    desktop: self.desktop.as_ref(),
                    sample_problems: self.guide.problems(),
                    managed: (self.status.as_ref())
                        .and_then(|s| s.policy.as_ref())
                        .map_or(&[], |p| p.keys.as_slice()),
                };
                settings_view::ui(ui, &shown, &mut self.form)
            }
            Screen::Statistics => stats_view::ui(ui, self.stats()),
            Screen::Prompt => prompt_view::ui(ui, known),
        }
    }

    /// Problems in the settings file, the routine files and an
    /// organisation's policy, as `file:line: problem`.
    fn problems(&self) -> Vec<String> {
        let policy = (self.status.as_ref())
            .and_then(|s| s.policy.as_ref())
            .into_iter()
            .flat_map(|p| (p.issues.iter()).map(|i| crate::words::policy_issue(&p.source, i)));
        (self.settings_problems.iter())
            .chain(&self.catalog_problems)
            .cloned()
            .chain(policy)
            .collect()
    }

    pub(super) fn nav_ui(&self, ui: &mut Ui, now: f64) -> Option<Msg> {
        let p = Palette::of(ui.ctx());
        let mut msg = None;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("Sitbreak")
                    .size(22.0)
                    .strong()
                    .color(p.accent),
            );
            ui.add_space(GAP);
            for (screen, label, key) in [
                (Screen::Home, crate::tr!("nav-home"), "Ctrl+1"),
                (Screen::Settings, crate::tr!("nav-settings"), "Ctrl+2"),
                (Screen::Statistics, crate::tr!("nav-statistics"), "Ctrl+3"),
            ] {
                let tab = access::shortcut(ui.selectable_label(self.screen == screen, label), key);
                if tab.clicked() {
                    msg = Some(Msg::Navigate(screen));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // Home shows the countdown in large type already.
                if let Some(status) = self.status.as_ref().filter(|_| self.screen != Screen::Home) {
                    let text = match (status.phase, self.break_in(now)) {
                        (PhaseKind::Sitting, Some(s)) => {
                            crate::tr!("summary-next-in", time = &widgets::span(s))
                        }
                        _ => crate::words::summary(status),
                    };
                    // Wraps in the room the tabs leave (German's tabs and
                    // countdown together are wider than the window).
                    ui.add(egui::Label::new(RichText::new(text).color(p.muted)).wrap());
                }
            });
        });
        msg
    }
}

pub(super) fn banner_ui(ui: &mut Ui, banner: &Banner) {
    let p = Palette::of(ui.ctx());
    let (fill, text) = if banner.is_error {
        (p.danger_soft, p.danger)
    } else {
        (p.accent_soft, p.accent)
    };
    egui::Frame::new()
        .fill(fill)
        .corner_radius(egui::CornerRadius::same(10))
        .inner_margin(egui::Margin::symmetric(14, 10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&banner.text).color(text));
        });
}
