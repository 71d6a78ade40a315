//! The one place that carries out what the views ask for ([`Msg`]), and the
//! requests it sends the daemon.

use crate::ipc::protocol::{Request, Response};
use crate::ui::break_flow::BreakMsg;
use crate::ui::key_guard::KeyGuard;
use crate::ui::settings_form::SettingsForm;
use crate::ui::stats_view;

use super::App;
use crate::ui::msg::{Banner, Msg, Screen};

impl App {
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

    pub(super) fn apply_break(&mut self, msg: BreakMsg, now: f64) {
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

    pub(super) fn abandon_if_playing(&mut self) {
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
    pub(super) fn request(&mut self, request: Request, now: f64) -> bool {
        let response = self.link.send(request);
        self.request_answered(response, now)
    }

    /// Shows what a request's answer says: the new status, or why not.
    pub(super) fn request_answered(&mut self, response: Response, now: f64) -> bool {
        match response {
            Response::Ok { status } => {
                self.banner = None;
                self.set_status(status, now);
                true
            }
            Response::Refused { refusal } => {
                self.banner = Some(Banner {
                    text: crate::words::capitalise(&crate::words::refusal(&refusal)),
                    is_error: true,
                });
                false
            }
            Response::Error { message } => {
                self.banner = Some(Banner {
                    text: crate::words::capitalise(&message),
                    is_error: true,
                });
                false
            }
            _ => false,
        }
    }

    /// Snooze and Skip reach the prompt while one shows (the daemon routes
    /// them); the prompt window has done its job once answered.
    pub(super) fn answer_prompt(&mut self, request: Request, now: f64) {
        if self.request(request, now) && self.screen == Screen::Prompt {
            self.closing = true;
        }
    }

    /// Runs a hook through the daemon, which alone runs them, and says how
    /// it went.
    pub(super) fn test_hook(&mut self, event: &str, now: f64) {
        match self.link.send(Request::TestHook {
            event: event.to_owned(),
        }) {
            Response::HookRan {
                event,
                problem: None,
            } => {
                self.banner = Some(Banner {
                    text: crate::tr!("banner-hook-ran", event = &event),
                    is_error: false,
                });
            }
            Response::HookRan {
                event,
                problem: Some(problem),
            } => {
                self.banner = Some(Banner {
                    text: crate::tr!(
                        "banner-hook-failed",
                        event = &event,
                        problem = &crate::words::hook_failure(&problem)
                    ),
                    is_error: true,
                });
            }
            other => {
                self.request_answered(other, now);
            }
        }
    }

    pub(super) fn save_settings(&mut self, now: f64) {
        if let Some(reason) = &self.settings_error {
            self.banner = Some(Banner {
                text: crate::tr!("banner-not-saved-unreadable", reason = reason),
                is_error: true,
            });
            return;
        }
        let Some(draft) = self.form.to_settings() else {
            self.banner = Some(Banner {
                text: crate::tr!("banner-fix-fields"),
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
            if draft.language != self.settings.language {
                self.speak(&draft.language);
            }
            self.settings = draft;
            self.form = SettingsForm::from(&self.settings);
            self.banner = Some(Banner {
                text: crate::tr!("banner-saved"),
                is_error: false,
            });
        }
    }

    pub(super) fn export_csv(&mut self) {
        let summary = stats_view::summary(self.stats());
        let path = self.export_dir.join(format!(
            "sitbreak-stats-{}.csv",
            self.now.format("%Y-%m-%d")
        ));
        let result = std::fs::create_dir_all(&self.export_dir)
            .and_then(|()| std::fs::write(&path, stats_view::csv(&summary)));
        self.banner = Some(match result {
            Ok(()) => Banner {
                text: crate::tr!("banner-exported", path = &path.display().to_string()),
                is_error: false,
            },
            Err(e) => Banner {
                text: crate::tr!(
                    "banner-cannot-write",
                    path = &path.display().to_string(),
                    reason = &e.to_string()
                ),
                is_error: true,
            },
        });
    }

    /// Reading about safety mid-stretch should not cost the hold, so the
    /// player pauses.
    pub(super) fn open_safety(&mut self) {
        if let Some(player) = &mut self.flow.player {
            player.set_paused(true);
        }
        self.safety_open = true;
    }
}
