//! The daemon's clock: CLOCK_BOOTTIME for the engine (it keeps counting
//! through suspend and never jumps), local time for the wall, and suspend
//! detection from the growing gap between CLOCK_BOOTTIME and
//! CLOCK_MONOTONIC (which stops while suspended).

use std::time::Duration;

use super::super::sleep::SleepDetector;
use crate::daemon::parts::Clock;
use crate::engine::{MonoTime, Now};

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
    fn the_real_clocks_read_and_boottime_leads_monotonic() {
        let boot = read(libc::CLOCK_BOOTTIME);
        let mono = read(libc::CLOCK_MONOTONIC);
        assert!(boot > Duration::ZERO);
        assert!(boot + Duration::from_millis(50) >= mono);
    }
}
