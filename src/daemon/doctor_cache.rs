//! The doctor's last report, shared by everyone who asks while it is
//! fresh, and the askers waiting on the look under way. Looking at the
//! desktop asks services that can take seconds to answer, so it is done
//! once for any number of askers, and a report growing old is looked at
//! again in the background while the old one is still given.

use std::sync::mpsc::Sender;
use std::time::Duration;

use crate::engine::MonoTime;
use crate::ipc::protocol::{DesktopReport, Response};

/// A report this recent is given as it is.
pub const FRESH_FOR: Duration = Duration::from_secs(30);

/// After this, a report is still given, and a new look starts meanwhile.
const RENEW_AFTER: Duration = Duration::from_secs(10);

#[derive(Default)]
pub struct DoctorCache {
    last: Option<(MonoTime, DesktopReport)>,
    waiting: Vec<Sender<Response>>,
    looking: bool,
}

impl DoctorCache {
    /// Answers `reply` from a recent report (unless `fresh` is asked for),
    /// or keeps it for the next one. Returns whether a look at the desktop
    /// must start now.
    pub fn ask(&mut self, now: MonoTime, reply: Sender<Response>, fresh: bool) -> bool {
        match &self.last {
            Some((at, report)) if !fresh && now - *at < FRESH_FOR => {
                let _ = reply.send(Response::Doctor {
                    report: report.clone(),
                });
                now - *at >= RENEW_AFTER && self.start()
            }
            _ => {
                self.waiting.push(reply);
                self.start()
            }
        }
    }

    /// True when no look is under way, which then starts.
    fn start(&mut self) -> bool {
        !std::mem::replace(&mut self.looking, true)
    }

    /// A look ended: everyone waiting hears its report, which is kept.
    pub fn done(&mut self, now: MonoTime, report: DesktopReport) {
        for reply in self.waiting.drain(..) {
            let _ = reply.send(Response::Doctor {
                report: report.clone(),
            });
        }
        self.last = Some((now, report));
        self.looking = false;
    }

    /// What the last look saw no longer holds (the tray item came or went).
    pub fn forget(&mut self) {
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc::{Receiver, channel};

    use super::*;

    fn at(secs: u64) -> MonoTime {
        MonoTime::from_origin(Duration::from_secs(100 + secs))
    }

    fn report(session: &str) -> DesktopReport {
        DesktopReport {
            session: session.into(),
            checks: Vec::new(),
        }
    }

    fn session(rx: &Receiver<Response>) -> Option<String> {
        match rx.try_recv() {
            Ok(Response::Doctor { report }) => Some(report.session),
            _ => None,
        }
    }

    #[test]
    fn askers_during_one_look_share_it() {
        let mut cache = DoctorCache::default();
        let (a, a_rx) = channel();
        let (b, b_rx) = channel();
        assert!(cache.ask(at(0), a, false), "the first asker starts a look");
        assert!(
            !cache.ask(at(1), b, false),
            "the second waits on the same look"
        );
        assert_eq!(session(&a_rx), None);
        cache.done(at(2), report("one"));
        assert_eq!(session(&a_rx).as_deref(), Some("one"));
        assert_eq!(session(&b_rx).as_deref(), Some("one"));
    }

    #[test]
    fn a_recent_report_is_given_at_once_and_renewed_in_the_background() {
        let mut cache = DoctorCache::default();
        let (a, _) = channel();
        cache.ask(at(0), a, false);
        cache.done(at(0), report("old"));
        let (b, b_rx) = channel();
        assert!(!cache.ask(at(5), b, false), "young: nothing to renew");
        assert_eq!(session(&b_rx).as_deref(), Some("old"));
        let (c, c_rx) = channel();
        assert!(cache.ask(at(20), c, false), "older: a new look starts");
        assert_eq!(session(&c_rx).as_deref(), Some("old"), "given at once");
        cache.done(at(21), report("new"));
        assert_eq!(session(&c_rx), None, "answered once");
        let (d, d_rx) = channel();
        assert!(!cache.ask(at(22), d, false));
        assert_eq!(session(&d_rx).as_deref(), Some("new"));
    }

    #[test]
    fn a_fresh_look_asked_for_is_never_answered_from_the_cache() {
        let mut cache = DoctorCache::default();
        let (a, _) = channel();
        cache.ask(at(0), a, false);
        cache.done(at(0), report("old"));
        let (b, b_rx) = channel();
        assert!(cache.ask(at(1), b, true), "a look starts");
        assert_eq!(session(&b_rx), None, "not the cached report");
        cache.done(at(2), report("new"));
        assert_eq!(session(&b_rx).as_deref(), Some("new"));
    }

    #[test]
    fn an_old_or_forgotten_report_is_looked_at_again_before_answering() {
        let mut cache = DoctorCache::default();
        let (a, _) = channel();
        cache.ask(at(0), a, false);
        cache.done(at(0), report("old"));
        let (b, b_rx) = channel();
        assert!(cache.ask(at(31), b, false));
        assert_eq!(session(&b_rx), None, "too old to give");
        cache.done(at(32), report("new"));
        assert_eq!(session(&b_rx).as_deref(), Some("new"));
        cache.forget();
        let (c, c_rx) = channel();
        assert!(cache.ask(at(33), c, false));
        assert_eq!(session(&c_rx), None, "the tray changed since");
    }
}
