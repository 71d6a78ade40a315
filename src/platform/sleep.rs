//! Noticing that the machine slept, from two clocks of which one keeps
//! counting through a suspend and the other does not: their gap grows by
//! the time asleep. Each platform reads its own pair; the arithmetic is
//! here, once.

use std::time::Duration;

/// A gap growth below this is scheduling noise, not a suspend.
const MIN_SLEEP: Duration = Duration::from_secs(2);

/// Notices suspends between two observations.
#[derive(Debug, Default)]
pub struct SleepDetector {
    last_gap: Option<Duration>,
}

impl SleepDetector {
    /// Takes a reading of the clock that counts through a suspend and of
    /// the one that does not; returns how long the machine slept since the
    /// previous reading, if it did.
    pub fn observe(&mut self, through_sleep: Duration, awake: Duration) -> Option<Duration> {
        let gap = through_sleep.saturating_sub(awake);
        let grown = self.last_gap.map(|last| gap.saturating_sub(last));
        self.last_gap = Some(gap);
        grown.filter(|g| *g >= MIN_SLEEP)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_growing_gap_between_the_clocks_is_a_suspend() {
        let s = Duration::from_secs;
        let mut d = SleepDetector::default();
        assert_eq!(
            d.observe(s(100), s(90)),
            None,
            "first reading has no baseline"
        );
        assert_eq!(d.observe(s(160), s(150)), None, "both clocks ran");
        assert_eq!(
            d.observe(s(3760), s(151)),
            Some(s(3599)),
            "boottime ran alone"
        );
        assert_eq!(d.observe(s(3761), s(152)), None);
    }
}
