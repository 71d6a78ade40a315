//! The daemon's request handling and effects, with recording stand-ins for
//! the tray, notifications, idle source and window, and real files in a
//! temporary folder. Time is passed in, so these run in milliseconds; the
//! desktop tests cover the real parts.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::DateTime;

use super::parts::{
    Autostart, Busy, Chimes, Doctor, IdleTime, Notices, Parts, Players, ReportTo, TrayIcon,
    TrayItem, Windows,
};
use super::parts::{BreakNotice, PromptNotice};
use super::*;
use crate::cues::Cue;
use crate::engine::{Input, PhaseKind};
use crate::ipc::protocol::DesktopReport;

/// Everything the stand-ins were asked to do.
#[derive(Default)]
struct Seen {
    tooltips: Vec<String>,
    warnings: u32,
    break_notices: Vec<Option<String>>,
    refusals: Vec<String>,
    closes: u32,
    windows: Vec<View>,
    idle: Option<Duration>,
    notifications_work: bool,
    trays_asked: u32,
    chimes: Vec<(Cue, u32)>,
    held: Vec<String>,
    busy: Option<String>,
    media: Vec<&'static str>,
    prompts: Vec<crate::posture::Prompt>,
    autostart: Vec<bool>,
    doctor_looking: Vec<ReportTo>,
}

/// Shared with the stand-ins; `Send`, since a tray item travels between
/// threads.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Seen>>);

impl Shared {
    fn borrow(&self) -> MutexGuard<'_, Seen> {
        self.0.lock().expect("not poisoned")
    }

    fn borrow_mut(&self) -> MutexGuard<'_, Seen> {
        self.borrow()
    }
}

struct FakeTray(Shared);
impl TrayIcon for FakeTray {
    fn update(&mut self, _status: &StatusView, tooltip: &str) {
        self.0.borrow_mut().tooltips.push(tooltip.to_owned());
    }
}

struct FakeNotices(Shared);
struct FakePlayers(Shared);

/// A doctor still looking: its report is handed over when the test says.
struct FakeDoctor(Shared);

impl Doctor for FakeDoctor {
    fn examine(&mut self, _tray: TrayItem, _idle: &mut dyn IdleTime, done: ReportTo) {
        self.0.borrow_mut().doctor_looking.push(done);
    }
    fn tell_at_start(&mut self, _idle: &mut dyn IdleTime) {}
}

/// Records each autostart change.
struct FakeAutostart(Shared);

impl Autostart for FakeAutostart {
    fn sync(
        &mut self,
        _config_home: &std::path::Path,
        _exe: &std::path::Path,
        enabled: bool,
    ) -> Result<(), String> {
        self.0.borrow_mut().autostart.push(enabled);
        Ok(())
    }
}

impl Players for FakePlayers {
    fn pause(&mut self) {
        self.0.borrow_mut().media.push("pause");
    }
    fn resume(&mut self) {
        self.0.borrow_mut().media.push("resume");
    }
}

struct FakeBusy(Shared);

impl Busy for FakeBusy {
    fn busy(&mut self, _: &crate::settings::Settings) -> Option<String> {
        self.0.borrow().busy.clone()
    }
    fn at_desk(&mut self) -> Option<String> {
        None
    }
}

struct FakeChimes(Shared);

impl Chimes for FakeChimes {
    fn play(&mut self, cue: Cue, volume: u32) {
        self.0.borrow_mut().chimes.push((cue, volume));
    }
}

impl Notices for FakeNotices {
    fn warn(&mut self, _: Duration, _: Option<&str>) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.warnings += 1;
        seen.notifications_work
    }
    fn break_due(&mut self, notice: &BreakNotice) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.break_notices.push(notice.routine.map(str::to_owned));
        seen.notifications_work
    }
    fn held(&mut self, by: &str) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.held.push(by.to_owned());
        seen.notifications_work
    }
    fn refused(&mut self, reason: &str) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.refusals.push(reason.to_owned());
        seen.notifications_work
    }
    fn close(&mut self) {
        self.0.borrow_mut().closes += 1;
    }
    fn prompt(&mut self, notice: &PromptNotice) -> bool {
        let mut seen = self.0.borrow_mut();
        seen.prompts.push(notice.prompt);
        seen.notifications_work
    }
}

struct FakeIdle(Shared);
impl IdleTime for FakeIdle {
    fn idle_time(&mut self) -> Option<Duration> {
        self.0.borrow().idle
    }
}

