use std::time::Duration;

use super::schema::figure;
use super::*;

const ARTICLE: &str = r#"
[[article]]
id = "a1"
title = "An article"
file = "a1.txt"
"#;

fn stretch(id: &str, extra: &str) -> String {
    format!(
        r#"
[[stretch]]
id = "{id}"
name = "Stretch {id}"
areas = ["calves"]
position = "standing"
{extra}
steps = ["Do it."]
sources = [{{ article = "a1", quote = "words" }}]

[stretch.figure]
base = "standing"
props = {{ mat = true }}
keys = [{{ at = 0 }}]
"#
    )
}

/// A base catalog with the two poses test stretches start from, as the
/// built-in catalog provides them to user files.
fn base() -> Catalog {
    let pose = |id: &str, support, torso| BasePose {
        id: id.into(),
        support,
        pose: figure::Pose {
            torso,
            ..Default::default()
        },
    };
    Catalog {
        poses: vec![
            pose("standing", figure::Support::Feet, 0.0),
            pose("floor", figure::Support::Floor, -90.0),
        ],
        ..Default::default()
    }
}

/// Loads `files` on an empty base and compares the problems, rendered as
/// `file:line: message`, with `expect`.
fn check(files: &[(&str, &str)], expect: &[&str]) -> Catalog {
    let (catalog, problems) = schema::load(&base(), files);
    let got: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(got, expect, "problems differ");
    catalog
}

#[test]
fn builtin_catalog_loads_without_problems_and_has_enough_content() {
    let (catalog, problems) = builtin();
    assert!(problems.is_empty(), "{problems:?}");
    assert!(catalog.stretches.len() >= 16, "{}", catalog.stretches.len());
    assert!(catalog.routines.len() >= 6, "{}", catalog.routines.len());
    assert_eq!(catalog.articles.len(), 5);
}

#[test]
fn builtin_catalog_keeps_floor_exercises_in_floor_routines_only() {
    let (catalog, _) = builtin();
    let floor_stretches = catalog
        .stretches
        .iter()
        .filter(|s| s.position == Position::Floor)
        .count();
    assert!(floor_stretches >= 3);
    for r in &catalog.routines {
        let uses_floor = r.items.iter().any(|i| {
            catalog
                .stretch(&i.stretch)
                .is_some_and(|s| s.position == Position::Floor)
        });
        assert_eq!(uses_floor, r.floor, "routine {}", r.id);
    }
}

#[test]
fn builtin_catalog_carries_the_articles_safety_advice() {
    let (catalog, _) = builtin();
    let first: Vec<&str> = catalog
        .notes_for(NoteWhen::FirstBreak)
        .map(|n| n.text.as_str())
        .collect();
    assert!(
        first
            .iter()
            .any(|t| t.contains("Stop as soon as you feel pain"))
    );
    let signs: Vec<&str> = catalog
        .notes_for(NoteWhen::WarningSigns)
        .map(|n| n.text.as_str())
        .collect();
    assert!(signs.iter().any(|t| t.contains("professional")));
    let end = |position| -> Vec<&str> {
        catalog
            .notes_after(NoteWhen::EndOfBreak, Some(position))
            .map(|n| n.text.as_str())
            .collect()
    };
    assert_eq!(
        end(Position::Standing),
        ["Sit back down in a slightly different position."]
    );
    assert_eq!(end(Position::Floor), end(Position::Standing));
    assert_eq!(
        end(Position::Seated),
        ["Before you carry on, settle into a slightly different sitting position."]
    );
}

#[test]
fn routine_length_is_computed_and_counts_both_sides() {
    let text = format!(
        "{ARTICLE}{}{}\n[[routine]]\nid = \"r1\"\nname = \"R\"\nitems = [{{ stretch = \"one\" }}, {{ stretch = \"two\", hold = \"10s\" }}]\n",
        stretch("one", "hold = \"20s\"\nboth_sides = true"),
        stretch("two", "hold = \"30s\""),
    );
    let catalog = check(&[("f.toml", &text)], &[]);
    let routine = catalog.routine("r1").expect("routine loaded");
    assert_eq!(catalog.routine_length(routine), Duration::from_secs(50));
}

