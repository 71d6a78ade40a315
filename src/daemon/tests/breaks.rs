//! Breaks and requests: notifications, refusals, the routine, chimes,
//! calls, media, settings, idle, the tray, quitting.

use super::*;

#[test]
fn a_refused_tray_click_is_told_in_a_notification() {
    let mut s = setup("", true);
    let start = s.start;
    click(&mut s, Request::Snooze, start);
    let seen = s.seen.borrow();
    assert_eq!(seen.refusals.len(), 1);
    assert!(seen.refusals[0].contains("snooze"), "{:?}", seen.refusals);
    assert!(logged(&s).is_empty(), "nothing happened");
}

#[test]
fn a_refused_click_with_no_notification_server_shows_in_the_tray_tooltip() {
    let mut s = setup("", false);
    let start = s.start;
    click(&mut s, Request::Snooze, start);
    let tooltip = s.seen.borrow().tooltips.last().cloned().unwrap_or_default();
    assert!(tooltip.contains("Not done: no break is due"), "{tooltip}");
    // A minute later the note is gone and the tooltip is the status again.
    let later = s.start.plus(Duration::from_secs(61));
    s.daemon.publish(later);
    let tooltip = s.seen.borrow().tooltips.last().cloned().unwrap_or_default();
    assert!(!tooltip.contains("Not done"), "{tooltip}");
}

#[test]
fn a_due_break_notifies_with_the_chosen_routine_and_opens_the_break_window() {
    let mut s = setup("sit_interval = \"30m\"\nwarn_before = \"0s\"\n", true);
    let next = s.daemon.next_routine.clone().expect("a routine");
    s.daemon
        .observe(s.start.plus(Duration::from_secs(1800)), Input::Tick);
    let seen = s.seen.borrow();
    assert_eq!(seen.break_notices, [Some(next.name.clone())]);
    assert_eq!(seen.windows, [View::Break]);
    assert_eq!(logged(&s), ["break_due"]);
}

#[test]
fn a_started_break_plays_exactly_the_routine_the_rotation_chose() {
    let others: Vec<String> = crate::catalog::builtin()
        .0
        .routines
        .iter()
        .map(|r| format!("\"{}\"", r.id))
        .filter(|id| id != "\"hamstrings-and-calves\"")
        .collect();
    let mut s = setup(
        &format!(
            "disabled_routines = [{}]\nexcluded_stretches = [\"wall-calf\"]\n",
            others.join(", ")
        ),
        true,
    );
    let next = s.daemon.next_routine.clone().expect("a routine");
    assert_eq!(next.id, "hamstrings-and-calves");
    let response = s.daemon.answer(
        s.start,
        Request::StartBreak {
            routine: Some(next.id.clone()),
        },
    );
    let Response::Ok { status } = response else {
        panic!("{response:?}");
    };
    assert_eq!(status.phase, PhaseKind::OnBreak);
    let playing = status.current_routine.expect("the routine under way");
    let items: Vec<_> = playing
        .items
        .iter()
        .map(|i| i.stretch.to_string())
        .collect();
    assert_eq!(
        items,
        ["stand-and-move", "standing-hamstring", "hamstring-sweeps"],
        "the routine without the stretch the user left out"
    );
}

#[test]
fn the_warning_and_the_due_break_chime_at_the_set_volume_unless_break_sounds_are_off() {
    let mut s = setup(
        "sit_interval = \"30m\"\nwarn_before = \"1m\"\nvolume = 80\n",
        true,
    );
    s.daemon
        .observe(s.start.plus(Duration::from_secs(1740)), Input::Tick);
    s.daemon
        .observe(s.start.plus(Duration::from_secs(1800)), Input::Tick);
    assert_eq!(
        s.seen.borrow().chimes,
        [(Cue::Warning, 80), (Cue::BreakDue, 80)]
    );

    let mut quiet = setup(
        "sit_interval = \"30m\"\nwarn_before = \"1m\"\nbreak_sounds = false\n",
        true,
    );
    quiet
        .daemon
        .observe(quiet.start.plus(Duration::from_secs(1800)), Input::Tick);
    assert_eq!(logged(&quiet), ["break_due"]);
    assert!(quiet.seen.borrow().chimes.is_empty());
}

#[test]
fn a_break_due_in_a_call_waits_quietly_then_opens_after_it() {
    let mut s = setup("sit_interval = \"30m\"\nwarn_before = \"0s\"\n", true);
    let meet = BusyReason::Microphone { app: "Meet".into() };
    s.seen.borrow_mut().busy = Some(meet.clone());
    let due = s.start.plus(Duration::from_secs(1800));
    s.daemon.check_busy(due);
    s.daemon.observe(due, Input::Tick);
    {
        let seen = s.seen.borrow();
        assert_eq!(seen.held, std::slice::from_ref(&meet));
        assert!(seen.windows.is_empty(), "no card during the call");
        assert!(seen.chimes.is_empty(), "no sound during the call");
    }
    assert_eq!(
        crate::words::summary(&s.daemon.status(due)),
        "Break waiting: microphone in use by Meet"
    );
    assert_eq!(s.daemon.idle_period(due), HELD_CHECK, "asked again soon");

    // The call ends; the next look sees it, and the break comes shortly.
    s.seen.borrow_mut().busy = None;
    let later = due.plus(Duration::from_secs(600));
    s.daemon.check_busy(later);
    s.daemon.observe(later, Input::Tick);
    assert!(s.seen.borrow().windows.is_empty());
    let after = later.plus(crate::engine::RELEASE_AFTER);
    s.daemon.observe(after, Input::Tick);
    assert_eq!(s.seen.borrow().windows, [View::Break]);
    assert_eq!(
        logged(&s),
        ["break_due"],
        "one break, however long the call"
    );
}

