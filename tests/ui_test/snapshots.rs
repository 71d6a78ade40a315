//! Snapshot images of every view in light and dark, rendered with wgpu on
//! Mesa's software Vulkan driver and compared with tests/snapshots/*.png.
//! After a deliberate change: `UPDATE_SNAPSHOTS=1 cargo test --test ui_test snapshots::`.

use crate::common;

use common::harness::{Setup, problems_in};
use egui_kittest::kittest::Queryable;
use sitbreak::engine::PhaseKind;
use sitbreak::ipc::protocol::View;

fn both_themes(
    name: &str,
    make: impl Fn(bool) -> Setup,
    act: impl Fn(&mut egui_kittest::Harness<'static, sitbreak::ui::app::App>),
) {
    let mut results = egui_kittest::SnapshotResults::new();
    for dark in [false, true] {
        let mut setup = make(dark);
        setup.dark = dark;
        let (mut harness, _) = setup.build();
        harness.run_steps(2);
        act(&mut harness);
        harness.run_steps(2);
        let theme = if dark { "dark" } else { "light" };
        harness.snapshot(format!("{name}_{theme}"));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

#[test]
fn home_looks_right() {
    both_themes(
        "home",
        |_| Setup::new(View::Home, PhaseKind::Sitting),
        |_| {},
    );
}

#[test]
fn the_stand_up_prompt_window_looks_right() {
    both_themes(
        "prompt_stand_up",
        |_| {
            let mut setup = Setup::new(View::Prompt, PhaseKind::Sitting);
            setup.status.prompt = Some(sitbreak::posture::Prompt::StandUp);
            setup.status.posture_secs = 20 * 60;
            // The window's own size (`ui::run`).
            (setup.width, setup.height) = (460.0, 210.0);
            setup
        },
        |_| {},
    );
}

#[test]
fn break_due_looks_right() {
    both_themes(
        "break_due",
        |_| Setup::new(View::Break, PhaseKind::BreakDue),
        |_| {},
    );
}

#[test]
fn player_looks_right() {
    both_themes(
        "player",
        |_| Setup::new(View::Break, PhaseKind::BreakDue),
        |h| {
            h.get_by_label("Start").click();
            h.run_steps(2);
            h.get_by_label("Next").click();
            // The 3 s count-in, then four seconds into hip circles: rep 2.
            h.run_steps(28);
        },
    );
}

#[test]
fn count_in_looks_right() {
    both_themes(
        "count_in",
        |_| Setup::new(View::Break, PhaseKind::BreakDue),
        |h| {
            h.get_by_label("Start").click();
            // Halfway through the count-in: "2".
            h.run_steps(6);
        },
    );
}

#[test]
fn this_hurts_card_looks_right() {
    both_themes(
        "hurt",
        |_| Setup::new(View::Break, PhaseKind::BreakDue),
        |h| {
            h.get_by_label("Start").click();
            h.run_steps(2);
            h.get_by_label("Stop — this hurts").click();
        },
    );
}

#[test]
fn end_card_looks_right() {
    both_themes(
        "end",
        |_| Setup::new(View::Break, PhaseKind::BreakDue),
        |h| {
            h.get_by_label("Start").click();
            h.run_steps(2);
            for _ in 0..4 {
                h.get_by_label("Next").click();
                h.run_steps(2);
            }
        },
    );
}

#[test]
fn settings_look_right() {
    both_themes(
        "settings",
        |_| Setup::new(View::Settings, PhaseKind::Sitting),
        |_| {},
    );
}

#[test]
fn settings_under_an_organisations_policy_look_right() {
    both_themes(
        "settings_managed",
        |_| {
            let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
            setup.status.policy = Some(common::harness::organisation_policy());
            setup
        },
        |_| {},
    );
}

#[test]
fn statistics_look_right() {
    both_themes(
        "statistics",
        |_| {
            let mut setup = Setup::new(View::Statistics, PhaseKind::Sitting);
            setup.history = common::harness::fortnight();
            setup.height = 1600.0;
            setup
        },
        |_| {},
    );
}

#[test]
fn settings_with_problems_in_the_files_looks_right() {
    both_themes(
        "settings_problems",
        |_| {
            let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
            // "settings.toml:3: sit_interval: 2m is out of range (5m to 4h)"
            // and "settings.toml:9: theme: "blue" is not one of …".
            setup.settings_problems = problems_in(
                "settings.toml",
                "\n\nsit_interval = \"2m\"\n\n\n\n\n\ntheme = \"blue\"\n",
            );
            setup.catalog_problems = vec![
                "routines/mine.toml:7: stretch \"x\": unknown area \"neck\" (file skipped)".into(),
            ];
            setup
        },
        |_| {},
    );
}

#[test]
fn a_routine_that_cannot_be_played_looks_right() {
    both_themes(
        "cannot_play",
        |_| {
            let mut setup = Setup::new(View::Break, PhaseKind::OnBreak);
            setup.status.current_routine = Some(common::harness::unplayable_routine());
            setup
        },
        |_| {},
    );
}

#[test]
fn desktop_integration_in_settings_looks_right() {
    both_themes(
        "settings_desktop",
        |_| Setup::new(View::Settings, PhaseKind::Sitting),
        |h| {
            h.get_by_label("Desktop integration").scroll_to_me();
            h.run_steps(3);
        },
    );
}

#[test]
fn high_contrast_break_card_and_player_look_right() {
    let mut results = egui_kittest::SnapshotResults::new();
    for (name, play) in [("break_due", false), ("player", true)] {
        let mut setup = Setup::new(View::Break, PhaseKind::BreakDue);
        setup.settings_toml = "theme = \"high-contrast\"\n".into();
        let (mut harness, _) = setup.build();
        harness.run_steps(2);
        if play {
            harness.get_by_label("Start").click();
            harness.run_steps(2);
            harness.get_by_label("Next").click();
            harness.run_steps(16);
        }
        harness.run_steps(2);
        harness.snapshot(format!("{name}_high_contrast"));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

/// The break card and then the player, four seconds into hip circles, in
/// `locale` (its CJK face loaded first when `cjk`), as `<name>_<tag>`:
/// `start` and `next` are the buttons' words in that language.
fn card_and_player_in(locale: &'static sitbreak::i18n::Locale, cjk: bool, start: &str, next: &str) {
    let mut results = egui_kittest::SnapshotResults::new();
    let build = || {
        let mut setup = Setup::in_language(View::Break, PhaseKind::BreakDue, locale);
        setup.cjk = cjk.then_some(locale.tag);
        setup.build()
    };
    let (mut harness, _) = build();
    harness.run_steps(2);
    harness.snapshot(format!("break_due_{}", locale.tag));
    results.extend_harness(&mut harness);
    let (mut harness, _) = build();
    harness.run_steps(2);
    harness.get_by_label(start).click();
    harness.run_steps(2);
    harness.get_by_label(next).click();
    harness.run_steps(28);
    harness.snapshot(format!("player_{}", locale.tag));
    results.extend_harness(&mut harness);
    sitbreak::i18n::set_for_this_thread(None);
    results.unwrap();
}

/// German is a third longer than English: nothing may be cut or overlap
/// at the window's size.
#[test]
fn the_break_card_and_player_in_german_look_right() {
    card_and_player_in(&sitbreak::i18n::GERMAN, false, "Los", "Weiter");
}

/// Japanese with the system's CJK face (`fonts-droid-fallback`, which
/// scripts/test.sh installs): real glyphs, not boxes (egui's tests stop on
/// a glyph no font has).
#[test]
fn the_break_card_and_player_in_japanese_look_right() {
    card_and_player_in(&sitbreak::i18n::JAPANESE, true, "開始", "次へ");
}

/// Simplified Chinese, with the system's CJK face chosen for it.
#[test]
fn the_break_card_and_player_in_chinese_look_right() {
    card_and_player_in(&sitbreak::i18n::CHINESE_SIMPLIFIED, true, "开始", "下一个");
}

/// French, the other long one the issue names.
#[test]
fn the_break_card_and_player_in_french_look_right() {
    card_and_player_in(&sitbreak::i18n::FRENCH, false, "Commencer", "Suivant");
}

/// Settings in German, whose labels run longest: each wraps in its column.
#[test]
fn settings_in_german_look_right() {
    let mut setup = Setup::in_language(View::Settings, PhaseKind::Sitting, &sitbreak::i18n::GERMAN);
    setup.height = 1400.0;
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    harness.snapshot("settings_de");
    sitbreak::i18n::set_for_this_thread(None);
}