#[test]
fn duplicate_stretch_id_names_both_places() {
    let text = format!(
        "{ARTICLE}{}{}",
        stretch("dup", "hold = \"20s\""),
        stretch("dup", "hold = \"20s\"")
    );
    check(
        &[("f.toml", &text)],
        &["f.toml:21: stretch \"dup\": duplicate id (first defined at f.toml:7)"],
    );
}

#[test]
fn unknown_stretch_in_routine_is_reported_at_the_item() {
    let text = format!(
        "{ARTICLE}\n[[routine]]\nid = \"r1\"\nname = \"R\"\nitems = [\n  {{ stretch = \"nope\" }},\n]\n"
    );
    check(
        &[("f.toml", &text)],
        &["f.toml:11: routine \"r1\": unknown stretch \"nope\""],
    );
}

#[test]
fn stretch_without_sources_is_rejected() {
    let text = "[[stretch]]\nid = \"s1\"\nname = \"S\"\nareas = [\"calves\"]\nposition = \"seated\"\nhold = \"20s\"\nsteps = [\"x\"]\n";
    check(
        &[("f.toml", text)],
        &["f.toml:1: stretch \"s1\": sources is empty (cite the article passage it comes from)"],
    );
}

#[test]
fn source_naming_an_unknown_article_is_rejected() {
    let text = stretch("s1", "hold = \"20s\"");
    check(
        &[("f.toml", &text)],
        &["f.toml:2: stretch \"s1\": sources: unknown article \"a1\""],
    );
}

#[test]
fn zero_and_absurd_durations_are_rejected() {
    let text = format!(
        "{ARTICLE}{}{}{}",
        stretch("zero", "hold = \"0s\""),
        stretch("long", "hold = \"10m\""),
        stretch("many", "reps = 500\nrep_time = \"2s\""),
    );
    check(
        &[("f.toml", &text)],
        &[
            "f.toml:7: stretch \"zero\": hold \"0s\" is out of range (5s to 120s)",
            "f.toml:21: stretch \"long\": hold \"10m\" is out of range (5s to 120s)",
            "f.toml:35: stretch \"many\": reps 500 is out of range (1 to 30)",
        ],
    );
}

#[test]
fn empty_steps_are_rejected() {
    let text = format!(
        "{ARTICLE}\n[[stretch]]\nid = \"s1\"\nname = \"S\"\nareas = [\"calves\"]\nposition = \"seated\"\nhold = \"20s\"\nsteps = []\nsources = [{{ article = \"a1\", quote = \"q\" }}]\n"
    );
    check(
        &[("f.toml", &text)],
        &["f.toml:7: stretch \"s1\": steps is empty"],
    );
}

#[test]
fn routine_using_a_floor_stretch_must_say_floor() {
    let floor = stretch("lie", "hold = \"20s\"").replace("standing", "floor");
    let text = format!(
        "{ARTICLE}{floor}\n[[routine]]\nid = \"r1\"\nname = \"R\"\nitems = [{{ stretch = \"lie\" }}]\n"
    );
    check(
        &[("f.toml", &text)],
        &["f.toml:21: routine \"r1\": uses a floor stretch, so it must say floor = true"],
    );
}

#[test]
fn unknown_key_is_a_syntax_problem_with_its_line() {
    let text = format!("{ARTICLE}\n[[stretch]]\nid = \"s1\"\ncolour = \"red\"\n");
    let (_, problems) = schema::load(&Catalog::default(), &[("f.toml", &text)]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 9);
    assert!(
        problems[0].message.contains("unknown field `colour`"),
        "{}",
        problems[0]
    );
}

#[test]
fn reps_override_on_a_held_stretch_is_rejected() {
    let text = format!(
        "{ARTICLE}{}\n[[routine]]\nid = \"r1\"\nname = \"R\"\nitems = [{{ stretch = \"one\", reps = 3 }}]\n",
        stretch("one", "hold = \"20s\"")
    );
    check(
        &[("f.toml", &text)],
        &["f.toml:24: routine \"r1\": \"one\": this stretch is held, so use hold, not reps"],
    );
}

