//! Measures how long the engine takes to simulate a working day second by
//! second (28,800 ticks, each due break taken for two minutes). Prints the
//! numbers for the README; asserts nothing about time.
//!
//! Run: `cargo bench --bench engine_day`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::{Duration, Instant};

use chrono::{FixedOffset, TimeZone};
use sitbreak::engine::{Effect, Engine, Input, MonoTime, Now};
use sitbreak::settings::Settings;

fn simulate_day() -> u32 {
    let tz = FixedOffset::east_opt(3600).expect("offset");
    let wall = tz
        .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .single()
        .expect("date");
    let start = Now {
        mono: MonoTime::from_origin(Duration::from_secs(1)),
        wall,
    };
    let mut engine = Engine::new(Settings::default().engine_config(), start);
    let mut n_due = 0;
    let mut break_ends = None;
    for second in 1..=8 * 3600u64 {
        let now = start.plus(Duration::from_secs(second));
        let effects = engine.step(now, Input::Tick).unwrap_or_default();
        if effects.contains(&Effect::BreakDue) {
            n_due += 1;
            let _ = engine.step(now, Input::StartBreak { routine: None });
            break_ends = Some(second + 120);
        }
        if break_ends == Some(second) {
            let _ = engine.step(
                now,
                Input::FinishBreak {
                    steps_done: 1,
                    steps_total: 1,
                },
            );
        }
    }
    n_due
}

fn main() {
    let runs = 20;
    let mut times = Vec::new();
    let mut n_due = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n_due = simulate_day();
        times.push(t.elapsed());
    }
    times.sort();
    let median = times[runs / 2];
    println!(
        "engine: 8-hour day, 28,800 ticks, {n_due} breaks: median {:.2} ms, min {:.2} ms, max {:.2} ms over {runs} runs ({:.0} ns per tick)",
        median.as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[runs - 1].as_secs_f64() * 1e3,
        median.as_nanos() as f64 / 28_800.0
    );
}
