//! The break schedule as a pure state machine.
//!
//! Sitting → warning → break due → on break → sitting again, with snooze,
//! skip, pause, natural breaks (idle), suspend and working hours. Time comes
//! in as a value ([`Now`]); outputs are [`Effect`]s that the daemon carries
//! out. No threads, no I/O, no clock, no logging here.
//!
//! Intervals run on [`MonoTime`], which the shell takes from a clock that
//! keeps counting through suspend (CLOCK_BOOTTIME) and never jumps; wall time
//! is used only for working hours, "until tomorrow" and history timestamps,
//! so a DST change or a manual clock change can neither double nor lose a
//! break.

mod busy;
mod hours;
mod resume;

use std::ops::{Add, Sub};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveTime};

pub use busy::BusyReason;
pub use hours::WeekHours;
pub use resume::resume_point;

use crate::catalog::RoutineId;
use crate::history::Event;

/// A point on the monotonic clock, measured from an arbitrary origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct MonoTime(Duration);

impl MonoTime {
    /// The point `d` after the clock's origin.
    pub fn from_origin(d: Duration) -> Self {
        MonoTime(d)
    }

    /// Time since the clock's origin.
    pub fn since_origin(self) -> Duration {
        self.0
    }
}

impl Add<Duration> for MonoTime {
    type Output = MonoTime;
    fn add(self, d: Duration) -> MonoTime {
        MonoTime(self.0.saturating_add(d))
    }
}

impl Sub for MonoTime {
    type Output = Duration;
    /// Saturates at zero: an earlier minus a later point is no time at all.
    fn sub(self, other: MonoTime) -> Duration {
        self.0.saturating_sub(other.0)
    }
}

/// The current time, as the shell read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    pub mono: MonoTime,
    /// Local wall time with its UTC offset.
    pub wall: DateTime<FixedOffset>,
}

impl Now {
    /// The same moment plus `d` on both clocks.
    pub fn plus(self, d: Duration) -> Now {
        Now {
            mono: self.mono + d,
            wall: self.wall + chrono::Duration::from_std(d).unwrap_or(chrono::Duration::zero()),
        }
    }
}

/// The schedule's knobs, derived from settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineConfig {
    /// Sitting time before a break is due.
    pub sit_interval: Duration,
    /// How long before the break the warning comes; zero for none.
    pub warn_before: Duration,
    pub snooze_length: Duration,
    /// Snoozes allowed in a row before the break must be taken or skipped.
    pub max_snoozes: u32,
    /// Strict mode refuses skipping.
    pub strict: bool,
    /// Being away (idle or asleep) at least this long counts as a break.
    pub natural_break_after: Duration,
    /// When "until tomorrow" ends.
    pub day_start: NaiveTime,
    /// Reminders only inside these hours; `None` means always.
    pub working_hours: Option<WeekHours>,
    /// A started break that is never finished is abandoned after this long.
    pub break_timeout: Duration,
    /// A break held while the person is busy comes anyway after this long.
    pub hold_limit: Duration,
}

/// A started break that is never finished is abandoned after this long.
pub const BREAK_TIMEOUT: Duration = Duration::from_secs(30 * 60);

#[cfg(test)]
impl EngineConfig {
    /// A fixture for the engine's own tests; the app's defaults are the
    /// settings' declarations (`Settings::default().engine_config()`).
    pub fn for_tests() -> EngineConfig {
        EngineConfig {
            sit_interval: Duration::from_secs(30 * 60),
            warn_before: Duration::from_secs(30),
            snooze_length: Duration::from_secs(5 * 60),
            max_snoozes: 2,
            strict: false,
            natural_break_after: Duration::from_secs(3 * 60),
            day_start: NaiveTime::from_hms_opt(4, 0, 0).unwrap_or(NaiveTime::MIN),
            working_hours: None,
            break_timeout: BREAK_TIMEOUT,
            hold_limit: Duration::from_secs(2 * 60 * 60),
        }
    }
}

