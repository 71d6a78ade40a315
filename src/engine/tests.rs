//! Scenario tests with a fake clock. A script is a `;`-separated list:
//! `run 30m` steps at every deadline for 30 minutes (as the daemon does),
//! `tick` steps now, `idle 5m` reports idle time, `sleep 2h` suspends,
//! `jump +1h` moves only the wall clock, and actions are `start [ID]`,
//! `finish D/T`, `abandon D/T`, `snooze`, `skip`, `pause 30m|tomorrow`,
//! `resume`, `interval 20m`, `busy WHAT` and `free` (what keeps the person
//! busy at the desk), `watching` (a video keeps them there), `lock` and
//! `unlock`. Output lines are `h:mm:ss what`.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveTime, TimeZone};

use super::*;

/// Monday 2026-11-23 09:00 at UTC+1.
pub(crate) fn monday_nine() -> Now {
    let tz = FixedOffset::east_opt(3600).expect("valid offset");
    let wall: DateTime<FixedOffset> = tz
        .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .single()
        .expect("valid date");
    Now {
        mono: MonoTime::from_origin(Duration::from_secs(1_000)),
        wall,
    }
}

fn dur(text: &str) -> Duration {
    humantime::parse_duration(text).expect("script duration")
}

fn describe(event: &Event) -> String {
    let name = event.name();
    match event {
        Event::BreakStarted { routine, sat_secs } => {
            format!(
                "log {name} {} sat={sat_secs}",
                routine.as_deref().unwrap_or("-")
            )
        }
        Event::BreakCompleted {
            steps_done,
            steps_total,
            secs,
            ..
        }
        | Event::BreakAbandoned {
            steps_done,
            steps_total,
            secs,
            ..
        } => format!("log {name} {steps_done}/{steps_total} {secs}s"),
        Event::NaturalBreak {
            away_secs,
            sat_secs,
        } => format!("log {name} away={away_secs} sat={sat_secs}"),
        Event::Paused { until, sat_secs } => format!(
            "log {name} until={} sat={sat_secs}",
            until
                .map(|u| u.format("%a %H:%M").to_string())
                .unwrap_or_default()
        ),
        Event::WorkEnded { sat_secs } | Event::Stopped { sat_secs } => {
            format!("log {name} sat={sat_secs}")
        }
        _ => format!("log {name}"),
    }
}

struct Sim {
    engine: Engine,
    start: MonoTime,
    now: Now,
    out: Vec<String>,
}

impl Sim {
    fn new(config: EngineConfig) -> Sim {
        let now = monday_nine();
        Sim {
            engine: Engine::new(config, now),
            start: now.mono,
            now,
            out: Vec::new(),
        }
    }

    fn stamp(&self) -> String {
        let s = (self.now.mono - self.start).as_secs();
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    }

    fn step(&mut self, input: Input) {
        let stamp = self.stamp();
        match self.engine.step(self.now, input) {
            Ok(effects) => {
                for e in effects {
                    let line = match e {
                        Effect::Warn { due_in } => format!("warn {}", due_in.as_secs()),
                        Effect::BreakDue => "due".to_owned(),
                        Effect::Held { by } => match by {
                            BusyReason::Running { app } => format!("held by {app}"),
                            other => format!("held by {other:?}"),
                        },
                        Effect::ShowRoutine { routine } => {
                            format!("show {}", routine.as_deref().unwrap_or("-"))
                        }
                        Effect::Log(event) => describe(&event),
                        Effect::StateChanged(_) => continue,
                    };
                    self.out.push(format!("{stamp} {line}"));
                }
            }
            Err(refusal) => self.out.push(format!("{stamp} refused: {refusal:?}")),
        }
    }

    fn advance_to(&mut self, mono: MonoTime) {
        let d = mono - self.now.mono;
        self.now = self.now.plus(d);
    }

    /// Steps at each deadline up to `d` from now, then once at the end.
    fn run(&mut self, d: Duration) {
        let end = self.now.mono + d;
        while let Some(deadline) = self.engine.next_deadline() {
            if deadline > end {
                break;
            }
            self.advance_to(deadline.max(self.now.mono));
            self.step(Input::Tick);
        }
        self.advance_to(end);
        self.step(Input::Tick);
    }

