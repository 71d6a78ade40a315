//! Runs the commands the settings file binds to events (`[hooks]`): the
//! program with its arguments and no shell, the event in the environment,
//! on a thread of its own so the daemon never waits, and stopped at the
//! time limit. How it went comes back as a message.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::ipc::protocol::HookFailure;

/// How much of a hook's stderr is kept for the report.
const KEEP_STDERR: usize = 2000;

/// How often a running hook is looked at.
const POLL: Duration = Duration::from_millis(20);

/// One run of a hook.
pub struct Run {
    pub event: &'static str,
    pub command: Vec<String>,
    pub posture: &'static str,
    pub time_limit: Duration,
}

/// Starts `run` on its own thread and calls `done` with `None` when it
/// succeeded, or why it did not ("deskctl exited with status 1: no desk").
pub fn spawn(run: Run, done: impl FnOnce(Option<HookFailure>) + Send + 'static) {
    let spawned = thread::Builder::new()
        .name("hook".into())
        .spawn(move || done(execute(&run).err()));
    if let Err(e) = spawned {
        super::report(&format!("cannot start a thread for a hook ({e})"));
    }
}

fn execute(run: &Run) -> Result<(), HookFailure> {
    let Some((program, args)) = run.command.split_first() else {
        return Ok(());
    };
    let mut child = Command::new(program)
        .args(args)
        .env("SITBREAK_EVENT", run.event)
        .env("SITBREAK_POSTURE", run.posture)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| HookFailure::CouldNotStart {
            program: program.clone(),
            reason: e.to_string(),
        })?;
    // Read stderr as it comes, so a chatty hook never blocks on a full pipe.
    let reader = child.stderr.take().map(|mut pipe| {
        thread::spawn(move || {
            let mut kept = Vec::new();
            let mut buf = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let room = KEEP_STDERR.saturating_sub(kept.len());
                kept.extend(buf.iter().take(n.min(room)));
            }
            String::from_utf8_lossy(&kept).trim().to_owned()
        })
    });
    let outcome = wait(&mut child, run.time_limit);
    // A killed hook's own children may hold the pipe open; do not wait for
    // them to say what they have to say.
    let stderr = match (&outcome, reader) {
        (Ok(_), Some(reader)) => reader.join().unwrap_or_default(),
        _ => String::new(),
    };
    let program = program.clone();
    match outcome {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(match status.code() {
            Some(code) => HookFailure::Exited {
                program,
                code,
                stderr,
            },
            None => HookFailure::Killed { program, stderr },
        }),
        Err(limit) => Err(HookFailure::TimedOut {
            program,
            limit_ms: u64::try_from(limit.as_millis()).unwrap_or(u64::MAX),
        }),
    }
}

/// Waits for the child up to `limit`; a child still running then is
/// killed, and the limit comes back as the error.
fn wait(child: &mut Child, limit: Duration) -> Result<std::process::ExitStatus, Duration> {
    let end = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) if Instant::now() < end => thread::sleep(POLL),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(limit);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(command: &[&str], limit: Duration) -> Result<(), String> {
        run_as_value(command, limit).map_err(|f| crate::words::hook_failure(&f))
    }

    fn run_as_value(command: &[&str], limit: Duration) -> Result<(), HookFailure> {
        execute(&Run {
            event: "stand",
            command: command.iter().map(|s| s.to_string()).collect(),
            posture: "standing",
            time_limit: limit,
        })
    }

    // These run `sh` and `sleep`; the Windows hooks bring their own.
    #[cfg(unix)]
    #[test]
    fn a_hook_gets_its_event_and_posture_and_no_shell() {
        let dir = tempfile::tempdir().expect("dir");
        let out = dir.path().join("out");
        let script = format!(
            "echo \"$SITBREAK_EVENT $SITBREAK_POSTURE $1\" > {}",
            out.display()
        );
        // "$(x)" reaches the program as it is: no shell expands it.
        run(&["sh", "-c", &script, "sh", "$(x)"], Duration::from_secs(5)).expect("runs");
        let written = std::fs::read_to_string(&out).expect("written");
        assert_eq!(written.trim(), "stand standing $(x)");
    }

    // These run `sh` and `sleep`; the Windows hooks bring their own.
    #[cfg(unix)]
    #[test]
    fn a_failing_hook_says_its_status_and_stderr() {
        let err = run(
            &["sh", "-c", "echo no desk found >&2; exit 3"],
            Duration::from_secs(5),
        )
        .expect_err("fails");
        assert_eq!(err, "sh exited with status 3: no desk found");
    }

    #[test]
    fn a_missing_program_is_named() {
        let err = run(&["/nonexistent/deskctl"], Duration::from_secs(5)).expect_err("fails");
        assert!(
            err.starts_with("/nonexistent/deskctl could not start"),
            "{err}"
        );
    }

    // These run `sh` and `sleep`; the Windows hooks bring their own.
    #[cfg(unix)]
    #[test]
    fn a_hanging_hook_is_stopped_at_its_time_limit() {
        let started = Instant::now();
        let err = run(&["sleep", "30"], Duration::from_millis(300)).expect_err("stopped");
        assert_eq!(err, "sleep was stopped after running longer than 300ms");
        assert!(started.elapsed() < Duration::from_secs(20));
    }
}
