//! Idle time on Windows: the time since the last keyboard or mouse input
//! in this session, from `GetLastInputInfo`, against `GetTickCount`. Both
//! count milliseconds in 32 bits and wrap every 49.7 days, so the idle time
//! is their wrapping difference, right across a wrap.

use std::time::Duration;

use windows_sys::Win32::System::SystemInformation::GetTickCount;
use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetLastInputInfo, LASTINPUTINFO};

use crate::daemon::parts::IdleTime;

/// Idle time from the tick `now` and the tick of the last input, both as
/// Windows counts them (milliseconds since boot, modulo 2^32).
pub fn since(now: u32, last_input: u32) -> Duration {
    Duration::from_millis(u64::from(now.wrapping_sub(last_input)))
}

/// The session's idle time, asked of Windows each time.
#[derive(Debug, Default)]
pub struct LastInput;

impl IdleTime for LastInput {
    fn idle_time(&mut self) -> Option<Duration> {
        let mut info = LASTINPUTINFO {
            cbSize: u32::try_from(std::mem::size_of::<LASTINPUTINFO>()).ok()?,
            dwTime: 0,
        };
        // SAFETY: `info` is a LASTINPUTINFO with its size set, as the call
        // requires; it only writes `dwTime`.
        let ok = unsafe { GetLastInputInfo(&mut info) } != 0;
        // SAFETY: no arguments, no preconditions.
        let now = unsafe { GetTickCount() };
        ok.then(|| since(now, info.dwTime))
    }

    fn source(&mut self) -> Option<&'static str> {
        Some("GetLastInputInfo")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_time_is_the_ticks_since_the_last_input() {
        assert_eq!(since(10_000, 4_000), Duration::from_secs(6));
        assert_eq!(since(4_000, 4_000), Duration::ZERO);
    }

    #[test]
    fn idle_time_is_right_across_the_tick_counters_wrap_at_49_7_days() {
        // Input 2 s before the wrap, asked 3 s after it.
        let last = u32::MAX - 1_999;
        let now = 3_000;
        assert_eq!(since(now, last), Duration::from_secs(5));
    }

    #[test]
    fn the_session_answers_with_an_idle_time_since_boot_at_most() {
        let mut source = LastInput;
        let idle = source.idle_time().expect("GetLastInputInfo answers");
        // SAFETY: no arguments, no preconditions.
        let up = Duration::from_millis(u64::from(unsafe { GetTickCount() }));
        assert!(idle <= up, "idle {idle:?} beyond the tick count {up:?}");
        assert_eq!(source.source(), Some("GetLastInputInfo"));
    }
}
