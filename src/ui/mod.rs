//! The Sitbreak window: `sitbreak-window --view …`, a short-lived eframe
//! (glow) process started by the daemon. It asks the daemon for everything
//! and never owns the schedule; it exits when closed.

pub mod access;
mod announce;
pub mod app;
pub(crate) mod app_icon;
pub mod break_flow;
pub mod break_view;
pub mod cjk_font;
pub mod figure_view;
pub mod guide;
mod heatmap;
pub mod home;
pub mod ipc_link;
pub mod key_guard;
pub mod link;
pub mod msg;
mod platform;
pub mod prompt_view;
pub mod safety_view;
pub mod settings_form;
pub mod settings_view;
pub mod stats_view;
pub mod theme;
pub mod widgets;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use anyhow::{Context as _, Result};

use crate::ipc::protocol::View;
use crate::store::paths::Paths;

pub use self::platform::{DesktopPrefs, Platform};

/// Opens the window on `view` and returns when it is closed, and how.
pub fn run(paths: &Paths, view: View, platform: Platform) -> Result<Closed> {
    use self::app::{App, Inputs};
    use self::guide::Guide;
    use self::ipc_link::IpcLink;
    use crate::ipc::socket_path;
    use crate::store::history_file::HistoryFile;
    use crate::store::routines_dir;

    let remap = Arc::new(AtomicBool::new(false));
    let asked_remap = Arc::clone(&remap);
    let loaded = routines_dir::load_all(&paths.routines_dir());
    let history = HistoryFile::new(paths.history_file())
        .read()
        .map(|r| r.records)
        .unwrap_or_default();
    let socket = socket_path(paths);
    let fresh_for = crate::ipc::fresh_for(crate::store::limits());
    let export_dir = paths.data_dir.clone();
    let (size, min) = if view == View::Prompt {
        ([460.0, 210.0], [360.0, 180.0])
    } else {
        ([600.0, 760.0], [480.0, 560.0])
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(access::WINDOW_NAME)
        .with_app_id("sitbreak")
        .with_inner_size(size)
        .with_min_inner_size(min);
    if let Some(icon) = app_icon::icon() {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    // eframe centres on the primary monitor; a card belongs where the
    // person works, which on X11 we can tell from the pointer.
    let mut centered = true;
    let comes_by_itself = matches!(view, View::Break | View::Prompt);
    if comes_by_itself {
        // On top so it is seen, but not focused, so typing is not stolen.
        viewport = viewport.with_always_on_top().with_active(false);
        if let Some(at) = (platform.card_position)(size) {
            viewport = viewport.with_position(at);
            centered = false;
        }
    }
    let options = eframe::NativeOptions {
        viewport,
        centered,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "sitbreak",
        options,
        Box::new(move |cc| {
            if let Err(e) = (platform.window_hints)(cc) {
                eprintln!("sitbreak-window: warning: {e}");
            }
            if comes_by_itself && let Err(e) = (platform.card_hints)(cc) {
                eprintln!("sitbreak-window: warning: the card may take focus ({e})");
            }
            let ctx = cc.egui_ctx.clone();
            let link = IpcLink::connect(&socket, fresh_for, move || ctx.request_repaint())
                .with_context(|| format!("{}: cannot reach the daemon", socket.display()))?;
            let mut app = App::new(
                Box::new(link),
                Inputs {
                    catalog: loaded.catalog,
                    catalog_problems: loaded.problems,
                    history,
                    export_dir,
                    view,
                    now: chrono::Local::now().fixed_offset(),
                },
            );
            // The language is the daemon's settings', known once the app has them.
            let language = crate::i18n::current().tag;
            if cjk_font::needed(language) && cjk_font::install(&cc.egui_ctx, language).is_none() {
                eprintln!(
                    "sitbreak-window: warning: no font for {language} on this system; its text shows as boxes"
                );
            }
            app.remap = Arc::clone(&asked_remap);
            app.guide = Guide::new(platform.speakers, platform.voice);
            // Read off the UI thread: a slow or missing portal must not
            // hold the window back.
            let prefs: Arc<OnceLock<DesktopPrefs>> = Arc::default();
            app.desktop_prefs = Arc::clone(&prefs);
            let ctx = cc.egui_ctx.clone();
            let read_prefs = platform.desktop_prefs;
            std::thread::spawn(move || {
                let _ = prefs.set(read_prefs());
                ctx.request_repaint();
            });
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window failed: {e}"))?;
    Ok(if remap.load(Ordering::SeqCst) {
        Closed::ForRemap
    } else {
        Closed::ByPerson
    })
}

/// How the window ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    ByPerson,
    /// To be mapped afresh as a break card (see `App::show_view`).
    ForRemap,
}
