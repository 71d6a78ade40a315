//! The cues' sounds, synthesised: soft struck notes (a sine with two quiet
//! overtones, a short rounded attack and a bell-like decay), so nothing is
//! a harsh beep and no audio file of unknown licence is shipped. Pure.

use crate::cues::Cue;

/// Samples a second; mono, 16-bit.
pub const RATE: u32 = 48_000;

/// One struck note.
#[derive(Debug, Clone, Copy)]
struct Note {
    /// Hz.
    pitch: f32,
    /// When it starts, in ms from the cue's start.
    at: u32,
    /// How long it sounds, in ms.
    length: u32,
    /// Loudness, 0 to 1, before the volume setting.
    level: f32,
}

const fn note(pitch: f32, at: u32, length: u32, level: f32) -> Note {
    Note {
        pitch,
        at,
        length,
        level,
    }
}

// Equal-tempered pitches, A4 = 440 Hz.
const G4: f32 = 392.0;
const C5: f32 = 523.25;
const D5: f32 = 587.33;
const E5: f32 = 659.25;
const G5: f32 = 783.99;
const A5: f32 = 880.0;
const B5: f32 = 987.77;
const C6: f32 = 1046.5;
const E6: f32 = 1318.5;

/// Each cue's notes: a different shape for each, so they can be told
/// apart with eyes closed.
fn notes(cue: Cue) -> Vec<Note> {
    match cue {
        // One low, long, quiet chime: "soon".
        Cue::Warning => vec![note(G4, 0, 700, 0.55)],
        // Two rising notes that ring: "now".
        Cue::BreakDue => vec![note(C5, 0, 500, 0.6), note(G5, 180, 800, 0.6)],
        // A short tick; the last one a little higher.
        Cue::Count(1) => vec![note(B5, 0, 110, 0.55)],
        Cue::Count(_) => vec![note(A5, 0, 110, 0.5)],
        // A bright rising pair: "go".
        Cue::Begin => vec![note(E5, 0, 160, 0.6), note(B5, 90, 320, 0.6)],
        // A soft low knock per rep.
        Cue::Rep { .. } => vec![note(D5, 0, 140, 0.5)],
        // Down and back up.
        Cue::SwitchSides => vec![
            note(G5, 0, 150, 0.55),
            note(D5, 140, 150, 0.55),
            note(G5, 280, 300, 0.55),
        ],
        // High, very short and quiet: the hold is nearly over.
        Cue::Ending(_) => vec![note(E6, 0, 70, 0.35)],
        // A rising arpeggio that rings out.
        Cue::Finished => vec![
            note(C5, 0, 200, 0.5),
            note(E5, 150, 200, 0.5),
            note(G5, 300, 200, 0.5),
            note(C6, 450, 900, 0.55),
        ],
    }
}

/// How much of full scale a level of 1 at volume 100 reaches. Below 1, so
/// that overlapping notes of one cue cannot clip.
const HEADROOM: f32 = 0.45;

/// The gain of the volume setting (0–100): squared, so that the steps
/// sound even (50 is about 12 dB below 100).
pub fn gain(volume: u32) -> f32 {
    let v = volume.min(100) as f32 / 100.0;
    v * v
}

/// The cue's samples at `volume` (0–100).
pub fn render(cue: Cue, volume: u32) -> Vec<i16> {
    let notes = notes(cue);
    let end_ms = notes.iter().map(|n| n.at + n.length).max().unwrap_or(0);
    let len = (end_ms as usize * RATE as usize) / 1000;
    let mut mix = vec![0.0f32; len];
    for n in &notes {
        add_note(&mut mix, n);
    }
    let g = gain(volume) * HEADROOM * f32::from(i16::MAX);
    mix.iter()
        .map(|x| (x * g).clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16)
        .collect()
}

/// Several cues as one sound, each starting at its offset in ms (Settings'
/// samples).
pub fn render_run(run: &[(Cue, u32)], volume: u32) -> Vec<i16> {
    let mut out: Vec<i16> = Vec::new();
    for (cue, at) in run {
        let start = *at as usize * RATE as usize / 1000;
        let samples = render(*cue, volume);
        if out.len() < start + samples.len() {
            out.resize(start + samples.len(), 0);
        }
        for (o, s) in out.iter_mut().skip(start).zip(samples) {
            *o = o.saturating_add(s);
        }
    }
    out
}

fn add_note(mix: &mut [f32], n: &Note) {
    let rate = RATE as f32;
    let start = (n.at as usize * RATE as usize) / 1000;
    let count = (n.length as usize * RATE as usize) / 1000;
    let attack = 0.006 * rate;
    let release = 0.03 * rate;
    // Decays to about 5% by the end of the note, like a struck bar.
    let decay = 3.0 / count.max(1) as f32;
    let w = std::f32::consts::TAU * n.pitch / rate;
    for (i, out) in mix.iter_mut().skip(start).take(count).enumerate() {
        let t = i as f32;
        let rise = if t < attack {
            0.5 - 0.5 * (std::f32::consts::PI * t / attack).cos()
        } else {
            1.0
        };
        let left = (count - i) as f32;
        let fall = if left < release {
            0.5 - 0.5 * (std::f32::consts::PI * left / release).cos()
        } else {
            1.0
        };
        let body = (-decay * t).exp();
        let tone = (w * t).sin() + 0.25 * (2.0 * w * t).sin() + 0.08 * (3.0 * w * t).sin();
        *out += n.level * rise * fall * body * tone / 1.33;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn peak(samples: &[i16]) -> i32 {
        samples
            .iter()
            .map(|s| i32::from(*s).abs())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn every_cue_is_short_and_starts_and_ends_softly() {
        for cue in [
            Cue::Warning,
            Cue::BreakDue,
            Cue::Count(3),
            Cue::Count(1),
            Cue::Begin,
            Cue::Rep { rep: 2, of: 5 },
            Cue::SwitchSides,
            Cue::Ending(1),
            Cue::Finished,
        ] {
            let s = render(cue, 100);
            assert!(!s.is_empty() && s.len() <= RATE as usize * 3 / 2, "{cue:?}");
            assert!(
                i32::from(s[0]).abs() < 100 && i32::from(*s.last().unwrap()).abs() < 100,
                "{cue:?} clicks"
            );
            assert!(peak(&s) < i32::from(i16::MAX), "{cue:?} clips");
        }
    }

    #[test]
    fn cues_sound_different_from_each_other() {
        let a = render(Cue::Count(2), 100);
        let b = render(Cue::Ending(2), 100);
        let c = render(Cue::Rep { rep: 2, of: 3 }, 100);
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert_ne!(b, c);
    }

    #[test]
    fn the_volume_scales_the_level_and_zero_is_silence() {
        let full = peak(&render(Cue::BreakDue, 100));
        let half = peak(&render(Cue::BreakDue, 50));
        assert!(
            (f64::from(full) / f64::from(half) - 4.0).abs() < 0.05,
            "{full} {half}"
        );
        assert_eq!(peak(&render(Cue::BreakDue, 0)), 0);
    }
}
