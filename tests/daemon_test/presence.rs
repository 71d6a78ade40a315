//! Presence-aware breaks in a real desktop: a break that comes due while
//! an app records the microphone (a real PipeWire server, `parec` on its
//! microphone) waits, with no card and no sound, and comes once shortly
//! after the recording stops. Recording what the speakers play (a monitor)
//! is not a call and holds nothing. Do Not Disturb, a full-screen window, a
//! camera and a list of programs hold breaks too; media pauses for a break;
//! a locked screen is leaving at once, and a video keeping the session
//! awake is not a break.

use crate::common;

use std::time::{Duration, Instant};

use common::desktop::{Desktop, Parts, Wm, wait_until};
use common::sound::SoundServer;

fn desktop(server: &SoundServer) -> Desktop {
    let mut desktop = Desktop::start(Parts {
        wm: Some(Wm::Openbox),
        ..Parts::default()
    });
    desktop.extra_env = server.client_env();
    desktop.settings("sit_interval = \"5s\"\nwarn_before = \"0s\"\ncard_after_pause = \"0s\"\n");
    desktop
}

#[test]
fn a_break_due_during_a_call_waits_and_comes_shortly_after_it() {
    let server = SoundServer::start();
    let mut desktop = desktop(&server);
    let call = server.record_from("mic");
    desktop.start_daemon();
    assert!(
        wait_until(Duration::from_secs(20), || desktop.status()["phase"]
            == "held"),
        "the break did not wait for the call: {}",
        desktop.status()
    );
    let status = desktop.status();
    assert_eq!(
        status["held_by"]["kind"], "microphone",
        "status says what holds it: {status}"
    );
    let said = desktop.sitbreak(&["status"]).stdout;
    assert!(
        said.contains("Break waiting: microphone in use by"),
        "{said}"
    );
    // The tray offers what a due break offers.
    let (service, path) = desktop.wait_for_tray_item().expect("a tray item");
    let snooze = desktop
        .menu_entries(&service, &path)
        .into_iter()
        .find(|(_, label, _)| label == "Snooze");
    assert!(
        snooze.is_some_and(|(_, _, enabled)| enabled),
        "a held break can be snoozed from the tray"
    );
    std::thread::sleep(Duration::from_secs(8));
    assert!(
        desktop.window_pids().is_empty(),
        "a card opened during the call"
    );
    assert_eq!(desktop.status()["phase"], "held");

    let said: Vec<String> = desktop
        .notifications()
        .into_iter()
        .filter(|n| n.contains("Break after this"))
        .collect();
    assert_eq!(said.len(), 1, "one quiet notification: {said:?}");
    assert!(said[0].contains("Microphone in use by"), "{said:?}");
    drop(call);
    let ended = Instant::now();
    assert!(
        wait_until(Duration::from_secs(60), || desktop.status()["phase"]
            == "break_due"),
        "the break never came after the call"
    );
    let after = ended.elapsed();
    assert!(
        after < Duration::from_secs(40),
        "came {after:?} after the call, not about 30 s"
    );
    assert!(
        wait_until(Duration::from_secs(20), || !desktop
            .window_pids()
            .is_empty()),
        "the card did not open after the call"
    );
    let dues = desktop
        .history_events()
        .iter()
        .filter(|e| *e == "break_due")
        .count();
    assert_eq!(dues, 1, "one break after the call, not one per interval");
}

#[test]
fn recording_what_the_speakers_play_is_not_a_call() {
    let server = SoundServer::start();
    let mut desktop = desktop(&server);
    let _monitor = server.record_from("out.monitor");
    desktop.start_daemon();
    assert!(
        wait_until(Duration::from_secs(20), || desktop.status()["phase"]
            == "break_due"),
        "the break waited for a monitor recording: {}",
        desktop.status()
    );
}

