//! What the views ask the window to do, and the screens they ask for.
//! Views return these; `App::apply` in `app/apply.rs` carries them
//! out, so no view reaches into the window's state.

use super::break_flow::BreakMsg;
use super::guide::Sample;
use crate::catalog::Catalog;
use crate::ipc::protocol::{StatusView, View};
use crate::settings::Settings;

/// The screens of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Break,
    Settings,
    Statistics,
    /// A sit–stand prompt, in a small window of its own.
    Prompt,
}

impl From<View> for Screen {
    fn from(v: View) -> Screen {
        match v {
            View::Home => Screen::Home,
            View::Break => Screen::Break,
            View::Settings => Screen::Settings,
            View::Statistics => Screen::Statistics,
            View::Prompt => Screen::Prompt,
        }
    }
}

/// What a view asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Navigate(Screen),
    TakeBreakNow,
    Pause(u64),
    PauseUntilTomorrow,
    Resume,
    Break(BreakMsg),
    /// Open or close "Safety and when to stop".
    Safety(bool),
    SaveSettings,
    RevertSettings,
    ExportCsv,
    /// Settings' "Play a sample".
    Sample(Sample),
    /// "I'm standing" / "I'm sitting".
    Posture(crate::posture::Posture),
    /// Settings' "Test" beside a hook.
    TestHook(&'static str),
    /// The prompt window's Snooze and "Not now" / "Keep standing".
    PromptSnooze,
    PromptSkip,
}

/// A message shown at the top of the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Banner {
    pub text: String,
    pub is_error: bool,
}

/// What the window knows from the daemon and the routine files, as every
/// view reads it.
#[derive(Clone, Copy)]
pub struct Known<'a> {
    /// The daemon's last status; `None` before it answered.
    pub status: Option<&'a StatusView>,
    pub settings: &'a Settings,
    pub catalog: &'a Catalog,
}

impl Known<'_> {
    /// A strict schedule offers no skipping.
    pub fn strict(&self) -> bool {
        self.status.is_some_and(|s| s.strict)
    }
}
