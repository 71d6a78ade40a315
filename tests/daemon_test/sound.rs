//! Hands-free guidance, heard: the real daemon and window play into a real
//! PipeWire server (through pipewire-pulse) whose speakers are a null sink,
//! and the test records what comes out of them. Cues must sound at the
//! moments the player model gives, with silence between; the volume setting
//! must change the level; sound off must be silence; the voice must speak
//! through a real speech-dispatcher, and without one the player still runs
//! and Settings says why.

use crate::common;

use std::process::Command;
use std::time::Duration;

use common::desktop::{Desktop, Parts, Wm, wait_until};
use common::sound::{HEARD, Levels, SoundServer, stop_by_runtime};
use sitbreak::cues::CueTracker;
use sitbreak::player::Player;

const HELPER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/helpers/a11y_tree.py");

fn desktop(server: &SoundServer) -> Desktop {
    let mut desktop = Desktop::start(Parts {
        wm: Some(Wm::Openbox),
        ..Parts::default()
    });
    desktop.extra_env = server.client_env();
    desktop.start_accessibility();
    desktop
}

/// A routine of second-scale stretches (a hold with its last seconds, a
/// two-sided hold, repeated reps), every other routine turned off.
const ROUTINE: &str = r#"[[routine]]
id = "sound-run"
name = "Sound run"
summary = "A short routine for the sound test."
items = [
  { stretch = "stand-and-move", hold = "7s" },
  { stretch = "seated-figure-four", hold = "5s" },
  { stretch = "standing-core-brace", reps = 3 },
]
"#;

fn routine_and_settings(desktop: &Desktop, extra: &str) {
    desktop
        .home
        .write(&desktop.home.routines_dir().join("sound.toml"), ROUTINE);
    desktop.settings(&format!(
        "sit_interval = \"30m\"\nwarn_before = \"0s\"\n{}\n{extra}",
        common::builtin_routines_off()
    ));
}

/// When each cue of the routine sounds, in seconds from the first, by the
/// same player model and cue rules the window runs.
fn expected_cues() -> Vec<(f64, sitbreak::cues::Cue)> {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("sound.toml"), ROUTINE).expect("routine");
    let loaded = sitbreak::store::routines_dir::load_all(dir.path());
    let routine = loaded
        .catalog
        .routines
        .iter()
        .find(|r| r.id.as_str() == "sound-run")
        .expect("the test routine loads")
        .clone();
    let mut player = Player::new(&loaded.catalog, &routine).with_lead_in(Duration::from_secs(3));
    let mut tracker = CueTracker::default();
    let mut out = Vec::new();
    let mut t = Duration::ZERO;
    loop {
        for cue in tracker
            .update(&player.position(), player.is_finished())
            .cues
        {
            out.push((t.as_secs_f64(), cue));
        }
        if player.is_finished() {
            return out;
        }
        player.advance(Duration::from_millis(10));
        t += Duration::from_millis(10);
    }
}

/// Takes a break now and presses "I understand, start" on the safety
/// notes (through AT-SPI, as a screen reader user does).
fn play_the_routine(desktop: &Desktop) {
    play_the_routine_in(desktop, &sitbreak::i18n::ENGLISH);
}

