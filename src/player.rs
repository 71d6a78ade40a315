//! The guided player's state: which stretch, which side, how far into the
//! hold or which rep, paused or not, and how much was done. Pure: time is
//! passed in by the window, so it is tested with a fake clock.

use std::time::Duration;

use crate::catalog::{Catalog, Dose, Routine};

/// Which side of the body a timed stretch works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// A stretch done once, for both sides or the middle.
    Only,
    /// The first side of a two-sided stretch.
    First,
    /// The other side: the same movement, mirrored.
    Other,
}

/// One timed stretch of a routine item: the whole item, or one side of a
/// two-sided one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Index of the item in the routine.
    pub item_idx: usize,
    pub side: Side,
    pub dose: Dose,
}

impl Segment {
    fn length(&self) -> Duration {
        self.dose.length()
    }
}

/// Where the player stands, for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub item_idx: usize,
    pub n_items: usize,
    pub side: Side,
    /// Time left in this hold or set of reps.
    pub segment_left: Duration,
    pub segment_length: Duration,
    /// The rep under way (1-based) and the count, for repeated exercises.
    pub rep: Option<(u32, u32)>,
    /// Time left in the whole routine.
    pub routine_left: Duration,
    /// Time left to get into position before this stretch starts (the
    /// count-in), while there is some.
    pub get_ready: Option<Duration>,
}

/// Something the window may want to show once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlayerEvent {
    /// The first side is done: switch to the other side.
    SwitchSides,
    /// A new stretch began.
    NextStretch,
    /// The routine is over: show the end card.
    Finished,
}

/// A routine being played.
#[derive(Debug, Clone)]
pub struct Player {
    segments: Vec<Segment>,
    n_items: usize,
    seg_idx: usize,
    elapsed: Duration,
    paused: bool,
    finished: bool,
    /// Per item: counted as done (its time ran out, or it was left by
    /// "Next" after at least half of it).
    done: Vec<bool>,
    /// The count-in before each stretch, and what is left of the current
    /// one; the stretch's own clock waits for it.
    lead_in: Duration,
    lead_left: Duration,
}

impl Player {
    /// A player at the start of `routine` (already stripped of exclusions).
    pub fn new(catalog: &Catalog, routine: &Routine) -> Player {
        let mut segments = Vec::new();
        for (item_idx, item) in routine.items.iter().enumerate() {
            let both = catalog.stretch(&item.stretch).is_some_and(|s| s.both_sides);
            let sides: &[Side] = if both {
                &[Side::First, Side::Other]
            } else {
                &[Side::Only]
            };
            for &side in sides {
                segments.push(Segment {
                    item_idx,
                    side,
                    dose: item.dose,
                });
            }
        }
        let n_items = routine.items.len();
        Player {
            finished: segments.is_empty(),
            segments,
            n_items,
            seg_idx: 0,
            elapsed: Duration::ZERO,
            paused: false,
            done: vec![false; n_items],
            lead_in: Duration::ZERO,
            lead_left: Duration::ZERO,
        }
    }

    /// The same player with a count-in of `lead` before each stretch (not
    /// before the other side of one: "switch sides" is its own moment).
    pub fn with_lead_in(mut self, lead: Duration) -> Player {
        self.lead_in = lead;
        if !self.finished {
            self.lead_left = lead;
        }
        self
    }

    /// The whole routine's length, count-ins included.
    pub fn total(&self) -> Duration {
        let items = u32::try_from(self.n_items).unwrap_or(u32::MAX);
        self.segments.iter().map(Segment::length).sum::<Duration>() + self.lead_in * items
    }

    /// Lets `dt` pass (nothing happens while paused or finished).
    pub fn advance(&mut self, dt: Duration) -> Vec<PlayerEvent> {
        let mut events = Vec::new();
        if self.paused || self.finished {
            return events;
        }
        let mut left = dt;
        while !self.finished {
            let lead = left.min(self.lead_left);
            self.lead_left -= lead;
            left -= lead;
            if !self.lead_left.is_zero() {
                break;
            }
            let Some(seg) = self.segments.get(self.seg_idx) else {
                break;
            };
            let remaining = seg.length().saturating_sub(self.elapsed);
            if left < remaining {
                self.elapsed += left;
                break;
            }
            left -= remaining;
            self.elapsed = Duration::ZERO;
            let item = seg.item_idx;
            let next_same_item = self
                .segments
                .get(self.seg_idx + 1)
                .is_some_and(|n| n.item_idx == item);
            if !next_same_item && let Some(d) = self.done.get_mut(item) {
                *d = true;
            }
            events.push(self.step_forward(next_same_item));
        }
        events
    }

    fn step_forward(&mut self, same_item: bool) -> PlayerEvent {
        self.seg_idx += 1;
        if self.seg_idx >= self.segments.len() {
            self.seg_idx = self.segments.len().saturating_sub(1);
            self.finished = true;
            self.lead_left = Duration::ZERO;
            PlayerEvent::Finished
        } else if same_item {
            PlayerEvent::SwitchSides
        } else {
            self.lead_left = self.lead_in;
            PlayerEvent::NextStretch
        }
    }

