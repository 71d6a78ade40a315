//! Home, settings and statistics, driven through the real view code.

use crate::common;

use common::harness::{Setup, problems_in, sent};
use egui_kittest::kittest::Queryable;
use sitbreak::engine::PhaseKind;
use sitbreak::history::{Event, Record};
use sitbreak::ipc::protocol::{Request, View};

#[test]
fn home_shows_the_coming_break_and_takes_a_break_on_request() {
    let (mut harness, requests) = Setup::new(View::Home, PhaseKind::Sitting).build();
    harness.run_steps(2);
    harness.get_by_label("Next break in 13 min");
    harness.get_by_label("Low back reset");
    harness.get_by_label("Today: 3 breaks taken, 1 natural, 1 skipped");
    harness.get_by_label("Take a break now").click();
    harness.run_steps(2);
    assert_eq!(sent(&requests), [Request::TakeBreak]);
    harness.get_by_label("Stand up and move");
    harness.check_accessibility();
}

#[test]
fn pause_buttons_pause_and_resume_comes_back() {
    let (mut harness, requests) = Setup::new(View::Home, PhaseKind::Sitting).build();
    harness.run_steps(2);
    harness.get_by_label("1 hour").click();
    harness.run_steps(2);
    assert_eq!(sent(&requests), [Request::Pause { secs: 3600 }]);
    harness.get_by_label("Resume").click();
    harness.run_steps(2);
    assert_eq!(sent(&requests).last(), Some(&Request::Resume));
}

#[test]
fn an_invalid_setting_shows_its_range_and_is_never_sent() {
    let (mut harness, requests) = Setup::new(View::Settings, PhaseKind::Sitting).build();
    harness.run_steps(2);
    harness.get_by_label("Stand up every").click();
    harness.run_steps(1);
    harness.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
    harness.get_by_label("Stand up every").type_text("2m");
    harness.run_steps(2);
    harness.get_by_label("2m is out of range (5m to 4h)");
    harness.get_by_label("Some fields need fixing before saving.");
    harness.get_by_label("Save changes").click();
    harness.run_steps(2);
    assert!(sent(&requests).is_empty(), "{:?}", sent(&requests));
    harness.get_by_label("Fix the fields marked in red; nothing was saved");
}

#[test]
fn a_valid_setting_is_sent_to_the_daemon_and_kept() {
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    setup.height = 4800.0;
    let (mut harness, requests) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("Stand up every").click();
    harness.run_steps(1);
    harness.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
    harness.get_by_label("Stand up every").type_text("45m");
    harness.run_steps(2);
    harness
        .get_by_label("Strict mode: breaks cannot be skipped")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Save changes").click();
    harness.run_steps(2);
    let sent = sent(&requests);
    let [Request::SetSettings { toml }] = sent.as_slice() else {
        panic!("expected one SetSettings, got {sent:?}");
    };
    assert!(toml.contains("sit_interval = \"45m\""), "{toml}");
    assert!(toml.contains("strict = true"), "{toml}");
    harness.get_by_label("Saved. The new settings apply now.");
    assert!(harness.state().settings.strict);
    harness.check_accessibility();
}

#[test]
fn the_catalog_browser_shows_steps_and_sources_and_can_leave_a_stretch_out() {
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    setup.height = 4800.0;
    let (mut harness, requests) = setup.build();
    harness.run_steps(2);
    // A strengthening move says so, under its name.
    harness.get_by_label("calves · standing · strengthening");
    harness.get_by_label("Calf raises").click();
    harness.run_steps(2);
    harness.get_by_label("Rise slowly onto the balls of your feet.");
    harness.get_by_label_contains("Can Running Cause Sciatica?");
    // What the articles say, and plainly what they do not.
    harness.get_by_label("What the articles say, quoted from the article (English)");
    harness.get_by_label(&sitbreak::words::catalog::our_adaptation());
    harness.get_by_label("Leave out of my routines").click();
    harness.run_steps(2);
    harness.get_by_label("Save changes").click();
    harness.run_steps(2);
    let sent = sent(&requests);
    assert!(
        matches!(sent.as_slice(), [Request::SetSettings { toml }] if toml.contains("excluded_stretches = [\"calf-raises\"]")),
        "{sent:?}"
    );
}

#[test]
fn leaving_out_the_only_hip_flexor_stretch_is_said_in_settings() {
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    setup.height = 4800.0;
    setup.settings_toml = "excluded_stretches = [\"standing-hip-flexor\"]\n".into();
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    harness.get_by_label(
        "No routine stretches your hip flexors now: you left out Standing hip flexor stretch.",
    );
    // Floor exercises bring the kneeling hip flexor stretch back.
    harness
        .get_by_label_contains("Include floor exercises")
        .click();
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("No routine stretches")
            .is_none()
    );
}

