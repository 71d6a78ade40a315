//! Checking that every quote in a catalog file appears, word for word, in
//! the article it cites. Pure: the caller reads the files and the articles.
//!
//! The articles are other people's text, so the project cannot ship them;
//! `sitbreak check-routines --sources DIR` runs this check wherever a copy
//! of them is at hand (the test script, a user checking their own file).

use serde::Deserialize;
use toml::Spanned;

use super::schema::{Catalog, Problem};

/// One quote, where it is written and whom it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub file: String,
    pub line: usize,
    /// The stretch or note that cites it.
    pub owner: String,
    pub article: String,
    pub quote: String,
}

#[derive(Deserialize)]
struct QuotedFile {
    #[serde(default)]
    stretch: Vec<Owner>,
    #[serde(default)]
    note: Vec<Owner>,
}

#[derive(Deserialize)]
struct Owner {
    id: String,
    #[serde(default)]
    sources: Vec<Spanned<Quote>>,
}

#[derive(Deserialize)]
struct Quote {
    article: String,
    quote: String,
}

/// Every quote in one catalog file, with its line. A file that does not
/// parse gives the parser's problem (the catalog loader reports it too).
pub fn citations(file: &str, text: &str) -> Result<Vec<Citation>, Problem> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let parsed: QuotedFile = toml::from_str(text).map_err(|e| Problem {
        file: file.to_owned(),
        line: e.span().map_or(0, |s| line_of(s.start)),
        message: e.message().trim_end().trim_end_matches('.').to_owned(),
    })?;
    Ok(parsed
        .stretch
        .iter()
        .chain(&parsed.note)
        .flat_map(|owner| {
            owner.sources.iter().map(|q| Citation {
                file: file.to_owned(),
                line: line_of(q.span().start),
                owner: owner.id.clone(),
                article: q.get_ref().article.clone(),
                quote: q.get_ref().quote.clone(),
            })
        })
        .collect())
}

/// Whitespace-insensitive form of a text, so that line breaks in an
/// article never hide a quote.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An article as it is, for the sentences around a quote, and as one
/// normalised text, for finding a quote that runs over a line break.
type Text = (String, String);

/// Problems with the citations: quotes not found in their article, and
/// articles that could not be read. `article_text` returns an article's
/// text by its file name, or why it cannot.
pub fn check(
    citations: &[Citation],
    catalog: &Catalog,
    mut article_text: impl FnMut(&str) -> Result<String, String>,
) -> Vec<Problem> {
    let mut texts: Vec<(String, Result<Text, String>)> = Vec::new();
    let mut problems = Vec::new();
    for c in citations {
        let at = |message: String| Problem {
            file: c.file.clone(),
            line: c.line,
            message,
        };
        let Some(article) = catalog.article(&c.article) else {
            problems.push(at(format!(
                "{}: unknown article \"{}\"",
                c.owner, c.article
            )));
            continue;
        };
        if !texts.iter().any(|(f, _)| *f == article.file) {
            let t = article_text(&article.file).map(|t| {
                let flat = normalize(&t);
                (t, flat)
            });
            texts.push((article.file.clone(), t));
        }
        let Some((_, text)) = texts.iter().find(|(f, _)| *f == article.file) else {
            continue;
        };
        let quote = normalize(&c.quote);
        match text {
            Ok((raw, flat)) if flat.contains(&quote) => {
                if let Some(left_out) = dropped_qualifier(raw, &quote) {
                    problems.push(at(format!(
                        "{}: the quote leaves out \"{left_out}\" from its sentence in \"{}\": \
                         quote it too, or say in the text whom the article means",
                        c.owner, article.title
                    )));
                }
            }
            Ok(_) => problems.push(at(format!(
                "{}: quote not found in \"{}\" ({}): \"{}\"",
                c.owner, article.title, article.file, c.quote
            ))),
            Err(why) => problems.push(at(format!(
                "{}: cannot read \"{}\" ({}): {why}",
                c.owner, article.title, article.file
            ))),
        }
    }
    problems
}

/// Words that limit whom or when a sentence speaks of; a quote that cuts
/// one off claims more than the article does.
const QUALIFIERS: [&str; 6] = [
    "in runners",
    "among runners",
    "for runners",
    "when running",
    "while running",
    "if you",
];

