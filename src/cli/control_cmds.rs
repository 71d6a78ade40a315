//! Commands that talk to the daemon over IPC, and `sitbreak` itself, which
//! starts the daemon (or asks the running one to open the window).

use crate::tr;
use std::time::Duration;

use anyhow::Result;

use super::{Outcome, out};
use crate::ipc::client::{self, Client};
use crate::ipc::protocol::{Request, Response, View};
use crate::ipc::socket_path;
use crate::posture::Prompt;
use crate::store::paths::Paths;
use crate::{daemon, platform};

/// How long to pause, as given on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseLength {
    For(Duration),
    Tomorrow,
}

impl PauseLength {
    /// The request that asks for this pause.
    pub fn request(self) -> Request {
        match self {
            PauseLength::For(d) => Request::Pause { secs: d.as_secs() },
            PauseLength::Tomorrow => Request::PauseUntilTomorrow,
        }
    }
}

/// Parses `30m`, `1h`, `tomorrow`; the daemon checks the 24-hour limit.
pub fn parse_pause(text: &str) -> Result<PauseLength, String> {
    if text == "tomorrow" {
        return Ok(PauseLength::Tomorrow);
    }
    let d = humantime::parse_duration(text)
        .map_err(|_| format!("\"{text}\" is not a duration like 30m or 1h, nor \"tomorrow\""))?;
    if d.is_zero() || d > Duration::from_secs(24 * 3600) {
        return Err(format!("{text}: a pause lasts from 1s to 24h"));
    }
    Ok(PauseLength::For(d))
}

fn connect(paths: &Paths) -> Result<Option<Client>> {
    match Client::connect(&socket_path(paths)) {
        Ok(c) => Ok(Some(c)),
        Err(e) if client::is_not_running(&e) => Ok(None),
        Err(e) => Err(anyhow::anyhow!("{}: {e}", socket_path(paths).display())),
    }
}

/// Sends `request` and reports the answer as an exit outcome.
fn send(paths: &Paths, request: Request) -> Result<(Outcome, Option<Response>)> {
    let Some(mut c) = connect(paths)? else {
        eprintln!("sitbreak: {}", tr!("cli-not-running"));
        return Ok((Outcome::NoDaemon, None));
    };
    let response = c.request(request)?;
    let outcome = match &response {
        Response::Refused { refusal } => {
            let why = crate::words::refusal(refusal);
            eprintln!("sitbreak: {}", tr!("cli-refused", reason = &why));
            Outcome::Problems
        }
        Response::Error { message } => return Err(anyhow::anyhow!("{message}")),
        _ => Outcome::Success,
    };
    Ok((outcome, Some(response)))
}

/// `break`, `snooze`, `skip`, `pause`, `resume`, `quit`: act, then print
/// the new status line.
pub fn simple(paths: &Paths, request: Request) -> Result<Outcome> {
    let quitting = request == Request::Quit;
    let (outcome, response) = send(paths, request)?;
    if let Some(Response::Ok { status }) = response {
        out(&if quitting {
            tr!("cli-stopped")
        } else {
            crate::words::summary(&status)
        });
    }
    Ok(outcome)
}

/// `open` and `settings`.
pub fn open(paths: &Paths, view: View) -> Result<Outcome> {
    Ok(send(paths, Request::Open { view })?.0)
}

/// `status [--json]`
pub fn status(paths: &Paths, json: bool) -> Result<Outcome> {
    let (outcome, response) = send(paths, Request::Status)?;
    let Some(Response::Ok { status }) = response else {
        return Ok(outcome);
    };
    if json {
        // The summary line too, worded here, for scripts that show it.
        let mut value = serde_json::to_value(&status)?;
        if let Some(map) = value.as_object_mut() {
            map.insert(
                "summary".into(),
                serde_json::Value::String(crate::words::summary(&status)),
            );
        }
        out(&serde_json::to_string_pretty(&value)?);
        return Ok(outcome);
    }
    out(&crate::words::summary(&status));
    let posture = crate::words::posture(status.posture);
    let how_long = match status.posture_secs / 60 {
        0 => tr!("home-under-a-minute"),
        m => crate::words::span(m * 60),
    };
    let line = tr!("home-posture-for", posture = &posture, time = &how_long);
    out(&match status.prompt {
        Some(Prompt::StandUp) => tr!("cli-asked-to-stand", line = &line),
        Some(Prompt::SitDown) => tr!("cli-asked-to-sit", line = &line),
        None => line,
    });
    if let Some(policy) = &status.policy {
        for line in crate::words::policy(policy) {
            out(&line);
        }
    }
    if let Some(problem) = &status.hook_problem {
        let problem = crate::words::hook_problem(problem);
        out(&tr!("cli-hook-failed", problem = &problem));
    }
    if let Some(r) = &status.next_routine {
        out(&tr!(
            "cli-next-routine",
            routine = &r.name,
            time = &crate::words::span(r.length_secs),
            areas = &crate::words::areas(&r.areas)
        ));
    }
    let t = &status.today;
    out(&tr!(
        "cli-today",
        taken = t.taken,
        skipped = t.skipped,
        natural = t.natural,
        sat = &crate::words::span(t.sat_secs / 60 * 60)
    ));
    Ok(outcome)
}

/// `sitbreak` / `sitbreak --hidden`: hand over to a running daemon, or
/// become the daemon.
pub fn start(paths: Paths, hidden: bool) -> Result<Outcome> {
    let open = (!hidden).then_some(View::Home);
    daemon::run(paths, daemon::Options { open }, &platform::native::Desktop)?;
    Ok(Outcome::Success)
}

/// `doctor [--json]`: the running daemon's view of the desktop, or, with
/// none running, what a daemon started here would find.
pub fn doctor(paths: &Paths, json: bool) -> Result<Outcome> {
    let report = match connect(paths)? {
        Some(mut c) => match c.request(Request::Doctor { fresh: true })? {
            Response::Doctor { report } => report,
            other => return Err(anyhow::anyhow!("unexpected answer {other:?}")),
        },
        None => {
            if !json {
                out(&tr!("cli-doctor-no-daemon"));
            }
            daemon::parts::Platform::examine(&platform::native::Desktop)
        }
    };
    // The policy as a daemon started here reads it (the running one reads
    // the same file or keys, and rereads them when they change).
    let found = crate::store::policy_file::load(paths, crate::store::limits());
    let policy = (found.source.as_ref()).map(|s| found.policy.view(s.clone()));
    if json {
        #[derive(serde::Serialize)]
        struct Doctor<'a> {
            #[serde(flatten)]
            report: &'a crate::ipc::protocol::DesktopReport,
            policy: Option<&'a crate::ipc::protocol::PolicyView>,
        }
        let doc = Doctor {
            report: &report,
            policy: policy.as_ref(),
        };
        out(&serde_json::to_string_pretty(&doc)?);
        return Ok(Outcome::Success);
    }
    out(&tr!("settings-desktop-session", session = &report.session));
    for line in report.checks.iter().flat_map(crate::words::check_lines) {
        out(&line);
    }
    match &policy {
        Some(policy) => crate::words::policy(policy).iter().for_each(|l| out(l)),
        None => out(&crate::words::no_policy()),
    }
    Ok(Outcome::Success)
}