    fn exec(&mut self, command: &str) {
        let words: Vec<&str> = command.split_whitespace().collect();
        match words.as_slice() {
            ["run", d] => self.run(dur(d)),
            ["tick"] => self.step(Input::Tick),
            ["idle", d] => self.step(Input::Idle(dur(d))),
            ["sleep", d] => {
                let d = dur(d);
                self.now = self.now.plus(d);
                self.step(Input::Slept(d));
            }
            ["jump", d] => {
                let (sign, text) = d.split_at(1);
                let delta = chrono::Duration::from_std(dur(text)).expect("jump fits");
                self.now.wall = if sign == "-" {
                    self.now.wall - delta
                } else {
                    self.now.wall + delta
                };
            }
            ["start"] => self.step(Input::StartBreak { routine: None }),
            ["start", id] => self.step(Input::StartBreak {
                routine: Some((*id).into()),
            }),
            ["finish", frac] | ["abandon", frac] => {
                let (done, total) = frac.split_once('/').expect("D/T");
                let steps_done = done.parse().expect("number");
                let steps_total = total.parse().expect("number");
                self.step(if words[0] == "finish" {
                    Input::FinishBreak {
                        steps_done,
                        steps_total,
                    }
                } else {
                    Input::AbandonBreak {
                        steps_done,
                        steps_total,
                    }
                });
            }
            ["busy", what @ ..] => self.step(Input::Busy(Some(BusyReason::Running {
                app: what.join(" "),
            }))),
            ["free"] => self.step(Input::Busy(None)),
            ["lock"] => self.step(Input::Locked(true)),
            ["unlock"] => self.step(Input::Locked(false)),
            ["watching"] => self.step(Input::AtDesk(true)),
            ["stand"] => self.step(Input::Stood { break_in: None }),
            ["sit"] => self.step(Input::Sat),
            ["snooze"] => self.step(Input::Snooze),
            ["skip"] => self.step(Input::Skip),
            ["pause", "tomorrow"] => self.step(Input::PauseUntilTomorrow),
            ["pause", d] => self.step(Input::Pause(dur(d))),
            ["resume"] => self.step(Input::Resume),
            ["interval", d] => {
                let mut config = self.engine.config().clone();
                config.sit_interval = dur(d);
                self.step(Input::Configure(Box::new(config)));
            }
            other => panic!("unknown script command {other:?}"),
        }
    }
}

fn check_with(config: EngineConfig, script: &str, expect: &str) {
    let mut sim = Sim::new(config);
    for command in script.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        sim.exec(command);
    }
    let expect: Vec<&str> = expect
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(sim.out, expect, "\nscript: {script}");
}

fn check(script: &str, expect: &str) {
    check_with(EngineConfig::for_tests(), script, expect);
}

#[test]
fn warning_comes_before_the_break_which_is_due_after_the_sitting_interval() {
    check(
        "run 31m",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due",
    );
}

#[test]
fn finishing_a_break_starts_a_fresh_sitting_interval() {
    check(
        "run 30m; start low-back-reset; run 2m; finish 4/4; run 30m",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due
         0:30:00 log break_started low-back-reset sat=1800
         0:30:00 show low-back-reset
         0:32:00 log break_completed 4/4 120s
         1:01:30 warn 30
         1:02:00 due
         1:02:00 log break_due",
    );
}

#[test]
fn abandoning_a_break_records_how_much_was_done() {
    check(
        "run 30m; start hamstrings-and-calves; run 40s; abandon 1/4",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due
         0:30:00 log break_started hamstrings-and-calves sat=1800
         0:30:00 show hamstrings-and-calves
         0:30:40 log break_abandoned 1/4 40s",
    );
}

#[test]
fn taking_a_break_early_works_from_sitting() {
    check(
        "run 10m; start; finish 0/0",
        "0:10:00 log break_started - sat=600
         0:10:00 show -
         0:10:00 log break_completed 0/0 0s",
    );
}

#[test]
fn snooze_postpones_the_break_which_then_comes_back() {
    check(
        "run 30m; snooze; run 6m",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due
         0:30:00 log break_snoozed
         0:34:30 warn 30
         0:35:00 due
         0:35:00 log break_due",
    );
}

#[test]
fn snooze_during_the_warning_postpones_the_coming_break() {
    check(
        "run 29m40s; snooze; run 5m",
        "0:29:30 warn 30
         0:29:40 log break_snoozed
         0:34:10 warn 30
         0:34:40 due
         0:34:40 log break_due",
    );
}

#[test]
fn snoozes_in_a_row_are_limited() {
    check(
        "run 30m; snooze; run 5m; snooze; run 5m; snooze",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due
         0:30:00 log break_snoozed
         0:34:30 warn 30
         0:35:00 due
         0:35:00 log break_due
         0:35:00 log break_snoozed
         0:39:30 warn 30
         0:40:00 due
         0:40:00 log break_due
         0:40:00 refused: NoSnoozesLeft",
    );
}

