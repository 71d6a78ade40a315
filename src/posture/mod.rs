//! Sitting or standing, and the prompts of sit–stand–move mode. Pure, like
//! the engine beside it: time comes in as a value, and the break schedule
//! comes in as the engine's [`SittingClock`].
//!
//! The engine owns every countdown, so suspend, idle, locks, pauses,
//! working hours, busy calls and restarts work on these prompts as they do
//! on breaks. This machine only knows the person's posture (their word,
//! never a guess) and, in the mode, when to say "stand up" and "sit back
//! down". The movement break itself is the engine's break: the mode makes
//! its interval `sit + stand` and, once the person stands, `stand`.

#[cfg(test)]
mod tests;

use std::time::Duration;

use serde::{Deserialize, Serialize};

use chrono::{DateTime, FixedOffset};

use crate::engine::{self, MonoTime, Refusal, SittingClock};
use crate::history::{Event, Record};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Posture {
    #[default]
    Sitting,
    Standing,
}

impl Posture {
    /// "sitting", as hooks get it in `SITBREAK_POSTURE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Posture::Sitting => "sitting",
            Posture::Standing => "standing",
        }
    }
}

/// Sit–stand–move mode's rhythm. The moving is the break that follows the
/// standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub sit: Duration,
    /// Zero for no standing period: the break itself gets the person up.
    pub stand: Duration,
}

impl Cycle {
    /// The engine's interval between movement breaks while sitting.
    pub fn interval(self) -> Duration {
        self.sit + self.stand
    }
}

/// The knobs, derived from settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostureConfig {
    /// `None` outside sit–stand–move mode.
    pub cycle: Option<Cycle>,
    /// Outside the mode, standing time before a break to move: standing
    /// still is not moving, and the articles say stand up and move.
    pub move_after: Duration,
    pub snooze_length: Duration,
    pub max_snoozes: u32,
    pub strict: bool,
}

/// What the machine asks the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prompt {
    StandUp,
    SitDown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Time passed; the engine's clock as it stands now.
    Tick,
    /// The person says so (tray, window, CLI, or acting on a prompt).
    Say(Posture),
    /// Put the stand-up prompt off by the snooze length.
    Snooze,
    /// Not now: sit on (stand-up prompt) or keep standing (sit-down prompt).
    Skip,
    /// A break ended (done, left or skipped).
    BreakEnded,
    Configure(PostureConfig),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Show(Prompt),
    /// The prompt shown is answered or moot: take it down.
    Close(Prompt),
    /// Tell the engine (and so the history) of a change of posture.
    Engine(engine::Input),
    /// What standing means for the countdown changed: the engine takes it
    /// up without a change of posture, counting `already` stood
    /// ([`engine::Engine::continue_standing`]).
    Restand {
        break_in: Option<Duration>,
        already: Duration,
    },
}

/// The machine. Create with [`Machine::new`], drive with [`Machine::step`].
#[derive(Debug, Clone)]
pub struct Machine {
    config: PostureConfig,
    posture: Posture,
    since: MonoTime,
    showing: Option<Prompt>,
    /// The round whose stand-up prompt was shown and answered (or skipped).
    done_round: Option<u64>,
    /// A snoozed stand-up prompt comes back then, in that round.
    snoozed: Option<(u64, MonoTime)>,
    snoozes: u32,
}

impl Machine {
    pub fn new(config: PostureConfig, posture: Posture, since: MonoTime) -> Machine {
        Machine {
            config,
            posture,
            since,
            showing: None,
            done_round: None,
            snoozed: None,
            snoozes: 0,
        }
    }

    pub fn posture(&self) -> Posture {
        self.posture
    }

    /// When the person last changed posture.
    pub fn since(&self) -> MonoTime {
        self.since
    }

    pub fn showing(&self) -> Option<Prompt> {
        self.showing
    }

    pub fn config(&self) -> &PostureConfig {
        &self.config
    }

    /// What standing means for the engine's countdown: the break comes
    /// after the standing period in the mode; outside it, or in a mode with
    /// no standing period, standing stops the sitting clock until they sit.
    pub fn break_in_when_standing(&self) -> Option<Duration> {
        match self.config.cycle {
            Some(c) => Some(c.stand).filter(|stand| !stand.is_zero()),
            None => Some(self.config.move_after),
        }
    }

    /// Snoozes left for the stand-up prompt of this round.
    pub fn snoozes_left(&self) -> u32 {
        self.config.max_snoozes.saturating_sub(self.snoozes)
    }

    /// When the stand-up prompt is next due, under `clock`.
    pub fn next_deadline(&self, clock: Option<SittingClock>) -> Option<MonoTime> {
        let cycle = self.config.cycle?;
        let clock = clock?;
        if self.posture != Posture::Sitting
            || self.showing.is_some()
            || cycle.stand.is_zero()
            || self.done_round == Some(clock.round)
        {
            return None;
        }
        let at = MonoTime::from_origin(clock.due.since_origin().saturating_sub(cycle.stand));
        Some(match self.snoozed {
            Some((round, until)) if round == clock.round => at.max(until),
            _ => at,
        })
    }

