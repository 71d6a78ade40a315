//! When a due break's card appears, and how it gets on top.
//!
//! The notification goes out the moment a break is due; the card waits for
//! a pause in input (`card_after_pause`, at most `card_max_delay`), so that
//! keys meant for another app are not typed into it. A sit–stand prompt's
//! small window waits the same way. A window already open
//! is asked to show the break: it closes and the card is mapped afresh,
//! because only a new window is reliably put on top on every desktop.

use std::time::Duration;

use super::Daemon;
use crate::engine::{MonoTime, Now, PhaseKind};
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

/// A card waiting for a pause in input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    since: MonoTime,
    look_at: MonoTime,
    /// `View::Break`, or `View::Prompt` for a sit–stand prompt.
    view: View,
}

impl Daemon {
    /// The break is due: its card comes at the next pause in input.
    pub(super) fn card_due(&mut self, now: Now) {
        self.wait_for_quiet(now, View::Break);
    }

    /// A sit–stand prompt shows: its window comes at the next pause in
    /// input, unless a break's card is waiting already.
    pub(super) fn prompt_card(&mut self, now: Now) {
        if self.card.is_none_or(|c| c.view != View::Break) {
            self.wait_for_quiet(now, View::Prompt);
        }
    }

    fn wait_for_quiet(&mut self, now: Now, view: View) {
        self.card = Some(Waiting {
            since: now.mono,
            look_at: now.mono,
            view,
        });
        self.show_card_when_quiet(now);
    }

    /// Shows a waiting card if input has paused or it waited long enough.
    pub(super) fn show_card_when_quiet(&mut self, now: Now) {
        let Some(waiting) = self.card else {
            return;
        };
        let phase = self.engine.status(now.mono).phase;
        let wanted = match waiting.view {
            View::Prompt => self.posture.showing().is_some() && phase != PhaseKind::BreakDue,
            _ => phase == PhaseKind::BreakDue,
        };
        if !wanted {
            self.card = None;
            return;
        }
        if now.mono < waiting.look_at {
            return;
        }
        let idle = self.parts.idle.idle_time();
        match gate(
            waiting.since,
            now.mono,
            idle,
            self.settings.card_after_pause,
            self.settings.card_max_delay,
        ) {
            Gate::Show => {
                self.card = None;
                match waiting.view {
                    View::Prompt => self.open_prompt_window(),
                    view => self.open_window(view),
                }
            }
            Gate::Wait(d) => {
                self.card = Some(Waiting {
                    look_at: now.mono + d,
                    ..waiting
                });
            }
        }
    }

    /// When the loop must wake to look at a waiting card.
    pub(super) fn card_deadline(&self) -> Option<MonoTime> {
        self.card.map(|c| c.look_at)
    }

    /// Opens the window, or asks an open one to show `view`; one showing
    /// something else closes for a fresh card (see the module comment).
    pub(super) fn open_window(&mut self, view: View) {
        if !self.parts.window.open(view) {
            self.push_show(view);
            self.break_pushed |= view == View::Break;
        }
    }

    /// The window exited. One that closed for a fresh card (it says so by
    /// its exit code) is opened again on the break; any other that leaves
    /// a break running has abandoned it.
    pub(super) fn window_exited(&mut self, now: Now, remap: bool) {
        let phase = self.engine.status(now.mono).phase;
        // A window that was closing anyway (a prompt window whose prompt
        // the break replaced) may exit before it heard of the break: the
        // card it was told to show still belongs on screen.
        let pushed = std::mem::take(&mut self.break_pushed);
        if (remap || pushed) && matches!(phase, PhaseKind::BreakDue | PhaseKind::OnBreak) {
            self.open_window(View::Break);
        } else {
            self.window_closed(now);
            self.open_waiting_prompt_window();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: f64) -> MonoTime {
        MonoTime::from_origin(Duration::from_secs_f64(s))
    }

    const PAUSE: Duration = Duration::from_millis(1500);
    const MAX: Duration = Duration::from_secs(60);

    #[test]
    fn a_card_due_while_the_person_types_waits() {
        let g = gate(
            at(100.0),
            at(100.0),
            Some(Duration::from_millis(200)),
            PAUSE,
            MAX,
        );
        assert_eq!(g, Gate::Wait(Duration::from_millis(1300)));
    }

    #[test]
    fn a_card_due_while_input_rests_shows_at_once() {
        let g = gate(
            at(100.0),
            at(100.0),
            Some(Duration::from_secs(5)),
            PAUSE,
            MAX,
        );
        assert_eq!(g, Gate::Show);
    }

    #[test]
    fn a_card_never_waits_past_its_longest_delay() {
        assert_eq!(
            gate(at(100.0), at(160.0), Some(Duration::ZERO), PAUSE, MAX),
            Gate::Show
        );
        assert_eq!(
            gate(at(100.0), at(159.5), Some(Duration::ZERO), PAUSE, MAX),
            Gate::Wait(Duration::from_millis(500))
        );
    }

    #[test]
    fn without_an_idle_source_the_card_shows_on_time() {
        assert_eq!(gate(at(100.0), at(100.0), None, PAUSE, MAX), Gate::Show);
    }

    #[test]
    fn a_zero_pause_shows_the_card_at_once() {
        let g = gate(at(1.0), at(1.0), Some(Duration::ZERO), Duration::ZERO, MAX);
        assert_eq!(g, Gate::Show);
    }
}
