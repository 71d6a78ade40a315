//! Command-line interface: argument definitions and the commands that work
//! without a daemon. Exit codes: 0 success, 1 problems found (invalid
//! routine files) or an action refused, 2 usage errors, I/O errors or no
//! daemon running.

mod catalog_cmds;
mod control_cmds;
mod stats_cmd;
pub mod stretch_table;
pub mod window_args;

use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use crate::store::paths::Paths;

/// Sitbreak reminds you to stand up every 30 minutes and guides you through
/// short stretch routines drawn from published articles on sciatica.
#[derive(Debug, Parser)]
#[command(name = "sitbreak", version, about, long_about = None)]
pub struct Cli {
    /// Start into the tray only, without opening the window (for autostart)
    #[arg(long)]
    pub hidden: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the schedule: next break, pause, today's breaks
    Status {
        /// Print JSON instead of a sentence
        #[arg(long)]
        json: bool,
    },
    /// Take a break now
    Break,
    /// Put off the coming break
    Snooze,
    /// Skip the coming break (refused in strict mode)
    Skip,
    /// Pause reminders: 30m, 1h, 2h (up to 24h) or tomorrow
    Pause {
        /// A duration such as 30m or 1h, or "tomorrow"
        #[arg(value_parser = control_cmds::parse_pause)]
        length: control_cmds::PauseLength,
    },
    /// Resume reminders after a pause
    Resume,
    /// Say you stand now (at a sit–stand desk): the sitting ends, and a break to move comes later
    Stand,
    /// Say you sit again
    Sit,
    /// Open the Sitbreak window
    Open,
    /// Open the window on settings
    Settings,
    /// Stop the daemon
    Quit,
    /// List the stretch routines and stretches (built-in and your own)
    Routines {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Validate routine files; exits 1 with file:line messages on errors.
    /// With --sources, also check that every quote appears word for word in
    /// the article it cites (the built-in catalog's when no file is named)
    CheckRoutines {
        /// Routine files (TOML, same format as the built-in stretches/)
        #[arg(required_unless_present = "sources")]
        files: Vec<std::path::PathBuf>,
        /// The folder holding the articles, under the file names the
        /// catalog gives them
        #[arg(long, value_name = "DIR")]
        sources: Option<std::path::PathBuf>,
    },
    /// Say what this desktop offers Sitbreak (tray, notifications, idle
    /// time, suspend) and what to do about anything missing
    Doctor {
        /// Print JSON instead of sentences
        #[arg(long)]
        json: bool,
    },
    /// Show break statistics from the history
    Stats {
        /// Number of days to show, ending today
        #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u32).range(1..=366))]
        days: u32,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
}

/// What a command asks `main` to exit with.
pub enum Outcome {
    Success,
    /// Problems were found and reported, or an action was refused (exit 1).
    Problems,
    /// No daemon is running (exit 2).
    NoDaemon,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        match o {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::Problems => ExitCode::from(1),
            Outcome::NoDaemon => ExitCode::from(2),
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    let paths = Paths::from_env()?;
    crate::i18n::init(&crate::store::language(&paths));
    match cli.command {
        None => control_cmds::start(paths, cli.hidden),
        Some(Command::Status { json }) => control_cmds::status(&paths, json),
        Some(Command::Break) => {
            control_cmds::simple(&paths, crate::ipc::protocol::Request::TakeBreak)
        }
        Some(Command::Snooze) => {
            control_cmds::simple(&paths, crate::ipc::protocol::Request::Snooze)
        }
        Some(Command::Skip) => control_cmds::simple(&paths, crate::ipc::protocol::Request::Skip),
        Some(Command::Pause { length }) => control_cmds::simple(&paths, length.request()),
        Some(Command::Resume) => {
            control_cmds::simple(&paths, crate::ipc::protocol::Request::Resume)
        }
        Some(Command::Stand) => control_cmds::simple(
            &paths,
            crate::ipc::protocol::Request::Posture {
                posture: crate::posture::Posture::Standing,
            },
        ),
        Some(Command::Sit) => control_cmds::simple(
            &paths,
            crate::ipc::protocol::Request::Posture {
                posture: crate::posture::Posture::Sitting,
            },
        ),
        Some(Command::Open) => control_cmds::open(&paths, crate::ipc::protocol::View::Home),
        Some(Command::Settings) => control_cmds::open(&paths, crate::ipc::protocol::View::Settings),
        Some(Command::Quit) => control_cmds::simple(&paths, crate::ipc::protocol::Request::Quit),
        Some(Command::Routines { json }) => catalog_cmds::routines(&paths, json),
        Some(Command::CheckRoutines { files, sources }) => {
            catalog_cmds::check_routines(&files, sources.as_deref())
        }
        Some(Command::Stats { days, json }) => stats_cmd::stats(&paths, days, json),
        Some(Command::Doctor { json }) => control_cmds::doctor(&paths, json),
    }
}

/// Prints a warning line the way every command does.
/// `text` padded with spaces to `cells` terminal columns, counting the
/// two cells a Chinese or Japanese letter takes.
fn padded(text: &str, cells: usize) -> String {
    let width = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(cells.saturating_sub(width)))
}

/// `text` right-aligned in `cells` terminal columns.
fn right(text: &str, cells: usize) -> String {
    let width = unicode_width::UnicodeWidthStr::width(text);
    format!("{}{text}", " ".repeat(cells.saturating_sub(width)))
}

pub fn warn(message: &str) {
    eprintln!("sitbreak: warning: {message}");
}

/// Prints a line to stdout. A closed pipe (`sitbreak routines | head`) is
/// not an error worth a message, so write failures are ignored here.
pub fn out(line: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(line.as_bytes());
    let _ = stdout.write_all(b"\n");
}
