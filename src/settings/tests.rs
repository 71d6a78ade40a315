use std::time::Duration;

use proptest::prelude::*;

use super::*;

/// Parses `text` and compares the issues, as the person reads them:
/// `f:line: key: problem`.
fn check(text: &str, expect: &[&str]) -> Settings {
    let parsed = parse(text);
    let got: Vec<String> = (parsed.issues.iter())
        .map(|i| crate::words::issue(Some("f"), i))
        .collect();
    assert_eq!(got, expect);
    parsed.settings
}

#[test]
fn empty_file_gives_the_defaults() {
    let s = check("", &[]);
    assert_eq!(s, Settings::default());
    assert_eq!(s.sit_interval, Duration::from_secs(1800));
}

#[test]
fn partial_file_overrides_only_its_keys() {
    let s = check("sit_interval = \"45m\"\nstrict = true\n", &[]);
    assert_eq!(s.sit_interval, Duration::from_secs(45 * 60));
    assert!(s.strict);
    assert_eq!(s.snooze_length, Settings::default().snooze_length);
}

#[test]
fn out_of_range_value_keeps_its_default_and_names_the_range() {
    let s = check(
        "snooze_length = \"5m\"\nsit_interval = \"2m\"\n",
        &["f:2: sit_interval: 2m is out of range (5m to 4h)"],
    );
    assert_eq!(s.sit_interval, Duration::from_secs(1800));
}

#[test]
fn wrong_types_and_bad_spellings_are_reported_per_key() {
    check(
        "max_snoozes = \"two\"\ntheme = \"purple\"\nbreak_length = \"soon\"\n",
        &[
            "f:1: max_snoozes: must be a whole number, not string",
            "f:2: theme: \"purple\" is not one of \"system\", \"light\", \"dark\", \"high-contrast\"",
            "f:3: break_length: \"soon\" is not a duration like \"30m\" or \"45s\"",
        ],
    );
}

#[test]
fn unknown_keys_are_warnings_not_failures() {
    let s = check(
        "colour = \"red\"\nstrict = true\n",
        &["f:1: colour: unknown key (ignored)"],
    );
    assert!(s.strict);
}

#[test]
fn broken_toml_is_unreadable_and_names_its_line() {
    let parsed = parse("strict = true\nsit_interval = \"30m\n");
    assert!(!parsed.readable);
    assert_eq!(parsed.settings, Settings::default());
    assert_eq!(parsed.issues.len(), 1);
    assert_eq!(parsed.issues[0].line, 2);
    assert!(matches!(parsed.issues[0].problem, Problem::NotToml { .. }));
}

#[test]
fn working_hours_are_read_per_day_with_their_lines() {
    let s = check(
        "[working_hours]\nenabled = true\nmon = \"08:30-16:00\"\nsat = \"off\"\nsun = \"17:00-09:00\"\nholiday = \"x\"\n",
        &[
            "f:5: working_hours.sun: \"17:00-09:00\": the start must be before the end",
            "f:6: working_hours.holiday: unknown key (ignored); this table has enabled, mon, tue, wed, thu, fri, sat, sun",
        ],
    );
    assert!(s.working_hours.enabled);
    let mon = s.working_hours.days[0].expect("monday has hours");
    assert_eq!(mon.0.format("%H:%M").to_string(), "08:30");
    assert_eq!(s.working_hours.days[5], None);
}

#[test]
fn warning_longer_than_the_interval_is_replaced_by_a_safe_value() {
    let s = check(
        "sit_interval = \"5m\"\nwarn_before = \"5m\"\n",
        &[
            "f:2: warn_before: 5m must be shorter than sit_interval (5m); using a safe value instead",
        ],
    );
    assert!(s.warn_before < s.sit_interval);
}

#[test]
fn an_unset_warning_follows_a_short_interval_without_a_complaint() {
    let parsed = parse_with("sit_interval = \"20s\"\n", Limits::Short);
    assert_eq!(parsed.issues, []);
    assert_eq!(parsed.settings.warn_before, Duration::from_secs(10));
}

#[test]
fn newer_schema_version_is_a_warning() {
    let parsed = parse("version = 7\n");
    assert!(parsed.readable);
    assert!(
        matches!(
            parsed.issues[0].problem,
            Problem::NewerVersion {
                found: 7,
                understood: SCHEMA_VERSION
            }
        ),
        "{:?}",
        parsed.issues
    );
}

#[test]
fn written_settings_read_back_identical() {
    let mut s = Settings {
        sit_interval: Duration::from_secs(50 * 60),
        strict: true,
        theme: Theme::Dark,
        text_scale: 1.25,
        excluded_stretches: vec!["press-up".into(), "odd \"name\"".into()],
        ..Settings::default()
    };
    s.working_hours.enabled = true;
    let text = s.to_toml();
    let parsed = parse(&text);
    assert!(parsed.issues.is_empty(), "{:?}\n{text}", parsed.issues);
    assert_eq!(parsed.settings, s);
}