#[test]
fn skip_starts_a_new_interval_but_the_sitting_stretch_goes_on() {
    check(
        "run 30m; skip; run 29m; start",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due
         0:30:00 log break_skipped
         0:59:00 log break_started - sat=3540
         0:59:00 show -",
    );
}

#[test]
fn skipping_a_running_break_ends_it_as_skipped_and_starts_a_full_interval() {
    check(
        "run 10m; start; run 1m; skip; run 30m",
        "0:10:00 log break_started - sat=600
         0:10:00 show -
         0:11:00 log break_skipped
         0:40:30 warn 30
         0:41:00 due
         0:41:00 log break_due",
    );
}

fn strict() -> EngineConfig {
    EngineConfig {
        strict: true,
        ..EngineConfig::for_tests()
    }
}

#[test]
fn a_running_break_cannot_be_skipped_in_strict_mode() {
    check_with(
        strict(),
        "start; skip; finish 1/1",
        "0:00:00 log break_started - sat=0
         0:00:00 show -
         0:00:00 refused: StrictMode
         0:00:00 log break_completed 1/1 0s",
    );
}

#[test]
fn idle_from_before_the_first_start_is_no_natural_break() {
    // A desktop session left alone for an hour, then Sitbreak starts in it:
    // nobody has sat yet, so nothing is logged; coming back starts sitting.
    check(
        "idle 60m; run 5m; idle 0s; run 30m",
        "0:34:30 warn 30
         0:35:00 due
         0:35:00 log break_due",
    );
}

#[test]
fn skip_is_refused_in_strict_mode() {
    check_with(
        strict(),
        "run 30m; skip",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due
         0:30:00 refused: StrictMode",
    );
}

#[test]
fn skip_and_snooze_need_a_break_to_be_near() {
    check(
        "run 5m; skip; snooze",
        "0:05:00 refused: NothingToSkip
         0:05:00 refused: NothingToSnooze",
    );
}

#[test]
fn finishing_without_a_running_break_is_refused() {
    check(
        "finish 1/1; start; start",
        "0:00:00 refused: NotOnBreak
         0:00:00 log break_started - sat=0
         0:00:00 show -
         0:00:00 refused: AlreadyOnBreak",
    );
}

#[test]
fn pause_for_a_duration_ends_by_itself() {
    check(
        "run 10m; pause 30m; run 60m",
        "0:10:00 log paused until=Mon 09:40 sat=600
         0:40:00 log resumed
         1:09:30 warn 30
         1:10:00 due
         1:10:00 log break_due",
    );
}

#[test]
fn pause_until_tomorrow_ends_at_the_day_start() {
    check(
        "pause tomorrow; run 20h",
        "0:00:00 log paused until=Tue 04:00 sat=0
         19:00:00 log resumed
         19:29:30 warn 30
         19:30:00 due
         19:30:00 log break_due",
    );
}

#[test]
fn resume_ends_a_pause_early_and_is_refused_when_not_paused() {
    check(
        "resume; pause 1h; run 5m; resume; run 30m",
        "0:00:00 refused: NotPaused
         0:00:00 log paused until=Mon 10:00 sat=0
         0:05:00 log resumed
         0:34:30 warn 30
         0:35:00 due
         0:35:00 log break_due",
    );
}

#[test]
fn pauses_longer_than_a_day_are_refused() {
    check(
        "pause 25h; pause 0s",
        "0:00:00 refused: PauseOutOfRange
         0:00:00 refused: PauseOutOfRange",
    );
}

#[test]
fn long_idle_counts_as_a_natural_break_and_coming_back_gives_a_full_interval() {
    check(
        "run 20m; idle 5m; run 20m; idle 10s; run 30m",
        "0:20:00 log natural_break away=300 sat=900
         1:09:30 warn 30
         1:10:00 due
         1:10:00 log break_due",
    );
}

#[test]
fn coming_back_from_idle_after_the_due_time_never_fires_at_once() {
    // Away from 0:20 to 1:00: the break would have been due at 0:30.
    check(
        "run 25m; idle 5m; run 35m; idle 1s; tick",
        "0:25:00 log natural_break away=300 sat=1200",
    );
}

#[test]
fn short_idle_is_not_a_break() {
    check(
        "run 20m; idle 1m; run 11m",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due",
    );
}

#[test]
fn walking_away_from_a_due_break_counts_as_a_natural_break() {
    check(
        "run 34m; idle 4m",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due
         0:34:00 log natural_break away=240 sat=1800",
    );
}

