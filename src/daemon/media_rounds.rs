//! Media players paused for a break and resumed after it, the same way on
//! every desktop: each round on a short-lived thread, so a hung player
//! never holds up the daemon, and only the players this break paused are
//! resumed. The platform says how to pause what plays (returning whom it
//! paused) and how to resume those still paused.

use std::thread::JoinHandle;

use super::parts::Players;

/// The rounds, with the players the running break paused.
pub struct MediaRounds {
    pause_playing: fn() -> Vec<String>,
    resume_paused: fn(Vec<String>),
    pausing: Option<JoinHandle<Vec<String>>>,
}

impl MediaRounds {
    pub fn new(pause_playing: fn() -> Vec<String>, resume_paused: fn(Vec<String>)) -> MediaRounds {
        MediaRounds {
            pause_playing,
            resume_paused,
            pausing: None,
        }
    }
}

impl Players for MediaRounds {
    /// Pauses every player that is playing.
    fn pause(&mut self) {
        if self.pausing.is_some() {
            return;
        }
        let pause = self.pause_playing;
        self.pausing = std::thread::Builder::new()
            .name("media".into())
            .spawn(pause)
            .ok();
    }

    /// Resumes the players the pause paused, once it is done.
    fn resume(&mut self) {
        let Some(pausing) = self.pausing.take() else {
            return;
        };
        let resume = self.resume_paused;
        let _ = std::thread::Builder::new()
            .name("media".into())
            .spawn(move || {
                let paused = pausing.join().unwrap_or_default();
                if !paused.is_empty() {
                    resume(paused);
                }
            });
    }
}
