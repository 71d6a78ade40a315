//! The window's state and the one place that acts on what the views ask
//! for. `update` is the logic half (poll the daemon, advance the player,
//! keyboard shortcuts); `show` only draws. Views return [`Msg`]s, and
//! [`App::apply`] carries them out after drawing.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use egui::{Key, RichText, Ui};

use super::access::{self, Announcer, Urgency};
use super::break_flow::{BreakFlow, BreakMsg, Stage};
use super::guide::{Guide, Sample};
use super::key_guard::KeyGuard;
use super::link::DaemonLink;
use super::platform::DesktopPrefs;
use super::settings_view::SettingsForm;
use super::theme::{self, GAP, Palette};
use super::{announce, break_view, figure_view};
use super::{home, prompt_view, safety_view, settings_view, stats_view, widgets};
use crate::catalog::{Catalog, NoteWhen};
use crate::engine::PhaseKind;
use crate::history::Record;
use crate::ipc::protocol::{DesktopReport, Request, Response, StatusView, View};
use crate::settings::{self, Settings};

/// The screens of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Break,
    Settings,
    Statistics,
    /// A sit–stand prompt, in a small window of its own.
    Prompt,
}

impl From<View> for Screen {
    fn from(v: View) -> Screen {
        match v {
            View::Home => Screen::Home,
            View::Break => Screen::Break,
            View::Settings => Screen::Settings,
            View::Statistics => Screen::Statistics,
            View::Prompt => Screen::Prompt,
        }
    }
}

/// What a view asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Navigate(Screen),
    TakeBreakNow,
    Pause(u64),
    PauseUntilTomorrow,
    Resume,
    Break(BreakMsg),
    /// Open or close "Safety and when to stop".
    Safety(bool),
    SaveSettings,
    RevertSettings,
    ExportCsv,
    /// Settings' "Play a sample".
    Sample(Sample),
    /// "I'm standing" / "I'm sitting".
    Posture(crate::posture::Posture),
    /// Settings' "Test" beside a hook.
    TestHook(&'static str),
    /// The prompt window's Snooze and "Not now" / "Keep standing".
    PromptSnooze,
    PromptSkip,
}

/// A message shown at the top of the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Banner {
    pub text: String,
    pub is_error: bool,
}

/// Everything the window starts from besides the daemon link.
pub struct Inputs {
    pub catalog: Catalog,
    /// Problems found loading the catalog (routine files), as `file:line`.
    pub catalog_problems: Vec<String>,
    pub history: Vec<Record>,
    /// Where statistics are exported.
    pub export_dir: PathBuf,
    pub view: View,
    /// Local time now, for "today" in statistics.
    pub now: DateTime<FixedOffset>,
}

/// The window.
pub struct App {
    link: Box<dyn DaemonLink>,
    pub screen: Screen,
    pub status: Option<StatusView>,
    /// egui time when `status` arrived, to count down between pushes.
    status_at: f64,
    pub catalog: Catalog,
    pub settings: Settings,
    pub form: SettingsForm,
    /// Problems the daemon found in the settings file, as `file:line:
    /// problem`, shown in Settings with `catalog_problems`.
    settings_problems: Vec<String>,
    /// Problems in the routine files, read by this window.
    catalog_problems: Vec<String>,
    /// Why the daemon could not give its settings; the form then shows
    /// defaults that are not the user's, and cannot save.
    pub settings_error: Option<String>,
    pub history: Vec<Record>,
    /// What the desktop offers, asked of the daemon when Settings opens.
    pub desktop: Option<Result<DesktopReport, String>>,
    /// The question to the daemon about the desktop, while it is out.
    desktop_asked: Option<std::sync::mpsc::Receiver<Response>>,
    pub flow: BreakFlow,
    /// "Safety and when to stop" is open over the current screen.
    pub safety_open: bool,
    /// Holds back keys typed for another app when a break card appears.
    pub guard: KeyGuard,
    pub banner: Option<Banner>,
    export_dir: PathBuf,
    pub now: DateTime<FixedOffset>,
    /// Set when the window should close after this frame.
    pub closing: bool,
    /// Set when it closes so that the daemon maps a fresh break card; the
    /// process then exits with [`crate::ipc::REMAP_EXIT`].
    pub remap: Arc<AtomicBool>,
    /// Frames drawn, for the repaint benchmark.
    pub frames: u64,
    /// Theme, text size and high contrast as last applied.
    theme_applied: Option<(settings::Theme, u32, bool)>,
    /// Said once each to screen readers.
    pub announcer: Announcer,
    /// The last "N seconds left" said, so each is said once.
    pub said_left: Option<u64>,
    /// What the desktop prefers for motion and contrast, once read (a
    /// thread reads it as the window opens).
    pub desktop_prefs: Arc<OnceLock<DesktopPrefs>>,
    /// Arrow keys taken from egui in the player, for the shortcuts.
    arrows: Vec<Key>,
    /// Sound cues and the voice during a routine.
    pub guide: Guide,
    /// The screen and break stage last frame: a change moves focus to the
    /// new screen's primary action.
    last_place: Option<(Screen, std::mem::Discriminant<Stage>, bool)>,
}

