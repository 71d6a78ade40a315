//! The small window of sit–stand–move mode's prompts: "Stand up — raise
//! your desk" and "Sit back down in a slightly different position", with
//! the buttons of their notification. It comes with the notification, takes
//! no focus, and closes when the prompt is answered anywhere.

use egui::{RichText, Ui};

use super::access;
use super::msg::{Known, Msg};
use super::theme::GAP;
use super::widgets::{self, muted, primary_button, secondary_button};
use crate::posture::{Posture, Prompt};

/// Draws the prompt on screen; nothing once it is answered.
pub fn ui(ui: &mut Ui, known: Known<'_>) -> Option<Msg> {
    let status = known.status?;
    let prompt = status.prompt?;
    let words = crate::words::prompt(
        prompt,
        &widgets::span(status.posture_secs / 60 * 60),
        &widgets::span(known.settings.stand_for.as_secs()),
    );
    let (title, line) = (words.title.as_str(), words.body.as_str());
    let mut msg = None;
    let heading = ui.label(RichText::new(title).size(22.0).strong());
    access::heading(&heading, title);
    ui.add_space(GAP / 2.0);
    muted(ui, line);
    ui.add_space(GAP);
    ui.horizontal_wrapped(|ui| match prompt {
        Prompt::StandUp => {
            if access::shortcut(primary_button(ui, &crate::tr!("button-standing")), "Enter")
                .clicked()
            {
                msg = Some(Msg::Posture(Posture::Standing));
            }
            let snooze = known.settings.snooze_length.as_secs().div_ceil(60);
            if status.snoozes_left > 0
                && secondary_button(ui, &crate::tr!("button-snooze", minutes = snooze)).clicked()
            {
                msg = Some(Msg::PromptSnooze);
            }
            if !status.strict && secondary_button(ui, &crate::tr!("button-not-now")).clicked() {
                msg = Some(Msg::PromptSkip);
            }
        }
        Prompt::SitDown => {
            if access::shortcut(primary_button(ui, &crate::tr!("button-sitting")), "Enter")
                .clicked()
            {
                msg = Some(Msg::Posture(Posture::Sitting));
            }
            if secondary_button(ui, &crate::tr!("button-keep-standing")).clicked() {
                msg = Some(Msg::PromptSkip);
            }
        }
    });
    msg
}
