//! The window as a screen reader meets it, read through AT-SPI (AccessKit
//! publishes there) in a headless X desktop with openbox, a private
//! session bus and the accessibility bus: every view is named and has a
//! heading, every control has a name, the countdowns are readable, a run
//! through a routine announces each change once, the player is quiet
//! between changes, and the keyboard alone can run a break and save
//! settings. `tests/helpers/a11y_tree.py` does the reading.

use crate::common;

use std::fs;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::desktop::{Desktop, Parts, Wm, wait_until};
use serde_json::Value;

const HELPER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/helpers/a11y_tree.py");

/// Roles a person operates, each of which must have a name.
const CONTROLS: &[&str] = &[
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "link",
    "combo box",
    "spin button",
    "slider",
    "entry",
    "text",
    "menu item",
    "scroll bar",
    "progress bar",
    "image",
];

fn desktop() -> Desktop {
    let mut desktop = Desktop::start(Parts {
        wm: Some(Wm::Openbox),
        ..Parts::default()
    });
    desktop.start_accessibility();
    desktop
}

fn helper(desktop: &Desktop, args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new("/usr/bin/python3");
    desktop.env(&mut cmd).arg(HELPER).args(args);
    cmd.output().expect("the AT-SPI reader runs")
}

/// The window's nodes, as the reader sees them.
fn tree(desktop: &Desktop) -> Vec<Value> {
    let out = helper(desktop, &["dump"]);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn show(nodes: &[Value]) -> String {
    nodes
        .iter()
        .map(|n| format!("{}\t{}\t{}", n["role"], n["name"], n["description"]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Waits until a node's "role<TAB>name" matches `pattern`.
fn wait_for(desktop: &Desktop, pattern: &str, secs: u64) {
    let out = helper(desktop, &["wait", pattern, &secs.to_string()]);
    assert!(
        out.status.success(),
        "no node matched /{pattern}/ within {secs}s; the window showed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Presses a control through AT-SPI, as a screen reader user does.
fn press(desktop: &Desktop, pattern: &str) {
    let out = helper(desktop, &["click", pattern]);
    assert!(
        out.status.success(),
        "cannot press /{pattern}/: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        show(&tree(desktop))
    );
}

/// Checks what every view must have: the window named "Sitbreak", a
/// heading, every control named, nothing of unknown role or blank.
fn assert_readable(view: &str, nodes: &[Value]) -> Vec<Value> {
    let all = show(nodes);
    assert!(
        nodes
            .iter()
            .any(|n| n["role"] == "frame" && n["name"] == "Sitbreak"),
        "{view}: the window is not named Sitbreak:\n{all}"
    );
    assert!(
        nodes
            .iter()
            .any(|n| n["role"] == "heading" && n["name"].as_str().is_some_and(|s| !s.is_empty())),
        "{view}: no heading names the view:\n{all}"
    );
    for n in nodes {
        let role = n["role"].as_str().unwrap_or_default();
        let name = n["name"].as_str().unwrap_or_default().trim();
        assert_ne!(role, "unknown", "{view}: a node of unknown role:\n{all}");
        if CONTROLS.contains(&role) || role == "label" || role == "heading" {
            assert!(!name.is_empty(), "{view}: a {role} without a name:\n{all}");
        }
        assert!(
            !matches!(name, "•" | "·" | "1." | "2." | "Enter" | "start"),
            "{view}: \"{name}\" is a fragment read on its own:\n{all}"
        );
    }
    nodes.to_vec()
}

fn named<'a>(nodes: &'a [Value], role: &str, starts: &str) -> Option<&'a Value> {
    nodes
        .iter()
        .find(|n| n["role"] == role && n["name"].as_str().is_some_and(|s| s.starts_with(starts)))
}

/// A routine for these tests: a two-sided stretch short enough to hear
/// "switch sides", then two more, every other routine turned off.
fn short_routine(desktop: &Desktop, extra: &str) {
    desktop.home.write(
        &desktop.home.routines_dir().join("a11y.toml"),
        r#"[[routine]]
id = "a11y-run"
name = "Screen reader run"
summary = "A short routine for the accessibility test."
items = [
  { stretch = "seated-figure-four", hold = "5s" },
  { stretch = "standing-hamstring", hold = "40s" },
  { stretch = "stand-and-move", hold = "20s" },
]
"#,
    );
    desktop.settings(&format!(
        "sit_interval = \"3s\"\nwarn_before = \"0s\"\ncard_after_pause = \"0s\"\n{}\n{extra}",
        common::builtin_routines_off()
    ));
}

/// Listens for the window's accessibility events in the background.
struct Listener(Child);

impl Listener {
    fn start(desktop: &Desktop, secs: u64) -> Listener {
        let mut cmd = Command::new("/usr/bin/python3");
        let mut child = desktop
            .env(&mut cmd)
            .arg(HELPER)
            .args(["events", &secs.to_string()])
            .stdout(Stdio::piped())
            .spawn()
            .expect("listener");
        // Wait for it to be listening before anything happens.
        let mut first = String::new();
        let stdout = child.stdout.as_mut().expect("stdout");
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut first)
            .expect("listener starts");
        assert!(first.contains("listening"), "{first}");
        Listener(child)
    }

    fn events(self) -> Vec<Value> {
        let out = self.0.wait_with_output().expect("listener ends");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

fn announcements(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .filter(|e| e["type"] == "object:announcement")
        .filter_map(|e| e["detail"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn every_view_names_the_window_its_heading_and_every_control() {
    let mut desktop = desktop();
    desktop.settings("sit_interval = \"10m\"\n");
    desktop.start_daemon();

    assert_eq!(desktop.sitbreak(&["open"]).code, 0);
    wait_for(&desktop, "^heading\tHome$", 20);
    let home = assert_readable("home", &tree(&desktop));
    let ring = named(&home, "progress bar", "Next break in").expect("home's countdown is readable");
    assert!(
        ring["value"].as_f64().is_some(),
        "the ring has a value: {ring}"
    );

    press(&desktop, "^toggle button\tSettings$");
    wait_for(&desktop, "^heading\tSettings$", 10);
    let settings = assert_readable("settings", &tree(&desktop));
    assert!(named(&settings, "radio button", "High contrast").is_some());
    assert!(named(&settings, "radio button", "Still poses").is_some());

    press(&desktop, "^toggle button\tStatistics$");
    wait_for(&desktop, "^heading\tStatistics$", 10);
    let stats = assert_readable("statistics", &tree(&desktop));
    let chart = named(&stats, "image", "Chart: breaks per day").expect("the chart is named");
    assert!(
        chart["description"]
            .as_str()
            .is_some_and(|d| d.contains("goal")),
        "the chart says what it shows: {chart}"
    );
    assert!(
        stats.iter().any(|n| n["name"] == "The numbers, day by day"),
        "the charts have a table to read instead"
    );
    for picture in [
        "Chart: time sitting and standing per day",
        "Calendar of the last",
        "Chart: breaks by hour",
    ] {
        assert!(
            named(&stats, "image", picture).is_some(),
            "{picture} is named:\n{}",
            show(&stats)
        );
    }
}

#[test]
fn the_break_views_are_readable_from_the_card_to_the_end() {
    let mut desktop = desktop();
    short_routine(&desktop, "");
    desktop.start_daemon();
    wait_for(&desktop, "^heading\tTime to stand up$", 30);
    let card = assert_readable("the break card", &tree(&desktop));
    let start = named(&card, "push button", "Start").expect("Start");
    assert_eq!(
        start["description"], "Shortcut: Enter",
        "the key belongs to its button"
    );

    press(&desktop, "^push button\tStart$");
    wait_for(&desktop, "^heading\tSafety first$", 10);
    let notes = assert_readable("the safety notes", &tree(&desktop));
    let urgent = named(&notes, "label", "•  Get medical help the same day")
        .expect("the signs that need care the same day are with the first safety notes");
    assert!(
        urgent["name"]
            .as_str()
            .is_some_and(|n| n.ends_with("(Sitbreak's own advice, not from the articles.)")),
        "labelled as Sitbreak's own: {urgent}"
    );

    press(&desktop, "^push button\tI understand, start$");
    // The count-in says what it counts down to.
    wait_for(
        &desktop,
        "^progress bar\tGet ready, first side: starts in [1-3] seconds?$",
        10,
    );
    wait_for(&desktop, "^heading\tSeated piriformis stretch", 10);
    wait_for(&desktop, "^progress bar\tHold, first side: ", 10);
    let player = assert_readable("the player", &tree(&desktop));
    let ring = named(&player, "progress bar", "Hold, first side: ")
        .expect("the hold, its side and the time left are readable");
    assert!(
        ring["name"]
            .as_str()
            .is_some_and(|n| n.ends_with("seconds left"))
    );
    assert!(named(&player, "progress bar", "Routine: stretch 1 of 3").is_some());
    assert!(
        named(&player, "label", "1. ").is_some(),
        "each step is one node with its number:\n{}",
        show(&player)
    );

    for _ in 0..3 {
        press(&desktop, "^push button\tNext$");
        std::thread::sleep(Duration::from_millis(500));
    }
    wait_for(&desktop, "^push button\tDone$", 10);
    assert_readable("the end card", &tree(&desktop));
}

#[test]
fn a_run_through_a_routine_announces_each_change_once() {
    let mut desktop = desktop();
    short_routine(&desktop, "announce_every = \"0s\"\n");
    let listener = Listener::start(&desktop, 40);
    desktop.start_daemon();
    wait_for(&desktop, "^heading\tTime to stand up$", 30);
    press(&desktop, "^push button\tStart$");
    wait_for(&desktop, "^push button\tI understand, start$", 10);
    press(&desktop, "^push button\tI understand, start$");
    // A 3 s count-in and five seconds a side; then the next stretch.
    wait_for(&desktop, "^heading\tStanding hamstring stretch$", 30);
    press(&desktop, "^push button\tPause$");
    wait_for(&desktop, "^push button\tResume$", 5);
    press(&desktop, "^push button\tResume$");
    wait_for(&desktop, "^push button\tPause$", 5);
    press(&desktop, "^push button\tStop — this hurts$");
    wait_for(&desktop, "^push button\tContinue with the next stretch$", 5);
    press(&desktop, "^push button\tContinue with the next stretch$");
    wait_for(&desktop, "^heading\tStand up and move", 5);
    press(&desktop, "^push button\tNext$");
    wait_for(&desktop, "^push button\tDone$", 5);
    std::thread::sleep(Duration::from_secs(1));
    let _ = desktop.sitbreak(&["quit"]);
    let said = announcements(&listener.events());

    let expected = [
        "Time to stand up: Screen reader run",
        "Stretch 1 of 3: Seated piriformis stretch",
        "Switch sides: now the other side",
        "Stretch 2 of 3: Standing hamstring stretch",
        "Paused. Space resumes.",
        "Resumed.",
        "Stopped Standing hamstring stretch",
        "Stretch 3 of 3: Stand up and move",
        "Break done.",
    ];
    for want in expected {
        let times = said.iter().filter(|s| s.starts_with(want)).count();
        assert_eq!(
            times, 1,
            "\"{want}\" was announced {times} times; all said:\n{said:#?}"
        );
    }
    let order: Vec<usize> = expected
        .iter()
        .filter_map(|want| said.iter().position(|s| s.starts_with(want)))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "in order: {said:#?}");
}

#[test]
fn the_player_sends_at_most_one_event_a_second_while_nothing_is_done() {
    let mut desktop = desktop();
    short_routine(&desktop, "announce_every = \"10s\"\n");
    desktop.start_daemon();
    wait_for(&desktop, "^heading\tTime to stand up$", 30);
    press(&desktop, "^push button\tStart$");
    press_when(&desktop, "^push button\tI understand, start$");
    wait_for(&desktop, "^heading\tSeated piriformis stretch", 10);
    press(&desktop, "^push button\tNext$");
    wait_for(&desktop, "^heading\tStanding hamstring stretch$", 10);
    // Listen through 20 s of the 40 s hold, touching nothing.
    let listener = Listener::start(&desktop, 20);
    let events = listener.events();
    let count = events.iter().filter(|e| e["type"] != "listening").count();
    eprintln!("events in 20 s on the player, nothing pressed: {count}");
    assert!(
        count <= 20,
        "{count} events in 20 s while the player ran on its own:\n{events:#?}"
    );
    let left: Vec<String> = announcements(&events)
        .into_iter()
        .filter(|s| s.ends_with("seconds left"))
        .collect();
    assert!(
        !left.is_empty()
            && left
                .iter()
                .all(|s| left.iter().filter(|t| *t == s).count() == 1),
        "the time left is announced every 10 s, each once: {left:?}"
    );
}

fn press_when(desktop: &Desktop, pattern: &str) {
    wait_for(desktop, pattern, 10);
    press(desktop, pattern);
}

/// Presses keys in the Sitbreak window, as a person at the keyboard does.
fn keys(desktop: &Desktop, keys: &[&str]) {
    for key in keys {
        assert!(
            desktop.xdotool(&["key", "--clearmodifiers", key]).is_some(),
            "xdotool key {key}"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// Turns to the window (what Alt+Tab does): the window manager focuses it.
fn turn_to_window(desktop: &Desktop) {
    let window = desktop
        .xdotool(&["search", "--sync", "--name", "^Sitbreak$"])
        .and_then(|ids| ids.lines().last().map(str::to_owned))
        .expect("the Sitbreak window");
    desktop.xdotool(&["windowactivate", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));
}

/// Presses Tab until the control named `name` has focus.
fn tab_to(desktop: &Desktop, name: &str) {
    let out = helper(desktop, &["tab-to", name]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The name of the control with keyboard focus.
fn focused(desktop: &Desktop) -> Option<String> {
    tree(desktop)
        .into_iter()
        .find(|n| {
            n["states"]
                .as_array()
                .is_some_and(|s| s.iter().any(|v| v == "focused"))
                && n["role"] != "frame"
        })
        .and_then(|n| n["name"].as_str().map(str::to_owned))
}

#[test]
fn with_the_keyboard_alone_a_break_runs_and_settings_are_saved() {
    let mut desktop = desktop();
    short_routine(&desktop, "");
    desktop.start_daemon();

    // Start: the card appears without focus; the person turns to it and
    // its primary action has focus.
    wait_for(&desktop, "^heading\tTime to stand up$", 30);
    turn_to_window(&desktop);
    assert_eq!(focused(&desktop).as_deref(), Some("Start"));
    keys(&desktop, &["Return"]);
    wait_for(&desktop, "^heading\tSafety first$", 10);
    keys(&desktop, &["Return"]);
    wait_for(&desktop, "^heading\tSeated piriformis stretch", 10);
    // Pause and resume.
    keys(&desktop, &["space"]);
    wait_for(&desktop, "^push button\tResume$", 5);
    keys(&desktop, &["space"]);
    wait_for(&desktop, "^push button\tPause$", 5);
    // Stop for pain: ending the break has focus, beside the signs that need
    // care the same day; going on is one Tab away.
    keys(&desktop, &["h"]);
    wait_for(&desktop, "^heading\tYou stopped", 5);
    wait_for(&desktop, "^label\t•  Get medical help the same day", 5);
    assert!(
        wait_until(Duration::from_secs(5), || focused(&desktop).as_deref()
            == Some("End the break")),
        "focused: {:?}",
        focused(&desktop)
    );
    tab_to(&desktop, "Continue with the next stretch");
    keys(&desktop, &["Return"]);
    wait_for(&desktop, "^heading\tStanding hamstring stretch$", 5);
    keys(&desktop, &["Right", "Right"]);
    wait_for(&desktop, "^push button\tDone$", 5);
    keys(&desktop, &["Return"]);
    assert!(
        wait_until(Duration::from_secs(10), || desktop
            .history_events()
            .iter()
            .any(|e| e == "break_completed")),
        "the break was recorded: {:?}",
        desktop.history_events()
    );

    // Skip the next one from its card.
    wait_for(&desktop, "^heading\tTime to stand up$", 30);
    turn_to_window(&desktop);
    keys(&desktop, &["k"]);
    assert!(
        wait_until(Duration::from_secs(10), || desktop
            .history_events()
            .iter()
            .any(|e| e == "break_skipped")),
        "the break was skipped: {:?}",
        desktop.history_events()
    );

    // Settings: Tab to strict mode, Space, Tab on to "Save changes",
    // Enter. (Ordinary settings first: the form refuses to save the
    // test's seconds-long schedule.)
    desktop.settings("sit_interval = \"30m\"\n");
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(desktop.sitbreak(&["pause", "1h"]).code, 0);
    assert_eq!(desktop.sitbreak(&["settings"]).code, 0);
    wait_for(&desktop, "^heading\tSettings$", 20);
    turn_to_window(&desktop);
    tab_to(&desktop, "Strict mode: breaks cannot be skipped");
    keys(&desktop, &["space"]);
    tab_to(&desktop, "Save changes");
    keys(&desktop, &["Return"]);
    assert!(
        wait_until(Duration::from_secs(5), || fs::read_to_string(
            desktop.home.settings_file()
        )
        .is_ok_and(|s| s.contains("strict = true"))),
        "Save changes saved strict mode: {}\n{}\nthe daemon's log:\n{}",
        fs::read_to_string(desktop.home.settings_file()).unwrap_or_default(),
        show(&tree(&desktop)),
        fs::read_to_string(desktop.daemon_log()).unwrap_or_default()
    );
}

/// `text` as a pattern that matches it exactly.
fn literally(text: &str) -> String {
    text.chars()
        .map(|c| {
            if "\\.^$|?*+()[]{}".contains(c) {
                format!("\\{c}")
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Under `lang` (a POSIX locale), a screen reader meets every view in
/// `locale`: the card, the first break's safety notes, the player with
/// its stretch named in that language, the end card, Home, Settings and
/// Statistics; and none of the English words these views would have.
fn the_window_reads_under(lang: &str, locale: &'static sitbreak::i18n::Locale) {
    use sitbreak::i18n::{ENGLISH, text_for};
    let say = |id: &str| text_for(locale, id, &[]);
    let english: Vec<String> = [
        "break-due-title",
        "first-break-title",
        "player-next",
        "end-done",
        "nav-settings",
        "nav-statistics",
        "settings-save",
        "stats-export",
    ]
    .iter()
    .filter(|id| text_for(&ENGLISH, id, &[]) != say(id))
    .map(|id| text_for(&ENGLISH, id, &[]))
    .collect();
    let no_english = |view: &str, nodes: &[Value]| {
        let leaked: Vec<&str> = (nodes.iter())
            .filter_map(|n| n["name"].as_str())
            .filter(|name| english.iter().any(|e| e == name))
            .collect();
        assert!(
            leaked.is_empty(),
            "{lang} {view}: English {leaked:?}:\n{}",
            show(nodes)
        );
    };
    let heading = |id: &str| format!("^heading\t{}$", literally(&say(id)));
    let button = |id: &str| format!("^push button\t{}$", literally(&say(id)));

    let mut desktop = Desktop::start(Parts {
        wm: Some(Wm::Openbox),
        ..Parts::default()
    });
    desktop.extra_env.push(("LANG".into(), lang.into()));
    desktop.start_accessibility();
    // One built-in routine, so that its stretch comes in the language too.
    let others: Vec<String> = (sitbreak::catalog::builtin().0.routines.iter())
        .filter(|r| r.id.as_str() != "one-minute-stand")
        .map(|r| format!("\"{}\"", r.id.as_str()))
        .collect();
    desktop.settings(&format!(
        "sit_interval = \"3s\"\nwarn_before = \"0s\"\ncard_after_pause = \"0s\"\ndisabled_routines = [{}]\n",
        others.join(", ")
    ));
    desktop.start_daemon();

    wait_for(&desktop, &heading("break-due-title"), 30);
    no_english("the card", &assert_readable("the card", &tree(&desktop)));
    press(&desktop, &button("button-start"));
    wait_for(&desktop, &heading("first-break-title"), 10);
    no_english(
        "the safety notes",
        &assert_readable("the safety notes", &tree(&desktop)),
    );
    press(&desktop, &button("first-break-start"));
    let (catalog, _) = sitbreak::catalog::builtin_in(locale.tag);
    let stretch = &catalog.stretch("stand-and-move").expect("built in").name;
    wait_for(&desktop, &format!("^heading\t{}$", literally(stretch)), 10);
    no_english(
        "the player",
        &assert_readable("the player", &tree(&desktop)),
    );
    press(&desktop, &button("player-next"));
    wait_for(&desktop, &button("end-done"), 10);
    no_english(
        "the end card",
        &assert_readable("the end card", &tree(&desktop)),
    );
    press(&desktop, &button("end-done"));

    // The other views with no break due over them: the daemon again, with
    // a longer interval.
    assert_eq!(desktop.sitbreak(&["quit"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(10), || tree(&desktop).is_empty()),
        "the window stays after quitting:\n{}",
        show(&tree(&desktop))
    );
    desktop.settings("sit_interval = \"10m\"\n");
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["open"]).code, 0);
    wait_for(&desktop, &heading("home-heading"), 20);
    no_english("home", &assert_readable("home", &tree(&desktop)));
    press(
        &desktop,
        &format!("^toggle button\t{}$", literally(&say("nav-settings"))),
    );
    wait_for(&desktop, &heading("nav-settings"), 10);
    no_english("settings", &assert_readable("settings", &tree(&desktop)));
    press(
        &desktop,
        &format!("^toggle button\t{}$", literally(&say("nav-statistics"))),
    );
    wait_for(&desktop, &heading("nav-statistics"), 10);
    no_english(
        "statistics",
        &assert_readable("statistics", &tree(&desktop)),
    );
}

#[test]
fn under_a_german_locale_every_view_reads_in_german() {
    the_window_reads_under("de_DE.UTF-8", &sitbreak::i18n::GERMAN);
}

#[test]
fn under_a_japanese_locale_every_view_reads_in_japanese() {
    the_window_reads_under("ja_JP.UTF-8", &sitbreak::i18n::JAPANESE);
}