/// A qualifier that the sentence around `quote` (normalised) begins with,
/// or ends on, and the quote leaves out. Sentences are looked for within
/// the article's lines (a heading or a list item is a line of its own); a
/// quote that runs over a line break is not looked at.
fn dropped_qualifier(article: &str, quote: &str) -> Option<&'static str> {
    const ENDS: [&str; 6] = [". ", "? ", "! ", ": ", "• ", "· "];
    let line = article.lines().map(normalize).find(|l| l.contains(quote))?;
    let at = line.find(quote)?;
    let before = line.get(..at)?;
    let start = ENDS
        .iter()
        .filter_map(|e| before.rfind(e).map(|i| i + e.len()))
        .max()
        .unwrap_or(0);
    let after = line.get(at + quote.len()..)?;
    // A quote that ends its sentence leaves nothing of it after.
    let ends_sentence = quote.ends_with(['.', '?', '!', ':']);
    let end = if ends_sentence {
        0
    } else {
        ENDS.iter()
            .filter_map(|e| after.find(e))
            .min()
            .unwrap_or(after.len())
    };
    let lead = before.get(start..)?.to_lowercase();
    let tail = after.get(..end)?.to_lowercase();
    let quoted = quote.to_lowercase();
    // "If you …" limits a sentence it begins; "… when running" one it ends.
    QUALIFIERS.into_iter().find(|q| {
        !quoted.contains(q)
            && (lead.trim_start().starts_with(q) || (q.ends_with("running") && tail.contains(q)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
[[stretch]]
id = "reach"
name = "Reach"
sources = [
  { article = "aa", quote = "stand up  and move" },
  { article = "aa", quote = "sit forever" },
]

[[note]]
id = "n"
sources = [{ article = "bb", quote = "anything" }]
"#;

    fn catalog() -> Catalog {
        let (catalog, problems) = crate::catalog::schema::load(
            &Catalog::default(),
            &[(
                "a.toml",
                "[[article]]\nid = \"aa\"\ntitle = \"A\"\nfile = \"a.txt\"\n\
                 [[article]]\nid = \"bb\"\ntitle = \"B\"\nfile = \"b.txt\"\n",
            )],
        );
        assert!(problems.is_empty(), "{problems:?}");
        catalog
    }

    #[test]
    fn each_quote_is_found_with_its_line() {
        let found = citations("mine.toml", FILE).expect("parses");
        let lines: Vec<(usize, &str)> = found.iter().map(|c| (c.line, c.owner.as_str())).collect();
        assert_eq!(lines, [(6, "reach"), (7, "reach"), (12, "n")]);
    }

    #[test]
    fn a_quote_that_cuts_off_whom_its_sentence_means_is_flagged() {
        let text = "Intro. In runners, it's believed that tight muscles cause it. \
             Engage your core when running. If you've red flags, see a doctor.\n\
             Cross Training For Runners\nStretch often. It helps if you sit.";
        let flagged = |quote: &str| dropped_qualifier(text, &normalize(quote));
        assert_eq!(flagged("tight muscles cause it"), Some("in runners"));
        assert_eq!(
            flagged("In runners, it's believed that tight muscles cause it"),
            None
        );
        assert_eq!(flagged("Engage your core"), Some("when running"));
        assert_eq!(flagged("Engage your core when running"), None);
        assert_eq!(flagged("see a doctor"), Some("if you"));
        assert_eq!(flagged("Intro"), None);
        assert_eq!(flagged("Stretch often."), None, "a heading is a line apart");
        assert_eq!(
            flagged("It helps"),
            None,
            "only trailing conditions of running count"
        );
    }

    #[test]
    fn a_quote_missing_from_its_article_is_reported_at_its_line() {
        let found = citations("mine.toml", FILE).expect("parses");
        let problems = check(&found, &catalog(), |file| match file {
            "a.txt" => Ok("You should stand up and\n  move a bit.".into()),
            _ => Err("no such file".into()),
        });
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "mine.toml:7: reach: quote not found in \"A\" (a.txt): \"sit forever\"",
                "mine.toml:12: n: cannot read \"B\" (b.txt): no such file",
            ]
        );
    }
}
