//! The safety notes and when to stop: before the first stretch ever, and at
//! any time from Home and the player ("Safety and when to stop").

use egui::{RichText, Ui};

use super::break_flow::BreakFlow;
use super::msg::Msg;
use super::theme::{GAP, Palette};
use super::widgets::primary_button;
use crate::catalog::{Catalog, Note, NoteWhen};

/// What "Safety and when to stop" opens from.
pub fn link_label() -> String {
    crate::tr!("safety-link")
}

/// The notes under their headings; `tips` adds the optional advice.
pub fn notes_ui(ui: &mut Ui, catalog: &Catalog, tips: bool) {
    let p = Palette::of(ui.ctx());
    let mut sections = vec![
        (crate::tr!("safety-before-you-start"), NoteWhen::FirstBreak),
        (crate::tr!("safety-when-to-stop"), NoteWhen::WarningSigns),
    ];
    if tips {
        sections.push((crate::tr!("safety-tips"), NoteWhen::Tip));
    }
    for (title, when) in sections {
        ui.label(RichText::new(title).size(19.0).strong().color(p.text));
        note_list(ui, &notes(catalog, when));
        ui.add_space(GAP / 2.0);
    }
}

/// The texts of the notes shown at `when`; Sitbreak's own are labelled so,
/// as the stretches' adaptations are.
pub fn notes(catalog: &Catalog, when: NoteWhen) -> Vec<String> {
    catalog.notes_for(when).map(said).collect()
}

fn said(note: &Note) -> String {
    if note.own {
        crate::tr!("safety-own-advice", note = &note.text)
    } else {
        note.text.clone()
    }
}

/// Notes as a bulleted list, each one label with its bullet, so that it is
/// read as one item.
pub fn note_list(ui: &mut Ui, notes: &[String]) {
    for note in notes {
        ui.label(RichText::new(format!("•  {note}")).size(16.0));
    }
}

/// The notes over whatever screen is open, until closed.
pub fn dialog(ctx: &egui::Context, catalog: &Catalog) -> Option<Msg> {
    let mut msg = None;
    let frame = egui::Frame::popup(&ctx.global_style()).inner_margin(egui::Margin::same(24));
    let modal = egui::Modal::new(egui::Id::unique("safety"))
        .frame(frame)
        .show(ctx, |ui| {
            ui.set_max_width(520.0);
            let link = link_label();
            let title = ui.label(RichText::new(&link).size(26.0).strong());
            super::access::heading(&title, &link);
            ui.add_space(GAP / 2.0);
            let scroll = egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() * 0.7)
                .show(ui, |ui| notes_ui(ui, catalog, true));
            super::access::name_scroll(ui.ctx(), scroll.id, &crate::tr!("safety-scroll"));
            if primary_button(ui, &crate::tr!("safety-close")).clicked() {
                ui.close();
            }
        });
    // Escape closes it; a click beside it does not, since the click that
    // opened it would otherwise close it again at once.
    if modal.response.should_close()
        || modal
            .response
            .ctx
            .input(|i| i.key_pressed(egui::Key::Escape))
    {
        msg = Some(Msg::Safety(false));
    }
    msg
}

/// The link that opens the dialog.
pub fn link(ui: &mut Ui) -> Option<Msg> {
    ui.link(link_label()).clicked().then_some(Msg::Safety(true))
}

/// The end card's advice, for the position the break ended in: "sit back
/// down" only follows a break that ended standing or on the floor.
pub fn end_notes(catalog: &Catalog, flow: &BreakFlow) -> Vec<String> {
    let last = flow
        .routine
        .as_ref()
        .and_then(|r| r.items.last())
        .and_then(|i| catalog.stretch(&i.stretch))
        .map(|s| s.position);
    catalog
        .notes_after(NoteWhen::EndOfBreak, last)
        .map(said)
        .collect()
}