/// [`play_the_routine`] with the window in `locale`.
fn play_the_routine_in(desktop: &Desktop, locale: &'static sitbreak::i18n::Locale) {
    let start = format!(
        "^push button\t{}$",
        sitbreak::i18n::text_for(locale, "first-break-start", &[])
    );
    assert_eq!(desktop.sitbreak(&["break"]).code, 0);
    let out = helper(desktop, &["wait", &start, "20"]);
    assert!(
        out.status.success(),
        "no safety notes: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = helper(desktop, &["click", &start]);
    assert!(
        out.status.success(),
        "cannot start: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn helper(desktop: &Desktop, args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new("/usr/bin/python3");
    desktop.env(&mut cmd).arg(HELPER).args(args);
    cmd.output().expect("the AT-SPI reader runs")
}

#[test]
fn each_cue_of_a_routine_is_heard_at_its_moment_with_silence_between() {
    let server = SoundServer::start();
    let mut desktop = desktop(&server);
    routine_and_settings(&desktop, "volume = 100\n");
    desktop.start_daemon();
    let recording = server.record();
    play_the_routine(&desktop);
    let expected = expected_cues();
    let length = expected.last().map_or(0.0, |(t, _)| *t);
    std::thread::sleep(Duration::from_secs_f64(length + 8.0));
    let levels = recording.stop();

    let times: Vec<f64> = expected.iter().map(|(t, _)| *t).collect();
    let Some(fit) = levels.align(&times) else {
        panic!(
            "the routine made no sound at all; the daemon's log:\n{}",
            std::fs::read_to_string(desktop.daemon_log()).unwrap_or_default()
        )
    };
    // Where each cue began against where the routine's own clock puts it,
    // printed so that a failing run shows the whole picture.
    let lateness: Vec<String> = expected
        .iter()
        .map(
            |(at, cue)| match levels.onset_near(fit.offset + at, CUE_EARLY, CUE_LATE) {
                Some(heard) => format!("{cue:?} at {at:.2} s: {:+.2} s", heard - fit.offset - at),
                None => format!("{cue:?} at {at:.2} s: NOT HEARD"),
            },
        )
        .collect();
    eprintln!(
        "cues against the routine's clock (offset {:.2} s): {lateness:#?}",
        fit.offset
    );
    let missing: Vec<&String> = lateness
        .iter()
        .filter(|l| l.ends_with("NOT HEARD"))
        .collect();
    assert!(
        missing.is_empty(),
        "not heard at their moments: {missing:#?}"
    );
    // Between cues further apart than the longest cue and some slack, the
    // speakers are silent: no drone, no stacking, nothing left playing, no
    // cue early or late by more than the margins.
    let mut quiet_checked = 0;
    for pair in expected.windows(2) {
        let quiet_from = fit.offset + pair[0].0 + CUE_LATE + sounds_for(pair[0].1);
        let quiet_to = fit.offset + pair[1].0 - CUE_EARLY;
        if quiet_to - quiet_from >= 0.3 {
            let between = levels.peak(quiet_from, quiet_to);
            assert!(
                between <= HEARD,
                "sound between {:?} and {:?}: {between:.1} dBFS; {lateness:#?}",
                pair[0].1,
                pair[1].1
            );
            quiet_checked += 1;
        }
    }
    assert!(
        quiet_checked >= 3,
        "the routine has quiet stretches to check"
    );
    let last = expected
        .last()
        .map_or(sitbreak::cues::Cue::Finished, |(_, c)| *c);
    let end = fit.offset + length + CUE_LATE + sounds_for(last);
    assert!(
        levels.peak(end, levels.length()) <= HEARD,
        "sound after the routine ended"
    );
}

/// How far a cue may start before its moment: a frame or two of the
/// window, and the recording's 20 ms steps.
const CUE_EARLY: f64 = 0.25;
/// How far after: a cue that opens the sound connection (the first, or
/// the first after `LINGER` of quiet) waits for the server, which on a
/// fresh, busy machine took up to half a second.
const CUE_LATE: f64 = 0.6;

/// How long `cue` sounds, in seconds.
fn sounds_for(cue: sitbreak::cues::Cue) -> f64 {
    let samples = sitbreak::sound::tones::render(cue, 100).len();
    samples as f64 / f64::from(sitbreak::sound::tones::RATE)
}

#[test]
fn the_volume_setting_sets_the_level_and_break_sounds_off_is_silence() {
    let server = SoundServer::start();
    let level_at = |extra: &str| -> f64 {
        let mut desktop = desktop(&server);
        desktop.settings(&format!(
            "sit_interval = \"6s\"\nwarn_before = \"3s\"\ncard_after_pause = \"0s\"\n{extra}"
        ));
        let recording = server.record();
        desktop.start_daemon();
        assert!(
            wait_until(Duration::from_secs(20), || desktop.status()["phase"]
                == "break_due"),
            "no break came due"
        );
        std::thread::sleep(Duration::from_secs(3));
        let levels = recording.stop();
        let onsets = levels.onsets(0.5);
        if extra.contains("break_sounds = false") {
            assert!(
                onsets.is_empty(),
                "break sounds off, yet heard at {onsets:?}"
            );
        } else {
            assert_eq!(onsets.len(), 2, "the warning, then the break: {onsets:?}");
            let gap = onsets[1] - onsets[0];
            assert!((gap - 3.0).abs() < 0.6, "3 s apart, heard {gap:.2} s apart");
        }
        levels.peak(0.0, levels.length())
    };
    let loud = level_at("volume = 100\n");
    let soft = level_at("volume = 25\n");
    // Volume 25 is (1/4)² of full amplitude: 24 dB down.
    assert!(
        (loud - soft - 24.0).abs() < 3.0,
        "volume 100 peaked at {loud:.1} dBFS, volume 25 at {soft:.1} dBFS"
    );
    let silent = level_at("volume = 100\nbreak_sounds = false\n");
    assert!(silent <= HEARD, "{silent:.1} dBFS with break sounds off");
}

#[test]
fn with_player_sounds_off_a_routine_plays_in_silence() {
    let server = SoundServer::start();
    let mut desktop = desktop(&server);
    routine_and_settings(&desktop, "volume = 100\nplayer_sounds = false\n");
    desktop.start_daemon();
    let recording = server.record();
    play_the_routine(&desktop);
    std::thread::sleep(Duration::from_secs(12));
    assert!(
        desktop.status()["phase"] == "on_break",
        "the routine runs without sound"
    );
    let levels = recording.stop();
    assert!(
        levels.first_sound().is_none(),
        "player sounds off, yet {:.1} dBFS",
        levels.peak(0.0, levels.length())
    );
}

#[test]
fn the_voice_speaks_each_stretch_through_speech_dispatcher() {
    voice_speaks(&sitbreak::i18n::ENGLISH);
}

/// In German the voice asks speech-dispatcher for a German voice before
/// each line (refused, it would say nothing) and speaks the German words.
#[test]
fn the_voice_speaks_in_the_language_sitbreak_speaks() {
    voice_speaks(&sitbreak::i18n::GERMAN);
}

fn voice_speaks(locale: &'static sitbreak::i18n::Locale) {
    let extra = format!("language = \"{}\"\n", locale.tag);
    let server = SoundServer::start();
    let mut desktop = desktop(&server);
    routine_and_settings(
        &desktop,
        &format!("volume = 100\nplayer_sounds = false\nvoice = true\n{extra}"),
    );
    desktop.start_daemon();
    let recording = server.record();
    play_the_routine_in(&desktop, locale);
    std::thread::sleep(Duration::from_secs(12));
    let levels = recording.stop();
    stop_by_runtime(&desktop.home.runtime());
    let onsets = levels.onsets(0.3);
    assert!(
        !onsets.is_empty(),
        "the voice said nothing (cues are off, so any sound is speech)"
    );
    // Speech is long: the first stretch's name and steps take seconds.
    let spoken = levels.db.iter().filter(|d| **d > HEARD).count() as f64 * Levels::STEP;
    assert!(spoken > 2.0, "only {spoken:.1} s of speech");
}

#[test]
fn without_speech_dispatcher_the_routine_runs_and_settings_says_why() {
    let server = SoundServer::start();
    let mut desktop = desktop(&server);
    // Every program of this machine but speech-dispatcher: as on a
    // desktop without it.
    let bin = desktop.home.dir.path().join("bin");
    std::fs::create_dir_all(&bin).expect("bin");
    for dir in ["/usr/local/bin", "/usr/bin", "/bin"] {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name();
            if name != "speech-dispatcher" && !bin.join(&name).exists() {
                let _ = std::os::unix::fs::symlink(entry.path(), bin.join(&name));
            }
        }
    }
    desktop
        .extra_env
        .push(("PATH".into(), bin.display().to_string()));
    routine_and_settings(&desktop, "volume = 100\nvoice = true\n");
    desktop.start_daemon();
    let recording = server.record();
    play_the_routine(&desktop);
    std::thread::sleep(Duration::from_secs(8));
    let levels = recording.stop();
    assert!(
        levels.first_sound().is_some(),
        "the cues still play without a voice"
    );
    assert_eq!(desktop.status()["phase"], "on_break", "the routine runs");

    assert_eq!(desktop.sitbreak(&["settings"]).code, 0);
    assert!(
        desktop.window_shows("peech-dispatcher is not installed", Duration::from_secs(20)),
        "Settings does not say the voice is missing:\n{}",
        tree_text(&desktop)
    );
    let tree = tree_text(&desktop);
    let sample: serde_json::Value = tree
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|n| n["name"] == "Hear the voice")
        .expect("the voice's sample button");
    assert!(
        !sample["states"]
            .as_array()
            .is_some_and(|s| s.iter().any(|x| x == "enabled")),
        "the voice sample is offered without a voice: {sample}"
    );
    let doctor = desktop.sitbreak(&["doctor"]);
    assert!(
        doctor.stdout.contains("Voice: no speech-dispatcher"),
        "{}",
        doctor.stdout
    );
}

fn tree_text(desktop: &Desktop) -> String {
    String::from_utf8_lossy(&helper(desktop, &["dump"]).stdout).into_owned()
}