/// Sets or clears `_NET_WM_STATE_FULLSCREEN` on `window` the way a program
/// asks its window manager: a client message to the root window.
fn set_full_screen(desktop: &Desktop, window: &str, on: bool) {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt as _, EventMask};
    let (conn, screen) = x11rb::connect(Some(&desktop.display)).expect("the test's X server");
    let root = conn.setup().roots[screen].root;
    let atom = |name: &[u8]| {
        conn.intern_atom(false, name)
            .expect("intern")
            .reply()
            .expect("atom")
            .atom
    };
    let window: u32 = window.trim().parse().expect("a window id");
    let event = ClientMessageEvent::new(
        32,
        window,
        atom(b"_NET_WM_STATE"),
        [u32::from(on), atom(b"_NET_WM_STATE_FULLSCREEN"), 0, 1, 0],
    );
    conn.send_event(
        false,
        root,
        EventMask::SUBSTRUCTURE_REDIRECT | EventMask::SUBSTRUCTURE_NOTIFY,
        event,
    )
    .expect("send");
    conn.flush().expect("flush");
}

#[test]
fn a_full_screen_window_holds_the_break_until_it_leaves_full_screen() {
    let mut desktop = Desktop::start(Parts {
        wm: Some(Wm::Openbox),
        ..Parts::default()
    });
    desktop.settings("sit_interval = \"6s\"\nwarn_before = \"0s\"\ncard_after_pause = \"0s\"\n");
    let out = desktop.home.dir.path().join("typed");
    let xterm = desktop.start_terminal(&out);
    // Asked again until the window manager has it: a request sent while
    // the terminal was still being managed can be lost.
    let full = |desktop: &Desktop| {
        desktop
            .xprop(&["-id", xterm.trim(), "_NET_WM_STATE"])
            .contains("FULLSCREEN")
    };
    assert!(
        wait_until(Duration::from_secs(15), || {
            set_full_screen(&desktop, &xterm, true);
            std::thread::sleep(Duration::from_millis(500));
            full(&desktop)
        }),
        "openbox did not make the terminal full screen"
    );
    desktop.start_daemon();
    assert!(
        wait_until(Duration::from_secs(20), || desktop.status()["phase"]
            == "held"),
        "the break did not wait for the full-screen window: {}",
        desktop.status()
    );
    let status = desktop.status();
    assert_eq!(status["held_by"]["kind"], "full_screen", "{status}");
    assert_eq!(status["held_by"]["title"], "typing-target", "{status}");
    let said = desktop.sitbreak(&["status"]).stdout;
    assert!(
        said.contains("Break waiting: a full-screen window (typing-target)"),
        "{said}"
    );
    // Leaving is asked again until the window manager has done it, as
    // entering was.
    assert!(
        wait_until(Duration::from_secs(15), || {
            set_full_screen(&desktop, &xterm, false);
            std::thread::sleep(Duration::from_millis(500));
            !full(&desktop)
        }),
        "openbox did not take the terminal out of full screen"
    );
    // The daemon looks every 10 s while a break is held, and lets it come
    // 20 s after the last look that found it busy: at most about 30 s on a
    // quiet machine. The limit leaves a busy one as long again.
    assert!(
        wait_until(Duration::from_secs(90), || desktop.status()["phase"]
            == "break_due"),
        "the break never came after leaving full screen: {}",
        desktop.status()
    );
}