/// A held break comes this long after the last thing holding it ended, so
/// that a moment between two calls does not let it in.
pub const RELEASE_AFTER: Duration = Duration::from_secs(20);

/// Longest pause accepted; pauses always end.
pub const MAX_PAUSE: Duration = Duration::from_secs(24 * 60 * 60);

/// What the outside world tells the engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Time has passed; fire whatever is due.
    Tick,
    /// The system's current user idle time.
    Idle(Duration),
    /// The machine just woke from a suspend that lasted this long.
    Slept(Duration),
    /// Start a break now (from a due break or early), with the routine shown.
    StartBreak {
        routine: Option<RoutineId>,
    },
    /// The running break reached its end card.
    FinishBreak {
        steps_done: u32,
        steps_total: u32,
    },
    /// The running break was left early.
    AbandonBreak {
        steps_done: u32,
        steps_total: u32,
    },
    Snooze,
    Skip,
    Pause(Duration),
    PauseUntilTomorrow,
    Resume,
    Configure(Box<EngineConfig>),
    /// What keeps the person busy at the desk now (an app recording the
    /// microphone), or `None`. A break that comes due meanwhile is held, and
    /// idle time is not a break while busy: the person is evidently there.
    Busy(Option<BusyReason>),
    /// Something says the person is at the desk though they touch nothing
    /// (a video that keeps the screen awake): idle time is not a break.
    AtDesk(bool),
    /// The screen was locked (true) or unlocked: the person left, or is
    /// back. A lock as long as `natural_break_after` is a natural break; a
    /// shorter one is not sitting, and the countdown continues after it.
    Locked(bool),
    /// The person stands (at a sit–stand desk): the sitting stretch ends.
    /// The next break comes `break_in` after now (the standing period of
    /// sit–stand–move mode, or outside it the usual interval, since
    /// standing still is not moving), or, with `None` (a mode with no
    /// standing time), the sitting clock stops until they sit again. What to prompt is the posture machine's business.
    Stood {
        break_in: Option<Duration>,
    },
    /// The person sits again: a fresh sitting interval.
    Sat,
}

/// What the engine asks the shell to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The break comes in `due_in`.
    Warn { due_in: Duration },
    /// Time to stand up.
    BreakDue,
    /// The break is due but waits until the person is free: say so quietly.
    Held { by: BusyReason },
    /// A break started: show this routine.
    ShowRoutine { routine: Option<RoutineId> },
    /// Append this event to the history.
    Log(Event),
    /// Tray, tooltip and subscribers should refresh.
    StateChanged(Status),
}

/// Why an action was refused; worded where it is shown (`crate::words`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    StrictMode,
    NothingToSkip,
    NothingToSnooze,
    NoSnoozesLeft,
    AlreadyOnBreak,
    NotOnBreak,
    NotPaused,
    PauseOutOfRange,
}

/// Coarse phase, for the tray icon and the status command.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    #[default]
    Sitting,
    BreakDue,
    OnBreak,
    Paused,
    Away,
    OffHours,
    /// Due, but waiting until the person is free.
    Held,
}

/// The countdown the person sits (or stands) under, for the posture
/// machine: a new `round` begins with every fresh interval, so a prompt
/// tied to one interval comes once, however its deadline shifts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SittingClock {
    pub round: u64,
    /// When the break comes.
    pub due: MonoTime,
}

/// A snapshot of the schedule for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub phase: PhaseKind,
    /// When the phase next changes by itself (break due, pause over, ...).
    pub next_change: Option<MonoTime>,
    /// Fraction of the sitting interval already sat, 0.0–1.0 (for the icon).
    pub progress_permille: u32,
    pub snoozes_left: u32,
    pub strict: bool,
    /// What holds a due break back, while one is held.
    pub held_by: Option<BusyReason>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Phase {
    Sitting(Countdown),
    Due {
        since: MonoTime,
    },
    OnBreak {
        started: MonoTime,
        routine: Option<RoutineId>,
    },
    Paused {
        until: MonoTime,
    },
    /// Idle long enough for a natural break; waiting for the user to return.
    Away,
    OffHours,
    /// The break came due while the person was busy; it waits for them.
    Held {
        since: MonoTime,
    },
}

