//! Snapshot images of every stretch's figure at each of its keyframes, in
//! light and dark: the first side, then the other side's last key mirrored.
//! Compared with tests/snapshots/figures/*.png; after a deliberate change:
//! `UPDATE_SNAPSHOTS=1 cargo test --test ui_test figures::`.

use egui_kittest::Harness;
use sitbreak::catalog;
use sitbreak::settings::{Settings, Theme};
use sitbreak::ui::figure_view::{Moment, figure_ui};
use sitbreak::ui::theme;

const FRAME: f32 = 220.0;

#[test]
fn every_stretch_figure_matches_its_snapshots() {
    let (catalog, problems) = catalog::builtin();
    assert!(problems.is_empty(), "{problems:?}");
    let mut results = egui_kittest::SnapshotResults::new();
    for stretch in &catalog.stretches {
        let figure = &stretch.figure;
        let mut frames: Vec<(f32, bool)> = figure.keys.iter().map(|k| (k.at, false)).collect();
        if stretch.both_sides {
            frames.push((figure.span(), true));
        }
        for dark in [false, true] {
            let id = stretch.id.clone();
            let stretch = stretch.clone();
            let frames = frames.clone();
            let settings = Settings {
                theme: if dark { Theme::Dark } else { Theme::Light },
                ..Settings::default()
            };
            let mut harness = Harness::builder()
                .with_size([(FRAME + 10.0) * frames.len() as f32 + 24.0, FRAME + 40.0])
                .build_ui(move |ui| {
                    theme::apply(ui.ctx(), &settings, false);
                    egui::Frame::new()
                        .fill(ui.visuals().extreme_bg_color)
                        .inner_margin(8.0)
                        .show(ui, |ui| {
                            ui.horizontal(|ui| {
                                for &(at, mirrored) in &frames {
                                    ui.vertical(|ui| {
                                        let moment = Moment::at(&stretch, at, mirrored);
                                        figure_ui(ui, egui::vec2(FRAME, FRAME), &stretch, moment);
                                        let side = if mirrored { " · other side" } else { "" };
                                        ui.label(format!("{at:.2} s{side}"));
                                    });
                                }
                            });
                        });
                });
            harness.run_steps(2);
            let theme = if dark { "dark" } else { "light" };
            harness.snapshot(format!("figures/{id}_{theme}"));
            results.extend_harness(&mut harness);
        }
    }
    results.unwrap();
}