fn day(date: &str, event: Event) -> Record {
    Record {
        at: chrono::DateTime::parse_from_rfc3339(&format!("{date}T10:00:00+01:00")).expect("date"),
        event,
    }
}

fn completed() -> Event {
    Event::BreakCompleted {
        routine: None,
        steps_done: 3,
        steps_total: 3,
        secs: 100,
    }
}

#[test]
fn statistics_come_from_the_history_and_export_to_csv() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut setup = Setup::new(View::Statistics, PhaseKind::Sitting);
    setup.settings_toml = "daily_goal = 2\n".into();
    setup.export_dir = dir.path().to_path_buf();
    setup.history = vec![
        day("2026-11-21", completed()),
        day("2026-11-21", completed()),
        day("2026-11-22", completed()),
        day(
            "2026-11-22",
            Event::NaturalBreak {
                away_secs: 600,
                sat_secs: 3000,
            },
        ),
        day("2026-11-23", completed()),
        day("2026-11-23", Event::BreakSkipped),
        day(
            "2026-11-23",
            Event::BreakStarted {
                routine: None,
                sat_secs: 4500,
            },
        ),
    ];
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("Breaks per day, last 14 days (goal: 2)");
    harness.get_by_label("The last 12 weeks");
    harness.get_by_label("When you take breaks, last 12 weeks");
    harness.get_by_label("1 h 15 min");
    harness.get_by_label("break today");
    harness.get_by_label("day streak");
    // 21 and 22 November met the goal of two; today has one so far.
    let summary = sitbreak::ui::stats_view::summary(harness.state().stats());
    assert_eq!(summary.streak_days, 2);
    harness.get_by_label("Export CSV").click();
    harness.run_steps(2);
    let path = dir.path().join("sitbreak-stats-2026-11-23.csv");
    let csv = std::fs::read_to_string(&path).expect("exported");
    assert!(
        csv.starts_with("date,taken,completed,natural,skipped"),
        "{csv}"
    );
    assert!(csv.contains("2026-11-23,1,1,0,1,0,75,75"), "{csv}");
    assert!(csv.contains("2026-11-22,1,1,1,0,0,50,50"), "{csv}");
    assert_eq!(csv.lines().count(), 15);
    harness.get_by_label(&format!("Exported to {}", path.display()));
}

#[test]
fn tabs_and_shortcuts_switch_views() {
    let (mut harness, _) = Setup::new(View::Home, PhaseKind::Sitting).build();
    harness.run_steps(2);
    harness.get_by_label("Settings").click();
    harness.run_steps(2);
    harness.get_by_label("Schedule");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    harness.run_steps(2);
    harness.get_by_label("Sitting and standing per day, last 14 days");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num1);
    harness.run_steps(2);
    harness.get_by_label("Next routine");
}

#[test]
fn problems_in_the_settings_file_and_routine_files_show_in_settings_with_their_lines() {
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    setup.settings_problems = problems_in("settings.toml", "\n\nsit_interval = \"2m\"\n");
    setup.catalog_problems =
        vec!["routines/mine.toml:7: stretch \"x\": unknown area \"neck\" (file skipped)".into()];
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("Problems in your files");
    harness.get_by_label("settings.toml:3: sit_interval: 2m is out of range (5m to 4h)");
    harness
        .get_by_label("routines/mine.toml:7: stretch \"x\": unknown area \"neck\" (file skipped)");
}

#[test]
fn a_window_that_cannot_read_the_settings_says_so_and_never_saves_defaults() {
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    setup.settings_error = Some("the daemon closed the connection".into());
    setup.height = 4800.0;
    let (mut harness, requests) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("Your settings could not be read");
    harness.get_by_label("The daemon closed the connection");
    tick_strict_and_press_ctrl_s(&mut harness);
    assert!(
        !sent(&requests)
            .iter()
            .any(|r| matches!(r, Request::SetSettings { .. })),
        "{:?}",
        sent(&requests)
    );
}

#[test]
fn working_hours_with_every_day_off_are_refused_in_the_form_like_in_the_daemon() {
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    setup.settings_toml = "[working_hours]\nenabled = true\nmon = \"off\"\ntue = \"off\"\nwed = \"off\"\nthu = \"off\"\nfri = \"off\"\n".into();
    setup.height = 4800.0;
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    // The file as sent is cleaned by the parser (enabled turned off); turn
    // it on again in the form.
    harness
        .get_by_label("Remind me only during working hours")
        .click();
    harness.run_steps(2);
    harness.get_by_label("enabled but every day is off, so no reminder would ever come");
    assert!(!harness.state().form.is_valid());
}