#[test]
fn engine_config_follows_the_settings() {
    let mut s = Settings {
        natural_break_idle: Duration::from_secs(600),
        ..Settings::default()
    };
    s.working_hours.enabled = true;
    let config = s.engine_config();
    assert_eq!(config.natural_break_after, Duration::from_secs(600));
    assert!(config.working_hours.is_some());
}

#[test]
fn every_declared_key_reads_back_what_was_written_with_its_line() {
    // A value other than the default for every key, written and read back:
    // each declaration's get, set, writer and reader agree.
    let mut s = Settings::default();
    for key in KEYS {
        let other = match (key.kind, (key.get)(&s)) {
            (Kind::Duration { max, .. }, _) => Value::Duration(max),
            (Kind::Whole { max, .. }, _) => Value::Whole(max),
            (Kind::Bool, Value::Bool(b)) => Value::Bool(!b),
            (Kind::Time, _) => {
                Value::Time(chrono::NaiveTime::from_hms_opt(6, 30, 0).expect("time"))
            }
            (Kind::Hours, Value::Hours(None)) => key
                .kind
                .read_text("08:00-12:00", Limits::Standard)
                .expect("hours"),
            (Kind::Hours, _) => Value::Hours(None),
            (Kind::Ids(_), _) => Value::Ids(vec!["a-b".into()]),
            (Kind::Names, _) => Value::Ids(vec!["zoom".into(), "teams".into()]),
            (Kind::Command, _) => Value::Ids(vec!["deskctl".into(), "up".into()]),
            (Kind::Theme, _) => Value::Theme(Theme::HighContrast),
            (Kind::Motion, _) => Value::Motion(crate::settings::Motion::Still),
            (Kind::Language, _) => Value::Language("pt-BR".into()),
            (Kind::Scale { max, .. }, _) => Value::Scale(max),
            (kind, v) => panic!("{}: no other value for {kind:?} {v:?}", key.path()),
        };
        (key.set)(&mut s, other.clone());
        assert_eq!((key.get)(&s), other, "{}", key.path());
    }
    // warn_before at its maximum (5m) is still shorter than sit_interval (4h).
    let text = s.to_toml();
    let parsed = parse(&text);
    assert_eq!(parsed.issues, [], "{text}");
    assert_eq!(parsed.settings, s);
}

#[test]
fn every_table_in_the_declarations_is_read_with_the_lines_of_its_keys() {
    for group in Group::ALL {
        let Some(table) = group.table() else { continue };
        let key = KEYS.iter().find(|k| k.group == group).expect("a key");
        let text = format!("\n[{table}]\n{} = 12\n", key.name);
        let parsed = parse(&text);
        assert_eq!(parsed.issues.len(), 1, "{:?}", parsed.issues);
        assert_eq!(parsed.issues[0].line, 3, "{table}.{}", key.name);
        assert_eq!(parsed.issues[0].key, key.path());
    }
}

proptest! {
    #[test]
    fn any_text_parses_without_panicking(text in "\\PC{0,200}") {
        let parsed = parse(&text);
        prop_assert!(parsed.settings.warn_before < parsed.settings.sit_interval);
    }

    #[test]
    fn mutated_valid_files_never_panic_and_keep_a_sane_schedule(
        cut in 0usize..900, insert in "[ =\"\\[\\]a-z0-9\n]{0,12}"
    ) {
        let text = Settings::default().to_toml();
        let at = (0..=cut.min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let mutated = format!("{}{}{}", &text[..at], insert, &text[at..]);
        let parsed = parse(&mutated);
        prop_assert!(parsed.settings.warn_before < parsed.settings.sit_interval);
        for issue in &parsed.issues {
            prop_assert!(!crate::words::setting_problem(&issue.problem).is_empty());
        }
    }
}

#[test]
fn the_daily_goal_follows_the_schedule_unless_set() {
    let s = check("", &[]);
    assert_eq!(s.goal_per_day(), 16, "8 hours of 30-minute stretches");
    let s = check("sit_interval = \"45m\"\n", &[]);
    assert_eq!(s.goal_per_day(), 11);
    let s = check(
        "[working_hours]\nenabled = true\nmon = \"09:00-13:00\"\ntue = \"09:00-13:00\"\n\
         wed = \"off\"\nthu = \"off\"\nfri = \"off\"\n",
        &[],
    );
    assert_eq!(s.goal_per_day(), 8, "a four-hour working day");
    let s = check("daily_goal = 6\n", &[]);
    assert_eq!(s.goal_per_day(), 6, "a goal the person set is kept");
}
