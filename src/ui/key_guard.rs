//! Keeps typing meant for another app from acting on a break card.
//!
//! A card can appear, and on many desktops take focus, while the person is
//! typing elsewhere; its single-key shortcuts (and Enter or Space on a
//! button) would then catch their text. Until the person has turned to the
//! card, keys are held back: the guard opens on a click or a pointer move
//! over the window, on focus that arrives later than the card (Alt+Tab),
//! or once the keyboard has been still for [`QUIET`] after the card
//! appeared. Auto-repeat never acts. Pure: time comes in as seconds.

/// How long the keyboard must rest before keys act on a new card.
pub const QUIET: f64 = 1.5;

/// Whether keys may act on the card, and since when it has been shown.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyGuard {
    /// When the card appeared.
    shown_at: f64,
    /// The last key event held back.
    last_key_at: Option<f64>,
    open: bool,
}

impl KeyGuard {
    /// A guard for a card that appeared at `now`: closed.
    pub fn shown(now: f64) -> KeyGuard {
        KeyGuard {
            shown_at: now,
            last_key_at: None,
            open: false,
        }
    }

    /// A guard that lets every key through, for windows the person opened.
    pub fn open() -> KeyGuard {
        KeyGuard {
            shown_at: 0.0,
            last_key_at: None,
            open: true,
        }
    }

    /// Keys act on the card.
    pub fn is_open(&self, now: f64) -> bool {
        self.open || now - self.quiet_since() >= QUIET
    }

    /// The keyboard has been quiet since then (or since the card appeared).
    fn quiet_since(&self) -> f64 {
        self.last_key_at
            .map_or(self.shown_at, |t| t.max(self.shown_at))
    }

    /// When the guard opens by itself if no key comes, for a repaint.
    pub fn opens_at(&self) -> Option<f64> {
        (!self.open).then(|| self.quiet_since() + QUIET)
    }

    /// The person clicked or moved the pointer over the window.
    pub fn pointer(&mut self) {
        self.open = true;
    }

    /// The window gained focus. Focus given with the card itself is the
    /// desktop's doing; focus that comes later is the person's.
    pub fn focused(&mut self, now: f64) {
        if now - self.shown_at >= QUIET {
            self.open = true;
        }
    }

    /// A key went down at `now`; true when it may act.
    pub fn key(&mut self, now: f64, repeat: bool) -> bool {
        if self.is_open(now) {
            self.open = true;
            return !repeat;
        }
        self.last_key_at = Some(now);
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_typed_as_the_card_appears_is_held_back() {
        let mut g = KeyGuard::shown(10.0);
        assert!(!g.key(10.2, false));
        assert!(!g.key(11.0, false));
    }

    #[test]
    fn typing_that_never_pauses_never_reaches_the_card() {
        let mut g = KeyGuard::shown(10.0);
        let mut t: f64 = 10.0;
        while t < 30.0 {
            assert!(!g.key(t, false), "key at {t} acted");
            t += 0.4;
        }
    }

    #[test]
    fn keys_act_after_the_keyboard_rests() {
        let mut g = KeyGuard::shown(10.0);
        assert!(!g.key(10.5, false));
        assert!(g.key(12.1, false));
        // Once turned to, quick presses all act.
        assert!(g.key(12.2, false));
    }

    #[test]
    fn a_key_after_a_quiet_first_moment_acts() {
        let mut g = KeyGuard::shown(10.0);
        assert!(g.key(11.6, false));
    }

    #[test]
    fn auto_repeat_never_acts() {
        let mut g = KeyGuard::shown(10.0);
        assert!(!g.key(10.1, true));
        assert!(!g.key(20.0, true));
        let mut open = KeyGuard::open();
        assert!(!open.key(1.0, true));
    }

    #[test]
    fn a_pointer_over_the_window_opens_keys_at_once() {
        let mut g = KeyGuard::shown(10.0);
        g.pointer();
        assert!(g.key(10.1, false));
    }

    #[test]
    fn focus_that_comes_with_the_card_does_not_open_keys() {
        let mut g = KeyGuard::shown(10.0);
        g.focused(10.05);
        assert!(!g.key(10.3, false));
    }

    #[test]
    fn switching_to_the_card_later_opens_keys() {
        let mut g = KeyGuard::shown(10.0);
        assert!(!g.key(10.5, false));
        g.focused(14.0);
        assert!(g.key(14.1, false));
    }

    #[test]
    fn the_guard_says_when_it_will_open() {
        let mut g = KeyGuard::shown(10.0);
        assert_eq!(g.opens_at(), Some(10.0 + QUIET));
        g.key(11.0, false);
        assert_eq!(g.opens_at(), Some(11.0 + QUIET));
        g.pointer();
        assert_eq!(g.opens_at(), None);
    }
}