#[test]
fn do_not_disturb_holds_the_break_until_it_is_turned_off() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("sit_interval = \"5s\"\nwarn_before = \"0s\"\ncard_after_pause = \"0s\"\n");
    let notifications = [
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
    ];
    let set = |desktop: &Desktop, how: &[&str]| {
        let mut args = vec!["call", notifications[0], notifications[1]];
        args.extend_from_slice(how);
        let run = desktop.busctl(&args);
        assert_eq!(run.code, 0, "{}", run.stderr);
    };
    // As KDE Plasma's notification server says Do Not Disturb.
    set(
        &desktop,
        &[
            "org.freedesktop.DBus.Mock",
            "AddProperty",
            "ssv",
            "org.freedesktop.Notifications",
            "Inhibited",
            "b",
            "true",
        ],
    );
    desktop.start_daemon();
    assert!(
        wait_until(Duration::from_secs(20), || desktop.status()["phase"]
            == "held"),
        "the break did not wait for Do Not Disturb: {}",
        desktop.status()
    );
    assert_eq!(desktop.status()["held_by"]["kind"], "do_not_disturb");
    let said = desktop.sitbreak(&["status"]).stdout;
    assert!(
        said.contains("Break waiting: Do Not Disturb is on"),
        "{said}"
    );
    set(
        &desktop,
        &[
            "org.freedesktop.DBus.Properties",
            "Set",
            "ssv",
            "org.freedesktop.Notifications",
            "Inhibited",
            "b",
            "false",
        ],
    );
    // At most about 30 s on a quiet machine (a look every 10 s, the break
    // 20 s after the last busy one); the limit leaves a busy one as long
    // again.
    assert!(
        wait_until(Duration::from_secs(90), || desktop.status()["phase"]
            == "break_due"),
        "the break never came after Do Not Disturb ended: {}",
        desktop.status()
    );
}

#[test]
fn the_camera_scan_names_a_program_holding_a_video_device_and_nothing_else() {
    let dir = tempfile::tempdir().expect("dir");
    let device = dir.path().join("video0");
    std::fs::write(&device, b"").expect("device");
    // A program of the test's own with the "camera" open.
    let mut holder = std::process::Command::new("sleep")
        .arg("30")
        .stdin(std::fs::File::open(&device).expect("open"))
        .spawn()
        .expect("sleep");
    let prefix = dir.path().join("video");
    let proc = std::path::Path::new("/proc");
    assert!(
        wait_until(
            Duration::from_secs(5),
            || sitbreak::platform::linux::presence::camera_users(proc, &prefix) == ["sleep"]
        ),
        "{:?}",
        sitbreak::platform::linux::presence::camera_users(proc, &prefix)
    );
    let _ = holder.kill();
    let _ = holder.wait();
    assert!(sitbreak::platform::linux::presence::camera_users(proc, &prefix).is_empty());
}

#[test]
fn a_program_on_the_list_is_found_running_by_its_name() {
    let dir = tempfile::tempdir().expect("dir");
    let program = dir.path().join("sbk-meeting");
    std::fs::copy("/bin/sleep", &program).expect("copy");
    let names = ["zoom".to_owned(), "sbk-meeting".to_owned()];
    let proc = std::path::Path::new("/proc");
    assert_eq!(
        sitbreak::platform::linux::presence::running(proc, &names),
        None
    );
    let mut meeting = std::process::Command::new(&program)
        .arg("30")
        .spawn()
        .expect("run");
    assert!(wait_until(Duration::from_secs(5), || {
        sitbreak::platform::linux::presence::running(proc, &names).as_deref() == Some("sbk-meeting")
    }));
    let _ = meeting.kill();
    let _ = meeting.wait();
}

/// A media player on the session bus (python3-dbusmock) whose Pause and
/// Play change its PlaybackStatus, as real players do.
fn start_player(desktop: &mut Desktop, name: &str, status: &str) -> String {
    let bus_name = format!("org.mpris.MediaPlayer2.{name}");
    let path = "/org/mpris/MediaPlayer2";
    let iface = "org.mpris.MediaPlayer2.Player";
    desktop.start_dbusmock(&bus_name, path, iface);
    let mock = |args: &[&str]| {
        let mut all = vec!["call", bus_name.as_str(), path, "org.freedesktop.DBus.Mock"];
        all.extend_from_slice(args);
        let run = desktop.busctl(&all);
        assert_eq!(run.code, 0, "{}", run.stderr);
    };
    mock(&["AddProperty", "ssv", iface, "PlaybackStatus", "s", status]);
    for (method, to) in [("Pause", "Paused"), ("Play", "Playing")] {
        let code = format!("self.UpdateProperties('{iface}', {{'PlaybackStatus': '{to}'}})");
        mock(&["AddMethod", "sssss", iface, method, "", "", &code]);
    }
    bus_name
}

