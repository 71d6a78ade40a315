//! Makes the files the packages install besides the binaries, into the
//! folder it is given (`scripts/package.sh` runs it):
//!
//! - `share/`: the tree installed under `/usr` or `~/.local`: the desktop
//!   entry, hicolor icons (the SVG and PNGs rendered from it), AppStream
//!   metainfo, man pages and shell completions made from the clap
//!   definitions, so they never drift from the command line;
//! - `doc/`: licences, changelog and README for the tarball and the .rpm;
//! - `changelog.Debian`: the Debian changelog, made from `CHANGELOG.md`;
//! - `copyright.Debian`: the machine-readable Debian copyright file.
//!
//! A dev-dependency program rather than part of `sitbreak`, so the shipped
//! binaries carry no man page renderer, completion writer or SVG renderer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::CommandFactory;
use clap_complete::Shell;
use sitbreak::cli::Cli;
use sitbreak::cli::window_args::WindowArgs;

/// The AppStream id, in reverse-DNS form from the project's address.
const ID: &str = "io.github.sitbreak.sitbreak";
/// The icon sizes a desktop asks for, besides the SVG.
const ICON_SIZES: [u32; 8] = [16, 22, 24, 32, 48, 64, 128, 256];

fn main() {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: package_files OUT_DIR");
        std::process::exit(2);
    };
    if let Err(e) = make(&out) {
        eprintln!("package_files: {e:#}");
        std::process::exit(1);
    }
}

fn make(out: &Path) -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let releases = releases(&read(&root.join("CHANGELOG.md"))?)?;
    let version = env!("CARGO_PKG_VERSION");
    if releases.first().map(|r| r.version.as_str()) != Some(version) {
        bail!(
            "CHANGELOG.md: the newest section must be ## {version} — YYYY-MM-DD (Cargo.toml's version)"
        );
    }
    let share = out.join("share");
    copy(
        &root.join("assets/sitbreak.desktop"),
        &share.join("applications/sitbreak.desktop"),
    )?;
    icons(
        &root.join("assets/sitbreak.svg"),
        &share.join("icons/hicolor"),
    )?;
    let metainfo = metainfo(
        root,
        &read(&root.join("assets/sitbreak.metainfo.xml.in"))?,
        &releases,
    )?;
    write(
        &share.join(format!("metainfo/{ID}.metainfo.xml")),
        &metainfo,
    )?;
    man_pages(&share.join("man/man1"))?;
    completions(&share)?;
    for doc in ["LICENSE-MIT", "LICENSE-APACHE", "CHANGELOG.md", "README.md"] {
        copy(&root.join(doc), &out.join("doc").join(doc))?;
    }
    write(&out.join("changelog.Debian"), &debian_changelog(&releases)?)?;
    write(
        &out.join("copyright.Debian"),
        &debian_copyright(&read(&root.join("LICENSE-MIT"))?),
    )
}

/// One `## VERSION — DATE` section of CHANGELOG.md.
struct Release {
    version: String,
    date: String,
    notes: Vec<String>,
}

/// The releases, newest first, each with its bullets joined into lines.
fn releases(text: &str) -> Result<Vec<Release>> {
    let mut releases: Vec<Release> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(head) = line.strip_prefix("## ") {
            let Some((version, date)) = head.split_once(" — ") else {
                bail!(
                    "CHANGELOG.md:{}: a release heading is ## VERSION — YYYY-MM-DD",
                    n + 1
                );
            };
            chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
                .with_context(|| format!("CHANGELOG.md:{}: the date {date:?}", n + 1))?;
            releases.push(Release {
                version: version.trim().to_owned(),
                date: date.trim().to_owned(),
                notes: Vec::new(),
            });
        } else if let Some(release) = releases.last_mut() {
            if let Some(item) = line.strip_prefix("- ") {
                release.notes.push(item.trim().to_owned());
            } else if line.starts_with("  ") && !line.trim().is_empty() {
                let Some(last) = release.notes.last_mut() else {
                    bail!("CHANGELOG.md:{}: a continued line with no bullet", n + 1);
                };
                last.push(' ');
                last.push_str(line.trim());
            }
        }
    }
    if releases.is_empty() {
        bail!("CHANGELOG.md: no ## VERSION — YYYY-MM-DD section");
    }
    Ok(releases)
}

