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

#[derive(Debug)]
struct Fired {
    away: Option<Instant>,
    pause: Option<Instant>,
    /// When the source began listening, which is before Sitbreak's first
    /// look at the desk.
    created: Instant,
    /// When the first "away" watch was set.
    first_watch: Option<Instant>,
    /// Whether the source has ever told of input.
    input_seen: bool,
}

/// How late a watch's report may arrive and still mean "no input since
/// the watch was set" (the compositor's timer and our thread's wake-up).
const REPORT_DELAY: Duration = Duration::from_millis(500);

/// The notes, shared between the two threads.
#[derive(Debug, Clone)]
pub struct Notes(Arc<Mutex<Fired>>);

impl Default for Notes {
    fn default() -> Notes {
        Notes(Arc::new(Mutex::new(Fired {
            away: None,
            pause: None,
            created: Instant::now(),
            first_watch: None,
            input_seen: false,
        })))
    }
}

/// Whether a watch of `timeout` set at `set` and first firing at `fired`
/// saw no input in between: the rest began before the watch was set.
fn rest_began_before(set: Instant, fired: Instant, timeout: Duration) -> bool {
    fired.saturating_duration_since(set) <= timeout + REPORT_DELAY
}

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

    /// An "away" watch was set now, by a source whose timers start when a
    /// watch is set (the Wayland protocols) rather than at the last input.
    pub fn watching(&self) {
        let mut notes = self.lock();
        notes.first_watch.get_or_insert_with(Instant::now);
    }

    /// Input came back: every watch starts over.
    pub fn resumed(&self) {
        let mut notes = self.lock();
        notes.away = None;
        notes.pause = None;
        notes.input_seen = true;
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
    /// came within the shortest timeout, counted as no rest at all. The
    /// watches cannot tell input before they were set: when the first one
    /// fires as soon as it can and no input was ever seen, nobody has
    /// touched the desk since before the source began listening, and the
    /// rest is counted from then.
    pub fn idle_time(&self, away: Option<Duration>, pause: Option<Duration>) -> Duration {
        let notes = self.lock();
        let since = |at: Option<Instant>, d: Option<Duration>| match (at, d) {
            (Some(at), Some(d)) => d + at.elapsed(),
            _ => Duration::ZERO,
        };
        let rest = since(notes.away, away).max(since(notes.pause, pause));
        match (notes.first_watch, notes.away, away) {
            (Some(set), Some(fired), Some(timeout))
                if !notes.input_seen && rest_began_before(set, fired, timeout) =>
            {
                rest.max(notes.created.elapsed())
            }
            _ => rest,
        }
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
    fn a_watch_firing_as_soon_as_it_can_means_the_rest_began_before_it() {
        let set = Instant::now();
        let timeout = Duration::from_secs(2);
        assert!(rest_began_before(set, set + timeout, timeout));
        assert!(rest_began_before(
            set,
            set + timeout + REPORT_DELAY,
            timeout
        ));
        assert!(
            !rest_began_before(set, set + timeout + Duration::from_secs(1), timeout),
            "a later report means input came after the watch was set"
        );
    }

    #[test]
    fn before_any_input_an_immediate_report_counts_the_rest_from_the_start() {
        let notes = Notes::default();
        std::thread::sleep(Duration::from_millis(30));
        notes.watching();
        notes.fired(Watch::Away);
        let whole = notes.idle_time(Some(Duration::ZERO), None);
        assert!(whole >= Duration::from_millis(30), "{whole:?}");
        // Once input was seen, a report means what it says.
        notes.resumed();
        notes.fired(Watch::Away);
        assert!(notes.idle_time(Some(Duration::ZERO), None) < Duration::from_millis(30));
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
