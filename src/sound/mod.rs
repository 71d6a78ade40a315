//! Sound cues and the voice (shell). `tones` makes each cue's samples
//! (pure); the platform's [`Speakers`] play them on the sound server and
//! its [`Speech`] speaks. Nothing here is resident: the daemon plays a
//! reminder on a thread that ends with the sound, and the window's
//! [`Output`] holds a connection only while cues come.

pub mod tones;
pub mod voice_thread;

use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::cues::Cue;

/// The platform's sound output.
pub trait Speakers: Send + Sync {
    /// Opens a stream and answers each of its requests for samples with
    /// `fill` until it says [`Feed::Finish`]; returns once that has played
    /// out. The error says why in words.
    fn play(&self, fill: &mut dyn FnMut(&mut [i16]) -> Feed) -> Result<(), String>;
    /// Which sound server answers, for `sitbreak doctor`.
    fn server(&self) -> Result<String, String>;
}

/// Makes the platform's voice, at its first line.
pub type MakeVoice = fn() -> Box<dyn Speech>;

/// What a feeder says after filling a request.
pub enum Feed {
    More,
    /// Play out what was sent, then close.
    Finish,
}

/// The platform's voice: speaks on a thread of its own, each new line
/// stopping the one before.
pub trait Speech {
    fn say(&self, text: String);
    /// Stops speaking (pause, or the routine left).
    fn stop(&self);
    /// Why the voice could not speak, the last time it tried.
    fn problem(&self) -> Option<String>;
}

/// A new cue cuts the one playing with a fade this long, so that cues
/// that come close together never pile up into noise, and never click.
const CUT: usize = tones::RATE as usize / 200;

enum Job {
    Play(Vec<i16>),
    /// Stop what plays (pause).
    Hush,
}

/// Plays cues one at a time on a thread of its own. The connection opens
/// with the first cue and closes once nothing has played for `linger`.
pub struct Output {
    tx: Sender<Job>,
    /// Why the last attempt to play failed, if it did.
    problem: Arc<Mutex<Option<String>>>,
}

impl Output {
    pub fn new(linger: Duration, speakers: Arc<dyn Speakers>) -> Output {
        let (tx, rx) = mpsc::channel();
        let problem = Arc::new(Mutex::new(None));
        let seen = Arc::clone(&problem);
        let spawned = std::thread::Builder::new()
            .name("sound".into())
            .spawn(move || serve(&rx, linger, &seen, speakers.as_ref()));
        if let Err(e) = spawned {
            *lock(&problem) = Some(format!("cannot start the sound thread: {e}"));
        }
        Output { tx, problem }
    }

    /// Plays `cue` at `volume` (0–100), cutting off any cue still sounding.
    pub fn play(&self, cue: Cue, volume: u32) {
        if volume > 0 {
            let _ = self.tx.send(Job::Play(tones::render(cue, volume)));
        }
    }

    /// Plays several cues as one sound, each at its offset in ms.
    pub fn play_run(&self, run: &[(Cue, u32)], volume: u32) {
        if volume > 0 {
            let _ = self.tx.send(Job::Play(tones::render_run(run, volume)));
        }
    }

    /// Silences what is playing.
    pub fn hush(&self) {
        let _ = self.tx.send(Job::Hush);
    }

    /// Why sound could not be played, the last time it was tried.
    pub fn problem(&self) -> Option<String> {
        lock(&self.problem).clone()
    }
}

/// A lock that a panicked holder does not poison: what it guards is a
/// note of the last problem, always whole.
pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn serve(
    rx: &Receiver<Job>,
    linger: Duration,
    problem: &Mutex<Option<String>>,
    speakers: &dyn Speakers,
) {
    while let Ok(job) = rx.recv() {
        let Job::Play(first) = job else { continue };
        let played = speakers.play(&mut feeder(first, rx, linger));
        *lock(problem) = played.err();
    }
}

/// Fills each request of the stream: the current cue, then silence; a new
/// cue replaces the current one after a short fade. It finishes once no cue
/// has come for `linger`, or when the owner is gone.
fn feeder(first: Vec<i16>, rx: &Receiver<Job>, linger: Duration) -> impl FnMut(&mut [i16]) -> Feed {
    let linger_samples = (linger.as_secs_f64() * f64::from(tones::RATE)) as usize;
    let mut current = first;
    let mut at = 0usize;
    let mut quiet = 0usize;
    let mut gone = false;
    move |out: &mut [i16]| {
        loop {
            match rx.try_recv() {
                Ok(Job::Play(next)) => {
                    current = cut_into(current.get(at..).unwrap_or_default(), next);
                    at = 0;
                }
                Ok(Job::Hush) => {
                    current = cut_into(current.get(at..).unwrap_or_default(), Vec::new());
                    at = 0;
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    gone = true;
                    break;
                }
            }
        }
        let rest = current.get(at..).unwrap_or_default();
        let n = out.len().min(rest.len());
        for (o, s) in out.iter_mut().zip(rest) {
            *o = *s;
        }
        at += n;
        if n < out.len() {
            quiet += out.len() - n;
        } else {
            quiet = 0;
        }
        if at >= current.len() && (gone || quiet >= linger_samples) {
            Feed::Finish
        } else {
            Feed::More
        }
    }
}

/// `next`, with the first few milliseconds of what was left of the old cue
/// fading out over its start.
fn cut_into(rest: &[i16], mut next: Vec<i16>) -> Vec<i16> {
    let fade = rest.len().min(CUT);
    if next.len() < fade {
        next.resize(fade, 0);
    }
    for (i, (out, old)) in next.iter_mut().zip(rest).take(fade).enumerate() {
        let keep = 1.0 - i as f32 / fade as f32;
        let mixed = f32::from(*out) + f32::from(*old) * keep;
        *out = mixed.clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16;
    }
    next
}

/// Plays one reminder and returns when it has played out (or could not
/// be played: the error says why). Run it on a thread that ends with it.
pub fn play_once(speakers: &dyn Speakers, cue: Cue, volume: u32) -> Result<(), String> {
    if volume == 0 {
        return Ok(());
    }
    let (_tx, rx) = mpsc::channel();
    speakers.play(&mut feeder(tones::render(cue, volume), &rx, Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cue_cut_short_fades_out_under_the_next_instead_of_stopping_dead() {
        let old = vec![10_000i16; 1000];
        let next = vec![0i16; 10];
        let mixed = cut_into(&old, next);
        assert_eq!(mixed.len(), CUT, "the fade outlasts a shorter cue");
        assert_eq!(mixed[0], 10_000);
        assert!(mixed[CUT / 2] < 6_000 && mixed[CUT / 2] > 4_000);
        assert!(mixed[CUT - 1] < 200);
    }
}