impl App {
    /// Builds the window state and asks the daemon for status and settings.
    pub fn new(mut link: Box<dyn DaemonLink>, inputs: Inputs) -> App {
        let (settings, settings_problems, settings_error) = match fetch_settings(link.as_mut()) {
            Ok((settings, problems)) => (settings, problems, None),
            Err(reason) => (Settings::default(), Vec::new(), Some(reason)),
        };
        let status = match link.send(Request::Status) {
            Response::Ok { status } => Some(status),
            _ => None,
        };
        let mut app = App {
            link,
            screen: inputs.view.into(),
            status,
            status_at: 0.0,
            form: SettingsForm::from(&settings),
            settings,
            settings_problems,
            catalog_problems: inputs.catalog_problems,
            settings_error,
            catalog: inputs.catalog,
            history: inputs.history,
            desktop: None,
            desktop_asked: None,
            flow: BreakFlow::new(),
            safety_open: false,
            // A window opened on the break came by itself; any other the
            // person asked for.
            guard: if matches!(inputs.view, View::Break | View::Prompt) {
                KeyGuard::shown(0.0)
            } else {
                KeyGuard::open()
            },
            banner: None,
            export_dir: inputs.export_dir,
            now: inputs.now,
            closing: false,
            remap: Arc::default(),
            frames: 0,
            theme_applied: None,
            announcer: Announcer::default(),
            said_left: None,
            arrows: Vec::new(),
            desktop_prefs: Arc::default(),
            last_place: None,
            guide: Guide::default(),
        };
        // A break handled elsewhere while this window started up.
        app.close_stale_card();
        app.enter_break_screen_if_needed();
        if app.screen == Screen::Break && app.flow.stage == Stage::Due {
            app.announcer
                .say(announce::break_due(&app), Urgency::Assertive);
        }
        app.ask_desktop_if_needed();
        app.take_desktop_report();
        app
    }

    /// Settings shows what the desktop offers; asked once a window, and
    /// never waited on: looking can take seconds when a service hangs.
    fn ask_desktop_if_needed(&mut self) {
        if self.screen != Screen::Settings || self.desktop.is_some() || self.desktop_asked.is_some()
        {
            return;
        }
        self.desktop_asked = Some(self.link.ask(Request::Doctor));
    }

    /// The desktop's report, once it has come.
    fn take_desktop_report(&mut self) {
        let Some(answer) = self
            .desktop_asked
            .as_ref()
            .and_then(|rx| rx.try_recv().ok())
        else {
            return;
        };
        self.desktop_asked = None;
        self.desktop = Some(match answer {
            Response::Doctor { report } => Ok(report),
            Response::Error { message } | Response::Refused { reason: message } => Err(message),
            other => Err(format!("unexpected answer {other:?}")),
        });
    }

    /// Seconds until the break, counted down locally between pushes.
    pub fn break_in(&self, now: f64) -> Option<u64> {
        let s = self.status.as_ref()?.next_break_in_secs?;
        Some(s.saturating_sub((now - self.status_at).max(0.0) as u64))
    }

    fn set_status(&mut self, status: StatusView, now: f64) {
        let settings_changed = self
            .status
            .as_ref()
            .is_some_and(|old| old.settings_rev != status.settings_rev);
        self.status = Some(status);
        self.status_at = now;
        if settings_changed {
            self.reload_settings();
        }
        self.close_stale_card();
        self.enter_break_screen_if_needed();
    }

