//! The posture machine beside the engine: its prompts become
//! notifications, its changes of posture become engine inputs (and so
//! history), and events run the settings file's hooks.

use std::sync::mpsc::Sender;
use std::time::Duration;

use super::hooks::{self, Run};
use super::parts::PromptNotice;
use super::parts::{Msg, report};
use super::state::Daemon;
use crate::engine::{Effect, MonoTime, Now, PhaseKind, Refusal};
use crate::history::Event;
use crate::ipc::protocol::{self, HookFailure, HookProblem, Response};
use crate::posture::{self, Machine, Posture, Prompt};

impl Daemon {
    /// A restarted daemon takes up standing where the last one left it.
    pub(super) fn continue_standing(&mut self, now: Now, stood_for: Duration) {
        let since = MonoTime::from_origin(now.mono.since_origin().saturating_sub(stood_for));
        self.posture = Machine::new(self.settings.posture_config(), Posture::Standing, since);
        let break_in = self.posture.break_in_when_standing();
        self.engine.continue_standing(now, break_in, stood_for);
        self.apply_effects(
            now,
            vec![Effect::Log(Event::Stood {
                sat_secs: 0,
                continued: true,
            })],
        );
    }

    /// Applies one input to the posture machine and carries out what it
    /// asks, against the engine's clock as it is now.
    pub(super) fn step_posture(&mut self, now: Now, input: posture::Input) -> Result<(), Refusal> {
        let clock = self.engine.sitting_clock();
        let effects = self.posture.step(now.mono, input, clock)?;
        let changed = !effects.is_empty();
        for effect in effects {
            match effect {
                posture::Effect::Show(prompt) => self.show_prompt(now, prompt),
                posture::Effect::Close(_) => self.parts.notifier.close_prompt(),
                posture::Effect::Engine(input) => {
                    let _ = self.feed(now, input);
                }
                posture::Effect::Restand { break_in, already } => {
                    self.engine.continue_standing(now, break_in, already);
                }
            }
        }
        if changed {
            self.broadcast();
        }
        Ok(())
    }

    fn show_prompt(&mut self, now: Now, prompt: Prompt) {
        // The small window comes with the notification (at the next pause
        // in typing, as a break's card does), and is the only reminder
        // without one.
        self.prompt_card(now);
        if !self.settings.notifications {
            return;
        }
        let sat = now.mono - self.posture.since();
        let notice = PromptNotice {
            prompt,
            sat: crate::words::span(sat.as_secs() / 60 * 60),
            stand: crate::words::span(self.settings.stand_for.as_secs()),
            snooze_minutes: (self.posture.snoozes_left() > 0)
                .then(|| self.settings.snooze_length.as_secs().div_ceil(60)),
            can_skip: !self.settings.strict,
        };
        self.parts.notifier.prompt(&notice);
    }

    /// Snooze and Skip answer a sit–stand prompt while one shows and no
    /// break is due; otherwise they go to the break.
    pub(super) fn prompt_answers(&self, now: Now) -> bool {
        self.posture.showing().is_some()
            && !matches!(
                self.engine.status(now.mono).phase,
                PhaseKind::BreakDue | PhaseKind::Held
            )
    }

    /// Runs the hook an event in the history calls for, if the settings
    /// file binds one.
    pub(super) fn run_hook_for(&mut self, event: &Event) {
        let name = match event {
            Event::Stood {
                continued: false, ..
            } => "stand",
            Event::Sat => "sit",
            Event::BreakStarted { .. } => {
                self.break_open = true;
                "break_start"
            }
            Event::BreakCompleted { .. } | Event::BreakAbandoned { .. } | Event::BreakSkipped
                if self.break_open =>
            {
                self.break_open = false;
                "break_end"
            }
            Event::Paused { .. } => "pause",
            Event::Resumed => "resume",
            _ => return,
        };
        let tx = self.parts.to_loop.clone();
        self.start_hook(name, move |event, problem| {
            let _ = tx.send(Msg::HookDone { event, problem });
        });
    }

    /// Runs `event`'s hook for the Settings window's Test button; the
    /// answer goes to `reply` when it has run.
    pub(super) fn test_hook(&mut self, event: &str, reply: Sender<Response>) {
        let Some((name, _)) = self
            .settings
            .hooks
            .all()
            .into_iter()
            .find(|(n, _)| *n == event)
        else {
            let _ = reply.send(Response::Refused {
                refusal: protocol::Refusal::NoSuchHookEvent {
                    event: event.to_owned(),
                },
            });
            return;
        };
        if self.settings.hooks.command(name).is_none() {
            let _ = reply.send(Response::Refused {
                refusal: protocol::Refusal::NoHookCommand {
                    event: name.to_owned(),
                    file: self.settings_file.path().display().to_string(),
                },
            });
            return;
        }
        let tx = self.parts.to_loop.clone();
        self.start_hook(name, move |event, problem| {
            let _ = reply.send(Response::HookRan {
                event: event.to_owned(),
                problem: problem.clone(),
            });
            let _ = tx.send(Msg::HookDone { event, problem });
        });
    }

    fn start_hook(
        &self,
        event: &'static str,
        done: impl FnOnce(&'static str, Option<HookFailure>) + Send + 'static,
    ) {
        let Some(command) = self.settings.hooks.command(event) else {
            return;
        };
        let run = Run {
            event,
            command: command.to_vec(),
            posture: self.posture.posture().as_str(),
            time_limit: self.settings.hooks.time_limit,
        };
        hooks::spawn(run, move |problem| done(event, problem));
    }

    /// A hook finished: a failure is said on stderr and shown in Settings
    /// until a hook runs well.
    pub(super) fn hook_done(&mut self, event: &str, failure: Option<HookFailure>) {
        let shown = failure.map(|failure| {
            let problem = HookProblem {
                event: event.to_owned(),
                failure,
            };
            report(&format!(
                "the {event} hook failed: {}",
                crate::words::hook_failure(&problem.failure)
            ));
            problem
        });
        if shown != self.hook_problem {
            self.hook_problem = shown;
            self.broadcast();
        }
    }
}
