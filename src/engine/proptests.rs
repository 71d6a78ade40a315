//! Property tests over random sequences of actions, idle reports, suspends
//! and wall-clock jumps.

use std::time::Duration;

use proptest::prelude::*;

use super::tests::monday_nine;
use super::*;

#[derive(Debug, Clone)]
enum Op {
    /// Let time pass, stepping at each deadline like the daemon.
    Run(u64),
    Idle(u64),
    Sleep(u64),
    Jump(i64),
    Act(Input),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (1u64..4000).prop_map(Op::Run),
        1 => (0u64..900).prop_map(Op::Idle),
        1 => (1u64..20_000).prop_map(Op::Sleep),
        1 => (-7200i64..7200).prop_map(Op::Jump),
        1 => Just(Op::Act(Input::Snooze)),
        1 => Just(Op::Act(Input::Skip)),
        1 => Just(Op::Act(Input::StartBreak { routine: None })),
        1 => (0u32..6, 0u32..6).prop_map(|(d, t)| Op::Act(Input::FinishBreak { steps_done: d, steps_total: t })),
        1 => Just(Op::Act(Input::AbandonBreak { steps_done: 0, steps_total: 3 })),
        1 => (0u64..100_000).prop_map(|s| Op::Act(Input::Pause(Duration::from_secs(s)))),
        1 => Just(Op::Act(Input::PauseUntilTomorrow)),
        1 => Just(Op::Act(Input::Resume)),
        1 => Just(Op::Act(Input::Busy(Some(BusyReason::Microphone {
            app: "a call".into()
        })))),
        1 => Just(Op::Act(Input::Busy(None))),
        1 => any::<bool>().prop_map(|b| Op::Act(Input::AtDesk(b))),
        1 => any::<bool>().prop_map(|b| Op::Act(Input::Locked(b))),
        1 => proptest::option::of(1u64..3_600)
            .prop_map(|s| Op::Act(Input::Stood { break_in: s.map(Duration::from_secs) })),
        1 => Just(Op::Act(Input::Sat)),
    ]
}

fn config() -> impl Strategy<Value = EngineConfig> {
    (
        60u64..3600,
        0u64..120,
        30u64..900,
        0u32..4,
        any::<bool>(),
        30u64..900,
    )
        .prop_map(
            |(interval, warn, snooze, max_snoozes, strict, natural)| EngineConfig {
                sit_interval: Duration::from_secs(interval),
                warn_before: Duration::from_secs(warn),
                snooze_length: Duration::from_secs(snooze),
                max_snoozes,
                strict,
                natural_break_after: Duration::from_secs(natural),
                ..EngineConfig::for_tests()
            },
        )
}

/// Drives the engine and checks the invariants after every step.
struct Harness {
    engine: Engine,
    now: Now,
    /// Monotonic time of the last BreakDue, and whether the user has since
    /// sat (any time passed) — two dues at the same instant are a defect.
    last_due: Option<MonoTime>,
    /// Wall time of every BreakDue, to check against working hours.
    due_walls: Vec<chrono::DateTime<chrono::FixedOffset>>,
}

impl Harness {
    fn step(&mut self, input: Input) -> Vec<Effect> {
        let deadline_before = self.engine.next_deadline();
        let is_tick = input == Input::Tick;
        let effects = self.engine.step(self.now, input).unwrap_or_default();
        if is_tick
            && let Some(d) = deadline_before
            && self.now.mono < d
        {
            // Ticking before the deadline must change nothing.
            assert!(effects.is_empty(), "early tick changed state: {effects:?}");
        }
        for e in &effects {
            if *e == Effect::BreakDue {
                if let Some(prev) = self.last_due {
                    assert!(self.now.mono > prev, "two breaks with no sitting between");
                }
                self.last_due = Some(self.now.mono);
                self.due_walls.push(self.now.wall);
            }
        }
        if let Some(d) = self.engine.next_deadline() {
            assert!(
                d > self.now.mono,
                "deadline {d:?} is not in the future of {:?}",
                self.now.mono
            );
        }
        // The phase and its deadline agree.
        let status = self.engine.status(self.now.mono);
        match status.phase {
            // Standing outside sit–stand–move mode stops the sitting clock.
            PhaseKind::Sitting if self.engine.standing() => {}
            PhaseKind::Sitting | PhaseKind::Paused | PhaseKind::OnBreak | PhaseKind::Held => {
                assert!(
                    self.engine.next_deadline().is_some(),
                    "{:?} without deadline",
                    status.phase
                )
            }
            PhaseKind::BreakDue | PhaseKind::Away | PhaseKind::OffHours => {}
        }
        effects
    }

