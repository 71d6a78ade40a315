//! Hands-free guidance: the player's sound cues and the optional voice, so
//! a routine can be followed facing the wall or folded forward. Which cue
//! belongs to which moment is decided by the pure [`CueTracker`]; this
//! plays them on the platform's speakers and voice. The sound connection
//! and the voice are made on the first cue, so a window that never plays a
//! routine never touches either. A guide with no platform (the views under
//! test) plays nothing.

use std::sync::Arc;
use std::time::Duration;

use crate::catalog::Catalog;
use crate::cues::{Cue, CueTracker};
use crate::settings::Settings;
use crate::sound::{MakeVoice, Output, Speakers, Speech};
use crate::words;

use super::break_flow::{BreakFlow, Stage};

/// After the last cue the window keeps its stream this long, so the next
/// cue (a second later in a count) does not wait for a new connection.
const LINGER: Duration = Duration::from_secs(4);

#[derive(Default)]
pub struct Guide {
    /// Where sound and speech go; `None` plays nothing.
    platform: Option<(Arc<dyn Speakers>, MakeVoice)>,
    tracker: CueTracker,
    output: Option<Output>,
    voice: Option<Box<dyn Speech>>,
    /// Whether the routine was running last frame, to hush it once when
    /// it stops (pause, "this hurts").
    running: bool,
}

impl Guide {
    pub fn new(speakers: Arc<dyn Speakers>, voice: MakeVoice) -> Guide {
        Guide {
            platform: Some((speakers, voice)),
            ..Guide::default()
        }
    }

    fn output(&mut self) -> Option<&Output> {
        let speakers = &self.platform.as_ref()?.0;
        Some(
            self.output
                .get_or_insert_with(|| Output::new(LINGER, Arc::clone(speakers))),
        )
    }

    fn voice(&mut self) -> Option<&dyn Speech> {
        let make = self.platform.as_ref()?.1;
        Some(&**self.voice.get_or_insert_with(make))
    }

    /// Plays what the routine's latest moments call for. Call once a
    /// frame, after the player has advanced.
    pub fn frame(&mut self, flow: &BreakFlow, catalog: &Catalog, settings: &Settings) {
        let Some(player) = &flow.player else {
            return;
        };
        let ended = flow.stage == Stage::End && player.is_finished();
        let running = ended || (flow.stage == Stage::Playing && !player.is_paused());
        if !running {
            if self.running {
                self.hush();
            }
            self.running = false;
            return;
        }
        self.running = !ended;
        let pos = player.position();
        let moments = self.tracker.update(&pos, player.is_finished());
        if settings.player_sounds {
            for cue in &moments.cues {
                if let Some(output) = self.output() {
                    output.play(*cue, settings.volume);
                }
            }
        }
        if !settings.voice {
            return;
        }
        let stretch = flow
            .routine
            .as_ref()
            .and_then(|r| r.items.get(pos.item_idx))
            .and_then(|item| catalog.stretch(&item.stretch));
        if moments.new_stretch
            && let Some(stretch) = stretch
        {
            let text = words::catalog::introduce(stretch, pos.item_idx == 0);
            if let Some(voice) = self.voice() {
                voice.say(text);
            }
        }
        let turn = stretch.map(|s| s.turn).unwrap_or_default();
        for cue in moments.cues {
            if let Some(text) = words::catalog::speech(cue, turn)
                && let Some(voice) = self.voice()
            {
                voice.say(text);
            }
        }
    }

    /// The break screen was left: silence a routine that was running.
    pub fn leave(&mut self) {
        if self.running {
            self.hush();
        }
        self.running = false;
    }

    /// Silences cues and voice at once (pause, "this hurts").
    fn hush(&mut self) {
        if let Some(o) = &self.output {
            o.hush();
        }
        if let Some(v) = &self.voice {
            v.stop();
        }
    }

    /// Settings' "Play a sample": a short run of one group's cues, or a
    /// line of the voice, at `volume` (the form's, saved or not).
    pub fn sample(&mut self, which: Sample, volume: u32) {
        match which {
            Sample::Reminders => {
                if let Some(output) = self.output() {
                    output.play_run(&REMINDER_SAMPLE, volume);
                }
            }
            Sample::Player => {
                if let Some(output) = self.output() {
                    output.play_run(&PLAYER_SAMPLE, volume);
                }
            }
            Sample::Voice => {
                if let Some(voice) = self.voice() {
                    voice.say("This is how Sitbreak talks you through a stretch. Next: Standing hamstring stretch.".into());
                }
            }
        }
    }

    /// Why sound or the voice last failed, if they did.
    pub fn problems(&self) -> (Option<String>, Option<String>) {
        (
            self.output.as_ref().and_then(Output::problem),
            self.voice.as_ref().and_then(|v| v.problem()),
        )
    }
}

/// What "Play a sample" plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sample {
    Reminders,
    Player,
    Voice,
}

const REMINDER_SAMPLE: [(Cue, u32); 2] = [(Cue::Warning, 0), (Cue::BreakDue, 1200)];
const PLAYER_SAMPLE: [(Cue, u32); 7] = [
    (Cue::Count(3), 0),
    (Cue::Count(2), 700),
    (Cue::Count(1), 1400),
    (Cue::Begin, 2100),
    (Cue::Rep { rep: 2, of: 3 }, 3000),
    (Cue::SwitchSides, 3900),
    (Cue::Finished, 5000),
];