#[test]
fn long_suspend_counts_as_a_natural_break_and_fires_no_stale_break() {
    check(
        "run 20m; sleep 2h; tick; run 30m",
        "2:20:00 log natural_break away=7200 sat=1200
         2:49:30 warn 30
         2:50:00 due
         2:50:00 log break_due",
    );
}

#[test]
fn short_suspend_shifts_the_break_instead_of_firing_it_on_waking() {
    check(
        "run 29m50s; sleep 2m; run 3m",
        "0:29:30 warn 30
         0:32:00 due
         0:32:00 log break_due",
    );
}

#[test]
fn wall_clock_jumps_neither_double_nor_lose_a_break() {
    check(
        "run 10m; jump -1h; run 10m; jump +3h; run 15m",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due",
    );
}

#[test]
fn no_reminders_outside_working_hours() {
    let nine = NaiveTime::from_hms_opt(9, 0, 0).expect("time");
    let ten = NaiveTime::from_hms_opt(10, 0, 0).expect("time");
    let mut days = [None; 7];
    days[0] = Some((nine, ten));
    days[1] = Some((nine, ten));
    let config = EngineConfig {
        working_hours: Some(WeekHours::new(days).expect("valid hours")),
        ..EngineConfig::for_tests()
    };
    check_with(
        config,
        "run 30m; start; finish 1/1; run 25h",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due
         0:30:00 log break_started - sat=1800
         0:30:00 show -
         0:30:00 log break_completed 1/1 0s
         0:59:30 warn 30
         1:00:00 log work_ended sat=1800
         24:29:30 warn 30
         24:30:00 due
         24:30:00 log break_due
         25:00:00 log work_ended sat=3600",
    );
}

#[test]
fn a_forgotten_break_is_abandoned_after_the_timeout() {
    check(
        "start; run 60m",
        "0:00:00 log break_started - sat=0
         0:00:00 show -
         0:30:00 log break_abandoned 0/0 1800s
         0:59:30 warn 30
         1:00:00 due
         1:00:00 log break_due",
    );
}

#[test]
fn changing_the_interval_applies_to_the_running_countdown() {
    check(
        "run 10m; interval 20m; run 11m",
        "0:19:30 warn 30
         0:20:00 due
         0:20:00 log break_due",
    );
}

#[test]
fn late_tick_fires_one_break_without_a_stale_warning() {
    let mut sim = Sim::new(EngineConfig::for_tests());
    sim.now = sim.now.plus(Duration::from_secs(3 * 3600));
    sim.step(Input::Tick);
    sim.step(Input::Tick);
    assert_eq!(sim.out, ["3:00:00 due", "3:00:00 log break_due"]);
}

#[test]
fn next_deadline_is_the_warning_then_the_break() {
    let now = monday_nine();
    let mut engine = Engine::new(EngineConfig::for_tests(), now);
    assert_eq!(engine.next_deadline(), Some(now.mono + dur("29m30s")));
    let _ = engine.step(now.plus(dur("29m30s")), Input::Tick);
    assert_eq!(engine.next_deadline(), Some(now.mono + dur("30m")));
    let _ = engine.step(now.plus(dur("30m")), Input::Tick);
    assert_eq!(
        engine.next_deadline(),
        None,
        "a due break waits for the user"
    );
}

#[test]
fn status_reports_progress_toward_the_break() {
    let now = monday_nine();
    let engine = Engine::new(EngineConfig::for_tests(), now);
    let status = engine.status(now.mono + dur("15m"));
    assert_eq!(status.phase, PhaseKind::Sitting);
    assert_eq!(status.progress_permille, 500);
    assert_eq!(status.snoozes_left, 2);
}

#[test]
fn simulating_a_working_day_second_by_second_fires_a_break_every_thirty_two_minutes() {
    // Every second a tick; each due break is taken for two minutes.
    let now = monday_nine();
    let mut engine = Engine::new(EngineConfig::for_tests(), now);
    let mut n_due = 0;
    let mut break_ends = None;
    for second in 1..=8 * 3600u64 {
        let t = now.plus(Duration::from_secs(second));
        let effects = engine.step(t, Input::Tick).expect("tick is never refused");
        if effects.contains(&Effect::BreakDue) {
            n_due += 1;
            let _ = engine.step(t, Input::StartBreak { routine: None });
            break_ends = Some(second + 120);
        }
        if break_ends == Some(second) {
            let _ = engine.step(
                t,
                Input::FinishBreak {
                    steps_done: 1,
                    steps_total: 1,
                },
            );
        }
    }
    // 30 minutes sitting + 2 minutes break = one break every 32 minutes.
    assert_eq!(n_due, 8 * 60 / 32);
}