    /// The settings changed elsewhere (the file, another window, "this
    /// hurts"): read them again. A form with unsaved edits keeps them;
    /// Revert then goes back to the new settings.
    fn reload_settings(&mut self) {
        let Ok((fresh, problems)) = fetch_settings(self.link.as_mut()) else {
            return;
        };
        if !self.form.is_changed(&self.settings) {
            self.form = SettingsForm::from(&fresh);
        }
        self.settings = fresh;
        self.settings_problems = problems;
        self.settings_error = None;
    }

    /// Problems in the settings file and routine files, as `file:line:
    /// problem`, shown in Settings.
    pub fn problems(&self) -> impl Iterator<Item = &String> {
        self.settings_problems.iter().chain(&self.catalog_problems)
    }

    /// A card for a break that was snoozed, skipped or taken elsewhere (the
    /// tray, a notification, the command line) offers what no longer
    /// exists: close it.
    fn close_stale_card(&mut self) {
        let Some(status) = &self.status else {
            return;
        };
        // A prompt answered anywhere (its window, the notification, the
        // tray, the CLI), or made moot by the break itself, is done.
        if self.screen == Screen::Prompt && status.prompt.is_none() {
            self.closing = true;
        }
        let waiting = matches!(self.flow.stage, Stage::Due | Stage::Safety);
        if self.screen == Screen::Break
            && waiting
            && !matches!(status.phase, PhaseKind::BreakDue | PhaseKind::OnBreak)
        {
            self.closing = true;
        }
        // A running break skipped elsewhere (`sitbreak skip`, the tray) is
        // over: the daemon already recorded it, so there is nothing to report.
        if self.flow.is_started()
            && !self.flow.is_reported()
            && matches!(
                self.flow.stage,
                Stage::Safety | Stage::Playing | Stage::Hurt { .. }
            )
            && status.phase != PhaseKind::OnBreak
        {
            self.flow.set_reported();
            self.closing = true;
        }
    }

