//! A daemon that died (kill -9, the OOM killer, a logout) comes back at
//! once, and a start that cannot proceed says why instead of waiting.

use crate::common;

use std::time::{Duration, Instant};

use common::desktop::{Desktop, Parts, wait_until};

/// How long a fresh daemon may take to answer `status` after a restart.
const ANSWER_WITHIN: Duration = Duration::from_secs(2);

fn answers_within(desktop: &Desktop, limit: Duration) -> Option<Duration> {
    let start = Instant::now();
    wait_until(limit, || desktop.sitbreak(&["status"]).code == 0).then(|| start.elapsed())
}

fn kill_9(desktop: &mut Desktop) {
    let mut daemon = desktop.daemon.take().expect("a daemon");
    let _ = daemon.kill();
    let _ = daemon.wait();
}

#[test]
fn after_kill_9_a_new_daemon_answers_within_two_seconds_every_time() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    let mut slowest = Duration::ZERO;
    for round in 0..20 {
        for _ in 0..10 {
            for args in [&["break"][..], &["skip"], &["pause", "30m"], &["resume"]] {
                desktop.sitbreak(args);
            }
        }
        kill_9(&mut desktop);
        desktop.daemon = Some(desktop.spawn_daemon_process());
        let took = answers_within(&desktop, ANSWER_WITHIN).unwrap_or_else(|| {
            panic!(
                "round {round}: no answer within {ANSWER_WITHIN:?}; the daemon's log:\n{}",
                std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default()
            )
        });
        slowest = slowest.max(took);
    }
    eprintln!("slowest answer after a restart: {slowest:?}");
}

#[test]
fn a_stale_socket_and_lock_left_by_a_killed_daemon_do_not_stop_a_new_one() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    kill_9(&mut desktop);
    let dir = desktop.socket().parent().expect("dir").to_path_buf();
    assert!(desktop.socket().exists(), "kill -9 leaves the socket file");
    assert!(dir.join("daemon.lock").exists(), "and the lock file");
    desktop.daemon = Some(desktop.spawn_daemon_process());
    assert!(
        answers_within(&desktop, ANSWER_WITHIN).is_some(),
        "{}",
        std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default()
    );
}

#[test]
fn a_stopped_daemon_is_named_and_a_new_start_does_not_hang() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.start_daemon();
    let pid = desktop.daemon.as_ref().expect("daemon").id();
    // SAFETY: sending a signal to our own child has no preconditions.
    unsafe { libc::kill(pid as i32, libc::SIGSTOP) };
    for args in [&["--hidden"][..], &[]] {
        let start = Instant::now();
        let run = desktop.sitbreak(args);
        let took = start.elapsed();
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(
            took < Duration::from_secs(8),
            "{args:?} took {took:?} to give up"
        );
        assert!(
            run.stderr.contains(&pid.to_string()) && run.stderr.contains("does not answer"),
            "{args:?}: {}",
            run.stderr
        );
    }
    // SAFETY: as above.
    unsafe { libc::kill(pid as i32, libc::SIGCONT) };
    assert!(answers_within(&desktop, Duration::from_secs(5)).is_some());
}