#[test]
fn media_pauses_when_a_break_starts_and_resumes_when_it_ends_unless_turned_off() {
    let mut s = setup("", true);
    let _ = s
        .daemon
        .answer(s.start, Request::StartBreak { routine: None });
    assert_eq!(s.seen.borrow().media, ["pause"]);
    let _ = s.daemon.answer(
        s.start.plus(Duration::from_secs(60)),
        Request::FinishBreak {
            steps_done: 1,
            steps_total: 1,
        },
    );
    assert_eq!(s.seen.borrow().media, ["pause", "resume"]);

    let mut off = setup("pause_media = false\n", true);
    let _ = off
        .daemon
        .answer(off.start, Request::StartBreak { routine: None });
    assert!(off.seen.borrow().media.is_empty());
}

#[test]
fn a_break_asked_for_an_unknown_routine_is_refused_and_nothing_is_logged() {
    let mut s = setup("", true);
    let response = s.daemon.answer(
        s.start,
        Request::StartBreak {
            routine: Some("no-such-routine".into()),
        },
    );
    assert_eq!(
        response,
        Response::Refused {
            refusal: Refusal::NoSuchRoutine {
                id: "no-such-routine".into()
            }
        }
    );
    assert!(logged(&s).is_empty());
}

#[test]
fn a_snooze_from_the_notification_closes_it_and_puts_the_break_off() {
    let mut s = setup("sit_interval = \"30m\"\nwarn_before = \"0s\"\n", true);
    let due = s.start.plus(Duration::from_secs(1800));
    s.daemon.observe(due, Input::Tick);
    s.daemon.handle(
        due,
        Msg::Act {
            request: Request::Snooze,
            from: Origin::Notification,
        },
    );
    assert_eq!(s.seen.borrow().closes, 1);
    assert!(s.seen.borrow().refusals.is_empty());
    assert_eq!(logged(&s), ["break_due", "break_snoozed"]);
    assert_eq!(s.daemon.status(due).phase, PhaseKind::Sitting);
}

#[test]
fn invalid_settings_over_ipc_are_refused_and_the_file_is_untouched() {
    let mut s = setup("sit_interval = \"45m\"\n", true);
    let response = s.daemon.answer(
        s.start,
        Request::SetSettings {
            toml: "sit_interval = \"1m\"\n".into(),
        },
    );
    let Response::Refused {
        refusal: Refusal::InvalidSettings { issues },
    } = response
    else {
        panic!("{response:?}");
    };
    assert!(
        issues
            .iter()
            .any(|i| matches!(i.problem, crate::settings::Problem::OutOfRange { .. })),
        "{issues:?}"
    );
    let file = std::fs::read_to_string(s.paths.settings_file()).expect("file");
    assert_eq!(file, "sit_interval = \"45m\"\n");
    assert_eq!(s.daemon.settings.sit_interval, Duration::from_secs(45 * 60));
}

#[test]
fn idle_at_the_desk_long_enough_becomes_a_natural_break() {
    let mut s = setup("natural_break_idle = \"3m\"\n", true);
    s.seen.borrow_mut().idle = Some(Duration::from_secs(200));
    let at = s.start.plus(Duration::from_secs(600));
    s.daemon.check_idle(at);
    assert_eq!(s.daemon.status(at).phase, PhaseKind::Away);
    s.seen.borrow_mut().idle = Some(Duration::from_secs(1));
    let back = at.plus(Duration::from_secs(30));
    s.daemon.check_idle(back);
    assert_eq!(s.daemon.status(back).phase, PhaseKind::Sitting);
    assert!(
        logged(&s).contains(&"natural_break".to_owned()),
        "{:?}",
        logged(&s)
    );
}

#[test]
fn a_restarted_tray_host_gets_a_new_item_showing_the_status() {
    let mut s = setup("", true);
    s.daemon.handle(s.start, Msg::TrayItemLost);
    assert_eq!(s.seen.borrow().trays_asked, 1, "a new item is asked for");
    assert!(s.daemon.parts.tray.is_none(), "the old one is let go");
    let before = s.seen.borrow().tooltips.len();
    let item = Box::new(FakeTray(s.seen.clone()));
    s.daemon.handle(s.start, Msg::TrayReady(Ok(item)));
    // As the loop's turn ends.
    s.daemon.publish(s.start);
    let seen = s.seen.borrow();
    assert!(
        seen.tooltips.len() > before,
        "the new item shows the status"
    );
    assert_eq!(
        seen.tooltips.last().map(String::as_str),
        Some("Next break at 10:30"),
        "the tooltip names the time of the break, 30 minutes after 10:00"
    );
}

#[test]
fn a_tray_item_that_could_not_register_leaves_the_daemon_running_without_one() {
    let mut s = setup("", true);
    s.daemon.parts.tray = None;
    s.daemon
        .handle(s.start, Msg::TrayReady(Err("no session bus".into())));
    assert!(s.daemon.parts.tray.is_none());
    let response = s.daemon.answer(s.start, Request::Status);
    assert!(matches!(response, Response::Ok { .. }));
}

#[test]
fn quit_answers_and_stops_the_loop() {
    let mut s = setup("", true);
    let response = s.daemon.answer(s.start, Request::Quit);
    assert!(matches!(response, Response::Ok { .. }));
    assert!(s.daemon.quit);
}