    /// The daemon asks for `view`. A break coming due must be seen on top
    /// of whatever the person works in, and only a newly mapped window is
    /// reliably put there on every desktop (Wayland lets no client raise
    /// itself), so a window showing something else closes and the daemon
    /// opens a fresh card. Unsaved settings are not thrown away for that:
    /// the window then switches in place and asks for attention.
    fn show_view(&mut self, ctx: &egui::Context, view: View, now: f64) {
        let screen = Screen::from(view);
        if screen == Screen::Break && self.screen != Screen::Break {
            if self.form.is_changed(&self.settings) {
                self.guard = KeyGuard::shown(now);
                ctx.send_viewport_cmd(egui::ViewportCommand::WindowLevel(
                    egui::WindowLevel::AlwaysOnTop,
                ));
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                    egui::UserAttentionType::Critical,
                ));
            } else {
                self.remap.store(true, Ordering::SeqCst);
                self.closing = true;
                return;
            }
        }
        self.screen = screen;
        self.enter_break_screen_if_needed();
        self.ask_desktop_if_needed();
        if screen == Screen::Break && self.flow.stage == Stage::Due {
            self.announcer
                .say(announce::break_due(self), Urgency::Assertive);
        }
    }

    /// Keys typed for another app never reach a break card: see
    /// [`KeyGuard`]. Called with each frame's input before egui sees it.
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
    fn enter_break_screen_if_needed(&mut self) {
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
        announce::news(self);
        announce::time_left(self);
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
    fn follow_focus(&mut self, ctx: &egui::Context) {
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

    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Msg> {
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
                match self.screen {
                    Screen::Home => msgs.extend(home::ui(ui, self, now)),
                    Screen::Break => msgs.extend(break_view::ui(ui, self).map(Msg::Break)),
                    Screen::Settings => msgs.extend(settings_view::ui(ui, self)),
                    Screen::Statistics => msgs.extend(stats_view::ui(ui, self)),
                    Screen::Prompt => msgs.extend(prompt_view::ui(ui, self)),
                }
            });
        if self.safety_open {
            msgs.extend(safety_view::dialog(ui.ctx(), self));
        }
        let ctx = ui.ctx().clone();
        for msg in msgs {
            self.apply(&ctx, msg);
        }
    }

    fn nav_ui(&self, ui: &mut Ui, now: f64) -> Option<Msg> {
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
                (Screen::Home, "Home", "Ctrl+1"),
                (Screen::Settings, "Settings", "Ctrl+2"),
                (Screen::Statistics, "Statistics", "Ctrl+3"),
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
                            format!("Next break in {}", widgets::span(s))
                        }
                        _ => status.summary.clone(),
                    };
                    widgets::muted(ui, text);
                }
            });
        });
        msg
    }

    /// Carries out one message.
    pub fn apply(&mut self, ctx: &egui::Context, msg: Msg) {
        let now = ctx.input(|i| i.time);
        match msg {
            Msg::Navigate(screen) => {
                self.screen = screen;
                self.banner = None;
                self.ask_desktop_if_needed();
            }
            Msg::TakeBreakNow => {
                if self.request(Request::TakeBreak, now) {
                    self.guard = KeyGuard::open();
                    self.screen = Screen::Break;
                    self.enter_break_screen_if_needed();
                }
            }
            Msg::Pause(secs) => {
                self.request(Request::Pause { secs }, now);
            }
            Msg::PauseUntilTomorrow => {
                self.request(Request::PauseUntilTomorrow, now);
            }
            Msg::Resume => {
                self.request(Request::Resume, now);
            }
            Msg::Posture(posture) => {
                let answered = self.request(Request::Posture { posture }, now);
                if answered && self.screen == Screen::Prompt {
                    self.closing = true;
                }
            }
            Msg::PromptSnooze => self.answer_prompt(Request::Snooze, now),
            Msg::PromptSkip => self.answer_prompt(Request::Skip, now),
            Msg::TestHook(event) => self.test_hook(event, now),
            Msg::Break(m) => self.apply_break(m, now),
            Msg::Safety(true) => self.open_safety(),
            Msg::Safety(false) => self.safety_open = false,
            Msg::SaveSettings => self.save_settings(now),
            Msg::RevertSettings => {
                self.form = SettingsForm::from(&self.settings);
                self.banner = None;
            }
            Msg::ExportCsv => self.export_csv(),
            Msg::Sample(which) => self.guide.sample(which, self.form.draft.volume),
        }
    }

    fn apply_break(&mut self, msg: BreakMsg, now: f64) {
        match msg {
            BreakMsg::Start => {
                let routine = self
                    .status
                    .as_ref()
                    .and_then(|s| s.next_routine.as_ref())
                    .map(|r| r.id.clone());
                // The daemon answers with the routine it started, which the
                // status handler plays.
                self.request(Request::StartBreak { routine }, now);
            }
            BreakMsg::OpenSafety => self.open_safety(),
            BreakMsg::SafetyRead => {
                self.request(Request::SafetyNotesRead, now);
                self.flow.handle(BreakMsg::SafetyRead);
            }
            BreakMsg::Snooze => {
                if self.request(Request::Snooze, now) {
                    self.closing = true;
                }
            }
            BreakMsg::Skip => {
                if self.request(Request::Skip, now) {
                    self.closing = true;
                }
            }
            BreakMsg::Exclude(id) => {
                if self.request(Request::ExcludeStretch { id: id.clone() }, now) {
                    self.settings.excluded_stretches.push(id);
                    self.form = SettingsForm::from(&self.settings);
                    self.flow.mark_excluded();
                }
            }
            BreakMsg::Done => {
                let (steps_done, steps_total) = self.flow.progress();
                if self.request(
                    Request::FinishBreak {
                        steps_done,
                        steps_total,
                    },
                    now,
                ) {
                    self.closing = true;
                }
            }
            BreakMsg::Close => self.closing = true,
            other => self.flow.handle(other),
        }
    }

    fn abandon_if_playing(&mut self) {
        if self.flow.is_started() && !self.flow.is_reported() {
            let (steps_done, steps_total) = self.flow.progress();
            let _ = self.link.send(Request::AbandonBreak {
                steps_done,
                steps_total,
            });
            self.flow.set_reported();
        }
    }

    /// Sends a request; shows a refusal or error in the banner. True on Ok.
    fn request(&mut self, request: Request, now: f64) -> bool {
        let response = self.link.send(request);
        self.request_answered(response, now)
    }

    /// Shows what a request's answer says: the new status, or why not.
    fn request_answered(&mut self, response: Response, now: f64) -> bool {
        match response {
            Response::Ok { status } => {
                self.banner = None;
                self.set_status(status, now);
                true
            }
            Response::Refused { reason } => {
                self.banner = Some(Banner {
                    text: widgets::capitalise(&reason),
                    is_error: true,
                });
                false
            }
            Response::Error { message } => {
                self.banner = Some(Banner {
                    text: widgets::capitalise(&message),
                    is_error: true,
                });
                false
            }
            _ => false,
        }
    }

    /// Snooze and Skip reach the prompt while one shows (the daemon routes
    /// them); the prompt window has done its job once answered.
    fn answer_prompt(&mut self, request: Request, now: f64) {
        if self.request(request, now) && self.screen == Screen::Prompt {
            self.closing = true;
        }
    }

    /// Runs a hook through the daemon, which alone runs them, and says how
    /// it went.
    fn test_hook(&mut self, event: &str, now: f64) {
        match self.link.send(Request::TestHook {
            event: event.to_owned(),
        }) {
            Response::HookRan {
                event,
                problem: None,
            } => {
                self.banner = Some(Banner {
                    text: format!("The {event} hook ran without a problem."),
                    is_error: false,
                });
            }
            Response::HookRan {
                event,
                problem: Some(problem),
            } => {
                self.banner = Some(Banner {
                    text: format!("The {event} hook failed: {problem}"),
                    is_error: true,
                });
            }
            other => {
                self.request_answered(other, now);
            }
        }
    }

    fn save_settings(&mut self, now: f64) {
        if let Some(reason) = &self.settings_error {
            self.banner = Some(Banner {
                text: format!("Not saved: your settings could not be read ({reason})"),
                is_error: true,
            });
            return;
        }
        let Some(draft) = self.form.to_settings() else {
            self.banner = Some(Banner {
                text: "Fix the fields marked in red; nothing was saved".into(),
                is_error: true,
            });
            return;
        };
        if self.request(
            Request::SetSettings {
                toml: draft.to_toml(),
            },
            now,
        ) {
            self.settings = draft;
            self.form = SettingsForm::from(&self.settings);
            self.banner = Some(Banner {
                text: "Saved. The new settings apply now.".into(),
                is_error: false,
            });
        }
    }

    fn export_csv(&mut self) {
        let summary = stats_view::summary(self);
        let path = self.export_dir.join(format!(
            "sitbreak-stats-{}.csv",
            self.now.format("%Y-%m-%d")
        ));
        let result = std::fs::create_dir_all(&self.export_dir)
            .and_then(|()| std::fs::write(&path, stats_view::csv(&summary)));
        self.banner = Some(match result {
            Ok(()) => Banner {
                text: format!("Exported to {}", path.display()),
                is_error: false,
            },
            Err(e) => Banner {
                text: format!("{}: cannot write ({e})", path.display()),
                is_error: true,
            },
        });
    }

    /// Notes for a moment in the break, from the catalog.
    /// Reading about safety mid-stretch should not cost the hold, so the
    /// player pauses.
    fn open_safety(&mut self) {
        if let Some(player) = &mut self.flow.player {
            player.set_paused(true);
        }
        self.safety_open = true;
    }

    /// The end card's advice, for the position the break ended in: "sit
    /// back down" only follows a break that ended standing or on the floor.
    pub fn end_notes(&self) -> Vec<String> {
        let last = self
            .flow
            .routine
            .as_ref()
            .and_then(|r| r.items.last())
            .and_then(|i| self.catalog.stretch(&i.stretch))
            .map(|s| s.position);
        self.catalog
            .notes_after(NoteWhen::EndOfBreak, last)
            .map(|n| n.text.clone())
            .collect()
    }

    pub fn notes(&self, when: NoteWhen) -> Vec<String> {
        self.catalog
            .notes_for(when)
            .map(|n| n.text.clone())
            .collect()
    }
}

/// The user's settings from the daemon, with the problems it found in the
/// file; or why it could not give them.
fn fetch_settings(link: &mut dyn DaemonLink) -> Result<(Settings, Vec<String>), String> {
    match link.send(Request::GetSettings) {
        Response::Settings { toml, problems } => Ok((settings::parse(&toml).settings, problems)),
        Response::Refused { reason } | Response::Error { message: reason } => Err(reason),
        other => Err(format!("unexpected answer {other:?}")),
    }
}

fn banner_ui(ui: &mut Ui, banner: &Banner) {
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

impl eframe::App for App {
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        let now = raw_input.time.unwrap_or(0.0);
        self.guard_input(now, &mut raw_input.events);
    }

    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.update(ctx);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.abandon_if_playing();
        if std::env::var_os("SITBREAK_COUNT_FRAMES").is_some() {
            eprintln!("sitbreak-window-frames {}", self.frames);
        }
    }
}
