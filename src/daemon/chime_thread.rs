//! Reminder sounds, each on a thread that ends with it: the idle daemon
//! keeps no connection to the sound output and no thread between breaks.

use std::sync::{Arc, Mutex};

use super::parts::{Chimes, report};
use crate::cues::Cue;
use crate::sound::Speakers;

/// Plays each chime on `speakers`, telling a problem once rather than at
/// every break (Settings → Sound and `sitbreak doctor` always say it).
pub struct ChimeThread {
    speakers: Arc<dyn Speakers>,
    last_problem: Arc<Mutex<Option<String>>>,
}

impl ChimeThread {
    pub fn new(speakers: Arc<dyn Speakers>) -> ChimeThread {
        ChimeThread {
            speakers,
            last_problem: Arc::default(),
        }
    }
}

impl Chimes for ChimeThread {
    fn play(&mut self, cue: Cue, volume: u32) {
        let speakers = Arc::clone(&self.speakers);
        let last_problem = Arc::clone(&self.last_problem);
        let spawned = std::thread::Builder::new()
            .name("chime".into())
            .spawn(move || {
                let played = crate::sound::play_once(speakers.as_ref(), cue, volume);
                let mut last = crate::sound::lock(&last_problem);
                if let Err(why) = &played
                    && last.as_ref() != Some(why)
                {
                    report(&format!("no reminder sounds: {why}"));
                }
                *last = played.err();
            });
        if let Err(e) = spawned {
            report(&format!("no reminder sound (cannot start a thread: {e})"));
        }
    }
}
