//! The pseudo-language: each message's own words accented (values stay as
//! given), lengthened by a third as German and French are, and
//! bracketed, so English that did not come from a message stands out.

use std::borrow::Cow;

/// The message's text with each ASCII letter accented.
pub fn accent(text: &str) -> Cow<'_, str> {
    Cow::Owned(text.chars().map(accented).collect())
}

fn accented(c: char) -> char {
    // Letters from Latin-1 and Latin Extended-A only, which every font
    // the window uses has; the rest stay as they are.
    const FROM: &str = "acdeghijklnoprstuwyzACDEGHIJKLNOPRSTUWYZ";
    const TO: &str = "åçďéĝĥîĵķļñöþŕšţûŵýžÅÇĎÉĜĤÎĴĶĻÑÖÞŔŠŢÛŴÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// The whole message in brackets, a third longer.
pub fn bracket(said: &str) -> String {
    let pad = said.chars().count().div_ceil(3);
    format!("[{said} {}]", "·".repeat(pad))
}