    /// Applies one input at `now`, with the engine's clock after it.
    pub fn step(
        &mut self,
        now: MonoTime,
        input: Input,
        clock: Option<SittingClock>,
    ) -> Result<Vec<Effect>, Refusal> {
        let mut out = Vec::new();
        match input {
            Input::Tick => {}
            Input::Say(posture) => self.say(now, posture, &mut out),
            Input::Snooze => {
                if self.showing != Some(Prompt::StandUp) {
                    return Err(Refusal::NothingToSnooze);
                }
                let Some(clock) = clock else {
                    return Err(Refusal::NothingToSnooze);
                };
                if self.snoozes >= self.config.max_snoozes {
                    return Err(Refusal::NoSnoozesLeft);
                }
                self.snoozes += 1;
                self.done_round = None;
                self.snoozed = Some((clock.round, now + self.config.snooze_length));
                self.close(&mut out);
            }
            Input::Skip => match self.showing {
                Some(Prompt::StandUp) if self.config.strict => return Err(Refusal::StrictMode),
                Some(prompt) => {
                    if prompt == Prompt::StandUp {
                        self.done_round = clock.map(|c| c.round);
                    }
                    self.close(&mut out);
                }
                None => return Err(Refusal::NothingToSkip),
            },
            Input::BreakEnded => {
                // Whatever they were asked before the break is moot now.
                self.close(&mut out);
                if let (Some(cycle), Posture::Standing) = (self.config.cycle, self.posture) {
                    self.show(Prompt::SitDown, &mut out);
                    // Asked to sit and not yet answering is no reason for
                    // another break a standing period from now: the next
                    // comes a whole cycle later, or `stand` after they say
                    // they stand again.
                    out.push(Effect::Restand {
                        break_in: Some(cycle.interval()),
                        already: Duration::ZERO,
                    });
                }
            }
            Input::Configure(config) => {
                let was = self.break_in_when_standing();
                self.config = config;
                if self.config.cycle.is_none() && self.showing.is_some() {
                    self.close(&mut out);
                }
                if self.posture == Posture::Standing && was != self.break_in_when_standing() {
                    out.push(Effect::Restand {
                        break_in: self.break_in_when_standing(),
                        already: now - self.since,
                    });
                }
            }
        }
        // A change of posture changes the engine's clock: the caller
        // applies it and ticks again, so nothing fires on the stale one.
        if !out.iter().any(|e| matches!(e, Effect::Engine(_))) {
            self.fire(now, clock, &mut out);
        }
        Ok(out)
    }

    fn say(&mut self, now: MonoTime, posture: Posture, out: &mut Vec<Effect>) {
        if let Some(prompt) = self.showing {
            // Acting on either prompt, or answering it by hand, ends it; a
            // prompt to do what they just did is moot too.
            self.showing = None;
            out.push(Effect::Close(prompt));
        }
        if posture == self.posture {
            return;
        }
        self.posture = posture;
        self.since = now;
        self.snoozes = 0;
        self.snoozed = None;
        out.push(Effect::Engine(match posture {
            Posture::Standing => engine::Input::Stood {
                break_in: self.break_in_when_standing(),
            },
            Posture::Sitting => engine::Input::Sat,
        }));
    }

    fn fire(&mut self, now: MonoTime, clock: Option<SittingClock>, out: &mut Vec<Effect>) {
        // A stand-up prompt is moot once the break itself comes, or the
        // person is paused, away or busy: the engine's clock is gone.
        if self.showing == Some(Prompt::StandUp) && clock.is_none() {
            self.close(out);
        }
        if let (Some(at), Some(clock)) = (self.next_deadline(clock), clock)
            && now >= at
        {
            self.done_round = Some(clock.round);
            self.snoozed = None;
            self.show(Prompt::StandUp, out);
        }
        if let Some(clock) = clock
            && self.done_round != Some(clock.round)
            && self.snoozed.is_none_or(|(round, _)| round != clock.round)
        {
            // A new round: its prompt may be snoozed afresh.
            self.snoozes = 0;
        }
    }

    fn show(&mut self, prompt: Prompt, out: &mut Vec<Effect>) {
        self.showing = Some(prompt);
        out.push(Effect::Show(prompt));
    }

    fn close(&mut self, out: &mut Vec<Effect>) {
        if let Some(prompt) = self.showing.take() {
            out.push(Effect::Close(prompt));
        }
    }
}

/// How long the person has stood, if the history says they still do: a
/// `Stood` with no `Sat` after it, and no walking away or end of working
/// hours in between. A restart (`Stopped`) does not make anyone sit.
pub fn resume(records: &[Record], now: DateTime<FixedOffset>) -> Option<Duration> {
    let last = records.iter().rev().find(|r| {
        matches!(
            r.event,
            Event::Stood { .. } | Event::Sat | Event::NaturalBreak { .. } | Event::WorkEnded { .. }
        )
    })?;
    let Event::Stood { .. } = last.event else {
        return None;
    };
    // Standing since yesterday is a daemon that never saw them leave.
    (now - last.at)
        .to_std()
        .ok()
        .filter(|stood| *stood < Duration::from_secs(12 * 3600))
}

/// Whether the engine just ended a break (done, left, skipped while
/// running, or abandoned by its timeout): the moment to say "sit back down".
pub fn ends_a_break(effect: &engine::Effect) -> bool {
    matches!(
        effect,
        engine::Effect::Log(
            Event::BreakCompleted { .. } | Event::BreakAbandoned { .. } | Event::BreakSkipped
        )
    )
}
