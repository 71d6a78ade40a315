//! Budgets of the window, measured in the headless desktop with the
//! release binary: CLI request → window mapped (median of several runs),
//! idle repaints per second with nothing animating, the window's memory
//! while open (and that its process is gone once closed), and the CPU time
//! of one guided-player frame (layout and tessellation, the CPU side of a
//! frame) through egui_kittest. Prints numbers; asserts nothing.
//!
//! Run: `cargo bench --bench window`; `SITBREAK_BENCH_LANGUAGE=ja` measures
//! the window in Japanese, with the system's CJK face loaded.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::desktop::{Desktop, Parts, wait_until};
use common::harness::Setup;
use egui_kittest::kittest::Queryable;
use sitbreak::engine::PhaseKind;
use sitbreak::ipc::protocol::View;

fn field_kb(pid: u32, file: &str, name: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/{file}"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn close(desktop: &Desktop, window: &str) {
    let mut cmd = Command::new("xdotool");
    let _ = desktop.env(&mut cmd).args(["windowclose", window]).status();
    wait_until(Duration::from_secs(10), || desktop.window_pids().is_empty());
}

fn main() {
    let mut desktop = Desktop::start(Parts::default());
    // SITBREAK_BENCH_LANGUAGE=ja measures the window with its CJK face.
    if let Ok(language) = std::env::var("SITBREAK_BENCH_LANGUAGE") {
        desktop.settings(&format!("language = \"{language}\"\n"));
    }
    desktop.start_daemon();

    // Request → mapped.
    let mut latencies = Vec::new();
    for _ in 0..9 {
        let t0 = Instant::now();
        let run = desktop.sitbreak(&["open"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let mut window = None;
        wait_until(Duration::from_secs(10), || {
            window = desktop.visible_window();
            window.is_some()
        });
        latencies.push(t0.elapsed());
        if let Some(w) = window {
            close(&desktop, &w);
        }
    }
    latencies.sort();
    let median = latencies[latencies.len() / 2];

    // Memory while open, then idle repaints over 20 s on settings.
    let run = desktop.sitbreak(&["settings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    wait_until(Duration::from_secs(10), || {
        desktop.visible_window().is_some()
    });
    std::thread::sleep(Duration::from_secs(2));
    let pid = desktop.window_pids().first().copied().unwrap_or(0);
    let rss = field_kb(pid, "status", "VmRSS:");
    let pss = field_kb(pid, "smaps_rollup", "Pss:");
    let switches = |pid: u32| -> u64 {
        std::fs::read_dir(format!("/proc/{pid}/task"))
            .map(|tasks| {
                tasks
                    .flatten()
                    .map(|t| {
                        let s =
                            std::fs::read_to_string(t.path().join("status")).unwrap_or_default();
                        s.lines()
                            .filter(|l| l.contains("ctxt_switches"))
                            .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
                            .sum::<u64>()
                    })
                    .sum()
            })
            .unwrap_or(0)
    };
    let stat_ticks = |pid: u32| -> u64 {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let after = stat
            .rsplit_once(')')
            .map(|(_, a)| a.to_owned())
            .unwrap_or_default();
        let f: Vec<&str> = after.split_whitespace().collect();
        f.get(11).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0)
            + f.get(12).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0)
    };
    let (s0, c0, t0) = (switches(pid), stat_ticks(pid), Instant::now());
    std::thread::sleep(Duration::from_secs(20));
    let secs = t0.elapsed().as_secs_f64();
    let idle_wakeups = (switches(pid) - s0) as f64 / secs;
    let idle_cpu = (stat_ticks(pid) - c0) as f64 / 100.0 / secs * 100.0;
    if let Some(w) = desktop.visible_window() {
        close(&desktop, &w);
    }
    let gone = !std::path::Path::new(&format!("/proc/{pid}")).exists();

    // One player frame's CPU time, through the real view code.
    let (mut harness, _) = Setup::new(View::Break, PhaseKind::BreakDue).build();
    harness.run_steps(2);
    harness.get_by_label("Start").click();
    harness.run_steps(4);
    let frames = 300;
    let t = Instant::now();
    for _ in 0..frames {
        harness.step();
    }
    let per_frame = t.elapsed() / frames;

    println!(
        "window: request → mapped, median {:.0} ms (min {:.0}, max {:.0}) over {} runs",
        median.as_secs_f64() * 1e3,
        latencies[0].as_secs_f64() * 1e3,
        latencies[latencies.len() - 1].as_secs_f64() * 1e3,
        latencies.len()
    );
    println!(
        "window: open on settings, idle: {idle_wakeups:.2} wakeups/s, CPU {idle_cpu:.2} %, RSS {:.0} MB, PSS {:.0} MB; process gone after closing: {gone}",
        rss as f64 / 1024.0,
        pss as f64 / 1024.0
    );
    println!(
        "player frame (layout + tessellation): {:.2} ms",
        per_frame.as_secs_f64() * 1e3
    );
}