    /// Skips to the next stretch (both sides of a two-sided one).
    pub fn skip_ahead(&mut self) -> PlayerEvent {
        if self.finished {
            return PlayerEvent::Finished;
        }
        let item = self.current_item();
        let (first, last) = self.item_span(item);
        let item_length: Duration = self
            .segments
            .get(first..=last)
            .unwrap_or_default()
            .iter()
            .map(Segment::length)
            .sum();
        let into_item: Duration = self
            .segments
            .get(first..self.seg_idx)
            .unwrap_or_default()
            .iter()
            .map(Segment::length)
            .sum::<Duration>()
            + self.elapsed;
        if into_item * 2 >= item_length
            && let Some(d) = self.done.get_mut(item)
        {
            *d = true;
        }
        self.elapsed = Duration::ZERO;
        self.seg_idx = last;
        self.step_forward(false)
    }

    /// Goes back to the start of this stretch, or to the previous one when
    /// already at its start.
    pub fn back(&mut self) {
        if self.finished {
            self.finished = false;
            let item = self.current_item();
            self.seg_idx = self.item_span(item).0;
            self.elapsed = Duration::ZERO;
            self.lead_left = self.lead_in;
            return;
        }
        let item = self.current_item();
        let (first, _) = self.item_span(item);
        let at_start = self.seg_idx == first && self.elapsed < Duration::from_secs(2);
        let target = if at_start && item > 0 {
            self.item_span(item - 1).0
        } else {
            first
        };
        self.seg_idx = target;
        self.elapsed = Duration::ZERO;
        self.lead_left = self.lead_in;
    }

    /// Stops the current stretch for good (the user felt pain): it is not
    /// counted as done, and the player moves on to the next one.
    pub fn stop_current(&mut self) -> PlayerEvent {
        if self.finished {
            return PlayerEvent::Finished;
        }
        let item = self.current_item();
        let (_, last) = self.item_span(item);
        self.elapsed = Duration::ZERO;
        self.seg_idx = last;
        self.step_forward(false)
    }

