//! Which sound cue belongs to which moment of a break, and what the voice
//! says then. Pure: the window feeds it the player's position each frame
//! and plays what comes out, so the moments are tested with a fake clock.

use std::time::Duration;

use crate::player::{Position, Side};

/// A moment that has its own sound, so it can be told apart without
/// looking. "Stop — this hurts" has none on purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// The notification some time before a break.
    Warning,
    /// "Time to stand up".
    BreakDue,
    /// The count-in before a stretch: 3, 2, 1.
    Count(u8),
    /// A stretch's clock starts (after its count-in).
    Begin,
    /// A new rep of a repeated movement (not the first: `Begin` is that).
    Rep {
        rep: u32,
        of: u32,
    },
    SwitchSides,
    /// The last three seconds of a hold: 3, 2, 1.
    Ending(u8),
    /// The routine is over.
    Finished,
}

/// Cues are switched on and off by group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Before and at a break (played by the daemon).
    Reminders,
    /// During a routine (played by the window).
    Player,
}

impl Cue {
    pub fn group(self) -> Group {
        match self {
            Cue::Warning | Cue::BreakDue => Group::Reminders,
            _ => Group::Player,
        }
    }
}

/// Holds shorter than this get no "last three seconds": the count would
/// cover most of the hold.
const ENDING_FROM: Duration = Duration::from_secs(6);

/// What the cues last saw of the player, to find the moments crossed since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    item: usize,
    side: Side,
    /// Whole seconds left of the count-in, rounded up.
    count: Option<u64>,
    /// Whole seconds left of a hold, rounded up (holds only).
    hold: Option<u64>,
    rep: Option<(u32, u32)>,
}

impl Mark {
    fn of(pos: &Position) -> Mark {
        let ceil = |d: Duration| d.as_millis().div_ceil(1000) as u64;
        let hold = (pos.rep.is_none() && pos.segment_length >= ENDING_FROM)
            .then(|| ceil(pos.segment_left));
        Mark {
            item: pos.item_idx,
            side: pos.side,
            count: pos.get_ready.map(ceil),
            hold,
            rep: pos.rep,
        }
    }
}

/// Finds the cues between one look at the player and the next.
#[derive(Debug, Default, Clone)]
pub struct CueTracker {
    last: Option<Mark>,
    finished: bool,
}

/// What happened between two looks at the player.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Moments {
    pub cues: Vec<Cue>,
    /// A stretch started (or started again): time to introduce it.
    pub new_stretch: bool,
}

/// A stretch starting: a new item, or the same one begun again (Back).
fn fresh_start(mark: &Mark, cues: &mut Vec<Cue>) {
    match mark.count {
        Some(n) => cues.push(Cue::Count(n.min(3) as u8)),
        None => cues.push(Cue::Begin),
    }
}

impl CueTracker {
    /// The cues since the last call, given where the player is now.
    /// Call it only while the routine plays (not while paused, nor on the
    /// "this hurts" screen), so that those stay silent.
    pub fn update(&mut self, pos: &Position, finished: bool) -> Moments {
        let mut cues = Vec::new();
        let new_stretch = self.look(pos, finished, &mut cues);
        Moments { cues, new_stretch }
    }

    /// Pushes the cues crossed; true when a stretch started.
    fn look(&mut self, pos: &Position, finished: bool, cues: &mut Vec<Cue>) -> bool {
        if finished {
            if !self.finished {
                cues.push(Cue::Finished);
            }
            self.finished = true;
            self.last = None;
            return false;
        }
        self.finished = false;
        let now = Mark::of(pos);
        let Some(before) = self.last.replace(now) else {
            fresh_start(&now, cues);
            return true;
        };
        if now == before {
            return false;
        }
        if now.item != before.item {
            fresh_start(&now, cues);
            return true;
        }
        if before.side == Side::First && now.side == Side::Other {
            cues.push(Cue::SwitchSides);
            return false;
        }
        let restarted = now.side != before.side
            || (before.count.is_none() && now.count.is_some())
            || now.count > before.count
            || now.hold > before.hold
            || now.rep < before.rep;
        if restarted {
            fresh_start(&now, cues);
            return true;
        }
        match (before.count, now.count) {
            (Some(_), None) => cues.push(Cue::Begin),
            (Some(b), Some(n)) if n < b && n >= 1 => cues.push(Cue::Count(n.min(3) as u8)),
            _ => {}
        }
        if let (Some((b, _)), Some((rep, of))) = (before.rep, now.rep)
            && rep > b
            && now.count.is_none()
        {
            cues.push(Cue::Rep { rep, of });
        }
        if let (Some(b), Some(n)) = (before.hold, now.hold)
            && n < b
            && (1..=3).contains(&n)
        {
            cues.push(Cue::Ending(n as u8));
        }
        false
    }
}

#[cfg(test)]
mod tests;
