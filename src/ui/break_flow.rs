//! Where the user is in a break, as a state machine with no drawing:
//! "Time to stand up", the safety notes (before the first stretch ever),
//! the guided player,
//! "Stop — this hurts", and the end card. `break_view` draws it. Each
//! keyboard shortcut is declared once, in [`BreakFlow::shortcuts`]; the
//! key handler, the buttons' tooltips and the on-screen hints all read it.

use crate::tr;
use std::time::Duration;

use egui::Key;

use crate::catalog::{Catalog, Routine, StretchId};
use crate::ipc::protocol::RoutineView;
use crate::player::{Player, PlayerEvent};

/// What the break screen asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BreakMsg {
    Start,
    /// The safety notes were read: on to the first stretch.
    SafetyRead,
    /// Open "Safety and when to stop" over the player.
    OpenSafety,
    Snooze,
    Skip,
    TogglePause,
    Next,
    Back,
    Hurt,
    /// Leave this stretch out of future routines.
    Exclude(StretchId),
    ContinueAfterHurt,
    EndNow,
    /// Finish the break (end card's button).
    Done,
    Close,
}

/// Where in the break the user is.
/// What changed in the break that a screen reader should announce; the
/// app words it (it knows the names) and says each once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum News {
    /// A stretch began: the routine's item at this index.
    Stretch(usize),
    SwitchSides,
    Paused,
    Resumed,
    Finished,
    /// "Stop — this hurts" was pressed during the item at this index.
    Stopped(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    Due,
    /// The safety notes, before the first stretch until they are read.
    Safety,
    Playing,
    Hurt {
        stretch: StretchId,
        excluded: bool,
    },
    End,
    /// The routine the daemon sent cannot be played here; says why.
    CannotPlay(String),
}

/// A key that acts in the current stage.
#[derive(Debug, Clone)]
pub struct Shortcut {
    pub key: Key,
    /// How the key is written on screen.
    pub label: &'static str,
    /// What it does, for the hint line, in the language in force.
    pub does: fn() -> String,
    pub msg: BreakMsg,
}

const fn key(key: Key, label: &'static str, does: fn() -> String, msg: BreakMsg) -> Shortcut {
    Shortcut {
        key,
        label,
        does,
        msg,
    }
}

/// The break flow's state.
pub struct BreakFlow {
    pub stage: Stage,
    pub player: Option<Player>,
    pub routine: Option<Routine>,
    /// Seconds left to show "Switch sides".
    pub switch_banner: f32,
    /// Time since the break started.
    pub elapsed: Duration,
    reported: bool,
    /// Announcements not yet taken by the app.
    news: Vec<News>,
    /// The count-in before each stretch (the `get_ready` setting).
    pub lead_in: Duration,
}

impl Default for BreakFlow {
    fn default() -> Self {
        Self::new()
    }
}

impl BreakFlow {
    /// A flow waiting at "Time to stand up".
    pub fn new() -> BreakFlow {
        BreakFlow {
            stage: Stage::Due,
            player: None,
            routine: None,
            switch_banner: 0.0,
            elapsed: Duration::ZERO,
            reported: false,
            news: Vec::new(),
            lead_in: Duration::ZERO,
        }
    }

    /// Plays the routine the daemon chose, exactly as sent, after the safety
    /// notes when `safety_first`. `None` (every routine turned off) goes
    /// straight to the end card; a routine this window cannot show stops
    /// with the reason.
    pub fn play(&mut self, catalog: &Catalog, routine: Option<&RoutineView>, safety_first: bool) {
        self.elapsed = Duration::ZERO;
        let Some(view) = routine else {
            self.stage = Stage::End;
            return;
        };
        match view.to_routine(catalog) {
            Ok(routine) => {
                self.player = Some(Player::new(catalog, &routine).with_lead_in(self.lead_in));
                self.routine = Some(routine);
                self.stage = if safety_first {
                    Stage::Safety
                } else {
                    self.news.push(News::Stretch(0));
                    Stage::Playing
                };
            }
            Err(reason) => self.stage = Stage::CannotPlay(reason),
        }
    }

    pub fn is_playing(&self) -> bool {
        self.player.is_some()
    }

    /// A break was started in this window (so leaving it abandons it).
    pub fn is_started(&self) -> bool {
        self.player.is_some()
    }

    pub fn is_reported(&self) -> bool {
        self.reported
    }

    pub fn set_reported(&mut self) {
        self.reported = true;
    }

    /// Whether the screen changes by itself every frame.
    pub fn is_animating(&self) -> bool {
        self.stage == Stage::Playing && self.player.as_ref().is_some_and(|p| !p.is_paused())
            || self.switch_banner > 0.0
    }

    /// (stretches done, stretches in the routine).
    pub fn progress(&self) -> (u32, u32) {
        self.player
            .as_ref()
            .map_or((0, 0), |p| (p.steps_done(), p.steps_total()))
    }

    /// Lets time pass.
    pub fn advance(&mut self, dt: Duration) {
        self.switch_banner = (self.switch_banner - dt.as_secs_f32()).max(0.0);
        if self.stage != Stage::Playing {
            return;
        }
        let Some(player) = &mut self.player else {
            return;
        };
        if !player.is_paused() {
            self.elapsed += dt;
        }
        for event in player.advance(dt) {
            self.on_event(event);
        }
    }

