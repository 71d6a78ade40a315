//! The daemon's loop: sleep until the engine's next deadline, a message or
//! the idle check, then observe time, sleep and idle, handle the message,
//! and fire what is due.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use super::parts::Clock;
use super::parts::Msg;
use super::state::{Daemon, HELD_CHECK, MAX_SLEEP, away_check};
use crate::engine::{Input, Now, PhaseKind, Refusal};
use crate::posture;

impl Daemon {
    /// Runs until told to quit, on `clock`, woken by `rx`.
    pub fn run(&mut self, rx: mpsc::Receiver<Msg>, mut clock: Box<dyn Clock>) {
        let _ = clock.take_sleep();
        while !self.quit {
            let timeout = self.sleep_for(clock.now());
            let msg = match rx.recv_timeout(timeout) {
                Ok(msg) => Some(msg),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => break,
            };
            let now = clock.now();
            if let Some(slept) = clock.take_sleep() {
                self.observe(now, Input::Slept(slept));
            }
            self.reload_settings_if_changed(now);
            if let Some(msg) = msg {
                self.handle(now, msg);
            }
            let pause = self
                .windows
                .waiting()
                .map(|_| self.settings.card_after_pause);
            self.parts
                .idle
                .watch(self.settings.natural_break_idle, pause);
            self.check_busy(now);
            self.check_idle(now);
            self.observe(now, Input::Tick);
            self.show_card_when_quiet(now);
            self.publish(now);
        }
        // Open windows hear at once that Sitbreak stopped, and close.
        self.subscribers.clear();
        let now = clock.now();
        let effects = self.engine.shutdown(now);
        self.apply_effects(now, effects);
        self.parts.notifier.close();
    }

    /// Time until the engine's deadline or a waiting card's next look,
    /// capped at the idle-check period.
    pub(super) fn sleep_for(&self, now: Now) -> Duration {
        let until_deadline = self.next_deadline().map_or(MAX_SLEEP, |d| d - now.mono);
        let until_card = self.windows.deadline().map_or(MAX_SLEEP, |d| d - now.mono);
        until_deadline.min(until_card).min(self.idle_period(now))
    }

    pub(super) fn idle_period(&self, now: Now) -> Duration {
        match self.engine.status(now.mono).phase {
            PhaseKind::Away => away_check(self.last_idle),
            PhaseKind::Held => HELD_CHECK,
            _ => MAX_SLEEP,
        }
    }

    /// Asks what keeps the person busy only when it matters: as a break
    /// is about to come due, and every [`HELD_CHECK`] while one is held.
    /// Between breaks nothing is asked.
    pub(super) fn check_busy(&mut self, now: Now) {
        let phase = self.engine.status(now.mono).phase;
        // A stand-up prompt waits out a call as a break does.
        let due_now =
            phase == PhaseKind::Sitting && self.next_deadline().is_some_and(|d| d <= now.mono);
        let held_check = phase == PhaseKind::Held
            && self
                .last_busy_check
                .is_none_or(|last| now.mono - last >= HELD_CHECK - Duration::from_secs(1));
        if due_now || held_check {
            self.ask_busy(now);
        }
    }

    fn ask_busy(&mut self, now: Now) {
        self.last_busy_check = Some(now.mono);
        let busy = self.parts.busy.busy(&self.settings);
        self.observe(now, Input::Busy(busy));
    }

    /// Asks the system for idle time once a minute while sitting (more
    /// often while away, see [`away_check`]), and always just before a
    /// break would fire.
    pub(super) fn check_idle(&mut self, now: Now) {
        let phase = self.engine.status(now.mono).phase;
        if !matches!(
            phase,
            PhaseKind::Sitting | PhaseKind::BreakDue | PhaseKind::Held | PhaseKind::Away
        ) {
            return;
        }
        let deadline_passed = self.engine.next_deadline().is_some_and(|d| d <= now.mono);
        let period = self.idle_period(now) - Duration::from_secs(1);
        let period_passed = self
            .last_idle_check
            .is_none_or(|last| now.mono - last >= period);
        if !(deadline_passed || period_passed) {
            return;
        }
        self.last_idle_check = Some(now.mono);
        if let Some(idle_for) = self.parts.idle.idle_time() {
            self.last_idle = idle_for;
            if idle_for >= self.settings.natural_break_idle && phase != PhaseKind::Away {
                // Idle in a call, or watching a video, is not time away:
                // ask before it counts.
                self.ask_busy(now);
                let watching = self.parts.busy.at_desk().is_some();
                self.observe(now, Input::AtDesk(watching));
            }
            self.observe(now, Input::Idle(idle_for));
        }
    }

    /// Feeds an observation (time, idle, sleep); those are never refused.
    pub(super) fn observe(&mut self, now: Now, input: Input) {
        debug_assert!(matches!(
            input,
            Input::Tick
                | Input::Idle(_)
                | Input::Slept(_)
                | Input::Busy(_)
                | Input::AtDesk(_)
                | Input::Locked(_)
        ));
        let _ = self.feed(now, input);
    }

    /// Steps the engine, then the posture machine against its new clock.
    pub(super) fn feed(&mut self, now: Now, input: Input) -> Result<(), Refusal> {
        let effects = self.engine.step(now, input)?;
        let ended = effects.iter().any(posture::ends_a_break);
        self.apply_effects(now, effects);
        let next = if ended {
            posture::Input::BreakEnded
        } else {
            posture::Input::Tick
        };
        let _ = self.step_posture(now, next);
        Ok(())
    }

    /// The earliest of the engine's deadline and the posture machine's
    /// next prompt (under the engine's clock).
    fn next_deadline(&self) -> Option<crate::engine::MonoTime> {
        let posture = self.posture.next_deadline(self.engine.sitting_clock());
        match (self.engine.next_deadline(), posture) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}
