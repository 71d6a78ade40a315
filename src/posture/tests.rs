//! The posture machine beside a real engine, on a fake clock, wired as the
//! daemon wires them: posture effects go to the engine, the engine's clock
//! and break ends come back. A script is `;`-separated: `run 20m` steps at
//! every deadline, `stand`, `sit`, `snooze`, `skip` (answers to a prompt),
//! `start`, `finish`, `due-snooze` (snoozes the break itself), `pause 10m`,
//! `sleep 1h`, `idle 6m`. Output lines are `m:ss what`.

use std::time::Duration;

use proptest::prelude::*;

use super::*;
use crate::engine::{Engine, EngineConfig, Input as EngineInput, Now};
use crate::history::Event;

const MIN: Duration = Duration::from_secs(60);

fn twenty_eight_two() -> Cycle {
    Cycle {
        sit: 20 * MIN,
        stand: 8 * MIN,
    }
}

fn thirty_sit() -> Cycle {
    Cycle {
        sit: 30 * MIN,
        stand: Duration::ZERO,
    }
}

struct Desk {
    engine: Engine,
    posture: Machine,
    now: Now,
    start: MonoTime,
    log: Vec<String>,
}

impl Desk {
    fn new(cycle: Option<Cycle>) -> Desk {
        let now = crate::engine::tests::monday_nine();
        let mut config = EngineConfig::for_tests();
        config.warn_before = Duration::ZERO;
        if let Some(c) = cycle {
            config.sit_interval = c.interval();
        }
        let posture = PostureConfig {
            cycle,
            move_after: config.sit_interval,
            snooze_length: config.snooze_length,
            max_snoozes: config.max_snoozes,
            strict: config.strict,
        };
        Desk {
            engine: Engine::new(config, now),
            posture: Machine::new(posture, Posture::Sitting, now.mono),
            now,
            start: now.mono,
            log: Vec::new(),
        }
    }

    fn stamp(&self) -> String {
        let s = (self.now.mono - self.start).as_secs();
        format!("{}:{:02}", s / 60, s % 60)
    }

    fn engine(&mut self, input: EngineInput) -> Result<(), Refusal> {
        let effects = self.engine.step(self.now, input)?;
        let mut ended = false;
        for effect in &effects {
            ended |= ends_a_break(effect);
            match effect {
                crate::engine::Effect::BreakDue => self.note("break due".into()),
                crate::engine::Effect::Log(Event::Stood { sat_secs, .. }) => {
                    self.note(format!("log stood sat={}m", sat_secs / 60));
                }
                crate::engine::Effect::Log(Event::Sat) => self.note("log sat".into()),
                _ => {}
            }
        }
        let next = if ended {
            Input::BreakEnded
        } else {
            Input::Tick
        };
        self.posture(next)
    }

    fn posture(&mut self, input: Input) -> Result<(), Refusal> {
        let clock = self.engine.sitting_clock();
        let effects = self.posture.step(self.now.mono, input, clock)?;
        for effect in effects {
            match effect {
                Effect::Show(p) => self.note(format!("show {p:?}")),
                Effect::Close(p) => self.note(format!("close {p:?}")),
                Effect::Engine(input) => self.engine(input)?,
                Effect::Restand { break_in, already } => {
                    self.engine.continue_standing(self.now, break_in, already);
                }
            }
        }
        Ok(())
    }

    fn note(&mut self, what: String) {
        let line = format!("{} {what}", self.stamp());
        self.log.push(line);
    }