    fn on_event(&mut self, event: PlayerEvent) {
        match event {
            PlayerEvent::SwitchSides => {
                self.switch_banner = 3.0;
                self.news.push(News::SwitchSides);
            }
            PlayerEvent::NextStretch => {
                self.switch_banner = 0.0;
                let item = self.player.as_ref().map_or(0, Player::current_item);
                self.news.push(News::Stretch(item));
            }
            PlayerEvent::Finished => {
                self.stage = Stage::End;
                self.news.push(News::Finished);
            }
        }
    }

    /// What happened since the last call, oldest first.
    pub fn take_news(&mut self) -> Vec<News> {
        std::mem::take(&mut self.news)
    }

    /// Handles what only changes the flow (no daemon involved).
    pub fn handle(&mut self, msg: BreakMsg) {
        match msg {
            BreakMsg::SafetyRead if self.stage == Stage::Safety => {
                self.stage = Stage::Playing;
                let item = self.player.as_ref().map_or(0, Player::current_item);
                self.news.push(News::Stretch(item));
            }
            BreakMsg::TogglePause => {
                if let Some(p) = &mut self.player {
                    p.set_paused(!p.is_paused());
                    self.news.push(if p.is_paused() {
                        News::Paused
                    } else {
                        News::Resumed
                    });
                }
            }
            BreakMsg::Next => {
                if let Some(p) = &mut self.player {
                    let event = p.skip_ahead();
                    self.on_event(event);
                }
            }
            BreakMsg::Back => {
                if let Some(p) = &mut self.player {
                    p.back();
                    self.stage = Stage::Playing;
                    self.news.push(News::Stretch(p.current_item()));
                }
            }
            BreakMsg::Hurt => self.hurt(),
            BreakMsg::ContinueAfterHurt => {
                let finished = self.player.as_ref().is_some_and(Player::is_finished);
                if let Some(p) = &mut self.player {
                    p.set_paused(false);
                }
                self.stage = if finished { Stage::End } else { Stage::Playing };
                let item = self.player.as_ref().map_or(0, Player::current_item);
                self.news.push(if finished {
                    News::Finished
                } else {
                    News::Stretch(item)
                });
            }
            BreakMsg::EndNow => self.stage = Stage::End,
            _ => {}
        }
    }

    fn hurt(&mut self) {
        let (Some(player), Some(routine)) = (&mut self.player, &self.routine) else {
            return;
        };
        let Some(item) = routine.items.get(player.current_item()) else {
            return;
        };
        let stretch = item.stretch.clone();
        let stopped = player.current_item();
        player.stop_current();
        player.set_paused(true);
        self.switch_banner = 0.0;
        self.news.push(News::Stopped(stopped));
        self.stage = Stage::Hurt {
            stretch,
            excluded: false,
        };
    }

    /// After the daemon accepted the exclusion.
    pub fn mark_excluded(&mut self) {
        if let Stage::Hurt { excluded, .. } = &mut self.stage {
            *excluded = true;
        }
    }

    /// The keys that act in the current stage, in the order they are hinted.
    pub fn shortcuts(&self, strict: bool) -> Vec<Shortcut> {
        match &self.stage {
            Stage::Due => {
                let mut keys = vec![
                    key(Key::Enter, "Enter", || tr!("key-start"), BreakMsg::Start),
                    key(Key::S, "S", || tr!("key-snooze"), BreakMsg::Snooze),
                ];
                if !strict {
                    keys.push(key(Key::K, "K", || tr!("key-skip"), BreakMsg::Skip));
                }
                keys
            }
            Stage::Safety => vec![key(
                Key::Enter,
                "Enter",
                || tr!("key-start"),
                BreakMsg::SafetyRead,
            )],
            Stage::Playing => vec![
                key(
                    Key::Space,
                    "Space",
                    || tr!("key-pause"),
                    BreakMsg::TogglePause,
                ),
                key(Key::ArrowLeft, "←", || tr!("key-back"), BreakMsg::Back),
                key(Key::ArrowRight, "→", || tr!("key-next"), BreakMsg::Next),
                key(Key::H, "H", || tr!("key-hurts"), BreakMsg::Hurt),
            ],
            // The articles' rule is to stop: ending is the first choice.
            Stage::Hurt { .. } => vec![key(
                Key::Enter,
                "Enter",
                || tr!("key-end-break"),
                BreakMsg::EndNow,
            )],
            Stage::End => vec![key(Key::Enter, "Enter", || tr!("key-done"), BreakMsg::Done)],
            Stage::CannotPlay(_) => {
                vec![key(
                    Key::Enter,
                    "Enter",
                    || tr!("key-close"),
                    BreakMsg::Close,
                )]
            }
        }
    }

    /// What a press of `pressed` (no modifiers) does now, if anything.
    pub fn shortcut(&self, pressed: impl Fn(Key) -> bool, strict: bool) -> Option<BreakMsg> {
        self.shortcuts(strict)
            .into_iter()
            .find(|s| pressed(s.key))
            .map(|s| s.msg)
    }

    /// "Shortcut: Enter" for the button that sends `msg`, if a key does.
    /// The key that sends `msg` now, as written ("Enter"), or "".
    pub fn key_of(&self, msg: &BreakMsg, strict: bool) -> &'static str {
        self.shortcuts(strict)
            .into_iter()
            .find(|s| &s.msg == msg)
            .map_or("", |s| s.label)
    }

    /// The hint line: each key and what it does.
    pub fn hints(&self, strict: bool) -> Vec<(&'static str, String)> {
        self.shortcuts(strict)
            .into_iter()
            .map(|s| (s.label, (s.does)()))
            .collect()
    }
}

#[cfg(test)]
mod tests;
