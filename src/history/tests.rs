use super::*;

#[test]
fn torn_last_line_is_skipped_and_earlier_lines_are_kept() {
    let text = "{\"at\":\"2026-11-23T09:30:00+01:00\",\"event\":\"break_due\"}\n{\"at\":\"2026-11-23T09:31:00+01:00\",\"event\":\"break_sta";
    let (records, bad) = parse(text);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].event, Event::BreakDue);
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].line, 2);
}

#[test]
fn record_round_trips_through_one_line() {
    let at = DateTime::parse_from_rfc3339("2026-11-23T09:30:00+01:00").expect("date");
    let record = Record {
        at,
        event: Event::BreakCompleted {
            routine: Some("low-back-reset".into()),
            steps_done: 3,
            steps_total: 4,
            secs: 95,
        },
    };
    let line = record.to_line();
    assert!(!line.contains('\n'));
    assert!(line.contains("\"event\":\"break_completed\""), "{line}");
    let (back, bad) = parse(&line);
    assert!(bad.is_empty());
    assert_eq!(back, [record]);
}

#[test]
fn unknown_event_names_are_reported_with_their_line() {
    let (records, bad) =
        parse("\n{\"at\":\"2026-11-23T09:30:00+01:00\",\"event\":\"teleported\"}\n");
    assert!(records.is_empty());
    assert_eq!(bad[0].line, 2);
    assert!(bad[0].message.contains("teleported"), "{}", bad[0].message);
}

mod pruning {
    use std::time::Duration;

    use super::super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("date")
    }

    #[test]
    fn only_the_last_two_days_and_the_last_break_start_are_kept() {
        let started = |when: &str, id: &str| Record {
            at: at(when),
            event: Event::BreakStarted {
                routine: Some(id.into()),
                sat_secs: 0,
            },
        };
        let records = vec![
            started("2026-10-01T10:00:00+01:00", "old"),
            started("2026-11-01T10:00:00+01:00", "last-start"),
            Record {
                at: at("2026-11-20T10:00:00+01:00"),
                event: Event::BreakSkipped,
            },
            Record {
                at: at("2026-11-22T11:00:00+01:00"),
                event: Event::BreakSkipped,
            },
            Record {
                at: at("2026-11-23T09:00:00+01:00"),
                event: Event::BreakDue,
            },
        ];
        let kept = recent(
            records,
            at("2026-11-23T10:00:00+01:00"),
            Duration::from_secs(48 * 3600),
        );
        let when: Vec<String> = kept
            .iter()
            .map(|r| r.at.format("%m-%d").to_string())
            .collect();
        assert_eq!(when, ["11-01", "11-22", "11-23"]);
    }
}
