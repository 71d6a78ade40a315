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
