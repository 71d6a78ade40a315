//! The catalog as a document a reader can check line by line: for each
//! stretch, what the articles say (quoted), what is Sitbreak's own, its
//! dose and its cautions; then every note with its source. Made from the
//! catalog, so it cannot drift from what the app shows
//! (`stretches/TABLE.md`, checked by the test command).

use crate::catalog::{Catalog, Dose, NoteWhen, SourceRef, Stretch, Turn};
use crate::words;

/// The whole document, in Markdown.
pub fn markdown(catalog: &Catalog) -> String {
    let mut out = String::from(
        "# Every stretch and note, against the articles\n\n\
         Made from the catalog in this folder (`cargo test --test cli_test stretch_table` \
         checks it; `UPDATE_TABLE=1` rewrites it). \"What the articles say\" quotes them \
         verbatim, and `sitbreak check-routines --sources` finds every quote in its \
         article. Everything else is Sitbreak's own. ",
    );
    out.push_str(&words::catalog::our_adaptation());
    out.push_str(
        "\n\n## Stretches and exercises\n\n\
         | Stretch | What the articles say | Sitbreak's own | Dose (a routine may change it) | Cautions |\n\
         |---|---|---|---|---|\n",
    );
    for s in &catalog.stretches {
        out.push_str(&format!(
            "| **{}** (`{}`): {}, {} | {} | {} | {} | {} |\n",
            cell(&s.name),
            s.id.as_str(),
            words::catalog::kind(s.kind),
            words::position(s.position),
            quotes(catalog, &s.sources),
            own(s),
            dose(s),
            lines(words::cautions(s).iter().map(String::as_str)),
        ));
    }
    out.push_str(
        "\n## Notes\n\n\
         | Note | Shown | What the articles say |\n\
         |---|---|---|\n",
    );
    for n in &catalog.notes {
        let source = if n.own {
            "None: Sitbreak's own advice, not from the articles, and shown labelled so.".to_owned()
        } else {
            quotes(catalog, &n.sources)
        };
        out.push_str(&format!(
            "| {} (`{}`) | {} | {} |\n",
            cell(&n.text),
            n.id,
            when(n.when),
            source
        ));
    }
    out
}

fn when(when: NoteWhen) -> &'static str {
    use NoteWhen::*;
    match when {
        FirstBreak => "with the safety notes, before the first stretch ever",
        OnPain => "after \"Stop — this hurts\"",
        WarningSigns => "with the safety notes and after \"Stop — this hurts\"",
        EndOfBreak => "at the end of a break",
        Tip => "with the safety notes, as a tip",
    }
}

fn quotes(catalog: &Catalog, sources: &[SourceRef]) -> String {
    let quoted: Vec<String> = sources
        .iter()
        .map(|s| {
            let title = catalog
                .article(&s.article)
                .map_or(s.article.as_str(), |a| a.title.as_str());
            format!("“{}” ({})", cell(&s.quote), cell(title))
        })
        .collect();
    quoted.join("<br>")
}

fn own(s: &Stretch) -> String {
    let mut parts: Vec<String> = s
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| format!("{}. {}", i + 1, cell(step)))
        .collect();
    if let Some(more) = &s.adaptation {
        parts.push(format!("*Also:* {}", cell(more)));
    }
    parts.join("<br>")
}

fn dose(s: &Stretch) -> String {
    let each = match s.dose {
        Dose::Hold(d) => format!("hold {} s", d.as_secs()),
        Dose::Reps { count, each } => format!("{count} × {} s", each.as_secs()),
    };
    match (s.both_sides, s.turn) {
        (false, _) => each,
        (true, Turn::Sides) => format!("{each}, each side"),
        (true, Turn::Direction) => format!("{each}, each direction"),
    }
}

fn lines<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let cells: Vec<String> = items.map(cell).collect();
    if cells.is_empty() {
        "none".to_owned()
    } else {
        cells.join("<br>")
    }
}

/// Text made safe for one table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
