//! The `sitbreak` binary: parse arguments, dispatch, map the result to an
//! exit code. Everything else lives in the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = sitbreak::cli::Cli::parse();
    match sitbreak::cli::run(cli) {
        Ok(outcome) => outcome.into(),
        Err(err) => {
            eprintln!("sitbreak: {err:#}");
            ExitCode::from(2)
        }
    }
}
