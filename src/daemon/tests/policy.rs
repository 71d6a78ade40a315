//! An organisation's policy over the person's own settings.

use super::*;
use crate::settings::Problem;
use crate::settings::policy::Strength;

fn write_policy(s: &Setup, text: &str) {
    let dir = s
        .paths
        .policy_dirs
        .first()
        .expect("a policy folder")
        .clone();
    std::fs::create_dir_all(&dir).expect("policy folder");
    std::fs::write(dir.join("policy.toml"), text).expect("policy");
}

#[test]
fn a_locked_key_is_refused_over_ipc_and_a_hand_edit_leaves_the_policy_in_force() {
    let mut s = setup("", true);
    write_policy(
        &s,
        "[locked]\nsit_interval = \"30m\"\n\n[bounds]\nmax_snoozes = { max = 2 }\n",
    );
    let at = s.start;
    s.daemon.reload_settings_if_changed(at);
    let status = s.daemon.status(at);
    let policy = status.policy.expect("the policy is in the status");
    assert!(policy.source.ends_with("policy.toml"), "{}", policy.source);
    let strengths: Vec<(&str, Strength)> = (policy.keys.iter())
        .map(|k| (k.key.as_str(), k.strength))
        .collect();
    assert_eq!(
        strengths,
        [
            ("sit_interval", Strength::Locked),
            ("max_snoozes", Strength::Bounded)
        ]
    );

    let refused = s.daemon.answer(
        at,
        Request::SetSettings {
            toml: "sit_interval = \"1h\"\n".into(),
        },
    );
    let Response::Refused { refusal } = &refused else {
        panic!("{refused:?}");
    };
    let said = crate::words::refusal(refusal);
    assert!(said.contains("set by your organisation"), "{said}");
    assert_eq!(s.daemon.settings.sit_interval, Duration::from_secs(30 * 60));

    // The person's own file asks for an hour and five snoozes.
    std::fs::write(
        s.paths.settings_file(),
        "sit_interval = \"1h\"\nmax_snoozes = 5\n",
    )
    .expect("settings");
    let later = at.plus(Duration::from_secs(2));
    s.daemon.settings_mtime = None;
    s.daemon.reload_settings_if_changed(later);
    assert_eq!(s.daemon.settings.sit_interval, Duration::from_secs(30 * 60));
    assert_eq!(s.daemon.settings.max_snoozes, 2);
    let problems: Vec<(usize, &Problem)> = (s.daemon.settings_problems.iter())
        .map(|i| (i.line, &i.problem))
        .collect();
    assert!(
        matches!(
            problems.as_slice(),
            [
                (1, Problem::Locked { .. }),
                (2, Problem::OutOfBounds { .. })
            ]
        ),
        "{problems:?}"
    );
}

#[test]
fn a_malformed_policy_applies_the_keys_it_could_read_and_says_which_it_could_not() {
    let mut s = setup("", true);
    write_policy(&s, "[locked]\nsit_interval = 30\nstrict = true\n");
    s.daemon.reload_settings_if_changed(s.start);
    assert!(s.daemon.settings.strict, "the readable key applies");
    let policy = s.daemon.status(s.start).policy.expect("a policy");
    assert_eq!(policy.keys.len(), 1);
    assert_eq!(policy.issues.len(), 1);
    assert_eq!(policy.issues[0].line, 2);
}

#[test]
fn a_policy_that_goes_away_hands_the_settings_back() {
    let mut s = setup("", true);
    write_policy(&s, "[locked]\nstrict = true\n");
    s.daemon.reload_settings_if_changed(s.start);
    assert!(s.daemon.settings.strict);
    let dir = s.paths.policy_dirs.first().expect("a folder").clone();
    std::fs::remove_file(dir.join("policy.toml")).expect("remove");
    s.daemon.reload_settings_if_changed(s.start);
    assert!(!s.daemon.settings.strict);
    assert_eq!(s.daemon.status(s.start).policy, None);
}
