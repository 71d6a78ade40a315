//! The daemon's clock: CLOCK_BOOTTIME for the engine (it keeps counting
//! through suspend and never jumps), local time for the wall, and suspend
//! detection from the growing gap between CLOCK_BOOTTIME and
//! CLOCK_MONOTONIC (which stops while suspended).

use std::time::Duration;

use crate::daemon::parts::Clock;
use crate::engine::{MonoTime, Now};

/// A gap growth below this is scheduling noise, not a suspend.
const MIN_SLEEP: Duration = Duration::from_secs(2);

fn read(clock: libc::clockid_t) -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; both clock ids exist on
    // every Linux since 2.6.39, and a failure leaves the zero value.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    Duration::new(
        u64::try_from(ts.tv_sec).unwrap_or(0),
        u32::try_from(ts.tv_nsec).unwrap_or(0),
    )
}

/// Notices suspends between two observations.
#[derive(Debug, Default)]
pub struct SleepDetector {
    last_gap: Option<Duration>,
}

impl SleepDetector {
    /// Takes a (boottime, monotonic) reading; returns how long the machine
    /// slept since the previous reading, if it did.
    pub fn observe(&mut self, boottime: Duration, monotonic: Duration) -> Option<Duration> {
        let gap = boottime.saturating_sub(monotonic);
        let grown = self.last_gap.map(|last| gap.saturating_sub(last));
        self.last_gap = Some(gap);
        grown.filter(|g| *g >= MIN_SLEEP)
    }
}

/// The real clocks.
#[derive(Debug, Default)]
pub struct BootClock {
    sleep: SleepDetector,
}

impl Clock for BootClock {
    /// Current time on both clocks.
    fn now(&self) -> Now {
        Now {
            mono: MonoTime::from_origin(read(libc::CLOCK_BOOTTIME)),
            wall: chrono::Local::now().fixed_offset(),
        }
    }

    /// How long the machine slept since the last call, if it did.
    fn take_sleep(&mut self) -> Option<Duration> {
        self.sleep
            .observe(read(libc::CLOCK_BOOTTIME), read(libc::CLOCK_MONOTONIC))
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

    #[test]
    fn the_real_clocks_read_and_boottime_leads_monotonic() {
        let boot = read(libc::CLOCK_BOOTTIME);
        let mono = read(libc::CLOCK_MONOTONIC);
        assert!(boot > Duration::ZERO);
        assert!(boot + Duration::from_millis(50) >= mono);
    }
}
