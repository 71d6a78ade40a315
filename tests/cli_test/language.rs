//! The command line in the person's language: with `language = "en-XA"`,
//! the pseudo-language that brackets every message, each line `routines`,
//! `stats` and `doctor` print is made of messages and values (ids, names,
//! numbers, times), never English of its own.

use crate::common;

use common::Home;

#[test]
fn routines_stats_and_doctor_print_only_messages_in_the_chosen_language() {
    let home = Home::new();
    home.write(&home.settings_file(), "language = \"en-XA\"\n");
    let (catalog, _) = sitbreak::catalog::builtin();
    let mut values: Vec<String> = (catalog.routines.iter().map(|r| r.id.as_str().to_owned()))
        .chain(catalog.stretches.iter().map(|s| s.id.as_str().to_owned()))
        .chain(["Sitbreak", "sitbreak", "StatusNotifierItem"].map(str::to_owned))
        .collect();
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    let mut found = Vec::new();
    for args in [&["routines"][..], &["stats", "--days", "3"], &["doctor"]] {
        let run = home.run(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(
            run.stdout.contains('['),
            "{args:?} printed no message: {}",
            run.stdout
        );
        found.extend(
            (run.stdout.lines())
                .filter_map(|l| common::unmessaged(l, &values, 3))
                .map(|l| format!("{args:?}: {l}")),
        );
    }
    assert!(found.is_empty(), "not from a message: {found:#?}");
}
