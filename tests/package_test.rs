//! The packages install Sitbreak like any desktop app: the .deb, the .rpm
//! and the tarball carry the same files, their metadata validates, and the
//! .deb installs, upgrades under a running daemon and removes without
//! touching the person's settings and history.
// They drive the Linux programs in Linux desktops; the Windows build has
// its own, under Wine (tests/wine_test).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use clap::CommandFactory;
use common::Run;
use common::desktop::{Desktop, Parts, wait_until};

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(program: &str, args: &[&str]) -> Run {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} does not run: {e}"));
    Run::from(output)
}

/// The packages in dist/, made by `scripts/package.sh` first when missing
/// or older than the release build (the test command makes them just
/// before, so this is a fallback).
fn dist() -> &'static Path {
    static DIST: OnceLock<PathBuf> = OnceLock::new();
    DIST.get_or_init(|| {
        let dist = root().join("dist");
        let deb = dist.join(deb_name());
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root().join("target"));
        let built = fs::metadata(target.join("release/sitbreak")).and_then(|m| m.modified());
        let packed = fs::metadata(&deb).and_then(|m| m.modified());
        let stale = match (built, packed) {
            (Ok(built), Ok(packed)) => packed < built,
            _ => true,
        };
        if stale {
            let status = Command::new(root().join("scripts/package.sh"))
                .status()
                .expect("scripts/package.sh runs");
            assert!(status.success(), "scripts/package.sh failed");
        }
        dist
    })
}

fn deb_name() -> String {
    format!("sitbreak_{VERSION}-1_amd64.deb")
}

fn deb() -> PathBuf {
    dist().join(deb_name())
}

/// The .deb's files, as absolute paths.
fn deb_files(deb: &Path) -> BTreeSet<String> {
    let listing = run("dpkg-deb", &["-c", deb.to_str().expect("utf-8")]);
    assert_eq!(listing.code, 0, "{}", listing.stderr);
    listing
        .stdout
        .lines()
        .filter(|l| l.starts_with('-'))
        .filter_map(|l| l.split_whitespace().last())
        .map(|p| p.trim_start_matches('.').to_owned())
        .collect()
}

/// Unpacks the .deb into a temp dir (without installing it).
fn unpacked_deb() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    let out = run(
        "dpkg-deb",
        &[
            "-x",
            deb().to_str().expect("utf-8"),
            dir.path().to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    dir
}

/// What a desktop app's package must carry.
fn expected_files() -> Vec<String> {
    let mut files: Vec<String> = [
        "/usr/bin/sitbreak",
        "/usr/bin/sitbreak-window",
        "/usr/share/applications/sitbreak.desktop",
        "/usr/share/icons/hicolor/scalable/apps/sitbreak.svg",
        "/usr/share/metainfo/io.github.sitbreak.sitbreak.metainfo.xml",
        "/usr/share/man/man1/sitbreak.1.gz",
        "/usr/share/man/man1/sitbreak-window.1.gz",
        "/usr/share/bash-completion/completions/sitbreak",
        "/usr/share/zsh/site-functions/_sitbreak",
        "/usr/share/fish/vendor_completions.d/sitbreak.fish",
    ]
    .map(str::to_owned)
    .to_vec();
    for size in [16, 22, 24, 32, 48, 64, 128, 256] {
        files.push(format!(
            "/usr/share/icons/hicolor/{size}x{size}/apps/sitbreak.png"
        ));
    }
    files
}

#[test]
fn the_deb_carries_the_programs_menu_entry_icons_metadata_man_pages_and_completions() {
    let files = deb_files(&deb());
    for file in expected_files()
        .iter()
        .chain(&["/usr/share/doc/sitbreak/copyright".to_owned()])
        .chain(&["/usr/share/doc/sitbreak/changelog.Debian.gz".to_owned()])
    {
        assert!(files.contains(file), "the .deb lacks {file}: {files:#?}");
    }
    let depends = run(
        "dpkg-deb",
        &["-f", deb().to_str().expect("utf-8"), "Depends"],
    );
    assert!(
        depends.stdout.contains("libc6") && !depends.stdout.contains("-dev"),
        "Depends: {}",
        depends.stdout
    );
}

#[test]
fn lintian_finds_no_errors_in_the_deb() {
    let out = run(
        "lintian",
        &["--no-tag-display-limit", deb().to_str().expect("utf-8")],
    );
    let errors: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with("E:")).collect();
    // lintian fails on errors, and when it cannot read the package.
    assert!(
        errors.is_empty() && out.code == 0,
        "lintian:\n{}{}",
        out.stdout,
        out.stderr
    );
}

