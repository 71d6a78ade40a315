//! Command-line interface: argument definitions and the commands that work
//! without a daemon. Exit codes: 0 success, 1 problems found (invalid
//! routine files) or an action refused, 2 usage errors, I/O errors or no
//! daemon running.

mod catalog_cmds;
mod stats_cmd;

use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use crate::store::paths::Paths;

/// Sitbreak reminds you to stand up every 30 minutes and guides you through
/// short stretch routines drawn from published articles on sciatica.
#[derive(Debug, Parser)]
#[command(name = "sitbreak", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the stretch routines and stretches (built-in and your own)
    Routines {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Validate routine files; exits 1 with file:line messages on errors
    CheckRoutines {
        /// Routine files (TOML, same format as the built-in stretches/)
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
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
    /// Problems were found and reported (exit 1).
    Problems,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        match o {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::Problems => ExitCode::from(1),
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    let paths = Paths::from_env()?;
    match cli.command {
        None => catalog_cmds::overview(&paths),
        Some(Command::Routines { json }) => catalog_cmds::routines(&paths, json),
        Some(Command::CheckRoutines { files }) => catalog_cmds::check_routines(&files),
        Some(Command::Stats { days, json }) => stats_cmd::stats(&paths, days, json),
    }
}

/// Prints a warning line the way every command does.
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
