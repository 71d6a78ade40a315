//! The window program's arguments. Declared here, beside the daemon's, so
//! that its man page is made from the same definition it parses with.

use clap::{Parser, ValueEnum};

use crate::ipc::protocol::View;

/// The Sitbreak window: home, the break card and guided player, settings and
/// statistics. The daemon starts it; run `sitbreak` or `sitbreak open`
/// rather than starting it yourself.
#[derive(Debug, Parser)]
#[command(name = "sitbreak-window", version, about, long_about = None)]
pub struct WindowArgs {
    /// The view to open on
    #[arg(long, value_enum, default_value_t = ViewArg::Home)]
    pub view: ViewArg,
}

/// The views the window opens on, spelled as `View::as_str` spells them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ViewArg {
    Home,
    Break,
    Settings,
    Statistics,
    Prompt,
}

impl From<ViewArg> for View {
    fn from(v: ViewArg) -> View {
        match v {
            ViewArg::Home => View::Home,
            ViewArg::Break => View::Break,
            ViewArg::Settings => View::Settings,
            ViewArg::Statistics => View::Statistics,
            ViewArg::Prompt => View::Prompt,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_the_daemon_asks_for_parses_to_itself() {
        for view in [
            View::Home,
            View::Break,
            View::Settings,
            View::Statistics,
            View::Prompt,
        ] {
            let args = WindowArgs::try_parse_from(["sitbreak-window", "--view", view.as_str()])
                .expect("parses");
            assert_eq!(View::from(args.view), view);
        }
    }

    #[test]
    fn an_unknown_view_is_refused() {
        assert!(WindowArgs::try_parse_from(["sitbreak-window", "--view", "nope"]).is_err());
    }
}