/// The countdown to the next break while sitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Countdown {
    from: MonoTime,
    len: Duration,
    /// True when `len` is a snooze rather than the sitting interval.
    snoozed: bool,
    warned: bool,
    /// The person stands and the sitting clock waits for them to sit.
    stopped: bool,
}

impl Countdown {
    fn due(&self) -> MonoTime {
        self.from + self.len
    }
}

/// Where a new engine picks up, so a restarted daemon continues the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// A full interval from now.
    Fresh,
    /// The user has been sitting this long already.
    SittingFor(Duration),
    /// Reminders stay paused this much longer.
    PausedFor(Duration),
}

/// Least time left before a continued countdown fires, so a restart never
/// greets the user with an instant break.
const RESTART_GRACE: Duration = Duration::from_secs(60);

/// The break schedule. Create with [`Engine::new`], drive with [`Engine::step`].
#[derive(Debug, Clone)]
pub struct Engine {
    config: EngineConfig,
    phase: Phase,
    /// Start of the current unbroken sitting stretch, if the user is sitting.
    sitting_since: Option<MonoTime>,
    snoozes_in_row: u32,
    /// Next working-hours boundary on the monotonic clock, from the last step.
    hours_boundary: Option<MonoTime>,
    last_mono: MonoTime,
    /// What keeps the person busy, as last reported.
    busy: Option<BusyReason>,
    /// When the last thing keeping them busy ended.
    free_since: Option<MonoTime>,
    /// Something else says they are at the desk.
    at_desk: bool,
    /// The screen is locked: since when, and what it interrupted.
    lock: Option<Lock>,
    /// While the person stands: the break comes this long after a fresh
    /// interval starts, or (`None`) the clock stops until they sit.
    standing: Option<Option<Duration>>,
    /// Counts fresh intervals (see [`SittingClock`]).
    round: u64,
}

/// What a locked screen interrupted, to continue after a short lock.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Lock {
    at: MonoTime,
    phase: Phase,
    sitting_since: Option<MonoTime>,
    /// They stood or sat while locked (`sitbreak stand`, a hook, a
    /// desk): the countdown kept from before is the old posture's.
    posture_changed: bool,
}

impl Engine {
    /// Starts sitting now (or off hours, outside working hours).
    pub fn new(config: EngineConfig, now: Now) -> Engine {
        let mut engine = Engine {
            config,
            phase: Phase::Away,
            sitting_since: None,
            snoozes_in_row: 0,
            hours_boundary: None,
            last_mono: now.mono,
            busy: None,
            free_since: None,
            at_desk: false,
            lock: None,
            standing: None,
            round: 0,
        };
        engine.start_sitting(now.mono);
        let mut ignored = Vec::new();
        engine.advance(now, &mut ignored);
        engine
    }

    /// Starts where a previous run left off (see [`Start`]).
    pub fn with_start(config: EngineConfig, now: Now, start: Start) -> Engine {
        let mut engine = Engine::new(config, now);
        match (start, &mut engine.phase) {
            (Start::SittingFor(sat), Phase::Sitting(c)) => {
                c.len = c.len.saturating_sub(sat).max(RESTART_GRACE);
                engine.sitting_since = Some(MonoTime(now.mono.0.saturating_sub(sat)));
            }
            (Start::PausedFor(left), _) if !left.is_zero() => {
                engine.sitting_since = None;
                engine.phase = Phase::Paused {
                    until: now.mono + left.min(MAX_PAUSE),
                };
            }
            _ => {}
        }
        engine
    }

    /// The configuration in force.
    pub fn config(&self) -> &EngineConfig {
        &self.config
    }

