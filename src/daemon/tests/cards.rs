//! When the card shows, and the window's comings and goings.

use super::*;

#[test]
fn a_break_due_while_the_person_types_shows_its_card_only_when_typing_pauses() {
    let mut s = setup("sit_interval = \"30m\"\n", true);
    s.seen.borrow_mut().idle = Some(Duration::from_millis(100));
    let due = s.start.plus(Duration::from_secs(30 * 60));
    s.daemon.observe(due, Input::Tick);
    s.daemon.show_card_when_quiet(due);
    assert_eq!(
        s.seen.borrow().break_notices.len(),
        1,
        "the notification is on time"
    );
    assert!(s.seen.borrow().windows.is_empty(), "no card while typing");

    // Still typing at the next look.
    let next = s.daemon.windows.deadline().expect("the card waits");
    let later = due.plus(next - due.mono);
    s.daemon.show_card_when_quiet(later);
    assert!(s.seen.borrow().windows.is_empty());

    s.seen.borrow_mut().idle = Some(Duration::from_secs(2));
    let paused = later.plus(Duration::from_secs(2));
    s.daemon.show_card_when_quiet(paused);
    assert_eq!(s.seen.borrow().windows, vec![View::Break]);
    assert_eq!(s.daemon.windows.deadline(), None);
}

#[test]
fn a_card_kept_waiting_by_endless_typing_shows_after_the_longest_delay() {
    let mut s = setup("sit_interval = \"30m\"\ncard_max_delay = \"20s\"\n", true);
    s.seen.borrow_mut().idle = Some(Duration::ZERO);
    let due = s.start.plus(Duration::from_secs(30 * 60));
    s.daemon.observe(due, Input::Tick);
    s.daemon
        .show_card_when_quiet(due.plus(Duration::from_secs(19)));
    assert!(s.seen.borrow().windows.is_empty());
    s.daemon
        .show_card_when_quiet(due.plus(Duration::from_secs(20)));
    assert_eq!(s.seen.borrow().windows, vec![View::Break]);
}

#[test]
fn a_break_snoozed_before_its_card_showed_never_shows_one() {
    let mut s = setup("sit_interval = \"30m\"\n", true);
    s.seen.borrow_mut().idle = Some(Duration::ZERO);
    let due = s.start.plus(Duration::from_secs(30 * 60));
    s.daemon.observe(due, Input::Tick);
    assert_eq!(s.seen.borrow().break_notices.len(), 1);
    click(&mut s, Request::Snooze, due.plus(Duration::from_secs(1)));
    s.seen.borrow_mut().idle = Some(Duration::from_secs(5));
    s.daemon
        .show_card_when_quiet(due.plus(Duration::from_secs(90)));
    assert!(s.seen.borrow().windows.is_empty());
}

#[test]
fn a_window_closed_for_a_fresh_card_is_opened_again_on_the_break() {
    let mut s = setup("sit_interval = \"30m\"\n", true);
    s.seen.borrow_mut().idle = Some(Duration::from_secs(5));
    let due = s.start.plus(Duration::from_secs(30 * 60));
    s.daemon.observe(due, Input::Tick);
    s.seen.borrow_mut().windows.clear();
    s.daemon.handle(due, Msg::WindowClosed { remap: true });
    assert_eq!(s.seen.borrow().windows, vec![View::Break]);
    assert_eq!(s.daemon.status(due).phase, PhaseKind::BreakDue);
}

#[test]
fn a_window_the_person_closed_mid_break_abandons_it_and_is_not_reopened() {
    let mut s = setup("sit_interval = \"30m\"\n", true);
    let start = s.start;
    click(&mut s, Request::TakeBreak, start);
    s.seen.borrow_mut().windows.clear();
    let later = start.plus(Duration::from_secs(1));
    s.daemon.handle(later, Msg::WindowClosed { remap: false });
    assert!(s.seen.borrow().windows.is_empty());
    assert_eq!(s.daemon.status(later).phase, PhaseKind::Sitting);
    assert!(
        logged(&s).contains(&"break_abandoned".to_owned()),
        "{:?}",
        logged(&s)
    );
}

#[test]
fn a_long_absence_is_checked_once_a_minute_and_a_short_one_more_often() {
    let mut s = setup("natural_break_idle = \"3m\"\n", true);
    s.seen.borrow_mut().idle = Some(Duration::from_secs(200));
    let at = s.start.plus(Duration::from_secs(600));
    s.daemon.check_idle(at);
    assert_eq!(s.daemon.status(at).phase, PhaseKind::Away);
    assert_eq!(
        s.daemon.idle_period(at),
        Duration::from_secs(20),
        "a tenth of 200 s"
    );
    s.seen.borrow_mut().idle = Some(Duration::from_secs(3 * 3600));
    let later = at.plus(Duration::from_secs(3 * 3600));
    s.daemon.check_idle(later);
    assert_eq!(s.daemon.idle_period(later), MAX_SLEEP);
    assert!(s.daemon.sleep_for(later) <= MAX_SLEEP);
}

#[test]
fn a_new_window_is_welcomed_with_status_and_settings_then_hears_of_changes() {
    let mut s = setup("sit_interval = \"45m\"\n", true);
    let (tx, rx) = std::sync::mpsc::channel();
    s.daemon
        .handle(s.start, Msg::Ipc(Incoming::Subscribe { events: tx }));
    // A view asked for in the same turn comes after the welcome.
    s.daemon.push_show(View::Break);
    assert!(rx.try_recv().is_err(), "nothing before the turn ends");
    s.daemon.publish(s.start);
    match rx.try_recv() {
        Ok(Response::Welcome {
            status, settings, ..
        }) => {
            assert_eq!(status.next_break_in_secs, Some(45 * 60));
            let parsed = crate::settings::parse(&settings).settings;
            assert_eq!(parsed.sit_interval, Duration::from_secs(45 * 60));
        }
        other => panic!("the first message is the welcome, not {other:?}"),
    }
    assert_eq!(
        rx.try_recv().ok(),
        Some(Response::Show { view: View::Break })
    );
    assert!(rx.try_recv().is_err(), "nothing changed: no event");

    let start = s.start;
    click(&mut s, Request::Pause { secs: 600 }, start);
    match rx.try_recv() {
        Ok(Response::Event { status }) => assert_eq!(status.phase, PhaseKind::Paused),
        other => panic!("a pause reaches the window, not {other:?}"),
    }
    assert!(rx.try_recv().is_err(), "one event for one change");
}