    pub fn set_paused(&mut self, paused: bool) {
        self.paused = paused;
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Index of the routine item under way.
    pub fn current_item(&self) -> usize {
        self.segments.get(self.seg_idx).map_or(0, |s| s.item_idx)
    }

    /// Stretches counted as done so far.
    pub fn steps_done(&self) -> u32 {
        u32::try_from(self.done.iter().filter(|d| **d).count()).unwrap_or(u32::MAX)
    }

    /// Stretches in the routine.
    pub fn steps_total(&self) -> u32 {
        u32::try_from(self.n_items).unwrap_or(u32::MAX)
    }

    /// Where the player stands.
    pub fn position(&self) -> Position {
        let seg = self.segments.get(self.seg_idx);
        let segment_length = seg.map_or(Duration::ZERO, Segment::length);
        let segment_left = segment_length.saturating_sub(self.elapsed);
        let later: Duration = self
            .segments
            .iter()
            .skip(self.seg_idx + 1)
            .map(|s| {
                s.length()
                    + if s.side == Side::Other {
                        Duration::ZERO
                    } else {
                        self.lead_in
                    }
            })
            .sum();
        let rep = seg.and_then(|s| match s.dose {
            Dose::Reps { count, each } if !each.is_zero() => {
                let n = (self.elapsed.as_millis() / each.as_millis()) as u32 + 1;
                Some((n.min(count), count))
            }
            _ => None,
        });
        Position {
            item_idx: self.current_item(),
            n_items: self.n_items,
            side: seg.map_or(Side::Only, |s| s.side),
            segment_left,
            segment_length,
            rep,
            routine_left: if self.finished {
                Duration::ZERO
            } else {
                self.lead_left + segment_left + later
            },
            get_ready: (!self.lead_left.is_zero() && !self.finished).then_some(self.lead_left),
        }
    }

    fn item_span(&self, item: usize) -> (usize, usize) {
        let first = self
            .segments
            .iter()
            .position(|s| s.item_idx == item)
            .unwrap_or(0);
        let last = self
            .segments
            .iter()
            .rposition(|s| s.item_idx == item)
            .unwrap_or(first);
        (first, last)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::catalog;

    fn secs(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    /// "hamstrings-and-calves": stand 20 s, standing hamstring 2×20 s,
    /// hamstring sweeps 2×(5×4 s), wall calf 2×20 s.
    pub(crate) fn player() -> Player {
        let (catalog, _) = catalog::builtin();
        let routine = catalog
            .routine("hamstrings-and-calves")
            .expect("built in")
            .clone();
        Player::new(&catalog, &routine)
    }

    #[test]
    fn holds_count_down_and_two_sided_stretches_switch_sides_halfway() {
        let mut p = player();
        assert_eq!(p.position().routine_left, secs(140));
        assert_eq!(p.advance(secs(20)), [PlayerEvent::NextStretch]);
        assert_eq!(p.position().side, Side::First);
        assert_eq!(p.advance(secs(15)), []);
        assert_eq!(p.position().segment_left, secs(5));
        assert_eq!(p.advance(secs(5)), [PlayerEvent::SwitchSides]);
        assert_eq!(p.position().side, Side::Other);
        assert_eq!(p.position().item_idx, 1);
    }

    #[test]
    fn reps_move_the_rep_counter() {
        let mut p = player();
        p.advance(secs(60));
        let pos = p.position();
        assert_eq!(pos.item_idx, 2);
        assert_eq!(pos.rep, Some((1, 5)));
        p.advance(secs(9));
        assert_eq!(p.position().rep, Some((3, 5)));
    }

    #[test]
    fn pausing_stops_the_clock() {
        let mut p = player();
        p.set_paused(true);
        assert_eq!(p.advance(secs(100)), []);
        assert_eq!(p.position().routine_left, secs(140));
        p.set_paused(false);
        p.advance(secs(10));
        assert_eq!(p.position().routine_left, secs(130));
    }

    #[test]
    fn running_to_the_end_finishes_with_every_stretch_done() {
        let mut p = player();
        let events = p.advance(secs(200));
        assert_eq!(events.last(), Some(&PlayerEvent::Finished));
        assert!(p.is_finished());
        assert_eq!((p.steps_done(), p.steps_total()), (4, 4));
        assert_eq!(p.position().routine_left, Duration::ZERO);
    }

    #[test]
    fn next_counts_a_stretch_only_when_half_of_it_was_done() {
        let mut p = player();
        p.advance(secs(5));
        assert_eq!(p.skip_ahead(), PlayerEvent::NextStretch);
        assert_eq!(p.steps_done(), 0, "5 of 20 seconds is not done");
        p.advance(secs(25));
        assert_eq!(
            p.skip_ahead(),
            PlayerEvent::NextStretch,
            "both sides are skipped together"
        );
        assert_eq!(p.steps_done(), 1);
        assert_eq!(p.position().item_idx, 2);
    }

    #[test]
    fn back_restarts_the_stretch_then_goes_to_the_previous_one() {
        let mut p = player();
        p.advance(secs(30));
        p.back();
        assert_eq!((p.position().item_idx, p.position().side), (1, Side::First));
        assert_eq!(p.position().segment_left, secs(20));
        p.back();
        assert_eq!(p.position().item_idx, 0);
        p.back();
        assert_eq!(p.position().item_idx, 0, "nothing before the first");
    }

    #[test]
    fn stopping_for_pain_moves_on_without_counting_the_stretch() {
        let mut p = player();
        p.advance(secs(35));
        assert_eq!(p.stop_current(), PlayerEvent::NextStretch);
        assert_eq!(p.position().item_idx, 2);
        assert_eq!(p.steps_done(), 1, "only the first stretch is done");
    }

    #[test]
    fn the_count_in_comes_before_each_stretch_but_not_before_the_other_side() {
        let mut p = player().with_lead_in(secs(3));
        assert_eq!(p.total(), secs(140 + 4 * 3));
        assert_eq!(p.position().routine_left, secs(152));
        assert_eq!(p.position().get_ready, Some(secs(3)));
        assert_eq!(p.advance(secs(2)), []);
        assert_eq!(p.position().segment_left, secs(20), "the hold waits");
        p.advance(secs(1));
        assert_eq!(p.position().get_ready, None);
        assert_eq!(p.advance(secs(20)), [PlayerEvent::NextStretch]);
        assert_eq!(p.position().get_ready, Some(secs(3)));
        p.advance(secs(23));
        assert_eq!(p.position().side, Side::Other);
        assert_eq!(
            p.position().get_ready,
            None,
            "no count-in for the other side"
        );
        assert_eq!(p.position().routine_left, secs(152 - 46));
        p.advance(secs(200));
        assert!(p.is_finished());
        assert_eq!(p.position().get_ready, None);
    }

    #[test]
    fn next_and_back_count_in_again() {
        let mut p = player().with_lead_in(secs(3));
        p.advance(secs(10));
        p.skip_ahead();
        assert_eq!(p.position().get_ready, Some(secs(3)));
        p.advance(secs(10));
        p.back();
        assert_eq!(p.position().get_ready, Some(secs(3)));
        assert_eq!(p.position().item_idx, 1);
    }

    #[test]
    fn next_on_the_last_stretch_finishes() {
        let mut p = player();
        for _ in 0..3 {
            p.skip_ahead();
        }
        assert_eq!(p.skip_ahead(), PlayerEvent::Finished);
        assert!(p.is_finished());
        p.back();
        assert!(
            !p.is_finished(),
            "back from the end card returns to the last stretch"
        );
        assert_eq!(p.position().item_idx, 3);
    }
}