    /// Applies one input at `now`. Refused actions change nothing.
    pub fn step(&mut self, now: Now, input: Input) -> Result<Vec<Effect>, Refusal> {
        // The monotonic clock never goes back; a caller that says otherwise
        // is treated as "no time passed" rather than trusted.
        let now = if now.mono < self.last_mono {
            Now {
                mono: self.last_mono,
                ..now
            }
        } else {
            now
        };
        let before = self.status(now.mono);
        let mut effects = Vec::new();
        // Reports of time away rewrite the past (that time was not sitting),
        // and a report of being busy says what holds now, so they apply
        // before any deadline fires; for everything else, deadlines that
        // passed first are handled first.
        let reports_away = matches!(
            input,
            Input::Idle(_) | Input::Slept(_) | Input::Busy(_) | Input::AtDesk(_) | Input::Locked(_)
        );
        if !reports_away {
            self.advance(now, &mut effects);
        }
        // Being busy is a state, reported alongside idle time as a break
        // comes due; the input that follows it fires what is due, so both
        // are known first.
        let busy_report = matches!(input, Input::Busy(_) | Input::AtDesk(_));
        self.apply(now, input, &mut effects)?;
        if !busy_report {
            self.advance(now, &mut effects);
        }
        self.last_mono = now.mono;
        let after = self.status(now.mono);
        if after.phase != before.phase
            || after.next_change != before.next_change
            || after.snoozes_left != before.snoozes_left
            || after.strict != before.strict
            || after.held_by != before.held_by
        {
            effects.push(Effect::StateChanged(after));
        }
        Ok(effects)
    }