#[test]
fn settings_say_what_the_desktop_offers_and_what_to_do_about_a_missing_tray() {
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    // Tall enough that the last section is laid out without scrolling.
    setup.height = 4000.0;
    let (mut harness, requests) = setup.build();
    harness.run_steps(2);
    assert!(
        requests
            .borrow()
            .contains(&Request::Doctor { fresh: false })
    );
    harness.get_by_label("Desktop integration");
    harness.get_by_label("Session: X11 (openbox)");
    harness.get_by_label("no tray host");
    harness.get_by_label_contains("breaks still come as notifications and windows");
    harness.get_by_label("the X server's screensaver extension");
}

#[test]
fn settings_changed_elsewhere_show_in_the_open_window() {
    let setup = Setup::new(View::Settings, PhaseKind::Sitting);
    let pushes = setup.pushes.clone();
    let changed = setup.changed_settings.clone();
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    assert!(!harness.state().settings.strict);
    // Another window, or a hand edit, turned strict mode on.
    *changed.borrow_mut() = Some("theme = \"light\"\nstrict = true\n".into());
    let mut status = common::harness::status(PhaseKind::Sitting);
    status.settings_rev = 1;
    pushes
        .borrow_mut()
        .push(sitbreak::ipc::protocol::Response::Event { status });
    harness.run_steps(2);
    assert!(
        harness.state().settings.strict,
        "the window read them again"
    );
    assert!(harness.state().form.draft.strict, "the form shows them");
}

#[test]
fn ctrl_s_saves_settings_while_a_checkbox_has_focus() {
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    setup.height = 4800.0;
    let (mut harness, requests) = setup.build();
    harness.run_steps(2);
    tick_strict_and_press_ctrl_s(&mut harness);
    assert!(
        sent(&requests)
            .iter()
            .any(|r| matches!(r, Request::SetSettings { toml } if toml.contains("strict = true"))),
        "{:?}",
        sent(&requests)
    );
}

/// Clicks strict mode, which leaves the checkbox focused, and presses
/// Ctrl+S.
fn tick_strict_and_press_ctrl_s(
    harness: &mut egui_kittest::Harness<'static, sitbreak::ui::app::App>,
) {
    harness
        .get_by_label("Strict mode: breaks cannot be skipped")
        .click();
    harness.run_steps(2);
    harness.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::S]);
    harness.run_steps(2);
}

#[test]
fn i_m_standing_on_home_tells_the_daemon() {
    let (mut harness, requests) = Setup::new(View::Home, PhaseKind::Sitting).build();
    harness.run_steps(2);
    harness.get_by_label("Sitting for under a minute");
    harness.get_by_label("I'm standing").click();
    harness.run_steps(2);
    assert_eq!(
        sent(&requests),
        [Request::Posture {
            posture: sitbreak::posture::Posture::Standing
        }]
    );
}

#[test]
fn settings_show_the_file_s_hooks_and_test_runs_one_through_the_daemon() {
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    setup.settings_toml = "[hooks]\nstand = [\"deskctl\", \"up\"]\n".into();
    let (mut harness, requests) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("deskctl up");
    harness.get_by_label("When I stand");
    let tests = harness.query_all_by_label("Test").count();
    assert_eq!(tests, 6, "a Test button per event");
    // Every Test is pressed (as a screen reader does, below the fold);
    // only the one with a command does anything.
    for button in harness.query_all_by_label("Test") {
        button.click_accesskit();
    }
    harness.run_steps(2);
    assert_eq!(
        sent(&requests),
        [Request::TestHook {
            event: "stand".into()
        }]
    );
}

#[test]
fn keys_an_organisation_sets_are_marked_and_a_locked_one_cannot_be_edited() {
    use egui_kittest::kittest::NodeT;
    let mut setup = Setup::new(View::Settings, PhaseKind::Sitting);
    setup.status.policy = Some(common::harness::organisation_policy());
    setup.height = 4800.0;
    let (mut harness, _) = setup.build();
    harness.run_steps(2);
    harness.get_by_label("Set by your organisation");
    harness.get_by_label("Your organisation allows at most 2");
    harness.get_by_label("/etc/xdg/sitbreak/policy.toml:7: locked.nonsense: unknown key (ignored)");
    let interval: Vec<_> = harness.get_all_by_label("Stand up every").collect();
    assert!(
        interval.iter().any(
            |n| n.accesskit_node().role() == egui::accesskit::Role::TextInput
                && n.accesskit_node().is_disabled()
        ),
        "the locked interval's field is not editable"
    );
}
