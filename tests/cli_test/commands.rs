//! The commands that work without a daemon, run as the real binary.

use crate::common;

use common::{Home, Run};

fn now_line(event: &str) -> String {
    let at = chrono::Local::now().fixed_offset().to_rfc3339();
    format!("{{\"at\":\"{at}\",{event}}}")
}

#[test]
fn stats_counts_todays_breaks_from_the_history_without_a_daemon() {
    let home = Home::new();
    let lines = [
        now_line("\"event\":\"break_started\",\"routine\":\"low-back-reset\",\"sat_secs\":1800"),
        now_line(
            "\"event\":\"break_completed\",\"routine\":\"low-back-reset\",\"steps_done\":4,\"steps_total\":4,\"secs\":94",
        ),
        now_line("\"event\":\"break_skipped\""),
        now_line("\"event\":\"natural_break\",\"away_secs\":600,\"sat_secs\":2400"),
    ];
    home.write(&home.history_file(), &(lines.join("\n") + "\n"));
    let run = home.run(&["stats", "--days", "1", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let today = &json["days"][0];
    assert_eq!(today["taken"], 1);
    assert_eq!(today["skipped"], 1);
    assert_eq!(today["natural"], 1);
    assert_eq!(today["sat_secs"], 4200);
    assert_eq!(json["longest_sitting_secs"], 2400);
}

#[test]
fn stats_skips_a_torn_history_line_and_names_it() {
    let home = Home::new();
    let good =
        now_line("\"event\":\"break_completed\",\"steps_done\":1,\"steps_total\":1,\"secs\":60");
    home.write(&home.history_file(), &format!("{good}\n{{\"at\":\"2026-"));
    let run = home.run(&["stats", "--days", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("history.jsonl:2: skipped an unreadable line"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("Streak"), "{}", run.stdout);
}

#[test]
fn routines_lists_the_catalog_as_json_with_sources() {
    let home = Home::new();
    let run = home.run(&["routines", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let routines = json["routines"].as_array().expect("routines");
    assert!(routines.len() >= 6);
    let stretches = json["stretches"].as_array().expect("stretches");
    assert!(stretches.len() >= 16);
    for s in stretches {
        assert!(!s["sources"].as_array().expect("sources").is_empty(), "{s}");
        assert!(s["kind"].is_string(), "{s}");
    }
    // Everything the window shows: the kind, the adaptation, and every
    // caution, the steady chair's too.
    let by_id = |id: &str| {
        stretches
            .iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let fold = by_id("seated-forward-fold");
    assert!(
        fold["adaptation"]
            .as_str()
            .is_some_and(|a| a.contains("Sitbreak's own"))
    );
    let cautions: Vec<&str> = fold["cautions"]
        .as_array()
        .expect("cautions")
        .iter()
        .filter_map(|c| c.as_str())
        .collect();
    assert!(
        cautions.iter().any(|c| c.starts_with("Use a steady chair")),
        "{cautions:?}"
    );
    assert_eq!(by_id("core-brace")["kind"], "strength");
    assert!(
        json["our_adaptation"]
            .as_str()
            .is_some_and(|t| t.contains("Sitbreak's own"))
    );
    let notes = json["notes"].as_array().expect("notes");
    let urgent = notes
        .iter()
        .find(|n| n["id"] == "urgent-signs")
        .expect("the urgent signs");
    assert_eq!(urgent["own"], true);
    assert_eq!(urgent["when"], "warning-signs");
    assert!(
        routines
            .iter()
            .all(|r| r["length_secs"].as_u64().unwrap_or(0) > 0)
    );
}

#[test]
fn user_routines_load_and_a_bad_file_is_skipped_with_its_line() {
    let home = Home::new();
    let dir = home.routines_dir();
    home.write(
        &dir.join("good.toml"),
        "[[routine]]\nid = \"my-calves\"\nname = \"My calves\"\nitems = [{ stretch = \"wall-calf\" }]\n",
    );
    home.write(
        &dir.join("bad.toml"),
        "[[routine]]\nid = \"oops\"\nname = \"Oops\"\nitems = [\n  { stretch = \"missing\" },\n]\n",
    );
    let run = home.run(&["routines"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("my-calves"), "{}", run.stdout);
    assert!(!run.stdout.contains("oops"));
    assert!(
        run.stderr
            .contains("bad.toml:5: routine \"oops\": unknown stretch \"missing\""),
        "{}",
        run.stderr
    );
}

#[test]
fn check_routines_exits_1_with_file_and_line_on_errors() {
    let home = Home::new();
    let bad = home.dir.path().join("bad.toml");
    home.write(&bad, "[[routine]]\nid = \"x1\"\nname = \"X\"\nitems = []\n");
    let good = home.dir.path().join("good.toml");
    home.write(
        &good,
        "[[routine]]\nid = \"x2\"\nname = \"X\"\nitems = [{ stretch = \"wall-calf\" }]\n",
    );
    let run = home.run(&[
        "check-routines",
        good.to_str().expect("utf8"),
        bad.to_str().expect("utf8"),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("good.toml: ok (1 routines, 0 stretches)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("bad.toml:1: routine \"x1\": items is empty"),
        "{}",
        run.stderr
    );

    let run = home.run(&["check-routines", good.to_str().expect("utf8")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_quote_missing_from_its_article_fails_the_citation_check_with_file_and_line() {
    let home = Home::new();
    let seeds = home.dir.path().join("seeds");
    std::fs::create_dir_all(&seeds).expect("mkdir");
    // Stands in for "Can You Run With Sciatica?", under its catalog file name.
    home.write(
        &seeds.join("004_26f90dc26e59553a.txt"),
        "Prolonged sitting can make\nsciatica worse. Activate your core.",
    );
    let mine = home.dir.path().join("mine.toml");
    home.write(
        &mine,
        "[[note]]\nid = \"my-note\"\nwhen = \"end-of-break\"\ntext = \"Walk.\"\nsources = [\n  \
         { article = \"run-with\", quote = \"Prolonged sitting can make sciatica worse.\" },\n  \
         { article = \"run-with\", quote = \"Sitting cures sciatica.\" },\n]\n",
    );
    let dir = seeds.to_str().expect("utf8");
    let run = home.run(&[
        "check-routines",
        "--sources",
        dir,
        mine.to_str().expect("utf8"),
    ]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains(
            "mine.toml:7: my-note: quote not found in \"Can You Run With Sciatica?\" \
             (004_26f90dc26e59553a.txt): \"Sitting cures sciatica.\""
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("mine.toml:6"), "{}", run.stderr);
    assert!(
        run.stdout.contains("quotes: 1 of 2 found"),
        "{}",
        run.stdout
    );

    // Without files it checks the built-in catalog, whose other articles
    // are missing from this folder: each is named, none passes silently.
    let run = home.run(&["check-routines", "--sources", dir]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("stretches/") && run.stderr.contains("cannot read"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    let home = Home::new();
    let run = home.run(&["stats", "--days", "zero"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("invalid value 'zero'"),
        "{}",
        run.stderr
    );
    let run = home.run(&["no-such-command"]);
    assert_eq!(run.code, 2);
}

#[test]
fn broken_settings_do_not_stop_the_cli_and_are_reported_with_their_line() {
    let home = Home::new();
    home.write(
        &home.settings_file(),
        "sit_interval = \"45m\"\nstrict = maybe\n",
    );
    let run = home.run(&["stats", "--days", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(home.settings_file()).expect("still there");
    assert_eq!(
        text, "sit_interval = \"45m\"\nstrict = maybe\n",
        "the file must be left alone"
    );
}

#[test]
fn version_and_help_work() {
    let home = Home::new();
    let run = home.run(&["--version"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("sitbreak "), "{}", run.stdout);
    let run = home.run(&["--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("check-routines"));
}

#[test]
fn doctor_without_a_daemon_or_a_desktop_says_what_is_missing_and_what_to_do() {
    let home = Home::new();
    let mut cmd = home.command();
    cmd.env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("XDG_CURRENT_DESKTOP")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env_remove("PULSE_SERVER")
        .args(["doctor", "--json"]);
    let run = Run::from(cmd.output().expect("run sitbreak"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON alone");
    assert_eq!(report["session"], "no display");
    let checks = report["checks"].as_array().expect("checks");
    let parts: Vec<&str> = checks.iter().filter_map(|c| c["part"].as_str()).collect();
    assert_eq!(
        parts,
        ["tray", "notifications", "idle", "suspend", "sound", "voice"]
    );
    for part in ["tray", "notifications", "idle", "sound"] {
        let check = checks.iter().find(|c| c["part"] == part).expect(part);
        assert_eq!(check["works"], false, "{part}");
        assert!(
            check["advice"].as_str().is_some_and(|a| !a.is_empty()),
            "{part}"
        );
    }

    let mut cmd = home.command();
    cmd.env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .arg("doctor");
    let text = Run::from(cmd.output().expect("run sitbreak")).stdout;
    assert!(
        text.starts_with("Sitbreak is not running; this is what it would find here."),
        "{text}"
    );
    assert!(
        text.contains("✗ Tray icon: no session bus, so no tray"),
        "{text}"
    );
}
