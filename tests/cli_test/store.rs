//! Settings and history files on a real file system.

use sitbreak::history::{Event, Record};
use sitbreak::settings::Settings;
use sitbreak::store::history_file::HistoryFile;
use sitbreak::store::settings_file::SettingsFile;

fn record(event: Event) -> Record {
    Record {
        at: chrono::DateTime::parse_from_rfc3339("2026-11-23T09:30:00+01:00").expect("date"),
        event,
    }
}

#[test]
fn a_malformed_settings_file_is_kept_aside_before_a_new_one_is_written() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("settings.toml");
    let original = "sit_interval = \"40m\"\nstrict = [oops\n";
    std::fs::write(&path, original).expect("write");

    let mut file = SettingsFile::new(path.clone());
    let loaded = file.load();
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(loaded.issues.len(), 1);
    let said = sitbreak::words::issue(Some("settings.toml"), &loaded.issues[0]);
    assert!(
        said.starts_with("settings.toml:2: file: not valid TOML"),
        "{said}"
    );
    // Loading alone never touches the file.
    assert_eq!(std::fs::read_to_string(&path).expect("read"), original);

    let kept = file
        .save(&Settings::default())
        .expect("save")
        .expect("kept aside");
    assert!(
        kept.file_name()
            .expect("name")
            .to_string_lossy()
            .starts_with("settings.toml.bad-")
    );
    assert_eq!(std::fs::read_to_string(&kept).expect("read kept"), original);
    let reread = SettingsFile::new(path).load();
    assert!(reread.issues.is_empty(), "{:?}", reread.issues);
}

#[test]
fn a_clean_settings_file_is_saved_in_place_atomically() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("sub/settings.toml");
    let mut file = SettingsFile::new(path.clone());
    assert!(file.load().issues.is_empty());
    let s = Settings {
        max_snoozes: 4,
        ..Settings::default()
    };
    assert_eq!(file.save(&s).expect("save"), None);
    assert_eq!(
        SettingsFile::new(path.clone()).load().settings.max_snoozes,
        4
    );
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().expect("dir"))
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(leftovers, ["settings.toml"], "no temp files left behind");
}

#[test]
fn appending_after_a_torn_line_keeps_every_complete_record() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = HistoryFile::new(dir.path().join("history.jsonl"));
    file.append(&record(Event::BreakDue)).expect("append");
    // A crash mid-write leaves half a line behind.
    let mut text = std::fs::read_to_string(file.path()).expect("read");
    text.push_str("{\"at\":\"2026-11-23T09:31");
    std::fs::write(file.path(), text).expect("write");

    file.append(&record(Event::BreakSkipped))
        .expect("append after tear");
    let read = file.read().expect("read");
    let events: Vec<&str> = read.records.iter().map(|r| r.event.name()).collect();
    assert_eq!(events, ["break_due", "break_skipped"]);
    assert_eq!(read.warnings.len(), 1);
    assert!(
        read.warnings[0].contains("history.jsonl:2:"),
        "{:?}",
        read.warnings
    );
}

#[test]
fn a_missing_history_is_empty() {
    let dir = tempfile::tempdir().expect("tmp");
    let read = HistoryFile::new(dir.path().join("none.jsonl"))
        .read()
        .expect("read");
    assert!(read.records.is_empty() && read.warnings.is_empty());
}
