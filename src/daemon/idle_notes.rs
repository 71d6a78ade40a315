//! What an idle source that notifies has said: when each watch fired
//! (input had stopped for its timeout), until input came back. Shared by
//! the listening thread, which records, and the daemon thread, which reads
//! idle time from it. Used for the Wayland protocols and Mutter's watches.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Which watch a note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watch {
    /// The natural-break threshold, always watched.
    Away,
    /// The card's quiet time, watched only while a card waits.
    Pause,
}

#[derive(Debug, Default)]
struct Fired {
    away: Option<Instant>,
    pause: Option<Instant>,
}

/// The notes, shared between the two threads.
#[derive(Debug, Clone, Default)]
pub struct Notes(Arc<Mutex<Fired>>);

impl Notes {
    fn lock(&self) -> MutexGuard<'_, Fired> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `watch` fired now.
    pub fn fired(&self, watch: Watch) {
        let now = Some(Instant::now());
        match watch {
            Watch::Away => self.lock().away = now,
            Watch::Pause => self.lock().pause = now,
        }
    }

    /// Input came back: every watch starts over.
    pub fn resumed(&self) {
        *self.lock() = Fired::default();
    }

    /// Forgets `watch`, which was replaced or dropped.
    pub fn forget(&self, watch: Watch) {
        match watch {
            Watch::Away => self.lock().away = None,
            Watch::Pause => self.lock().pause = None,
        }
    }

    /// How long input has rested, given each watch's timeout: a watch that
    /// fired `t` ago means its timeout plus `t`; none fired means input
    /// came within the shortest timeout, counted as no rest at all.
    pub fn idle_time(&self, away: Option<Duration>, pause: Option<Duration>) -> Duration {
        let fired = self.lock();
        let since = |at: Option<Instant>, d: Option<Duration>| match (at, d) {
            (Some(at), Some(d)) => d + at.elapsed(),
            _ => Duration::ZERO,
        };
        since(fired.away, away).max(since(fired.pause, pause))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: Duration = Duration::from_secs(60);

    #[test]
    fn nothing_fired_means_no_rest() {
        assert_eq!(Notes::default().idle_time(Some(MIN), None), Duration::ZERO);
    }

    #[test]
    fn a_fired_watch_counts_its_timeout() {
        let notes = Notes::default();
        notes.fired(Watch::Away);
        assert!(notes.idle_time(Some(MIN), None) >= MIN);
    }

    #[test]
    fn input_coming_back_clears_every_watch() {
        let notes = Notes::default();
        notes.fired(Watch::Away);
        notes.fired(Watch::Pause);
        notes.resumed();
        let d = Duration::from_millis(1500);
        assert_eq!(notes.idle_time(Some(MIN), Some(d)), Duration::ZERO);
    }

    #[test]
    fn a_pause_counts_while_the_away_watch_has_not_fired() {
        let notes = Notes::default();
        let d = Duration::from_millis(1500);
        notes.fired(Watch::Pause);
        assert!(notes.idle_time(Some(MIN), Some(d)) >= d);
        notes.forget(Watch::Pause);
        assert_eq!(notes.idle_time(Some(MIN), None), Duration::ZERO);
    }
}
