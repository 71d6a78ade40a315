//! Hooks, sit–stand prompts, autostart and the doctor.

use super::*;

// The hook is a `sh` command line.
#[cfg(unix)]
#[test]
fn hooks_run_for_break_start_and_end_pause_and_resume_with_their_event() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("events");
    let hook = format!(
        "[\"sh\", \"-c\", \"echo $SITBREAK_EVENT $SITBREAK_POSTURE >> {}\"]",
        out.display()
    );
    let mut s = setup(
        &format!(
            "[hooks]\nbreak_start = {hook}\nbreak_end = {hook}\npause = {hook}\nresume = {hook}\n"
        ),
        true,
    );
    let t = |secs| s.start.plus(Duration::from_secs(secs));
    let (t1, t2, t3, t4) = (t(1), t(60), t(61), t(62));
    for (done, (request, at)) in [
        (Request::TakeBreak, t1),
        (
            Request::FinishBreak {
                steps_done: 3,
                steps_total: 3,
            },
            t2,
        ),
        (Request::Pause { secs: 600 }, t3),
        (Request::Resume, t4),
    ]
    .into_iter()
    .enumerate()
    {
        let answer = s.daemon.answer(at, request);
        assert!(matches!(answer, Response::Ok { .. }), "{answer:?}");
        // One at a time, so the file's order is the events' order.
        let wanted = done + 1;
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while std::fs::read_to_string(&out).map_or(0, |t| t.lines().count()) < wanted
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    let written = std::fs::read_to_string(&out).expect("hooks ran");
    assert_eq!(
        written.lines().collect::<Vec<_>>(),
        [
            "break_start sitting",
            "break_end sitting",
            "pause sitting",
            "resume sitting"
        ]
    );
}

#[test]
fn snooze_and_skip_answer_a_stand_prompt_and_settings_over_ipc_cannot_touch_hooks() {
    let mut s = setup(
        "sit_stand = true\nsit_for = \"20m\"\nstand_for = \"8m\"\nwarn_before = \"0s\"\n\
         [hooks]\nstand = [\"true\"]\n",
        true,
    );
    s.daemon
        .observe(s.start.plus(Duration::from_secs(20 * 60)), Input::Tick);
    assert_eq!(s.seen.borrow().prompts, [crate::posture::Prompt::StandUp]);
    assert!(s.seen.borrow().windows.contains(&View::Prompt));
    let at = s.start.plus(Duration::from_secs(20 * 60 + 1));
    let answer = s.daemon.answer(at, Request::Snooze);
    assert!(
        matches!(answer, Response::Ok { ref status } if status.prompt.is_none()),
        "{answer:?}"
    );
    // Five minutes later it asks again; Skip sits on until the break.
    s.daemon
        .observe(s.start.plus(Duration::from_secs(25 * 60 + 1)), Input::Tick);
    assert_eq!(s.seen.borrow().prompts.len(), 2);
    let at = s.start.plus(Duration::from_secs(25 * 60 + 2));
    assert!(matches!(
        s.daemon.answer(at, Request::Skip),
        Response::Ok { .. }
    ));
    assert_eq!(s.daemon.status(at).prompt, None);
    assert!(logged(&s).is_empty(), "answering a prompt logs no break");

    let Response::Settings { toml, .. } = s.daemon.answer(at, Request::GetSettings) else {
        panic!("settings");
    };
    let refused = s.daemon.answer(
        at,
        Request::SetSettings {
            toml: toml.replace("[\"true\"]", "[\"rm\", \"-rf\", \"/tmp/x\"]"),
        },
    );
    assert!(
        matches!(
            &refused,
            Response::Refused {
                refusal: Refusal::HooksOnlyInFile { .. }
            }
        ),
        "{refused:?}"
    );
    let unchanged = s.daemon.answer(at, Request::SetSettings { toml });
    assert!(matches!(unchanged, Response::Ok { .. }), "{unchanged:?}");
}

#[test]
fn the_stand_prompt_window_waits_for_a_pause_in_typing_as_a_card_does() {
    let mut s = setup(
        "sit_stand = true\nsit_for = \"20m\"\nstand_for = \"8m\"\nwarn_before = \"0s\"\n\
         card_after_pause = \"2s\"\n",
        true,
    );
    s.seen.borrow_mut().idle = Some(Duration::from_millis(100));
    let due = s.start.plus(Duration::from_secs(20 * 60));
    s.daemon.observe(due, Input::Tick);
    assert_eq!(
        s.seen.borrow().prompts,
        [crate::posture::Prompt::StandUp],
        "the notification goes out at once"
    );
    assert!(s.seen.borrow().windows.is_empty(), "no window while typing");
    s.seen.borrow_mut().idle = Some(Duration::from_secs(3));
    s.daemon
        .observe(due.plus(Duration::from_secs(3)), Input::Tick);
    s.daemon
        .show_card_when_quiet(due.plus(Duration::from_secs(3)));
    assert_eq!(s.seen.borrow().windows, [View::Prompt]);
}

#[test]
fn starting_with_the_session_follows_the_autostart_setting_at_start_and_when_saved() {
    let mut s = setup("autostart = true\n", true);
    assert_eq!(s.seen.borrow().autostart.last(), Some(&true), "at start");
    let at = s.start;
    let saved = s.daemon.answer(
        at,
        Request::SetSettings {
            toml: "autostart = false\n".into(),
        },
    );
    assert!(matches!(saved, Response::Ok { .. }), "{saved:?}");
    assert_eq!(s.seen.borrow().autostart.last(), Some(&false), "once saved");
}

#[test]
fn a_slow_look_at_the_desktop_holds_up_no_other_request() {
    let mut s = setup("", true);
    let at = s.start;
    // As the socket asks: the answer comes back on the request's channel.
    let mut ask = |request| {
        let (reply, answer) = std::sync::mpsc::channel();
        s.daemon
            .handle(at, Msg::Ipc(Incoming::Request { request, reply }));
        answer
    };
    let doctor_rx = ask(Request::Doctor { fresh: false });
    let rx = ask(Request::Status);
    assert!(
        matches!(rx.try_recv(), Ok(Response::Ok { .. })),
        "the status is answered while the doctor looks"
    );
    assert!(doctor_rx.try_recv().is_err(), "the doctor is still looking");
    let done = s.seen.borrow_mut().doctor_looking.pop().expect("asked");
    let again_rx = ask(Request::Doctor { fresh: false });
    assert!(
        s.seen.borrow().doctor_looking.is_empty(),
        "a second asker waits on the same look"
    );
    done(DesktopReport {
        session: "test".into(),
        checks: Vec::new(),
    });
    s.take_reports(at);
    for rx in [doctor_rx, again_rx] {
        assert!(
            matches!(rx.try_recv(), Ok(Response::Doctor { .. })),
            "its report reaches each one who asked"
        );
    }
}
