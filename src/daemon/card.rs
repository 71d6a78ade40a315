//! Carries out the window's life cycle (`window_life.rs`): cards that wait
//! for a pause in input, an open window told to show the break, and what
//! comes when the window exits.

use super::state::Daemon;
use super::window_life::{AfterExit, Patience};
use crate::engine::{Now, PhaseKind};
use crate::ipc::protocol::View;

impl Daemon {
    /// The break is due: its card comes at the next pause in input.
    pub(super) fn card_due(&mut self, now: Now) {
        self.windows.card_due(now.mono, View::Break);
        self.show_card_when_quiet(now);
    }

    /// A sit–stand prompt shows: its window comes at the next pause in
    /// input, unless a break's card is waiting already.
    pub(super) fn prompt_card(&mut self, now: Now) {
        if self.windows.prompt_due(now.mono) {
            self.show_card_when_quiet(now);
        }
    }

    /// Shows a waiting card if input has paused or it waited long enough.
    pub(super) fn show_card_when_quiet(&mut self, now: Now) {
        let Some(view) = self.windows.waiting() else {
            return;
        };
        let phase = self.engine.status(now.mono).phase;
        let wanted = match view {
            View::Prompt => self.posture.showing().is_some() && phase != PhaseKind::BreakDue,
            _ => phase == PhaseKind::BreakDue,
        };
        if !wanted {
            self.windows.forget_waiting();
            return;
        }
        if !self.windows.time_to_look(now.mono) {
            return;
        }
        let idle = self.parts.idle.idle_time();
        let patience = Patience {
            after_pause: self.settings.card_after_pause,
            max_delay: self.settings.card_max_delay,
        };
        match self.windows.look(now.mono, idle, patience) {
            Some(View::Prompt) => self.open_prompt_window(),
            Some(view) => self.open_window(view),
            None => {}
        }
    }

    /// Opens the window, or asks an open one to show `view`; one showing
    /// something else closes for a fresh card (see `window_life.rs`).
    pub(super) fn open_window(&mut self, view: View) {
        if !self.parts.window.open(view) {
            self.push_show(view);
            self.windows.pushed(view);
        }
    }

    /// Opens the prompt's window. While another window is open (the break
    /// that just ended is still closing) it comes when that one exits.
    pub(super) fn open_prompt_window(&mut self) {
        let opened = self.parts.window.open(View::Prompt);
        self.windows.prompt_window(opened);
    }

    /// The window exited: the break's card comes back, or the break is over
    /// (abandoned, if it was still running) and a waiting prompt's window
    /// comes.
    pub(super) fn window_exited(&mut self, now: Now, remap: bool) {
        let phase = self.engine.status(now.mono).phase;
        let break_now = matches!(phase, PhaseKind::BreakDue | PhaseKind::OnBreak);
        match self.windows.exited(remap, break_now) {
            AfterExit::BreakCard => self.open_window(View::Break),
            AfterExit::Closed { prompt } => {
                self.window_closed(now);
                if prompt && self.posture.showing().is_some() {
                    self.open_prompt_window();
                }
            }
        }
    }
}
