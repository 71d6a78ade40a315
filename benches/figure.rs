//! CPU cost of drawing one stretch figure: forward kinematics, painting
//! and tessellation, for every stretch of the catalog at moving times,
//! minus the cost of the same frame with nothing in it. Prints numbers;
//! asserts nothing. Budget: 0.5 ms per frame.
//!
//! Run: `cargo bench --bench figure`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use sitbreak::catalog;
use sitbreak::ui::figure_view::{Moment, figure_ui};

const FRAMES: u32 = 400;

/// Mean time of one frame that runs `draw` and tessellates what it drew.
fn frame_time(ctx: &egui::Context, mut draw: impl FnMut(&mut egui::Ui, u32)) -> Duration {
    let mut run = |i: u32| {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(600.0, 400.0),
            )),
            time: Some(f64::from(i) / 60.0),
            ..Default::default()
        };
        let out = ctx.run_ui(input, |ui| draw(ui, i));
        black_box(ctx.tessellate(out.shapes, out.pixels_per_point));
    };
    for i in 0..20 {
        run(i);
    }
    let t = Instant::now();
    for i in 0..FRAMES {
        run(i);
    }
    t.elapsed() / FRAMES
}

fn main() {
    let (catalog, _) = catalog::builtin();
    let ctx = egui::Context::default();
    let empty = frame_time(&ctx, |_, _| {});
    let mut costs = Vec::new();
    for stretch in &catalog.stretches {
        let span = stretch.figure.span().max(0.1);
        let with_figure = frame_time(&ctx, |ui, i| {
            let seconds = (i as f32 / 60.0) % span;
            let moment = Moment::at(stretch, seconds, i % 2 == 0);
            figure_ui(ui, egui::vec2(260.0, 240.0), stretch, moment);
        });
        costs.push((with_figure.saturating_sub(empty), stretch.id.as_str()));
    }
    costs.sort();
    let mean = costs.iter().map(|c| c.0).sum::<Duration>() / costs.len().max(1) as u32;
    let (worst, worst_id) = costs.last().copied().unwrap_or_default();
    println!("figure drawing, per frame (budget 0.5 ms):");
    println!("  mean over {} stretches: {mean:.1?}", costs.len());
    println!("  worst: {worst:.1?} ({worst_id})");
    println!("  empty frame for reference: {empty:.1?}");
}
