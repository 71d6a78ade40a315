//! `sitbreak-window [--view home|break|settings|statistics]`: the window,
//! started by the daemon. A separate executable so that the daemon's own
//! binary never maps a GUI toolkit.

// A window, never a console, on Windows.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use sitbreak::cli::window_args::WindowArgs;
use sitbreak::ipc::protocol::View;
use sitbreak::store::paths::Paths;

fn main() -> ExitCode {
    sitbreak::i18n::init("system");
    let view = View::from(WindowArgs::parse().view);
    let result = Paths::from_env().and_then(|paths| {
        sitbreak::ui::run(&paths, view, sitbreak::platform::native::window_platform())
    });
    match result {
        Ok(sitbreak::ui::Closed::ByPerson) => ExitCode::SUCCESS,
        Ok(sitbreak::ui::Closed::ForRemap) => ExitCode::from(sitbreak::ipc::REMAP_EXIT),
        Err(e) => {
            eprintln!("sitbreak-window: {e:#}");
            ExitCode::from(2)
        }
    }
}
