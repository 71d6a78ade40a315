//! The window's life cycle, as a pure machine: which card waits for a
//! pause in input, what an open window was told to show instead of a new
//! one opening, and which window comes when the open one exits. The daemon
//! feeds it what happened and carries out what it answers (`card.rs`).
//!
//! A due break's card, and a sit–stand prompt's small window, wait for a
//! pause in input (`card_after_pause`, at most `card_max_delay`), so that
//! keys meant for another app are not typed into them. A window already
//! open is asked to show the break: it closes and the card is mapped
//! afresh, because only a new window is reliably put on top on every
//! desktop. A prompt's window that finds another still open (the break's,
//! closing) comes when that one exits.

use std::time::Duration;

use crate::engine::MonoTime;
use crate::ipc::protocol::View;

/// What to do about a card that is waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    Show,
    /// Look again after this long.
    Wait(Duration),
}

/// Whether a card due since `due_since` shows now. `idle` is how long
/// keyboard and mouse have rested, `None` where no source can tell (then
/// waiting would only delay it).
pub fn gate(
    due_since: MonoTime,
    now: MonoTime,
    idle: Option<Duration>,
    after_pause: Duration,
    max_delay: Duration,
) -> Gate {
    let waited = now - due_since;
    if waited >= max_delay {
        return Gate::Show;
    }
    match idle {
        Some(idle) if idle < after_pause => {
            // Input may pause right now; look when it would have rested
            // long enough.
            Gate::Wait((after_pause - idle).min(max_delay - waited))
        }
        _ => Gate::Show,
    }
}

/// How long a card waits for a pause in input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Patience {
    pub after_pause: Duration,
    pub max_delay: Duration,
}

/// A card waiting for a pause in input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Waiting {
    since: MonoTime,
    look_at: MonoTime,
    /// `View::Break`, or `View::Prompt` for a sit–stand prompt.
    view: View,
}

/// What comes when the open window exits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterExit {
    /// The break's card, mapped afresh on top.
    BreakCard,
    /// Nothing of the break: it is over, or abandoned if it was running.
    /// `prompt` when a sit–stand prompt's window waited for this exit.
    Closed { prompt: bool },
}

#[derive(Debug, Default)]
pub struct WindowLife {
    waiting: Option<Waiting>,
    /// The open window was told to show the break rather than a fresh
    /// card opened.
    break_pushed: bool,
    /// A sit–stand prompt's window waits for the open window to exit.
    prompt_waits: bool,
}

impl WindowLife {
    /// A card for `view` is due: it comes at the next pause in input.
    pub fn card_due(&mut self, now: MonoTime, view: View) {
        self.waiting = Some(Waiting {
            since: now,
            look_at: now,
            view,
        });
    }

    /// A sit–stand prompt shows: its window waits for a pause in input,
    /// unless a break's card is waiting already. True when it waits.
    pub fn prompt_due(&mut self, now: MonoTime) -> bool {
        if self.waiting.is_some_and(|w| w.view == View::Break) {
            return false;
        }
        self.card_due(now, View::Prompt);
        true
    }

    /// The view of the card waiting, if one does.
    pub fn waiting(&self) -> Option<View> {
        self.waiting.map(|w| w.view)
    }

    /// The waiting card is no longer wanted (its break or prompt is gone).
    pub fn forget_waiting(&mut self) {
        self.waiting = None;
    }

    /// Whether the waiting card is to be looked at `now`.
    pub fn time_to_look(&self, now: MonoTime) -> bool {
        self.waiting.is_some_and(|w| now >= w.look_at)
    }

    /// Looks at the waiting card, given how long input has rested: the
    /// view to open now, or `None` while it waits on.
    pub fn look(
        &mut self,
        now: MonoTime,
        idle: Option<Duration>,
        patience: Patience,
    ) -> Option<View> {
        let waiting = self.waiting?;
        match gate(
            waiting.since,
            now,
            idle,
            patience.after_pause,
            patience.max_delay,
        ) {
            Gate::Show => {
                self.waiting = None;
                Some(waiting.view)
            }
            Gate::Wait(d) => {
                self.waiting = Some(Waiting {
                    look_at: now + d,
                    ..waiting
                });
                None
            }
        }
    }

    /// When the loop must wake to look at a waiting card.
    pub fn deadline(&self) -> Option<MonoTime> {
        self.waiting.map(|w| w.look_at)
    }

    /// A window was open, so it was told to show `view` instead.
    pub fn pushed(&mut self, view: View) {
        self.break_pushed |= view == View::Break;
    }

    /// A prompt's window was asked for; `opened` false when another window
    /// was still open, and it then comes when that one exits.
    pub fn prompt_window(&mut self, opened: bool) {
        self.prompt_waits = !opened;
    }

    /// The open window exited. One that closed for a fresh card (`remap`,
    /// from its exit code), or that was told to show the break, makes way
    /// for the break's card while a break is due or running
    /// (`break_now`); a window that was closing anyway may exit before it
    /// heard of the break, and the card still belongs on screen.
    pub fn exited(&mut self, remap: bool, break_now: bool) -> AfterExit {
        let pushed = std::mem::take(&mut self.break_pushed);
        if (remap || pushed) && break_now {
            AfterExit::BreakCard
        } else {
            AfterExit::Closed {
                prompt: std::mem::take(&mut self.prompt_waits),
            }
        }
    }
}

#[cfg(test)]
mod tests;
