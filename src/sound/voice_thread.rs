//! The voice's thread, the same on every platform: lines go to a thread
//! of its own, so a slow speech service never holds up the window, and
//! each new line stops the one before, so the voice follows the routine
//! rather than falling behind it. The platform's `serve` does the
//! speaking and sets the problem it last met.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};

use super::Speech;

/// What the voice is asked.
pub enum Say {
    Text(String),
    Stop,
}

/// Why the voice could not speak, the last time it tried.
pub type Problem = Mutex<Option<String>>;

/// A voice speaking on its own thread through `serve`.
pub struct VoiceThread {
    tx: Sender<Say>,
    problem: Arc<Problem>,
}

impl VoiceThread {
    /// Starts the thread; `serve` reads lines until the voice is dropped.
    pub fn spawn(serve: fn(&Receiver<Say>, &Problem)) -> VoiceThread {
        let (tx, rx) = mpsc::channel();
        let problem = Arc::new(Mutex::new(None));
        let seen = Arc::clone(&problem);
        let _ = std::thread::Builder::new()
            .name("voice".into())
            .spawn(move || serve(&rx, &seen));
        VoiceThread { tx, problem }
    }
}

impl Speech for VoiceThread {
    fn say(&self, text: String) {
        let _ = self.tx.send(Say::Text(text));
    }

    fn stop(&self) {
        let _ = self.tx.send(Say::Stop);
    }

    fn problem(&self) -> Option<String> {
        super::lock(&self.problem).clone()
    }
}
