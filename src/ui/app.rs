//! The window's state and the one place that acts on what the views ask
//! for. `update` is the logic half (poll the daemon, advance the player,
//! keyboard shortcuts); `show` only draws. Views return [`Msg`]s, and
//! [`App::apply`] carries them out after drawing.

mod apply;
mod frame;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, FixedOffset};
use egui::{Key, Ui};

use super::access::{Announcer, Urgency};
use super::announce;
use super::break_flow::{BreakFlow, Stage};
use super::guide::Guide;
use super::key_guard::KeyGuard;
use super::link::DaemonLink;
use super::msg::{Banner, Screen};
use super::platform::DesktopPrefs;
use super::settings_form::SettingsForm;
use crate::catalog::Catalog;
use crate::engine::PhaseKind;
use crate::history::Record;
use crate::ipc::protocol::{DesktopReport, Request, Response, StatusView, View};
use crate::settings::{self, Settings};

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
        let (status, settings) = match link.welcome() {
            Response::Welcome {
                status,
                settings,
                file,
            } => (
                Some(status),
                Ok((
                    settings::parse(&settings).settings,
                    crate::words::settings_problems(&file),
                )),
            ),
            other => (None, Err(unexpected(other))),
        };
        let (settings, settings_problems, settings_error) = match settings {
            Ok((settings, problems)) => (settings, problems, None),
            Err(reason) => (Settings::default(), Vec::new(), Some(reason)),
        };
        // The window speaks as the daemon does, from the same setting.
        crate::i18n::init(&settings.language);
        let catalog = crate::i18n::catalog_words(&inputs.catalog);
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
            catalog,
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
                .say(announce::break_due(app.next_routine()), Urgency::Assertive);
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
        self.desktop_asked = Some(self.link.ask(Request::Doctor { fresh: false }));
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
            other => Err(unexpected(other)),
        });
    }

    /// What statistics are made from.
    pub fn stats(&self) -> super::stats_view::Shown<'_> {
        super::stats_view::Shown {
            history: &self.history,
            settings: &self.settings,
            now: self.now,
        }
    }

    /// The routine the next break plays, as the daemon last said.
    pub fn next_routine(&self) -> Option<&crate::ipc::protocol::RoutineView> {
        self.status.as_ref().and_then(|s| s.next_routine.as_ref())
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
    /// Speaks the language `wish` asks for from now on, the stretches
    /// too.
    pub fn speak(&mut self, wish: &str) {
        crate::i18n::init(wish);
        self.catalog = crate::i18n::catalog_words(&self.catalog);
    }

    fn reload_settings(&mut self) {
        let Ok((fresh, problems)) = fetch_settings(self.link.as_mut()) else {
            return;
        };
        if !self.form.is_changed(&self.settings) {
            self.form = SettingsForm::from(&fresh);
        }
        if fresh.language != self.settings.language {
            self.speak(&fresh.language);
        }
        self.settings = fresh;
        self.settings_problems = problems;
        self.settings_error = None;
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
                .say(announce::break_due(self.next_routine()), Urgency::Assertive);
        }
    }
}

/// The user's settings from the daemon, with the problems it found in the
/// file; or why it could not give them.
fn fetch_settings(link: &mut dyn DaemonLink) -> Result<(Settings, Vec<String>), String> {
    match link.send(Request::GetSettings) {
        Response::Settings { toml, file } => Ok((
            settings::parse(&toml).settings,
            crate::words::settings_problems(&file),
        )),
        other => Err(unexpected(other)),
    }
}

/// Why an answer is not the one asked for, in words.
fn unexpected(answer: Response) -> String {
    match answer {
        Response::Error { message } => message,
        Response::Refused { refusal } => crate::words::refusal(&refusal),
        other => format!("unexpected answer {other:?}"),
    }
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
