//! The `sitbreak` binary: parse arguments, dispatch, map the result to an
//! exit code. Everything else lives in the library.

// No console window flashes when Windows starts the daemon; the CLI
// attaches to the console it was run from.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    #[cfg(windows)]
    sitbreak::platform::windows::console::attach_to_parent();
    sitbreak::i18n::leave_out_window_words();
    let cli = sitbreak::cli::Cli::parse();
    match sitbreak::cli::run(cli) {
        Ok(outcome) => outcome.into(),
        Err(err) => {
            eprintln!("sitbreak: {err:#}");
            ExitCode::from(2)
        }
    }
}