#[test]
fn a_restart_continues_the_sitting_stretch_without_an_instant_break() {
    let now = monday_nine();
    let engine = Engine::with_start(
        EngineConfig::for_tests(),
        now,
        Start::SittingFor(dur("20m")),
    );
    assert_eq!(engine.next_deadline(), Some(now.mono + dur("9m30s")));
    let overdue = Engine::with_start(EngineConfig::for_tests(), now, Start::SittingFor(dur("2h")));
    assert_eq!(
        overdue.status(now.mono).next_change,
        Some(now.mono + dur("1m"))
    );
    let paused = Engine::with_start(EngineConfig::for_tests(), now, Start::PausedFor(dur("15m")));
    assert_eq!(paused.status(now.mono).phase, PhaseKind::Paused);
    assert_eq!(paused.next_deadline(), Some(now.mono + dur("15m")));
}

#[test]
fn a_break_due_during_a_call_waits_and_comes_once_shortly_after_it() {
    check(
        "busy the microphone; run 31m; run 1h; free; run 1m",
        "0:29:30 warn 30
         0:30:00 held by the microphone
         1:31:20 due
         1:31:20 log break_due",
    );
}

#[test]
fn a_call_that_ends_before_the_break_changes_nothing() {
    check(
        "busy the microphone; run 10m; free; run 21m",
        "0:29:30 warn 30
         0:30:00 due
         0:30:00 log break_due",
    );
}

#[test]
fn a_held_break_comes_at_the_ceiling_however_long_the_call() {
    check(
        "busy the microphone; run 3h",
        "0:29:30 warn 30
         0:30:00 held by the microphone
         2:30:00 due
         2:30:00 log break_due",
    );
}

#[test]
fn strict_mode_waits_for_the_call_too() {
    let mut config = EngineConfig::for_tests();
    config.strict = true;
    check_with(
        config,
        "busy the microphone; run 40m; free; run 1m",
        "0:29:30 warn 30
         0:30:00 held by the microphone
         0:40:20 due
         0:40:20 log break_due",
    );
}

#[test]
fn idle_during_a_call_is_not_a_break_but_idle_after_it_is() {
    check(
        "busy the microphone; run 10m; idle 8m; free; run 1m; idle 4m",
        "0:11:00 log natural_break away=240 sat=420",
    );
}

#[test]
fn a_brief_gap_between_two_calls_does_not_let_the_break_in() {
    check(
        "busy a call; run 31m; free; run 10s; busy the next call; run 30m; free; run 30s",
        "0:29:30 warn 30
         0:30:00 held by a call
         1:01:30 due
         1:01:30 log break_due",
    );
}

#[test]
fn a_held_break_can_be_started_or_snoozed_like_a_due_one() {
    check(
        "busy a call; run 31m; snooze; run 5m",
        "0:29:30 warn 30
         0:30:00 held by a call
         0:31:00 log break_snoozed
         0:35:30 warn 30
         0:36:00 held by a call",
    );
}

#[test]
fn a_locked_screen_is_leaving_at_once_and_a_long_lock_is_a_natural_break() {
    check(
        "run 10m; lock; run 6m; idle 6m; unlock; run 31m",
        "0:16:00 log natural_break away=360 sat=600
         0:45:30 warn 30
         0:46:00 due
         0:46:00 log break_due",
    );
}

#[test]
fn a_short_lock_is_not_sitting_and_the_countdown_carries_on_after_it() {
    check(
        "run 10m; lock; run 2m; unlock; run 21m",
        "0:31:30 warn 30
         0:32:00 due
         0:32:00 log break_due",
    );
}

#[test]
fn sitting_down_while_the_screen_is_locked_starts_the_countdown_again_on_return() {
    // The proptest's find: a stopped countdown (standing) was restored
    // after the lock though they had sat, and no break ever came.
    check(
        "run 1m; stand; run 5m; lock; run 1m; sit; run 1m; unlock; run 31m",
        "0:01:00 log stood
         0:07:00 log sat
         0:37:30 warn 30
         0:38:00 due
         0:38:00 log break_due",
    );
}

#[test]
fn a_break_never_comes_due_on_a_locked_screen() {
    check("run 25m; lock; run 2h", "");
}

#[test]
fn idle_while_a_video_keeps_the_screen_awake_is_not_a_break() {
    check("run 5m; watching; idle 8m; run 1m", "");
}