    fn run(&mut self, d: Duration) -> Vec<Effect> {
        let end = self.now.mono + d;
        let mut all = Vec::new();
        while let Some(deadline) = self.engine.next_deadline() {
            if deadline > end {
                break;
            }
            self.now = self.now.plus(deadline - self.now.mono);
            all.extend(self.step(Input::Tick));
        }
        self.now = self.now.plus(end - self.now.mono);
        all.extend(self.step(Input::Tick));
        all
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn random_days_keep_every_invariant(config in config(), ops in prop::collection::vec(op(), 1..80)) {
        let now = monday_nine();
        let mut h = Harness { engine: Engine::new(config.clone(), now), now, last_due: None, due_walls: Vec::new() };
        for op in ops {
            match op {
                Op::Run(s) => { h.run(Duration::from_secs(s)); }
                Op::Idle(s) => { h.step(Input::Idle(Duration::from_secs(s))); }
                Op::Sleep(s) => {
                    h.now = h.now.plus(Duration::from_secs(s));
                    h.step(Input::Slept(Duration::from_secs(s)));
                }
                Op::Jump(s) => {
                    h.now.wall += chrono::Duration::seconds(s);
                }
                Op::Act(input) => {
                    let was_snooze = input == Input::Snooze;
                    let was_pause = matches!(input, Input::Pause(_) | Input::PauseUntilTomorrow);
                    let accepted = h.engine.clone().step(h.now, input.clone()).is_ok();
                    h.step(input);
                    if accepted && was_snooze {
                        // A snoozed break always comes back within the snooze
                        // (held, if the person is busy by then).
                        let mut probe = Harness { engine: h.engine.clone(), now: h.now, last_due: None, due_walls: Vec::new() };
                        let effects = probe.run(config.snooze_length);
                        prop_assert!(
                            effects.iter().any(|e| matches!(e, Effect::BreakDue | Effect::Held { .. })),
                            "snoozed break never came back"
                        );
                    }
                    if accepted && was_pause {
                        // A pause always ends, within a day.
                        let mut probe = Harness { engine: h.engine.clone(), now: h.now, last_due: None, due_walls: Vec::new() };
                        let effects = probe.run(MAX_PAUSE);
                        prop_assert!(effects.contains(&Effect::Log(Event::Resumed)), "pause never ended");
                        prop_assert!(probe.engine.status(probe.now.mono).phase != PhaseKind::Paused);
                    }
                }
            }
        }
    }

    #[test]
    fn working_hours_never_remind_outside_them(ops in prop::collection::vec(1u64..20_000, 1..40)) {
        let nine = chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
        let five = chrono::NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default();
        let mut days = [None; 7];
        for day in days.iter_mut().take(5) {
            *day = Some((nine, five));
        }
        let week = WeekHours::new(days).map_err(|_| TestCaseError::fail("hours"))?;
        let config = EngineConfig { working_hours: Some(week.clone()), ..EngineConfig::for_tests() };
        let now = monday_nine();
        let mut h = Harness { engine: Engine::new(config, now), now, last_due: None, due_walls: Vec::new() };
        for s in ops {
            h.run(Duration::from_secs(s));
            for wall in h.due_walls.drain(..) {
                prop_assert!(week.contains(wall), "break due at {wall} outside hours");
            }
            // Take every break at once so the day keeps going.
            let _ = h.engine.step(h.now, Input::StartBreak { routine: None });
            let _ = h.engine.step(h.now, Input::FinishBreak { steps_done: 1, steps_total: 1 });
        }
    }
}