#[test]
fn bad_user_file_is_skipped_while_good_ones_load() {
    let (base, _) = builtin();
    let good = "[[routine]]\nid = \"my-calves\"\nname = \"My calves\"\nitems = [{ stretch = \"wall-calf\" }]\n";
    let bad =
        "[[routine]]\nid = \"broken\"\nname = \"Broken\"\nitems = [{ stretch = \"no-such\" }]\n";
    let load = with_user_files(&base, &[("bad.toml", bad), ("good.toml", good)]);
    assert!(load.catalog.routine("my-calves").is_some());
    assert!(load.catalog.routine("broken").is_none());
    let got: Vec<String> = load.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        got,
        ["bad.toml:4: routine \"broken\": unknown stretch \"no-such\""]
    );
}

#[test]
fn user_routine_cannot_reuse_a_builtin_id() {
    let (base, _) = builtin();
    let text = "[[routine]]\nid = \"low-back-reset\"\nname = \"Mine\"\nitems = [{ stretch = \"wall-calf\" }]\n";
    let load = with_user_files(&base, &[("mine.toml", text)]);
    let got: Vec<String> = load.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        got,
        ["mine.toml:1: routine \"low-back-reset\": duplicate id (a built-in routine has it)"]
    );
}

mod fuzz {
    use proptest::prelude::*;

    use super::super::*;