fn metainfo(root: &Path, template: &str, releases: &[Release]) -> Result<String> {
    let repository = env!("CARGO_PKG_REPOSITORY").trim_end_matches('/');
    let mut xml = String::new();
    for r in releases {
        xml.push_str(&format!(
            "    <release version=\"{}\" date=\"{}\">\n      <description>\n        <ul>\n",
            r.version, r.date
        ));
        for note in &r.notes {
            xml.push_str(&format!("          <li>{}</li>\n", escape(note)));
        }
        xml.push_str("        </ul>\n      </description>\n    </release>\n");
    }
    let text = template
        .replace("@ID@", ID)
        .replace("@HOMEPAGE@", env!("CARGO_PKG_HOMEPAGE"))
        .replace("@REPOSITORY@", repository)
        .replace("@RELEASES@", xml.trim_end());
    // A screenshot names a file in this repository; one that is not here
    // would be a broken image in the software centre.
    let prefix = format!("{repository}/raw/main/");
    for part in text.split(&prefix).skip(1) {
        let path = part.split('<').next().unwrap_or_default();
        if !root.join(path).is_file() {
            bail!(
                "assets/sitbreak.metainfo.xml.in: the screenshot {path} is not in the repository"
            );
        }
    }
    Ok(text)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The Debian changelog: one entry per release, signed by the maintainer.
fn debian_changelog(releases: &[Release]) -> Result<String> {
    let maintainer = env!("CARGO_PKG_AUTHORS")
        .split(':')
        .next()
        .unwrap_or_default();
    let mut text = String::new();
    for r in releases {
        let date = chrono::NaiveDate::parse_from_str(&r.date, "%Y-%m-%d")?
            .and_hms_opt(12, 0, 0)
            .context("noon")?
            .format("%a, %d %b %Y %H:%M:%S +0000");
        text.push_str(&format!(
            "sitbreak ({}-1) unstable; urgency=medium\n\n",
            r.version
        ));
        for note in &r.notes {
            text.push_str(&format!("  * {}\n", wrap(note, 74, "    ")));
        }
        text.push_str(&format!("\n -- {maintainer}  {date}\n\n"));
    }
    Ok(text.trim_end().to_owned() + "\n")
}

/// The copyright file in Debian's format. Apache-2.0 points to the copy
/// every Debian system has, as Debian policy asks.
fn debian_copyright(mit: &str) -> String {
    let repository = env!("CARGO_PKG_REPOSITORY");
    let maintainer = env!("CARGO_PKG_AUTHORS")
        .split(':')
        .next()
        .unwrap_or_default();
    let mut text = format!(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\
         Upstream-Name: sitbreak\nUpstream-Contact: {maintainer}\nSource: {repository}\n\n\
         Files: *\nCopyright: 2026 Sitbreak developers\nLicense: MIT or Apache-2.0\n\n\
         License: MIT\n"
    );
    for line in mit.lines() {
        match line.trim_end() {
            "" => text.push_str(" .\n"),
            l => text.push_str(&format!(" {l}\n")),
        }
    }
    text.push_str(
        "\nLicense: Apache-2.0\n On Debian systems, the complete text of the Apache License, \
         Version 2.0\n can be found in \"/usr/share/common-licenses/Apache-2.0\".\n",
    );
    text
}

/// Wraps `text` at `width` columns, continuing lines with `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        if line > 0 && line + 1 + word.len() > width {
            out.push('\n');
            out.push_str(indent);
            line = indent.len();
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.len();
    }
    out
}

fn icons(svg: &Path, hicolor: &Path) -> Result<()> {
    copy(svg, &hicolor.join("scalable/apps/sitbreak.svg"))?;
    let data = fs::read(svg).with_context(|| format!("{}", svg.display()))?;
    let tree = resvg::usvg::Tree::from_data(&data, &resvg::usvg::Options::default())
        .with_context(|| format!("{}: not an SVG resvg can draw", svg.display()))?;
    for size in ICON_SIZES {
        let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).context("pixmap")?;
        let scale = size as f32 / tree.size().width().max(tree.size().height());
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        let path = hicolor.join(format!("{size}x{size}/apps/sitbreak.png"));
        mkdir_for(&path)?;
        pixmap
            .save_png(&path)
            .with_context(|| format!("{}", path.display()))?;
    }
    Ok(())
}

/// `sitbreak.1` with every subcommand in it, a page per subcommand, and
/// `sitbreak-window.1`.
fn man_pages(dir: &Path) -> Result<()> {
    let cli = Cli::command();
    man_page(cli.clone(), &dir.join("sitbreak.1"))?;
    for sub in cli.get_subcommands() {
        let name = format!("sitbreak-{}", sub.get_name());
        let page = sub
            .clone()
            .display_name(name.clone())
            .bin_name(format!("sitbreak {}", sub.get_name()));
        man_page(page, &dir.join(format!("{name}.1")))?;
    }
    man_page(WindowArgs::command(), &dir.join("sitbreak-window.1"))
}

fn man_page(cmd: clap::Command, path: &Path) -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut page)?;
    mkdir_for(path)?;
    fs::write(path, page).with_context(|| format!("{}", path.display()))
}

fn completions(share: &Path) -> Result<()> {
    for (shell, path) in [
        (Shell::Bash, "bash-completion/completions/sitbreak"),
        (Shell::Zsh, "zsh/site-functions/_sitbreak"),
        (Shell::Fish, "fish/vendor_completions.d/sitbreak.fish"),
    ] {
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "sitbreak", &mut script);
        let path = share.join(path);
        mkdir_for(&path)?;
        fs::write(&path, script).with_context(|| format!("{}", path.display()))?;
    }
    Ok(())
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).with_context(|| format!("{}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<()> {
    mkdir_for(path)?;
    fs::write(path, text).with_context(|| format!("{}", path.display()))
}

fn copy(from: &Path, to: &Path) -> Result<()> {
    mkdir_for(to)?;
    fs::copy(from, to).with_context(|| format!("{} → {}", from.display(), to.display()))?;
    Ok(())
}

fn mkdir_for(path: &Path) -> Result<()> {
    let dir = path.parent().context("a file path")?;
    fs::create_dir_all(dir).with_context(|| format!("{}", dir.display()))
}