#[test]
fn the_rpm_carries_the_same_files_as_the_deb() {
    let rpm = dist().join(format!("sitbreak-{VERSION}-1.x86_64.rpm"));
    let out = run("rpm", &["-qlp", rpm.to_str().expect("utf-8")]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let rpm_files: BTreeSet<String> = out.stdout.lines().map(str::to_owned).collect();
    // Each keeps its licence and changelog where its own distribution does.
    let outside_doc = |set: &BTreeSet<String>| -> BTreeSet<String> {
        set.iter()
            .filter(|f| !f.starts_with("/usr/share/doc/") && !f.starts_with("/usr/share/licenses/"))
            .cloned()
            .collect()
    };
    assert_eq!(outside_doc(&rpm_files), outside_doc(&deb_files(&deb())));
    assert!(rpm_files.contains("/usr/share/licenses/sitbreak/LICENSE-MIT"));
    let requires = run("rpm", &["-qp", "--requires", rpm.to_str().expect("utf-8")]);
    assert!(
        requires.stdout.contains("libxkbcommon.so.0()(64bit)"),
        "the window's run-time libraries are required: {}",
        requires.stdout
    );
}

#[test]
fn the_menu_entry_and_the_appstream_metadata_validate() {
    let dir = unpacked_deb();
    let desktop = dir.path().join("usr/share/applications/sitbreak.desktop");
    let out = run("desktop-file-validate", &[desktop.to_str().expect("utf-8")]);
    assert!(
        out.code == 0 && out.stdout.trim().is_empty(),
        "desktop-file-validate: {}{}",
        out.stdout,
        out.stderr
    );
    let metainfo = dir
        .path()
        .join("usr/share/metainfo/io.github.sitbreak.sitbreak.metainfo.xml");
    let out = run(
        "appstreamcli",
        &[
            "validate",
            "--pedantic",
            "--no-net",
            metainfo.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(
        out.code, 0,
        "appstreamcli validate:\n{}{}",
        out.stdout, out.stderr
    );
    let text = fs::read_to_string(&metainfo).expect("metainfo");
    for needle in [
        "<screenshot type=\"default\">",
        &format!("<release version=\"{VERSION}\""),
        "<content_rating type=\"oars-1.1\"/>",
        "<category>Utility</category>",
    ] {
        assert!(text.contains(needle), "the metainfo lacks {needle}");
    }
}

#[test]
fn the_man_page_lists_every_subcommand() {
    let dir = unpacked_deb();
    let page = dir.path().join("usr/share/man/man1/sitbreak.1.gz");
    let out = Command::new("man")
        .args(["-l", page.to_str().expect("utf-8")])
        .env("MANWIDTH", "100")
        .env("MAN_KEEP_FORMATTING", "0")
        .output()
        .expect("man runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let cli = sitbreak::cli::Cli::command();
    let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
    assert!(names.len() >= 10, "the CLI has its subcommands: {names:?}");
    for name in names {
        assert!(
            text.contains(&format!("sitbreak-{name}(1)")),
            "man sitbreak does not list {name}:\n{text}"
        );
        let own = dir
            .path()
            .join(format!("usr/share/man/man1/sitbreak-{name}.1.gz"));
        assert!(own.exists(), "no page of its own for {name}");
    }
}

#[test]
fn the_bash_completion_offers_every_subcommand() {
    let dir = unpacked_deb();
    let script = dir
        .path()
        .join("usr/share/bash-completion/completions/sitbreak");
    // Completing "sitbreak " (the second word) with the installed script.
    let probe = format!(
        "source '{}'; COMP_WORDS=(sitbreak ''); COMP_CWORD=1; COMP_LINE='sitbreak '; \
         COMP_POINT=9; _sitbreak sitbreak '' sitbreak; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    let out = run("bash", &["-c", &probe]);
    let offered: BTreeSet<&str> = out.stdout.lines().collect();
    for sub in sitbreak::cli::Cli::command().get_subcommands() {
        assert!(
            offered.contains(sub.get_name()),
            "bash does not complete {}: {offered:?} {}",
            sub.get_name(),
            out.stderr
        );
    }
}

#[test]
fn the_tarball_installs_into_a_prefix_and_uninstalls_leaving_the_persons_files() {
    let tarball = dist().join(format!(
        "sitbreak-{VERSION}-{}-linux.tar.gz",
        std::env::consts::ARCH
    ));
    let dir = tempfile::tempdir().expect("tmp");
    let out = run(
        "tar",
        &[
            "-C",
            dir.path().to_str().expect("utf-8"),
            "-xzf",
            tarball.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let unpacked = dir.path().join(format!(
        "sitbreak-{VERSION}-{}-linux",
        std::env::consts::ARCH
    ));
    let prefix = dir.path().join("home/.local");
    let settings = dir.path().join("home/.config/sitbreak/settings.toml");
    fs::create_dir_all(settings.parent().expect("dir")).expect("mkdir");
    fs::write(&settings, "sit_interval = \"45m\"\n").expect("settings");

    let install = |extra: &[&str]| {
        let out = Command::new(unpacked.join("install.sh"))
            .args(["--prefix", prefix.to_str().expect("utf-8")])
            .args(extra)
            .env("HOME", dir.path().join("home"))
            .output()
            .expect("install.sh runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    install(&[]);
    for file in expected_files() {
        let installed = prefix.join(file.trim_start_matches("/usr/"));
        assert!(installed.exists(), "install.sh did not install {file}");
    }
    let version = run(
        prefix.join("bin/sitbreak").to_str().expect("utf-8"),
        &["--version"],
    );
    assert_eq!(version.stdout.trim(), format!("sitbreak {VERSION}"));
    let entry =
        fs::read_to_string(prefix.join("share/applications/sitbreak.desktop")).expect("entry");
    assert!(
        entry.contains(&format!(
            "Exec=\"{}\"",
            prefix.join("bin/sitbreak").display()
        )),
        "the menu entry names the program where it is, whatever the PATH: {entry}"
    );

    install(&["--uninstall"]);
    assert!(!prefix.join("bin/sitbreak").exists());
    assert!(!prefix.join("share/man/man1/sitbreak.1.gz").exists());
    assert_eq!(
        fs::read_to_string(&settings).expect("settings stay"),
        "sit_interval = \"45m\"\n"
    );
}

/// Removes the test's install of the package however the test ends.
struct Installed;

impl Drop for Installed {
    fn drop(&mut self) {
        let _ = Command::new("dpkg").args(["--purge", "sitbreak"]).output();
    }
}

fn installed_version() -> Option<String> {
    let out = run("dpkg-query", &["-W", "-f=${Status} ${Version}", "sitbreak"]);
    let text = out.stdout;
    text.strip_prefix("install ok installed ")
        .map(str::to_owned)
}

/// The .deb again, as a higher version: the same files under a new version
/// number, which is what an upgrade replaces them with.
fn upgrade_deb(dir: &Path) -> PathBuf {
    let tree = dir.join("tree");
    let deb_path = deb();
    let deb = deb_path.to_str().expect("utf-8");
    let tree_str = tree.to_str().expect("utf-8");
    assert_eq!(run("dpkg-deb", &["-R", deb, tree_str]).code, 0);
    let control = tree.join("DEBIAN/control");
    let text = fs::read_to_string(&control).expect("control");
    fs::write(
        &control,
        text.replace(
            &format!("Version: {VERSION}-1\n"),
            &format!("Version: {VERSION}-1+upgrade1\n"),
        ),
    )
    .expect("control");
    let out_deb = dir.join("upgrade.deb");
    let out = run(
        "dpkg-deb",
        &["-Zgzip", "-b", tree_str, out_deb.to_str().expect("utf-8")],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    out_deb
}

fn dpkg(args: &[&str]) {
    let out = run("dpkg", args);
    assert_eq!(out.code, 0, "dpkg {args:?}:\n{}{}", out.stdout, out.stderr);
}

/// The running window's program: its path and inode.
fn window_program(pid: u32) -> (String, u64) {
    let link = fs::read_link(format!("/proc/{pid}/exe")).expect("exe link");
    let inode = fs::metadata(format!("/proc/{pid}/exe")).expect("exe").ino();
    (link.to_string_lossy().into_owned(), inode)
}

#[test]
fn the_deb_installs_upgrades_under_a_running_daemon_and_removes_leaving_the_persons_files() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!(
            "NOT RUN: installing the .deb needs root (CI runs as root); \
             the package's contents were still checked"
        );
        return;
    }
    if let Some(version) = installed_version() {
        panic!(
            "sitbreak {version} is already installed on this machine; this test installs \
             and removes the package itself, so remove it first (dpkg -r sitbreak)"
        );
    }
    let scratch = tempfile::tempdir().expect("tmp");
    let upgrade = upgrade_deb(scratch.path());

    let _installed = Installed;
    dpkg(&["-i", deb().to_str().expect("utf-8")]);
    assert_eq!(
        installed_version().as_deref(),
        Some(&*format!("{VERSION}-1"))
    );
    let version = run("/usr/bin/sitbreak", &["--version"]);
    assert_eq!(version.stdout.trim(), format!("sitbreak {VERSION}"));

    let mut desktop = Desktop::start(Parts::default());
    desktop.program = PathBuf::from("/usr/bin/sitbreak");
    desktop.settings("autostart = true\nsit_interval = \"45m\"\n");
    desktop.start_daemon();
    assert_eq!(desktop.sitbreak(&["break"]).code, 0);
    assert_eq!(desktop.sitbreak(&["skip"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(15), || desktop.window_pids().is_empty()),
        "the skipped break's window closes"
    );
    let autostart = desktop.home.config().join("autostart/sitbreak.desktop");
    assert!(
        wait_until(Duration::from_secs(5), || autostart.exists()),
        "the daemon writes its autostart entry"
    );
    let entry = fs::read_to_string(&autostart).expect("autostart entry");
    assert!(
        entry.contains("Exec=\"/usr/bin/sitbreak\" --hidden"),
        "{entry}"
    );
    let settings_before = fs::read(desktop.home.settings_file()).expect("settings");
    let history_before = fs::read(desktop.home.history_file()).expect("history");
    let daemon_pid = desktop.daemon.as_ref().expect("daemon").id();

    // The upgrade replaces the files under the running daemon.
    dpkg(&["-i", upgrade.to_str().expect("utf-8")]);
    assert_eq!(
        installed_version().as_deref(),
        Some(&*format!("{VERSION}-1+upgrade1"))
    );
    let status = desktop.sitbreak(&["status", "--json"]);
    assert_eq!(
        status.code, 0,
        "the daemon answers after the upgrade: {}",
        status.stderr
    );
    assert!(
        desktop
            .daemon
            .as_mut()
            .expect("daemon")
            .try_wait()
            .expect("wait")
            .is_none(),
        "the daemon (pid {daemon_pid}) kept running through the upgrade"
    );
    assert_eq!(desktop.sitbreak(&["open"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(15), || !desktop
            .window_pids()
            .is_empty()),
        "the daemon opened a window after the upgrade; its log:\n{}",
        fs::read_to_string(desktop.daemon_log()).unwrap_or_default()
    );
    let window = desktop.window_pids()[0];
    let (path, inode) = window_program(window);
    let new_inode = fs::metadata("/usr/bin/sitbreak-window")
        .expect("installed")
        .ino();
    assert_eq!(
        (path.as_str(), inode),
        ("/usr/bin/sitbreak-window", new_inode),
        "the window runs the upgraded binary, not the replaced one"
    );

    // The autostart entry the old version wrote starts the new one: at
    // login it would be the only Sitbreak, here it hands over to the daemon.
    let mut login = Command::new("/usr/bin/sitbreak");
    desktop.env(&mut login).arg("--hidden");
    let out = login.output().expect("autostart command runs");
    assert!(
        out.status.success(),
        "the autostart entry's command works after the upgrade: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    // SAFETY: kill has no memory preconditions; the pid is our window's.
    unsafe { libc::kill(window as i32, libc::SIGTERM) };
    assert_eq!(desktop.sitbreak(&["quit"]).code, 0);
    let mut daemon = desktop.daemon.take().expect("daemon");
    let _ = daemon.wait();
    let settings_after_use = fs::read(desktop.home.settings_file()).expect("settings");
    dpkg(&["--purge", "sitbreak"]);
    assert!(installed_version().is_none());
    assert!(!Path::new("/usr/bin/sitbreak").exists());
    assert!(!Path::new("/usr/share/applications/sitbreak.desktop").exists());
    assert_eq!(
        fs::read(desktop.home.settings_file()).expect("settings survive removal"),
        settings_after_use
    );
    assert_eq!(
        settings_before, settings_after_use,
        "nothing rewrote the settings"
    );
    let history_after = fs::read(desktop.home.history_file()).expect("history survives");
    assert!(
        history_after.starts_with(&history_before),
        "the history is kept, only added to"
    );
    assert!(
        autostart.exists(),
        "the person's autostart entry is theirs to remove"
    );
}