    /// When something can next happen without any input; `None` when the
    /// engine is waiting for the user (break due, away).
    pub fn next_deadline(&self) -> Option<MonoTime> {
        let own = match &self.phase {
            Phase::Sitting(c) if c.stopped => None,
            Phase::Sitting(c) => Some(self.warn_at(c).unwrap_or_else(|| c.due())),
            Phase::Paused { until } => Some(*until),
            Phase::OnBreak { started, .. } => Some(*started + self.config.break_timeout),
            Phase::Held { since } => {
                let limit = *since + self.config.hold_limit;
                let free = self.free_since.filter(|_| self.busy.is_none());
                Some(free.map_or(limit, |f| limit.min(f + RELEASE_AFTER)))
            }
            Phase::Due { .. } | Phase::Away | Phase::OffHours => None,
        };
        match (own, self.hours_boundary) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// A snapshot for display.
    pub fn status(&self, now: MonoTime) -> Status {
        let phase = match self.phase {
            Phase::Sitting(_) => PhaseKind::Sitting,
            Phase::Due { .. } => PhaseKind::BreakDue,
            Phase::OnBreak { .. } => PhaseKind::OnBreak,
            Phase::Paused { .. } => PhaseKind::Paused,
            Phase::Away => PhaseKind::Away,
            Phase::OffHours => PhaseKind::OffHours,
            Phase::Held { .. } => PhaseKind::Held,
        };
        let progress_permille = match &self.phase {
            Phase::Sitting(c) if c.stopped => 0,
            Phase::Sitting(c) => {
                let total = c.len.as_millis().max(1);
                let done = (now - c.from).as_millis().min(total);
                u32::try_from(done * 1000 / total).unwrap_or(1000)
            }
            Phase::Due { .. } | Phase::Held { .. } => 1000,
            _ => 0,
        };
        let next_change = match &self.phase {
            Phase::Sitting(c) if c.stopped => None,
            Phase::Sitting(c) => Some(c.due()),
            _ => self.next_deadline(),
        };
        Status {
            phase,
            next_change,
            progress_permille,
            snoozes_left: self.config.max_snoozes.saturating_sub(self.snoozes_in_row),
            strict: self.config.strict,
            held_by: match self.phase {
                Phase::Held { .. } => Some(self.busy.clone().unwrap_or(BusyReason::JustEnded)),
                _ => None,
            },
        }
    }

    /// The countdown under way while the person is at the desk and free
    /// (not snoozed, held, paused or away); `None` otherwise.
    pub fn sitting_clock(&self) -> Option<SittingClock> {
        match &self.phase {
            Phase::Sitting(c) if !c.snoozed && !c.stopped && self.busy.is_none() => {
                Some(SittingClock {
                    round: self.round,
                    due: c.due(),
                })
            }
            _ => None,
        }
    }

    /// Whether the person said they stand.
    pub fn standing(&self) -> bool {
        self.standing.is_some()
    }

    /// A restarted daemon takes up standing where the last one left it:
    /// they have stood `stood_for` already. Logs nothing; the caller
    /// records that standing goes on.
    pub fn continue_standing(&mut self, now: Now, break_in: Option<Duration>, stood_for: Duration) {
        self.standing = Some(break_in);
        if let Phase::Sitting(_) = self.phase {
            self.start_sitting(now.mono);
            if let (Phase::Sitting(c), Some(_)) = (&mut self.phase, break_in) {
                c.len = c.len.saturating_sub(stood_for).max(RESTART_GRACE);
            }
        }
        self.sitting_since = None;
    }

    /// Records the end of the day's sitting when the daemon stops.
    pub fn shutdown(&mut self, now: Now) -> Vec<Effect> {
        let sat_secs = self.end_sitting(now.mono);
        vec![Effect::Log(Event::Stopped { sat_secs })]
    }

    fn warn_at(&self, c: &Countdown) -> Option<MonoTime> {
        if c.warned || self.config.warn_before.is_zero() || self.config.warn_before >= c.len {
            return None;
        }
        Some(c.from + (c.len - self.config.warn_before))
    }

    fn start_sitting(&mut self, at: MonoTime) {
        // Standing is not sitting: no stretch of sitting starts.
        self.sitting_since = self.standing.is_none().then_some(at);
        self.snoozes_in_row = 0;
        self.round += 1;
        let (len, stopped) = match self.standing {
            None => (self.config.sit_interval, false),
            Some(Some(break_in)) => (break_in, false),
            Some(None) => (self.config.sit_interval, true),
        };
        self.phase = Phase::Sitting(Countdown {
            from: at,
            len,
            snoozed: false,
            warned: false,
            stopped,
        });
    }

    /// Ends the current sitting stretch; returns its length in seconds.
    fn end_sitting(&mut self, at: MonoTime) -> u64 {
        self.sitting_since
            .take()
            .map(|since| (at - since).as_secs())
            .unwrap_or(0)
    }

    fn can_snooze_or_skip(&self) -> bool {
        match &self.phase {
            Phase::Due { .. } | Phase::Held { .. } => true,
            Phase::Sitting(c) => c.warned,
            _ => false,
        }
    }

    fn apply(&mut self, now: Now, input: Input, out: &mut Vec<Effect>) -> Result<(), Refusal> {
        match input {
            Input::Tick => {}
            Input::Idle(idle_for) => self.on_idle(now, idle_for, out),
            Input::Slept(slept) => self.on_slept(now, slept, out),
            Input::StartBreak { routine } => {
                if matches!(self.phase, Phase::OnBreak { .. }) {
                    return Err(Refusal::AlreadyOnBreak);
                }
                let sat_secs = self.end_sitting(now.mono);
                out.push(Effect::Log(Event::BreakStarted {
                    routine: routine.clone(),
                    sat_secs,
                }));
                out.push(Effect::ShowRoutine {
                    routine: routine.clone(),
                });
                self.phase = Phase::OnBreak {
                    started: now.mono,
                    routine,
                };
            }
            Input::FinishBreak {
                steps_done,
                steps_total,
            } => self.end_break(now, steps_done, steps_total, true, out)?,
            Input::AbandonBreak {
                steps_done,
                steps_total,
            } => self.end_break(now, steps_done, steps_total, false, out)?,
            Input::Snooze => {
                if !self.can_snooze_or_skip() {
                    return Err(Refusal::NothingToSnooze);
                }
                if self.snoozes_in_row >= self.config.max_snoozes {
                    return Err(Refusal::NoSnoozesLeft);
                }
                self.snoozes_in_row += 1;
                self.phase = Phase::Sitting(Countdown {
                    from: now.mono,
                    len: self.config.snooze_length,
                    snoozed: true,
                    warned: false,
                    stopped: false,
                });
                out.push(Effect::Log(Event::BreakSnoozed {
                    snooze_secs: self.config.snooze_length.as_secs(),
                }));
            }
            Input::Skip if matches!(self.phase, Phase::OnBreak { .. }) => {
                // A running break skipped (from the CLI or the tray) ends,
                // recorded as skipped; the person is back in the chair.
                if self.config.strict {
                    return Err(Refusal::StrictMode);
                }
                self.start_sitting(now.mono);
                out.push(Effect::Log(Event::BreakSkipped));
            }
            Input::Skip => {
                if !self.can_snooze_or_skip() {
                    return Err(Refusal::NothingToSkip);
                }
                if self.config.strict {
                    return Err(Refusal::StrictMode);
                }
                // Skipping means sitting on: the unbroken stretch continues.
                let since = self.sitting_since.unwrap_or(now.mono);
                self.start_sitting(now.mono);
                self.sitting_since = Some(since);
                out.push(Effect::Log(Event::BreakSkipped));
            }
            Input::Pause(d) => self.pause(now, d, out)?,
            Input::PauseUntilTomorrow => {
                let d = hours::until_next(now.wall, self.config.day_start);
                self.pause(now, d, out)?;
            }
            Input::Resume => {
                if !matches!(self.phase, Phase::Paused { .. }) {
                    return Err(Refusal::NotPaused);
                }
                self.start_sitting(now.mono);
                out.push(Effect::Log(Event::Resumed));
            }
            Input::Configure(config) => self.configure(*config),
            Input::Busy(busy) => {
                if busy.is_none() && self.busy.is_some() {
                    self.free_since = Some(now.mono);
                }
                self.busy = busy;
            }
            Input::AtDesk(at_desk) => self.at_desk = at_desk,
            Input::Locked(true) => self.on_lock(now),
            Input::Locked(false) => self.on_unlock(now, out),
            Input::Stood { break_in } => {
                if self.standing.is_some() {
                    return Ok(());
                }
                let sat_secs = self.end_sitting(now.mono);
                out.push(Effect::Log(Event::Stood {
                    sat_secs,
                    continued: false,
                }));
                self.standing = Some(break_in);
                if let Phase::Sitting(_) = self.phase {
                    self.start_sitting(now.mono);
                }
                if let Some(lock) = &mut self.lock {
                    lock.posture_changed = true;
                }
            }
            Input::Sat => {
                if self.standing.take().is_none() {
                    return Ok(());
                }
                out.push(Effect::Log(Event::Sat));
                match self.phase {
                    Phase::Sitting(_) => self.start_sitting(now.mono),
                    Phase::Due { .. } | Phase::Held { .. } => self.sitting_since = Some(now.mono),
                    _ => {}
                }
                if let Some(lock) = &mut self.lock {
                    lock.posture_changed = true;
                }
            }
        }
        Ok(())
    }

    fn on_idle(&mut self, now: Now, idle_for: Duration, out: &mut Vec<Effect>) {
        let threshold = self.config.natural_break_after;
        match &self.phase {
            // A locked screen says more than idle time does.
            _ if self.lock.is_some() => {}
            // In a call nobody touches the keyboard; that is not a break.
            Phase::Sitting(_) | Phase::Due { .. } | Phase::Held { .. }
                if self.busy.is_some() || self.at_desk => {}
            Phase::Sitting(_) | Phase::Due { .. } | Phase::Held { .. } if idle_for >= threshold => {
                // The stretch of sitting ended when the user walked away.
                let left_at = MonoTime(now.mono.0.saturating_sub(idle_for));
                if self.sitting_since.is_some_and(|since| left_at < since) {
                    // Idle since before this stretch began (a daemon started
                    // into an empty desk session): nobody has sat here yet,
                    // so there is no break to count, only absence.
                    self.sitting_since = None;
                    self.snoozes_in_row = 0;
                    self.phase = Phase::Away;
                    return;
                }
                let sat_secs = self.end_sitting(left_at);
                out.push(Effect::Log(Event::NaturalBreak {
                    away_secs: idle_for.as_secs(),
                    sat_secs,
                }));
                self.snoozes_in_row = 0;
                self.phase = Phase::Away;
            }
            Phase::Away if idle_for < threshold => {
                // Back at the desk: a fresh full interval, never an instant break.
                self.start_sitting(now.mono);
            }
            _ => {}
        }
    }

    fn on_lock(&mut self, now: Now) {
        if self.lock.is_none()
            && matches!(
                self.phase,
                Phase::Sitting(_) | Phase::Due { .. } | Phase::Held { .. }
            )
        {
            self.lock = Some(Lock {
                at: now.mono,
                phase: self.phase.clone(),
                sitting_since: self.sitting_since.take(),
                posture_changed: false,
            });
            self.phase = Phase::Away;
        }
    }

    fn on_unlock(&mut self, now: Now, out: &mut Vec<Effect>) {
        let Some(lock) = self.lock.take() else {
            return;
        };
        if self.phase != Phase::Away {
            // Working hours ended meanwhile; they decide now.
            return;
        }
        let away = now.mono - lock.at;
        if away >= self.config.natural_break_after {
            let sat_secs = lock
                .sitting_since
                .map_or(0, |since| (lock.at - since).as_secs());
            out.push(Effect::Log(Event::NaturalBreak {
                away_secs: away.as_secs(),
                sat_secs,
            }));
            self.start_sitting(now.mono);
            return;
        }
        // Back soon: the time away was not sitting, so the countdown
        // and the sitting stretch carry on from where they stopped, unless
        // they stood or sat meanwhile: then it is the new posture's.
        self.phase = lock.phase;
        if lock.posture_changed && matches!(self.phase, Phase::Sitting(_)) {
            self.start_sitting(now.mono);
            return;
        }
        if let Phase::Sitting(c) = &mut self.phase {
            c.from = c.from + away;
        }
        self.sitting_since = lock.sitting_since.map(|since| since + away);
    }

    fn on_slept(&mut self, now: Now, slept: Duration, out: &mut Vec<Effect>) {
        let sleeping = matches!(
            self.phase,
            Phase::Sitting(_) | Phase::Due { .. } | Phase::Held { .. }
        );
        if sleeping && slept >= self.config.natural_break_after {
            let fell_asleep = MonoTime(now.mono.0.saturating_sub(slept));
            let sat_secs =
                self.end_sitting(fell_asleep.max(self.sitting_since.unwrap_or(fell_asleep)));
            out.push(Effect::Log(Event::NaturalBreak {
                away_secs: slept.as_secs(),
                sat_secs,
            }));
            // Whoever woke the machine is at the desk now.
            self.start_sitting(now.mono);
            return;
        }
        // A short sleep is not sitting: shift the countdown by it, so waking
        // never fires a break that came due while the lid was shut.
        if let Phase::Sitting(c) = &mut self.phase {
            c.from = c.from + slept;
        }
        if let Some(since) = &mut self.sitting_since {
            *since = *since + slept;
        }
    }

    fn end_break(
        &mut self,
        now: Now,
        steps_done: u32,
        steps_total: u32,
        completed: bool,
        out: &mut Vec<Effect>,
    ) -> Result<(), Refusal> {
        let Phase::OnBreak { started, routine } = &self.phase else {
            return Err(Refusal::NotOnBreak);
        };
        let secs = (now.mono - *started).as_secs();
        let routine = routine.clone();
        let steps_done = steps_done.min(steps_total);
        out.push(Effect::Log(if completed {
            Event::BreakCompleted {
                routine,
                steps_done,
                steps_total,
                secs,
            }
        } else {
            Event::BreakAbandoned {
                routine,
                steps_done,
                steps_total,
                secs,
            }
        }));
        self.start_sitting(now.mono);
        Ok(())
    }

    fn pause(&mut self, now: Now, d: Duration, out: &mut Vec<Effect>) -> Result<(), Refusal> {
        if d.is_zero() || d > MAX_PAUSE {
            return Err(Refusal::PauseOutOfRange);
        }
        if matches!(self.phase, Phase::OnBreak { .. }) {
            return Err(Refusal::AlreadyOnBreak);
        }
        let sat_secs = self.end_sitting(now.mono);
        out.push(Effect::Log(Event::Paused {
            until: Some(now.plus(d).wall),
            sat_secs,
        }));
        self.phase = Phase::Paused {
            until: now.mono + d,
        };
        Ok(())
    }

    fn configure(&mut self, config: EngineConfig) {
        let old_interval = self.config.sit_interval;
        self.config = config;
        if let Phase::Sitting(c) = &mut self.phase {
            if !c.snoozed && c.len == old_interval {
                c.len = self.config.sit_interval;
            } else if c.snoozed {
                c.len = c.len.min(self.config.snooze_length);
            }
        }
        self.snoozes_in_row = self.snoozes_in_row.min(self.config.max_snoozes);
    }

    /// Fires everything whose time has come, in order.
    fn advance(&mut self, now: Now, out: &mut Vec<Effect>) {
        if let Phase::Paused { until } = self.phase
            && now.mono >= until
        {
            self.start_sitting(now.mono);
            out.push(Effect::Log(Event::Resumed));
        }
        if let Phase::OnBreak { started, .. } = self.phase
            && now.mono >= started + self.config.break_timeout
        {
            // The window died or was forgotten; nothing was confirmed done.
            let _ = self.end_break(now, 0, 0, false, out);
        }
        self.apply_working_hours(now, out);
        if let Phase::Held { since } = self.phase {
            let over = now.mono >= since + self.config.hold_limit;
            let free = self.busy.is_none()
                && self
                    .free_since
                    .is_none_or(|f| now.mono >= f + RELEASE_AFTER);
            if over || free {
                self.come_due(now, out);
            }
        }
        if let Phase::Sitting(c) = self.phase
            && !c.stopped
        {
            if now.mono >= c.due() {
                match &self.busy {
                    // Held once, however long the call: it comes once after.
                    Some(by) => {
                        out.push(Effect::Held { by: by.clone() });
                        self.phase = Phase::Held { since: now.mono };
                    }
                    None => self.come_due(now, out),
                }
            } else if let Some(at) = self.warn_at(&c)
                && now.mono >= at
            {
                if let Phase::Sitting(c) = &mut self.phase {
                    c.warned = true;
                }
                out.push(Effect::Warn {
                    due_in: c.due() - now.mono,
                });
            }
        }
    }

    fn come_due(&mut self, now: Now, out: &mut Vec<Effect>) {
        self.phase = Phase::Due { since: now.mono };
        out.push(Effect::BreakDue);
        out.push(Effect::Log(Event::BreakDue));
    }

    fn apply_working_hours(&mut self, now: Now, out: &mut Vec<Effect>) {
        let Some(week) = &self.config.working_hours else {
            self.hours_boundary = None;
            if self.phase == Phase::OffHours {
                self.start_sitting(now.mono);
            }
            return;
        };
        let inside = week.contains(now.wall);
        self.hours_boundary = week
            .next_boundary(now.wall)
            .map(|d| now.mono + d.max(Duration::from_secs(1)));
        let working = matches!(
            self.phase,
            Phase::Sitting(_) | Phase::Due { .. } | Phase::Held { .. } | Phase::Away
        );
        if !inside && working {
            let sat_secs = self.end_sitting(now.mono);
            if sat_secs > 0 {
                out.push(Effect::Log(Event::WorkEnded { sat_secs }));
            }
            self.phase = Phase::OffHours;
        } else if inside && self.phase == Phase::OffHours {
            self.start_sitting(now.mono);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;

#[cfg(test)]
mod proptests;
