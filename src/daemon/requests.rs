//! Every request, whether from the CLI, the window, a tray item or a
//! notification button, is turned into an engine input here, in one place,
//! and answered. A click that is refused says why.

use std::sync::mpsc::Sender;
use std::time::Duration;

use super::parts::TrayItem;
use super::parts::{Msg, Origin, report};
use super::state::{Daemon, NOTE_FOR};
use crate::catalog::Routine;
use crate::engine::{Effect, Input, Now};
use crate::history;
use crate::ipc::Incoming;
use crate::ipc::protocol::{Refusal, Request, Response, View};
use crate::posture;
use crate::rotation::{self, Preferences};

impl Daemon {
    /// Answers from the doctor's recent report, or looks at the desktop
    /// off the loop, which answers everything else meanwhile; `reply`
    /// then gets the report when the checks are done, however slow a bus
    /// service is (see `doctor_cache.rs`).
    fn doctor(&mut self, now: Now, reply: Sender<Response>, fresh: bool) {
        if !self.doctor.ask(now.mono, reply, fresh) {
            return;
        }
        let tray = if self.parts.tray.is_some() {
            TrayItem::Registered
        } else {
            TrayItem::NotRegistered
        };
        let tx = self.parts.to_loop.clone();
        let done = Box::new(move |report| {
            let _ = tx.send(Msg::Doctored(report));
        });
        self.parts
            .doctor
            .examine(tray, self.parts.idle.as_mut(), done);
    }

    pub(super) fn handle(&mut self, now: Now, msg: Msg) {
        match msg {
            Msg::Ipc(Incoming::Request {
                request: Request::TestHook { event },
                reply,
            }) => self.test_hook(&event, reply),
            Msg::Ipc(Incoming::Request {
                request: Request::Doctor { fresh },
                reply,
            }) => self.doctor(now, reply, fresh),
            Msg::Ipc(Incoming::Request { request, reply }) => {
                let response = self.answer(now, request);
                let _ = reply.send(response);
            }
            Msg::Ipc(Incoming::Subscribe { events }) => self.welcoming.push(events),
            Msg::Act { request, from } => match self.answer(now, request) {
                Response::Refused { refusal } => {
                    self.tell_refused(now, from, &crate::words::refusal(&refusal));
                }
                Response::Error { message } => self.tell_refused(now, from, &message),
                _ => {}
            },
            Msg::TrayActivate => self.open_window(View::Home),
            Msg::Woke => {}
            Msg::Locked(locked) => self.observe(now, Input::Locked(locked)),
            // Looked at below, in this same turn of the loop.
            Msg::IdleChanged => self.last_idle_check = None,
            Msg::WindowClosed { remap } => self.window_exited(now, remap),
            Msg::TrayItemLost => {
                self.doctor.forget();
                let old = self.parts.tray.take();
                (self.parts.start_tray)(old);
            }
            Msg::TrayReady(Ok(tray)) => {
                self.parts.tray = Some(tray);
                self.doctor.forget();
            }
            Msg::TrayReady(Err(e)) => report(&format!(
                "no tray icon ({e}); notifications and `sitbreak` still work"
            )),
            Msg::Doctored(report) => self.doctor.done(now.mono, report),
            Msg::HookDone { event, problem } => self.hook_done(event, problem),
            Msg::Quit => self.quit = true,
        }
    }

    /// A click that was refused says why, where the person will see it: a
    /// notification, or the tray tooltip when no notification can show.
    pub(super) fn tell_refused(&mut self, now: Now, from: Origin, reason: &str) {
        report(&format!("{from:?} action refused: {reason}"));
        if !self.parts.notifier.refused(reason) {
            self.tray_note = Some((reason.to_owned(), now.mono + NOTE_FOR));
        }
    }