struct FakeWindows(Shared);
impl Windows for FakeWindows {
    fn open(&mut self, view: View) -> bool {
        self.0.borrow_mut().windows.push(view);
        true
    }
}

struct Setup {
    _dir: tempfile::TempDir,
    paths: Paths,
    seen: Shared,
    daemon: Daemon,
    start: Now,
}

fn now_at(secs: u64) -> Now {
    let wall = DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00").expect("date");
    Now {
        mono: MonoTime::from_origin(Duration::from_secs(1000)),
        wall,
    }
    .plus(Duration::from_secs(secs))
}

fn setup(settings: &str, notifications_work: bool) -> Setup {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = Paths {
        config_dir: dir.path().join("config/sitbreak"),
        data_dir: dir.path().join("data/sitbreak"),
        runtime_dir: None,
    };
    std::fs::create_dir_all(&paths.config_dir).expect("config dir");
    std::fs::write(paths.settings_file(), settings).expect("settings");
    let seen = Shared(Arc::new(Mutex::new(Seen {
        notifications_work,
        ..Seen::default()
    })));
    let tray_seen = seen.clone();
    let parts = Parts {
        tray: Some(Box::new(FakeTray(seen.clone()))),
        start_tray: Box::new(move |_old| tray_seen.borrow_mut().trays_asked += 1),
        notifier: Box::new(FakeNotices(seen.clone())),
        idle: Box::new(FakeIdle(seen.clone())),
        window: Box::new(FakeWindows(seen.clone())),
        chimes: Box::new(FakeChimes(seen.clone())),
        busy: Box::new(FakeBusy(seen.clone())),
        players: Box::new(FakePlayers(seen.clone())),
        doctor: Box::new(FakeDoctor(seen.clone())),
        autostart: Box::new(FakeAutostart(seen.clone())),
        hook_reports: None,
    };
    let start = now_at(0);
    let daemon = Daemon::new(paths.clone(), parts, start);
    Setup {
        _dir: dir,
        paths,
        seen,
        daemon,
        start,
    }
}

fn click(s: &mut Setup, request: Request, at: Now) {
    s.daemon.handle(
        at,
        Msg::Act {
            request,
            from: Origin::Tray,
        },
    );
}

fn logged(s: &Setup) -> Vec<String> {
    std::fs::read_to_string(s.paths.history_file())
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["event"].as_str().map(str::to_owned))
        .collect()
}

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
    s.daemon.refresh(later);
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
    s.seen.borrow_mut().busy = Some("microphone in use by Meet".into());
    let due = s.start.plus(Duration::from_secs(1800));
    s.daemon.check_busy(due);
    s.daemon.observe(due, Input::Tick);
    {
        let seen = s.seen.borrow();
        assert_eq!(seen.held, ["microphone in use by Meet"]);
        assert!(seen.windows.is_empty(), "no card during the call");
        assert!(seen.chimes.is_empty(), "no sound during the call");
    }
    assert_eq!(
        s.daemon.status(due).summary,
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
            reason: "there is no routine \"no-such-routine\"".into()
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
    let Response::Refused { reason } = response else {
        panic!("{response:?}");
    };
    assert!(reason.contains("out of range"), "{reason}");
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
        matches!(&refused, Response::Refused { reason } if reason.contains("only the settings file")),
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
    let (doctor_tx, doctor_rx) = std::sync::mpsc::channel();
    s.daemon.handle(
        at,
        Msg::Ipc(Incoming::Request {
            request: Request::Doctor,
            reply: doctor_tx,
        }),
    );
    let (tx, rx) = std::sync::mpsc::channel();
    s.daemon.handle(
        at,
        Msg::Ipc(Incoming::Request {
            request: Request::Status,
            reply: tx,
        }),
    );
    assert!(
        matches!(rx.try_recv(), Ok(Response::Ok { .. })),
        "the status is answered while the doctor looks"
    );
    assert!(doctor_rx.try_recv().is_err(), "the doctor is still looking");
    let done = s.seen.borrow_mut().doctor_looking.pop().expect("asked");
    done(DesktopReport {
        session: "test".into(),
        checks: Vec::new(),
    });
    assert!(
        matches!(doctor_rx.try_recv(), Ok(Response::Doctor { .. })),
        "its report reaches the one who asked"
    );
}