    fn builtin_text() -> String {
        embedded::BUILTIN_FILES
            .iter()
            .map(|(_, text)| *text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    proptest! {
        #[test]
        fn any_text_is_rejected_or_accepted_without_panicking(text in "\\PC{0,300}") {
            let (base, _) = builtin();
            let load = with_user_files(&base, &[("fuzz.toml", &text)]);
            for p in &load.problems {
                prop_assert!(p.to_string().starts_with("fuzz.toml"));
            }
        }

        #[test]
        fn mutated_catalog_files_never_panic_and_name_their_file(
            cut in 0usize..20_000, insert in "[ =\"\\[\\]{}a-z0-9,\n]{0,16}"
        ) {
            let text = builtin_text();
            let at = (0..=cut.min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            let mutated = format!("{}{}{}", &text[..at], insert, &text[at..]);
            let (_, problems) = schema::load(&Catalog::default(), &[("m.toml", &mutated)]);
            for p in &problems {
                prop_assert!(p.file == "m.toml" && !p.message.is_empty());
            }
        }
    }
}

/// A standing stretch held for 20 s with `figure` as its figure table.
fn with_figure(figure: &str) -> String {
    format!(
        "{ARTICLE}\n[[stretch]]\nid = \"s1\"\nname = \"S\"\nareas = [\"calves\"]\nposition = \"standing\"\nhold = \"20s\"\nsteps = [\"x\"]\nsources = [{{ article = \"a1\", quote = \"q\" }}]\n\n[stretch.figure]\n{figure}\n"
    )
}

#[test]
fn every_builtin_stretch_has_a_figure_that_moves_or_holds() {
    let (catalog, _) = builtin();
    for s in &catalog.stretches {
        assert!(!s.figure.keys.is_empty(), "{}", s.id);
        assert!(
            s.figure.keys.len() >= 2,
            "{}: a demonstration shows a movement, not one pose",
            s.id
        );
    }
}

#[test]
fn a_stretch_without_a_figure_is_rejected_at_its_line() {
    let text = format!(
        "{ARTICLE}\n[[stretch]]\nid = \"s1\"\nname = \"S\"\nareas = [\"calves\"]\nposition = \"standing\"\nhold = \"20s\"\nsteps = [\"x\"]\nsources = [{{ article = \"a1\", quote = \"q\" }}]\n"
    );
    check(
        &[("f.toml", &text)],
        &[
            "f.toml:7: stretch \"s1\": figure is missing (every stretch is demonstrated; see stretches/README.md)",
        ],
    );
}

#[test]
fn figure_problems_name_the_line_of_the_key() {
    let cases = [
        (
            "base = \"lying\"\nkeys = [{ at = 0 }]",
            "f.toml:16: stretch \"s1\": figure: unknown base pose \"lying\"",
        ),
        (
            "base = \"standing\"\nkeys = [\n  { at = 0 },\n  { at = 2 },\n  { at = 1 },\n]",
            "f.toml:21: stretch \"s1\": figure: key at 1 s: times must increase",
        ),
        (
            "base = \"standing\"\nkeys = [\n  { at = 0 },\n  { at = 30 },\n]",
            "f.toml:20: stretch \"s1\": figure: key at 30 s: after the end of the hold (20 s)",
        ),
        (
            "base = \"standing\"\nkeys = [\n  { at = 0 },\n  { at = 2, pose = { knee_r = 170 } },\n]",
            "f.toml:20: stretch \"s1\": figure: key at 2 s: knee_r = 170 is outside 0 to 155",
        ),
        (
            "base = \"standing\"\nprops = { wall = 0.3 }\nkeys = [\n  { at = 0 },\n  { at = 2, pose = { shoulder_r = 90 } },\n]",
            "f.toml:21: stretch \"s1\": figure: key at 2 s: a body part goes 0.35 m through the wall",
        ),
        (
            "base = \"standing\"\nkeys = [{ at = 1 }]",
            "f.toml:18: stretch \"s1\": figure: the first key must be at 0",
        ),
    ];
    for (figure, expect) in cases {
        check(&[("f.toml", &with_figure(figure))], &[expect]);
    }
}

#[test]
fn a_seated_figure_must_rest_on_the_chair_with_a_foot_on_the_floor() {
    let text = with_figure(
        "base = \"standing\"\nsupport = \"seat\"\nprops = { chair = 0.1 }\nkeys = [{ at = 0 }]",
    )
    .replace("position = \"standing\"", "position = \"seated\"");
    let (_, problems) = schema::load(&base(), &[("f.toml", &text)]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].message.contains("sinks") && problems[0].line == 20,
        "standing legs below a seat go through the floor: {}",
        problems[0]
    );

    let floating = with_figure(
        "base = \"standing\"\nsupport = \"seat\"\nprops = { chair = 0.1 }\nkeys = [{ at = 0, pose = { hip_r = 90, hip_l = 90 } }]",
    )
    .replace("position = \"standing\"", "position = \"seated\"");
    let (_, problems) = schema::load(&base(), &[("f.toml", &floating)]);
    assert!(
        problems[0].message.contains("both feet float"),
        "{}",
        problems[0]
    );
}

#[test]
fn a_repeated_movement_must_end_where_it_starts() {
    let text = with_figure(
        "base = \"standing\"\nkeys = [\n  { at = 0 },\n  { at = 2, pose = { knee_r = 20 } },\n]",
    )
    .replace("hold = \"20s\"", "reps = 5\nrep_time = \"3s\"");
    check(
        &[("f.toml", &text)],
        &[
            "f.toml:21: stretch \"s1\": figure: a repeated movement must end in the pose it starts from",
        ],
    );
}

#[test]
fn a_user_file_can_bring_its_own_base_pose() {
    let text = format!(
        "{}\n[[pose]]\nid = \"lunge\"\nsupport = \"feet\"\njoints = {{ hip_r = 30, hip_l = -10 }}\n",
        with_figure(
            "base = \"lunge\"\nkeys = [\n  { at = 0 },\n  { at = 2, pose = { torso = 10 } },\n]"
        )
    );
    let catalog = check(&[("f.toml", &text)], &[]);
    let keys = &catalog.stretch("s1").expect("loaded").figure.keys;
    assert_eq!(keys[1].pose.hip_r, 30.0, "unset joints keep the base pose");
    assert_eq!(keys[1].pose.torso, 10.0);
}

#[test]
fn an_own_note_cites_nothing_and_a_sourced_one_must_cite() {
    let own = "[[note]]\nid = \"n1\"\nwhen = \"warning-signs\"\nown = true\ntext = \"Ours.\"\n";
    let catalog = check(&[("f.toml", own)], &[]);
    assert!(catalog.notes.iter().any(|n| n.id == "n1" && n.own));

    let both = format!("{ARTICLE}{own}sources = [{{ article = \"a1\", quote = \"q\" }}]\n");
    check(
        &[("f.toml", &both)],
        &[
            "f.toml:6: note \"n1\": an own note (own = true) cites no article: drop its sources, or own",
        ],
    );
    let neither = "[[note]]\nid = \"n2\"\nwhen = \"tip\"\ntext = \"Unsourced.\"\n";
    check(
        &[("f.toml", neither)],
        &["f.toml:1: note \"n2\": sources is empty (cite the article passage it comes from)"],
    );
}

mod overlays {
    use super::super::{builtin, overlay, overlays};

    #[test]
    fn an_overlay_gives_a_stretch_its_words_and_keeps_its_timing_and_sources() {
        let (english, _) = builtin();
        let text =
            "[stretch.stand-and-move]\nname = \"Aufstehen\"\nsteps = [\"a\", \"b\", \"c\"]\n";
        let (german, problems) = overlay::translate(&english, "de.toml", text);
        assert!(problems.is_empty(), "{problems:?}");
        let (en, de) = (
            english.stretch("stand-and-move").expect("built in"),
            german.stretch("stand-and-move").expect("built in"),
        );
        assert_eq!(de.name, "Aufstehen");
        assert_eq!(de.steps, ["a", "b", "c"]);
        assert_eq!(
            (de.dose, &de.sources, &de.areas),
            (en.dose, &en.sources, &en.areas)
        );
        assert_eq!(
            german.stretch("standing-hamstring"),
            english.stretch("standing-hamstring"),
            "what the overlay leaves out stays English"
        );
    }

    #[test]
    fn an_overlay_naming_an_unknown_id_or_missing_a_step_is_named_at_its_line() {
        let (english, _) = builtin();
        let text = "# words\n\n[stretch.no-such-thing]\nname = \"x\"\nsteps = []\n\n\
                    [stretch.stand-and-move]\nname = \"x\"\nsteps = [\"only one\"]\n\n\
                    [note.why-stand-up]\ntext = \" \"\n";
        let (out, problems) = overlay::translate(&english, "locales/xx/stretches.toml", text);
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            [
                "locales/xx/stretches.toml:3: no built-in stretch is called `no-such-thing`",
                "locales/xx/stretches.toml:7: stretch `stand-and-move` steps: 1 here, 3 in the English",
                "locales/xx/stretches.toml:11: note `why-stand-up` has an empty line",
            ]
        );
        assert_eq!(out, english, "nothing wrong is used");
    }

    #[test]
    fn a_broken_overlay_is_named_at_its_line_and_changes_nothing() {
        let (english, _) = builtin();
        let (out, problems) =
            overlay::translate(&english, "xx.toml", "[stretch.stand-and-move]\nname = \n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2, "{}", problems[0]);
        assert_eq!(out, english);
    }

    #[test]
    fn every_language_translates_every_stretch_routine_and_note() {
        let (english, _) = builtin();
        let missing: Vec<String> = (overlays().iter())
            .flat_map(|(tag, _, text)| {
                (overlay::untranslated(&english, text).into_iter())
                    .map(move |m| format!("{tag}: {m}"))
            })
            .collect();
        assert!(missing.is_empty(), "not translated: {missing:#?}");
        let mut offered: Vec<&str> = (crate::i18n::LOCALES.iter())
            .filter(|l| l.tag != "en" && !l.pseudo)
            .map(|l| l.tag)
            .collect();
        let with_overlay: Vec<&str> = overlays().iter().map(|(tag, _, _)| *tag).collect();
        offered.sort_unstable();
        assert_eq!(
            offered, with_overlay,
            "every language offered has its stretches"
        );
    }
}