    /// Carries out one request and says how it went.
    pub(super) fn answer(&mut self, now: Now, request: Request) -> Response {
        let input = match request {
            Request::Status => return self.ok(now),
            Request::TakeBreak => {
                self.starting = self.next_routine.clone();
                Input::StartBreak {
                    routine: self.next_routine.as_ref().map(|r| r.id.clone()),
                }
            }
            Request::StartBreak { routine } => {
                match self.resolve_routine(routine.as_deref()) {
                    Ok(chosen) => self.starting = chosen,
                    Err(refusal) => return Response::Refused { refusal },
                }
                Input::StartBreak { routine }
            }
            Request::FinishBreak {
                steps_done,
                steps_total,
            } => Input::FinishBreak {
                steps_done,
                steps_total,
            },
            Request::AbandonBreak {
                steps_done,
                steps_total,
            } => Input::AbandonBreak {
                steps_done,
                steps_total,
            },
            Request::Snooze if self.prompt_answers(now) => {
                return self.answer_posture(now, posture::Input::Snooze);
            }
            Request::Skip if self.prompt_answers(now) => {
                return self.answer_posture(now, posture::Input::Skip);
            }
            Request::Snooze => Input::Snooze,
            Request::Skip => Input::Skip,
            Request::Posture { posture } => {
                return self.answer_posture(now, posture::Input::Say(posture));
            }
            Request::TestHook { .. } => {
                return Response::Refused {
                    refusal: Refusal::SocketOnly,
                };
            }
            Request::Pause { secs } => Input::Pause(Duration::from_secs(secs)),
            Request::PauseUntilTomorrow => Input::PauseUntilTomorrow,
            Request::Resume => Input::Resume,
            Request::Open { view } => {
                self.open_window(view);
                return self.ok(now);
            }
            Request::Quit => {
                self.quit = true;
                return self.ok(now);
            }
            Request::Subscribe => {
                return Response::Error {
                    message: "subscribe is handled by the connection".into(),
                };
            }
            Request::GetSettings => {
                return Response::Settings {
                    toml: self.settings.to_toml(),
                    file: self.settings_problems(),
                };
            }
            Request::SetSettings { toml } => return self.set_settings(now, &toml),
            Request::ExcludeStretch { id } => return self.exclude_stretch(now, id),
            Request::SafetyNotesRead => {
                if !self.safety_notes_read {
                    self.safety_notes_read = true;
                    self.apply_effects(now, vec![Effect::Log(history::Event::SafetyNotesRead)]);
                    self.broadcast();
                }
                return self.ok(now);
            }
            Request::Doctor { .. } => {
                return Response::Refused {
                    refusal: Refusal::SocketOnly,
                };
            }
        };
        let was_snooze_or_skip = matches!(input, Input::Snooze | Input::Skip);
        let result = self.feed(now, input);
        self.starting = None;
        match result {
            Ok(()) => {
                if was_snooze_or_skip {
                    self.parts.notifier.close();
                }
                self.ok(now)
            }
            Err(refusal) => Response::Refused {
                refusal: Refusal::Schedule { refusal },
            },
        }
    }

    fn answer_posture(&mut self, now: Now, input: posture::Input) -> Response {
        match self.step_posture(now, input) {
            Ok(()) => self.ok(now),
            Err(refusal) => Response::Refused {
                refusal: Refusal::Schedule { refusal },
            },
        }
    }

    /// The routine a break asked for by id will play: the rotation's
    /// choice when it is that one, otherwise the catalog's routine with the
    /// user's exclusions applied.
    pub(super) fn resolve_routine(&self, id: Option<&str>) -> Result<Option<Routine>, Refusal> {
        let Some(id) = id else {
            return Ok(None);
        };
        if let Some(next) = self.next_routine.as_ref().filter(|r| r.id == id) {
            return Ok(Some(next.clone()));
        }
        let routine = self
            .catalog
            .routine(id)
            .ok_or_else(|| Refusal::NoSuchRoutine { id: id.to_owned() })?;
        rotation::playable(&self.catalog, routine, &Preferences::from(&self.settings))
            .map(Some)
            .ok_or_else(|| Refusal::NothingToPlay {
                routine: routine.name.clone(),
            })
    }
}
