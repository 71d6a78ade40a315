//! The daemon's clock on Windows: `GetTickCount64` for the engine (it keeps
//! counting through sleep and never jumps), local time for the wall, and
//! sleep noticed from the growing gap between it and
//! `QueryUnbiasedInterruptTime`, which stops while the machine sleeps.

use std::time::Duration;

use windows_sys::Win32::System::SystemInformation::GetTickCount64;
use windows_sys::Win32::System::WindowsProgramming::QueryUnbiasedInterruptTime;

use super::super::sleep::SleepDetector;
use crate::daemon::parts::Clock;
use crate::engine::{MonoTime, Now};

/// Time since boot, sleep included.
fn through_sleep() -> Duration {
    // SAFETY: no arguments, no preconditions.
    Duration::from_millis(unsafe { GetTickCount64() })
}

/// Time since boot while awake, in 100 ns units from Windows.
fn awake() -> Duration {
    let mut ticks = 0u64;
    // SAFETY: `ticks` is a valid place for the result.
    unsafe { QueryUnbiasedInterruptTime(&mut ticks) };
    Duration::from_nanos(ticks.saturating_mul(100))
}

/// The real clocks.
#[derive(Debug, Default)]
pub struct TickClock {
    sleep: SleepDetector,
}

impl Clock for TickClock {
    fn now(&self) -> Now {
        Now {
            mono: MonoTime::from_origin(through_sleep()),
            wall: chrono::Local::now().fixed_offset(),
        }
    }

    fn take_sleep(&mut self) -> Option<Duration> {
        self.sleep.observe(through_sleep(), awake())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_clocks_read_and_the_sleep_counting_one_leads() {
        let through = through_sleep();
        let up = awake();
        assert!(through > Duration::ZERO);
        assert!(
            through + Duration::from_millis(50) >= up,
            "{through:?} behind {up:?}"
        );
    }

    #[test]
    fn an_awake_machine_has_not_slept_and_time_goes_forward() {
        let mut clock = TickClock::default();
        let first = clock.now();
        assert_eq!(clock.take_sleep(), None, "no baseline yet");
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(clock.take_sleep(), None);
        assert!(clock.now().mono >= first.mono);
    }
}
