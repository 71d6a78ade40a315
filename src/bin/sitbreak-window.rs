//! `sitbreak-window [--view home|break|settings|statistics]`: the window,
//! started by the daemon. A separate executable so that the daemon's own
//! binary never maps a GUI toolkit.

use std::process::ExitCode;

use sitbreak::ipc::protocol::View;
use sitbreak::store::paths::Paths;

fn parse_view(args: &[String]) -> Result<View, String> {
    match args {
        [] => Ok(View::Home),
        [flag, value] if flag == "--view" => match value.as_str() {
            "home" => Ok(View::Home),
            "break" => Ok(View::Break),
            "settings" => Ok(View::Settings),
            "statistics" => Ok(View::Statistics),
            other => Err(format!(
                "unknown view \"{other}\" (home, break, settings, statistics)"
            )),
        },
        _ => Err("usage: sitbreak-window [--view home|break|settings|statistics]".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let view = match parse_view(&args) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("sitbreak-window: {e}");
            return ExitCode::from(2);
        }
    };
    let result = Paths::from_env().and_then(|paths| sitbreak::ui::run(&paths, view));
    match result {
        Ok(sitbreak::ui::Closed::ByPerson) => ExitCode::SUCCESS,
        Ok(sitbreak::ui::Closed::ForRemap) => ExitCode::from(sitbreak::ipc::REMAP_EXIT),
        Err(e) => {
            eprintln!("sitbreak-window: {e:#}");
            ExitCode::from(2)
        }
    }
}
