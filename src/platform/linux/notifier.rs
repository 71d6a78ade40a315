//! Desktop notifications through notify-rust. The warning and the break
//! notification share one id, so a snooze or a new break replaces the old
//! bubble instead of stacking another. When the server offers actions,
//! the break notification has Start / Snooze / Skip, and clicking it opens
//! the break window. Actions come back to the daemon loop as [`Msg`]s.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify_rust::{Hint, Notification, Timeout, Urgency};

use crate::daemon::parts::{BreakNotice, PromptNotice};
use crate::daemon::{Msg, Origin, actions};
use crate::engine::BusyReason;

/// Shows Sitbreak's notifications; at most one is on screen.
pub struct Notifier {
    tx: Sender<Msg>,
    /// Id of the notification on screen, to replace it.
    current: Option<u32>,
    /// A thread is listening for actions on `current`.
    listening: Arc<AtomicBool>,
    /// Whether the server offers action buttons; `None` until asked.
    has_actions: Option<bool>,
    /// The last notification failed, and that was said; said again only
    /// after one goes through.
    failing: bool,
    /// The notification on screen is a sit–stand prompt.
    prompting: bool,
}

impl Notifier {
    /// A notifier that reports actions to `tx`.
    pub fn new(tx: Sender<Msg>) -> Notifier {
        Notifier {
            tx,
            current: None,
            listening: Arc::new(AtomicBool::new(false)),
            has_actions: None,
            failing: false,
            prompting: false,
        }
    }

    fn server_has_actions(&mut self) -> bool {
        if self.has_actions.is_none() {
            self.has_actions = notify_rust::get_capabilities()
                .ok()
                .map(|caps| caps.iter().any(|c| c == "actions"));
        }
        self.has_actions.unwrap_or(false)
    }

    /// The heads-up before a break. False when no server could show it.
    pub fn warn(&mut self, due_in: Duration, routine: Option<&str>) -> bool {
        let words = crate::words::warning(due_in, routine);
        let mut n = Notification::new();
        n.summary(&words.title)
            .body(&words.body)
            .urgency(Urgency::Low)
            .timeout(Timeout::Milliseconds(10_000));
        self.show(n, false)
    }

    /// A due break waits while the person is busy: said once, quietly.
    pub fn held(&mut self, by: &BusyReason) -> bool {
        let mut n = Notification::new();
        let words = crate::words::held(by);
        n.summary(&words.title)
            .body(&words.body)
            .urgency(Urgency::Low)
            .timeout(Timeout::Milliseconds(8_000));
        self.show(n, false)
    }

    /// "Time to stand up". False when no server could show it, so the
    /// caller can open the break window instead.
    pub fn break_due(&mut self, notice: &BreakNotice) -> bool {
        let words = crate::words::break_due(notice.routine, notice.length);
        let with_actions = self.server_has_actions();
        let mut n = Notification::new();
        n.summary(&words.title)
            .body(&words.body)
            .urgency(Urgency::Normal)
            .hint(Hint::Resident(true))
            .timeout(Timeout::Never);
        if with_actions {
            n.action(actions::DEFAULT, &crate::tr!("button-open"));
            for (request, label) in
                crate::words::break_buttons(notice.snooze_minutes, notice.can_skip)
            {
                n.action(&actions::id(&request), &label);
            }
        }
        self.show(n, with_actions)
    }

    /// A sit–stand prompt: "Stand up — raise your desk" or "Sit back
    /// down". Acting on it tells the daemon the new posture.
    pub fn prompt(&mut self, notice: &PromptNotice) -> bool {
        let with_actions = self.server_has_actions();
        let mut n = Notification::new();
        let words = crate::words::prompt(notice.prompt, &notice.sat, &notice.stand);
        n.summary(&words.title).body(&words.body);
        if with_actions {
            let buttons =
                crate::words::prompt_buttons(notice.prompt, notice.snooze_minutes, notice.can_skip);
            for (request, label) in buttons {
                n.action(&actions::id(&request), &label);
            }
        }
        n.urgency(Urgency::Normal)
            .hint(Hint::Resident(true))
            .timeout(Timeout::Never);
        let shown = self.show(n, with_actions);
        self.prompting = shown;
        shown
    }

    /// Removes the prompt, if the notification on screen is still one.
    pub fn close_prompt(&mut self) {
        if self.prompting {
            self.close();
        }
    }

    /// Says why something the person clicked was not done. A bubble of its
    /// own, so the break notification stays. False when none could be shown.
    pub fn refused(&mut self, reason: &str) -> bool {
        let words = crate::words::refused(reason);
        let mut n = Notification::new();
        n.appname("Sitbreak")
            .icon("sitbreak")
            .summary(&words.title)
            .body(&words.body)
            .urgency(Urgency::Normal)
            .timeout(Timeout::Milliseconds(8_000));
        n.show().is_ok()
    }

    /// Removes the notification on screen, if any.
    pub fn close(&mut self) {
        self.prompting = false;
        if let Some(id) = self.current.take() {
            // The handle went to the action listener, so close by id.
            if let Ok(bus) = zbus::blocking::Connection::session() {
                let _ = bus.call_method(
                    Some("org.freedesktop.Notifications"),
                    "/org/freedesktop/Notifications",
                    Some("org.freedesktop.Notifications"),
                    "CloseNotification",
                    &(id,),
                );
            }
        }
    }

    fn show(&mut self, mut n: Notification, listen: bool) -> bool {
        self.prompting = false;
        n.appname("Sitbreak").icon("sitbreak");
        if let Some(id) = self.current {
            n.id(id);
        }
        let handle = match n.show() {
            Ok(h) => h,
            Err(e) => {
                self.current = None;
                // The server may have gone; ask again next time.
                self.has_actions = None;
                if !self.failing {
                    self.failing = true;
                    crate::daemon::report(&format!(
                        "the notification server did not show a notification ({e}); \
                         the break card still opens"
                    ));
                }
                return false;
            }
        };
        self.failing = false;
        self.current = Some(handle.id());
        // One listener per notification id: a replacement keeps the id, so
        // the thread already waiting hears its actions too.
        if listen && !self.listening.swap(true, Ordering::SeqCst) {
            let tx = self.tx.clone();
            let listening = Arc::clone(&self.listening);
            let spawned = std::thread::Builder::new()
                .name("notify-actions".into())
                .spawn(move || {
                    handle.wait_for_action(|action| {
                        if let Some(request) = actions::request(action) {
                            let _ = tx.send(Msg::Act {
                                request,
                                from: Origin::Notification,
                            });
                        }
                    });
                    listening.store(false, Ordering::SeqCst);
                });
            if spawned.is_err() {
                self.listening.store(false, Ordering::SeqCst);
            }
        }
        true
    }
}
