//! Footprint of the daemon idle in the tray, measured in the same headless
//! desktop the tests use: RSS, PSS, threads, CPU % and context switches per
//! second (wakeups) over a quiet period. When Workrave, Safe Eyes or
//! RSIBreak are installed, each is started in the same desktop and measured
//! the same way, and the ratios are printed. Prints numbers; asserts nothing.
//!
//! Run: `cargo bench --bench footprint` (SITBREAK_BENCH_SECS=60 by default).
//! `SITBREAK_BENCH_DESKTOP=sway`, `kwin` or `gnome` measures the daemon in
//! that Wayland desktop instead (idle time from the compositor's
//! notifications), without the other apps.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::fs;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::desktop::{Compositor, Desktop, Parts, wait_until};

/// Budget for the daemon idle in the tray.
const BUDGET_PSS_KB: u64 = 6 * 1024;
const BUDGET_CPU_PERCENT: f64 = 0.01;
const BUDGET_WAKEUPS: f64 = 1.0;

#[derive(Debug, Default)]
struct Sample {
    rss_kb: u64,
    pss_kb: u64,
    threads: u64,
    /// CPU time of all threads in nanoseconds (schedstat), far finer than
    /// the 10 ms ticks of /proc/<pid>/stat.
    cpu_ns: u64,
    switches: u64,
    /// Context switches per thread, by thread id, with the thread's name.
    per_thread: Vec<(String, String, u64)>,
}

fn field(text: &str, name: &str) -> u64 {
    text.lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn sample(pid: u32) -> Option<Sample> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let rollup = fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let mut switches = 0;
    let mut cpu_ns = 0;
    let mut per_thread = Vec::new();
    for task in fs::read_dir(format!("/proc/{pid}/task")).ok()?.flatten() {
        if let Ok(t) = fs::read_to_string(task.path().join("status")) {
            let n =
                field(&t, "voluntary_ctxt_switches:") + field(&t, "nonvoluntary_ctxt_switches:");
            switches += n;
            let name = fs::read_to_string(task.path().join("comm")).unwrap_or_default();
            let tid = task.file_name().to_string_lossy().into_owned();
            per_thread.push((tid, name.trim().to_owned(), n));
        }
        if let Ok(sched) = fs::read_to_string(task.path().join("schedstat")) {
            cpu_ns += sched
                .split_whitespace()
                .next()
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0);
        }
    }
    Some(Sample {
        rss_kb: field(&rollup, "Rss:"),
        pss_kb: field(&rollup, "Pss:"),
        threads: field(&status, "Threads:"),
        cpu_ns,
        switches,
        per_thread,
    })
}

struct Measured {
    name: String,
    rss_kb: u64,
    pss_kb: u64,
    threads: u64,
    cpu_percent: f64,
    wakeups_per_sec: f64,
}

fn measure(name: &str, pid: u32, settle: Duration, period: Duration) -> Option<Measured> {
    std::thread::sleep(settle);
    let start = sample(pid)?;
    let t0 = Instant::now();
    std::thread::sleep(period);
    let end = sample(pid)?;
    let secs = t0.elapsed().as_secs_f64();
    // Which threads wake: the answer to "why is it not asleep".
    println!("{name}: wakeups per thread over {secs:.0} s");
    for (tid, thread, n) in &end.per_thread {
        let before = start
            .per_thread
            .iter()
            .find(|(t, _, _)| t == tid)
            .map_or(0, |(_, _, b)| *b);
        println!("  {thread:<24} {:>6}", n - before);
    }
    Some(Measured {
        name: name.to_owned(),
        rss_kb: end.rss_kb,
        pss_kb: end.pss_kb,
        threads: end.threads,
        cpu_percent: (end.cpu_ns - start.cpu_ns) as f64 / 1e9 / secs * 100.0,
        wakeups_per_sec: (end.switches - start.switches) as f64 / secs,
    })
}

/// Starts another break reminder in the desktop, if it is installed.
fn start_other(desktop: &Desktop, program: &str) -> Option<Child> {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .ok()?;
    if !found.status.success() {
        return None;
    }
    let mut cmd = Command::new(program);
    desktop
        .env(&mut cmd)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()
}

fn main() {
    let secs: u64 = std::env::var("SITBREAK_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let settle = Duration::from_secs(5);
    let period = Duration::from_secs(secs);

    let wayland = match std::env::var("SITBREAK_BENCH_DESKTOP").as_deref() {
        Ok("sway") => Some(Compositor::Sway),
        Ok("kwin") => Some(Compositor::Kwin),
        Ok("gnome") => Some(Compositor::Gnome),
        _ => None,
    };
    let mut desktop = Desktop::start(Parts {
        wayland,
        tray_host: wayland != Some(Compositor::Gnome),
        ..Parts::default()
    });
    desktop.start_daemon();
    let pid = desktop.daemon.as_ref().map(|c| c.id()).unwrap_or(0);
    assert!(wait_until(Duration::from_secs(10), || desktop
        .busctl(&["status", "org.kde.StatusNotifierWatcher"])
        .code
        == 0));
    if let Some(compositor) = wayland {
        println!("in {compositor:?}:");
        for line in desktop.sitbreak(&["doctor"]).stdout.lines() {
            println!("  {line}");
        }
    }
    let mut results = Vec::new();
    match measure("sitbreak (daemon)", pid, settle, period) {
        Some(m) => results.push(m),
        None => eprintln!("could not read /proc/{pid}"),
    }
    let others: &[&str] = if wayland.is_some() {
        &[]
    } else {
        &["workrave", "safeeyes", "rsibreak"]
    };
    for &program in others {
        if let Some(mut child) = start_other(&desktop, program) {
            if let Some(m) = measure(program, child.id(), settle, period) {
                results.push(m);
            }
            let _ = child.kill();
            let _ = child.wait();
        } else {
            println!("({program} is not installed; skipped)");
        }
    }

    println!(
        "\n{:<20} {:>9} {:>9} {:>8} {:>9} {:>12}   (idle in the tray for {secs} s)",
        "program", "RSS", "PSS", "threads", "CPU %", "wakeups/s"
    );
    for m in &results {
        println!(
            "{:<20} {:>6.1} MB {:>6.1} MB {:>8} {:>9.4} {:>12.2}",
            m.name,
            m.rss_kb as f64 / 1024.0,
            m.pss_kb as f64 / 1024.0,
            m.threads,
            m.cpu_percent,
            m.wakeups_per_sec
        );
    }
    if let Some(ours) = results.first() {
        for other in &results[1..] {
            println!(
                "{} uses {:.1}x the PSS of sitbreak",
                other.name,
                other.pss_kb as f64 / ours.pss_kb.max(1) as f64
            );
        }
        let verdict = |ok: bool| if ok { "within budget" } else { "OVER BUDGET" };
        println!(
            "\nbudget: PSS ≤ {} MB: {}; CPU ≤ {} %: {}; ≤ {} wakeup/s: {}",
            BUDGET_PSS_KB / 1024,
            verdict(ours.pss_kb <= BUDGET_PSS_KB),
            BUDGET_CPU_PERCENT,
            verdict(ours.cpu_percent <= BUDGET_CPU_PERCENT),
            BUDGET_WAKEUPS,
            verdict(ours.wakeups_per_sec <= BUDGET_WAKEUPS)
        );
    }
}