    fn next_deadline(&self) -> Option<MonoTime> {
        let engine = self.engine.next_deadline();
        let posture = self.posture.next_deadline(self.engine.sitting_clock());
        match (engine, posture) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn run(&mut self, d: Duration) {
        let end = self.now.mono + d;
        while let Some(at) = self.next_deadline().filter(|at| *at <= end) {
            self.now = self.now.plus(at - self.now.mono);
            let _ = self.engine(EngineInput::Tick);
        }
        self.now = self.now.plus(end - self.now.mono);
        let _ = self.engine(EngineInput::Tick);
    }

    fn act(&mut self, word: &str) {
        let (verb, arg) = word.split_once(' ').unwrap_or((word, ""));
        let d = || humantime::parse_duration(arg).expect("duration");
        let result = match verb {
            "run" => {
                self.run(d());
                Ok(())
            }
            "stand" => self.posture(Input::Say(Posture::Standing)),
            "sit" => self.posture(Input::Say(Posture::Sitting)),
            "snooze" => self.posture(Input::Snooze),
            "skip" => self.posture(Input::Skip),
            "start" => self.engine(EngineInput::StartBreak { routine: None }),
            "finish" => self.engine(EngineInput::FinishBreak {
                steps_done: 3,
                steps_total: 3,
            }),
            "due-snooze" => self.engine(EngineInput::Snooze),
            "pause" => self.engine(EngineInput::Pause(d())),
            "sleep" => {
                self.now = self.now.plus(d());
                self.engine(EngineInput::Slept(d()))
            }
            "idle" => {
                self.now = self.now.plus(d());
                self.engine(EngineInput::Idle(d()))
            }
            other => panic!("unknown script word {other}"),
        };
        if let Err(refusal) = result {
            self.note(format!("refused: {refusal:?}"));
        }
    }

    fn script(cycle: Option<Cycle>, script: &str) -> Vec<String> {
        let mut desk = Desk::new(cycle);
        for word in script.split(';').map(str::trim).filter(|w| !w.is_empty()) {
            desk.act(word);
        }
        desk.log
    }
}

/// Sat 20, asked to stand, stood, moved at 28, asked to sit back at 30,
/// and answered it.
const FIRST_CYCLE: [&str; 6] = [
    "20:00 show StandUp",
    "20:00 close StandUp",
    "20:00 log stood sat=20m",
    "28:00 break due",
    "30:00 show SitDown",
    "30:00 close SitDown",
];

#[track_caller]
fn check(cycle: Option<Cycle>, script: &str, expected: &[&str]) {
    assert_eq!(Desk::script(cycle, script), expected, "script: {script}");
}

#[test]
fn a_twenty_eight_two_cycle_runs_sit_stand_move_sit_tick_by_tick() {
    check(
        Some(twenty_eight_two()),
        "run 20m; stand; run 8m; start; run 2m; finish; sit; run 20m",
        &[&FIRST_CYCLE[..], &["30:00 log sat", "50:00 show StandUp"]].concat(),
    );
}

#[test]
fn a_whole_morning_of_twenty_eight_two_is_four_cycles_of_the_same_shape() {
    let mut script = String::new();
    for _ in 0..4 {
        script.push_str("run 20m; stand; run 8m; start; run 2m; finish; sit;");
    }
    let log = Desk::script(Some(twenty_eight_two()), &script);
    let count = |what: &str| log.iter().filter(|l| l.ends_with(what)).count();
    assert_eq!(count("show StandUp"), 4);
    assert_eq!(count("break due"), 4);
    assert_eq!(count("show SitDown"), 4);
    assert!(log.contains(&"110:00 show StandUp".to_owned()), "{log:#?}");
    assert!(log.contains(&"118:00 break due".to_owned()), "{log:#?}");
}

#[test]
fn the_thirty_minute_preset_has_no_stand_prompt_the_break_gets_them_up() {
    check(
        Some(thirty_sit()),
        "run 29m; run 1m; start; stand; run 2m; finish; sit; run 30m",
        &[
            "30:00 break due",
            "30:00 log stood sat=0m",
            "32:00 show SitDown",
            "32:00 close SitDown",
            "32:00 log sat",
            "62:00 break due",
        ],
    );
}

#[test]
fn standing_early_moves_the_break_and_cancels_the_stand_prompt() {
    check(
        Some(twenty_eight_two()),
        "run 12m; stand; run 8m; run 10m",
        &["12:00 log stood sat=12m", "20:00 break due"],
    );
}

#[test]
fn sitting_early_starts_a_fresh_cycle_and_never_asks_to_sit_when_sitting() {
    check(
        Some(twenty_eight_two()),
        "run 20m; stand; run 3m; sit; run 19m; run 1m",
        &[
            "20:00 show StandUp",
            "20:00 close StandUp",
            "20:00 log stood sat=20m",
            "23:00 log sat",
            "43:00 show StandUp",
        ],
    );
}

#[test]
fn a_snoozed_stand_prompt_comes_back_after_the_snooze_and_snoozes_run_out() {
    let long_stand = Cycle {
        sit: 20 * MIN,
        stand: 15 * MIN,
    };
    check(
        Some(long_stand),
        "run 20m; snooze; run 5m; snooze; run 5m; snooze; run 5m",
        &[
            "20:00 show StandUp",
            "20:00 close StandUp",
            "25:00 show StandUp",
            "25:00 close StandUp",
            "30:00 show StandUp",
            "30:00 refused: NoSnoozesLeft",
            // The break itself comes and takes the prompt's place.
            "35:00 break due",
            "35:00 close StandUp",
        ],
    );
}

#[test]
fn a_stand_prompt_snoozed_past_the_break_gives_way_to_the_break() {
    check(
        Some(twenty_eight_two()),
        "run 20m; snooze; run 5m; snooze; run 5m",
        &[
            "20:00 show StandUp",
            "20:00 close StandUp",
            "25:00 show StandUp",
            "25:00 close StandUp",
            "28:00 break due",
        ],
    );
}

#[test]
fn a_skipped_stand_prompt_sits_on_until_the_movement_break() {
    check(
        Some(twenty_eight_two()),
        "run 20m; skip; run 7m; run 1m",
        &[
            "20:00 show StandUp",
            "20:00 close StandUp",
            "28:00 break due",
        ],
    );
}

#[test]
fn strict_mode_refuses_skipping_the_stand_prompt() {
    let mut desk = Desk::new(Some(twenty_eight_two()));
    let mut config = desk.posture.config().clone();
    config.strict = true;
    desk.posture(Input::Configure(config)).expect("configure");
    desk.act("run 20m");
    desk.act("skip");
    assert_eq!(
        desk.log,
        ["20:00 show StandUp", "20:00 refused: StrictMode"]
    );
    assert_eq!(desk.posture.showing(), Some(Prompt::StandUp));
}

#[test]
fn keep_standing_closes_the_sit_prompt_and_the_next_break_is_a_whole_cycle_later() {
    check(
        Some(twenty_eight_two()),
        "run 20m; stand; run 8m; start; run 2m; finish; skip; run 28m",
        &[&FIRST_CYCLE[..], &["58:00 break due"]].concat(),
    );
}

#[test]
fn a_snoozed_movement_break_does_not_ask_to_stand_again() {
    check(
        Some(twenty_eight_two()),
        "run 20m; skip; run 8m; due-snooze; run 5m",
        &[
            "20:00 show StandUp",
            "20:00 close StandUp",
            "28:00 break due",
            "33:00 break due",
        ],
    );
}

#[test]
fn no_prompt_while_paused_and_a_fresh_cycle_after() {
    check(
        Some(twenty_eight_two()),
        "run 10m; pause 30m; run 30m; run 20m",
        &["60:00 show StandUp"],
    );
}

#[test]
fn a_short_suspend_while_standing_shifts_the_break_and_loses_nothing() {
    check(
        Some(twenty_eight_two()),
        "run 20m; stand; run 4m; sleep 2m; run 3m; run 1m",
        &[
            "20:00 show StandUp",
            "20:00 close StandUp",
            "20:00 log stood sat=20m",
            "30:00 break due",
        ],
    );
}

#[test]
fn a_long_suspend_is_a_break_and_the_stand_prompt_comes_a_full_sit_after() {
    check(
        Some(twenty_eight_two()),
        "run 15m; sleep 1h; run 19m; run 1m",
        &["95:00 show StandUp"],
    );
}

#[test]
fn a_stand_prompt_due_during_a_suspend_comes_once_on_waking() {
    // Asleep from 19 to 21 minutes: short, so the sitting carries on and
    // the prompt is shifted, not lost and not doubled.
    check(
        Some(twenty_eight_two()),
        "run 19m; sleep 2m; run 1m; run 1m; run 5m",
        &["22:00 show StandUp"],
    );
}

#[test]
fn without_the_mode_standing_still_gets_a_break_to_move_after_the_interval() {
    let mut desk = Desk::new(None);
    desk.act("run 20m");
    desk.act("stand");
    desk.act("run 10m");
    assert_eq!(
        desk.log,
        ["20:00 log stood sat=20m"],
        "standing ends the sitting, so no break 30 minutes after sitting down"
    );
    desk.act("run 20m");
    assert_eq!(
        desk.log,
        ["20:00 log stood sat=20m", "50:00 break due"],
        "standing still is not moving: the break comes an interval after standing up"
    );
}

#[test]
fn without_the_mode_sitting_down_again_restarts_the_sitting_clock() {
    let mut desk = Desk::new(None);
    desk.act("run 20m");
    desk.act("stand");
    desk.act("run 10m");
    desk.act("sit");
    desk.act("run 30m");
    assert_eq!(
        desk.log,
        [
            "20:00 log stood sat=20m",
            "30:00 log sat",
            "60:00 break due"
        ]
    );
}

#[test]
fn restarting_mid_cycle_while_standing_keeps_the_standing_and_its_break() {
    // A daemon that stopped 3 minutes into standing starts again: it
    // continues standing (from history), and the break comes after the
    // remaining 5 minutes, not a fresh 28.
    let mut desk = Desk::new(Some(twenty_eight_two()));
    let stood_for = 3 * MIN;
    desk.posture = Machine::new(
        desk.posture.config().clone(),
        Posture::Standing,
        MonoTime::from_origin(desk.now.mono.since_origin() - stood_for),
    );
    let break_in = desk.posture.break_in_when_standing();
    desk.engine.continue_standing(desk.now, break_in, stood_for);
    desk.act("run 5m");
    assert_eq!(desk.log, ["5:00 break due"]);
}

#[derive(Debug, Clone)]
enum Step {
    Run(u64),
    Stand,
    Sit,
    Snooze,
    Skip,
    Start,
    Finish,
    Sleep(u64),
    Idle(u64),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (1u64..1800).prop_map(Step::Run),
        Just(Step::Stand),
        Just(Step::Sit),
        Just(Step::Snooze),
        Just(Step::Skip),
        Just(Step::Start),
        Just(Step::Finish),
        (1u64..7200).prop_map(Step::Sleep),
        (1u64..900).prop_map(Step::Idle),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// Whatever happens, no prompt ever asks for the posture the person is
    /// in, and a stand-up prompt that is due is shown (not lost).
    #[test]
    fn no_prompt_contradicts_the_posture_and_none_is_lost(
        steps in proptest::collection::vec(step(), 1..40)
    ) {
        let mut desk = Desk::new(Some(twenty_eight_two()));
        for s in steps {
            match s {
                Step::Run(secs) => desk.run(Duration::from_secs(secs)),
                Step::Stand => desk.act("stand"),
                Step::Sit => desk.act("sit"),
                Step::Snooze => desk.act("snooze"),
                Step::Skip => desk.act("skip"),
                Step::Start => desk.act("start"),
                Step::Finish => desk.act("finish"),
                Step::Sleep(secs) => desk.act(&format!("sleep {secs}s")),
                Step::Idle(secs) => desk.act(&format!("idle {secs}s")),
            }
            match desk.posture.showing() {
                Some(Prompt::StandUp) => prop_assert_eq!(desk.posture.posture(), Posture::Sitting),
                Some(Prompt::SitDown) => prop_assert_eq!(desk.posture.posture(), Posture::Standing),
                None => {}
            }
            if let Some(at) = desk.posture.next_deadline(desk.engine.sitting_clock()) {
                prop_assert!(at > desk.now.mono, "a due prompt was not shown: {:?}", desk.log);
            }
        }
    }
}

#[test]
fn a_wall_clock_jump_neither_fires_nor_loses_the_stand_prompt() {
    let mut desk = Desk::new(Some(twenty_eight_two()));
    desk.act("run 10m");
    desk.now.wall += chrono::Duration::hours(2);
    desk.act("run 9m");
    assert!(desk.log.is_empty(), "{:?}", desk.log);
    desk.act("run 1m");
    assert_eq!(desk.log, ["20:00 show StandUp"]);
}

#[test]
fn a_restart_takes_up_standing_from_the_history_but_not_after_sitting_or_leaving() {
    use crate::history::Record;
    let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).expect("date");
    let rec = |s: &str, event: Event| Record { at: at(s), event };
    let stood = || Event::Stood {
        sat_secs: 600,
        continued: false,
    };
    let now = at("2026-11-23T10:05:00+01:00");
    let restarted = [
        rec("2026-11-23T10:00:00+01:00", stood()),
        rec("2026-11-23T10:02:00+01:00", Event::Stopped { sat_secs: 0 }),
    ];
    assert_eq!(resume(&restarted, now), Some(5 * MIN));
    let sat = [
        rec("2026-11-23T10:00:00+01:00", stood()),
        rec("2026-11-23T10:01:00+01:00", Event::Sat),
    ];
    assert_eq!(resume(&sat, now), None);
    let left = [
        rec("2026-11-23T10:00:00+01:00", stood()),
        rec(
            "2026-11-23T10:04:00+01:00",
            Event::NaturalBreak {
                away_secs: 240,
                sat_secs: 0,
            },
        ),
    ];
    assert_eq!(resume(&left, now), None);
    assert_eq!(
        resume(&[rec("2026-11-22T10:00:00+01:00", stood())], now),
        None
    );
}
