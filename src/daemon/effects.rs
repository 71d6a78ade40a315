//! Carries out what the engine decided: log to history, notify, open the
//! window, choose the next routine, and show the new state in the tray and
//! to every subscribed client.

use super::parts::report;
use super::state::{Daemon, KEEP_HISTORY};
use crate::cues::Cue;
use crate::engine::{Effect, Input, Now, PhaseKind};
use crate::history::{self, Record};
use crate::ipc::protocol::{Response, StatusView, View};
use crate::rotation::{self, Preferences};

use super::parts::BreakNotice;

impl Daemon {
    pub(super) fn apply_effects(&mut self, now: Now, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Warn { due_in } => {
                    self.chime(Cue::Warning);
                    if self.settings.notifications {
                        let name = self.next_routine.as_ref().map(|r| r.name.clone());
                        self.parts.notifier.warn(due_in, name.as_deref());
                    }
                }
                Effect::Held { by } => {
                    if self.settings.notifications {
                        self.parts.notifier.held(&by);
                    }
                }
                Effect::BreakDue => {
                    self.chime(Cue::BreakDue);
                    self.choose_next_routine(now);
                    if self.settings.notifications {
                        self.notify_break_due(now);
                    }
                    // The card appears either way, at the next pause in
                    // typing; without a notification server it is the
                    // only reminder.
                    self.card_due(now);
                }
                Effect::ShowRoutine { .. } => {
                    if self.settings.pause_media {
                        self.parts.players.pause();
                    }
                    // Resolved before the engine was asked, so that the
                    // routine shown is the one chosen, never a second pick.
                    self.current_routine = self.starting.take();
                    self.parts.notifier.close();
                    self.open_window(View::Break);
                }
                Effect::Log(event) => {
                    if matches!(
                        event,
                        history::Event::BreakCompleted { .. }
                            | history::Event::BreakAbandoned { .. }
                            | history::Event::BreakSkipped
                    ) {
                        // Only what this break paused, if anything.
                        self.parts.players.resume();
                    }
                    self.run_hook_for(&event);
                    let record = Record {
                        at: now.wall,
                        event,
                    };
                    if let Err(e) = self.history_file.append(&record) {
                        report(&format!(
                            "{}: cannot append ({e})",
                            self.history_file.path().display()
                        ));
                    }
                    let started = matches!(record.event, history::Event::BreakStarted { .. });
                    self.history.push(record);
                    if started {
                        let all = std::mem::take(&mut self.history);
                        self.history = history::recent(all, now.wall, KEEP_HISTORY);
                        self.choose_next_routine(now);
                    }
                }
                Effect::StateChanged(_) => self.broadcast(),
            }
        }
    }

    fn chime(&mut self, cue: Cue) {
        if self.settings.break_sounds && self.settings.volume > 0 {
            self.parts.chimes.play(cue, self.settings.volume);
        }
    }

    pub(super) fn notify_break_due(&mut self, now: Now) -> bool {
        let status = self.engine.status(now.mono);
        let length = self
            .next_routine
            .as_ref()
            .map(|r| crate::words::span(self.catalog.routine_length(r).as_secs()));
        let notice = BreakNotice {
            routine: self.next_routine.as_ref().map(|r| r.name.as_str()),
            length: length.as_deref(),
            snooze_minutes: (status.snoozes_left > 0)
                .then(|| self.settings.snooze_length.as_secs().div_ceil(60)),
            can_skip: !self.settings.strict,
        };
        self.parts.notifier.break_due(&notice)
    }

    pub(super) fn choose_next_routine(&mut self, now: Now) {
        let prefs = Preferences::from(&self.settings);
        self.next_routine = rotation::next_routine(&self.catalog, &prefs, &self.history, now.wall);
    }

    /// A window that exits in the middle of a break (closed, killed,
    /// crashed) without finishing it has abandoned it: say so at once
    /// rather than leaving the schedule waiting for the break timeout.
    pub(super) fn window_closed(&mut self, now: Now) {
        if self.engine.status(now.mono).phase == PhaseKind::OnBreak {
            let _ = self.feed(
                now,
                Input::AbandonBreak {
                    steps_done: 0,
                    steps_total: 0,
                },
            );
            self.current_routine = None;
        }
    }

    /// Asks every open window to show `view`. A window welcomed only at
    /// this turn's end is asked after its welcome.
    pub(super) fn push_show(&mut self, view: View) {
        self.subscribers
            .retain(|s| s.send(Response::Show { view }).is_ok());
        self.shown_this_turn.push(view);
    }

    /// Ends a turn of the loop: the status is built once, the tray shows
    /// it (sending nothing when nothing it shows changed), open windows
    /// hear of a change, and windows that subscribed get their welcome.
    pub(super) fn publish(&mut self, now: Now) {
        if self.parts.tray.is_none() && !self.changed && self.welcoming.is_empty() {
            self.shown_this_turn.clear();
            return;
        }
        let status = self.status(now);
        self.update_tray(now, &status);
        if std::mem::take(&mut self.changed) {
            self.subscribers.retain(|s| {
                s.send(Response::Event {
                    status: status.clone(),
                })
                .is_ok()
            });
        }
        let shown = std::mem::take(&mut self.shown_this_turn);
        for window in std::mem::take(&mut self.welcoming) {
            let welcome = Response::Welcome {
                status: status.clone(),
                settings: self.settings.to_toml(),
                file: self.settings_problems(),
            };
            let sent = std::iter::once(welcome)
                .chain(shown.iter().map(|&view| Response::Show { view }))
                .all(|message| window.send(message).is_ok());
            if sent {
                self.subscribers.push(window);
            }
        }
    }

    /// The tray shows the status, plus a recent refusal that no
    /// notification could show.
    pub(super) fn update_tray(&mut self, now: Now, status: &StatusView) {
        let Some(tray) = &mut self.parts.tray else {
            return;
        };
        let mut tooltip = crate::words::tooltip(status, now.wall);
        if let Some((note, until)) = &self.tray_note
            && now.mono < *until
        {
            tooltip = format!("{tooltip}\nNot done: {note}");
        }
        tray.update(status, &tooltip);
    }

    /// Open windows hear of the change at the end of this turn.
    pub(super) fn broadcast(&mut self) {
        self.changed = true;
    }
}