fn playback(desktop: &Desktop, bus_name: &str) -> String {
    let out = desktop.busctl(&[
        "get-property",
        bus_name,
        "/org/mpris/MediaPlayer2",
        "org.mpris.MediaPlayer2.Player",
        "PlaybackStatus",
    ]);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap_or_default();
    value["data"].as_str().unwrap_or_default().to_owned()
}

#[test]
fn a_playing_player_pauses_for_the_break_and_resumes_after_and_a_paused_one_is_left_alone() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("sit_interval = \"30m\"\n");
    let music = start_player(&mut desktop, "music", "Playing");
    let podcast = start_player(&mut desktop, "podcast", "Paused");
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["break"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(10), || playback(&desktop, &music)
            == "Paused"),
        "the music played on through the break"
    );
    assert_eq!(desktop.sitbreak(&["skip"]).code, 0, "the break ends");
    assert!(
        wait_until(Duration::from_secs(10), || playback(&desktop, &music)
            == "Playing"),
        "the music did not resume after the break"
    );
    assert_eq!(playback(&desktop, &podcast), "Paused");
    let calls = std::fs::read_to_string(desktop.home.dir.path().join(format!("{podcast}.calls")))
        .unwrap_or_default();
    assert!(
        !calls.contains(" Play") && !calls.contains(" Pause"),
        "the paused player was touched: {calls}"
    );
}

#[test]
fn a_locked_screen_is_leaving_at_once_and_unlocking_after_a_while_is_a_natural_break() {
    let mut desktop = Desktop::start(Parts::default());
    desktop.settings("sit_interval = \"10m\"\nwarn_before = \"0s\"\nnatural_break_idle = \"4s\"\n");
    desktop.start_daemon();
    // A screensaver on the session bus, as KDE Plasma's says it locked.
    let saver = "org.freedesktop.ScreenSaver";
    desktop.start_dbusmock(saver, "/org/freedesktop/ScreenSaver", saver);
    let emit = |desktop: &Desktop, active: &str| {
        let run = desktop.busctl(&[
            "call",
            saver,
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.DBus.Mock",
            "EmitSignal",
            "sssav",
            saver,
            "ActiveChanged",
            "b",
            "1",
            "b",
            active,
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    };
    emit(&desktop, "true");
    assert!(
        wait_until(Duration::from_secs(15), || desktop.status()["phase"]
            == "away"),
        "the lock was not taken as leaving: {}",
        desktop.status()
    );
    std::thread::sleep(Duration::from_secs(5));
    emit(&desktop, "false");
    assert!(
        wait_until(Duration::from_secs(15), || desktop
            .history_events()
            .contains(&"natural_break".to_owned())),
        "five seconds locked is a natural break: {:?}",
        desktop.history_events()
    );
    assert_eq!(desktop.status()["phase"], "sitting");
}

#[test]
fn idle_while_an_app_keeps_the_session_awake_is_not_a_natural_break() {
    let mut desktop = Desktop::start(Parts::default());
    // GNOME's session manager says an app inhibits idle (a video plays).
    let manager = "org.gnome.SessionManager";
    desktop.start_dbusmock(manager, "/org/gnome/SessionManager", manager);
    let run = desktop.busctl(&[
        "call",
        manager,
        "/org/gnome/SessionManager",
        "org.freedesktop.DBus.Mock",
        "AddMethod",
        "sssss",
        manager,
        "IsInhibited",
        "u",
        "b",
        "ret = (args[0] & 8) != 0",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    desktop.settings("sit_interval = \"8s\"\nwarn_before = \"0s\"\nnatural_break_idle = \"3s\"\n");
    desktop.start_daemon();
    // Someone is at the desk as it starts, then watches without touching.
    assert!(
        desktop.xdotool(&["mousemove", "120", "240"]).is_some(),
        "xdotool failed"
    );
    assert!(
        wait_until(Duration::from_secs(20), || desktop.status()["phase"]
            == "break_due"),
        "idle while watching was taken as a break: {}",
        desktop.status()
    );
    assert!(
        !desktop
            .history_events()
            .contains(&"natural_break".to_owned())
    );
}
