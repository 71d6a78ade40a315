//! The per-user installer (`scripts/package.sh` makes it) installs silently
//! into a fresh prefix, and its uninstaller leaves the person's files.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::desktop::wait_until;
use crate::wine::Wine;

fn setup() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let setup = root.join(format!(
        "dist/sitbreak-{}-setup.exe",
        env!("CARGO_PKG_VERSION")
    ));
    assert!(
        setup.exists(),
        "{} is missing: make it with ./scripts/package.sh",
        setup.display()
    );
    setup
}

/// Runs the installer silently in `wine`'s prefix; the folder it
/// installed into.
fn install(wine: &Wine) -> PathBuf {
    let installed = wine.run(wine.command(&setup()).arg("/S"));
    assert_eq!(installed.code, 0, "{}", installed.stderr);
    wine.local_appdata().join("Programs/Sitbreak")
}

const RUN: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";
const APP_ID: &str = r"HKCU\Software\Classes\AppUserModelId\Sitbreak.Sitbreak";

#[test]
fn the_installer_installs_for_the_user_and_the_uninstaller_leaves_their_settings() {
    let mut wine = Wine::start();
    let dir = install(&wine);
    for file in ["sitbreak.exe", "sitbreak-window.exe", "uninstall.exe"] {
        assert!(dir.join(file).exists(), "no {file} in {}", dir.display());
    }
    let shortcut = wine
        .roaming()
        .join("Microsoft/Windows/Start Menu/Programs/Sitbreak.lnk");
    assert!(shortcut.exists(), "no Start-menu entry");
    let run = wine.reg(&["query", RUN, "/v", "Sitbreak"]);
    assert!(
        run.code == 0 && run.stdout.contains(r#"sitbreak.exe" --hidden"#),
        "no Run value: {}",
        run.stdout
    );
    let settings = wine.appdata().join("settings.toml");
    let written = std::fs::read_to_string(&settings).unwrap_or_default();
    assert!(written.contains("autostart = true"), "{written}");

    // The installed program runs, and its daemon keeps the Run value,
    // since the settings say to start with Windows.
    wine.use_programs(dir.clone());
    wine.start_daemon();
    assert_eq!(wine.sitbreak(&["status"]).code, 0);
    let run = wine.reg(&["query", RUN, "/v", "Sitbreak"]);
    assert_eq!(run.code, 0, "the daemon removed the Run value");
    // The daemon registers itself for toasts (Wine then has none to show).
    let app_id = wine.reg(&["query", APP_ID, "/v", "DisplayName"]);
    assert!(
        app_id.stdout.contains("Sitbreak"),
        "not registered for toasts: {}{}",
        app_id.stdout,
        app_id.stderr
    );
    let toast_icon = wine.local_appdata().join("Sitbreak/sitbreak.png");
    assert!(toast_icon.exists(), "no icon for toasts");

    // The uninstaller stops it, and runs from a copy of itself, so it is
    // done when the program's folder is gone.
    let removed = wine.run(wine.command(&dir.join("uninstall.exe")).arg("/S"));
    assert_eq!(removed.code, 0, "{}", removed.stderr);
    assert!(
        wait_until(Duration::from_secs(60), || !dir
            .join("sitbreak.exe")
            .exists()),
        "the program is still installed"
    );
    assert!(
        wait_until(Duration::from_secs(20), || wine.daemon_exit().is_some()),
        "the uninstaller left Sitbreak running"
    );
    // The uninstaller runs on from a copy of itself after the program's
    // files go: its last steps are the entry and the toasts' registration.
    wait_until(Duration::from_secs(30), || {
        !shortcut.exists() && !toast_icon.exists() && wine.reg(&["query", APP_ID]).code != 0
    });
    assert!(!shortcut.exists(), "the Start-menu entry stays");
    assert_ne!(
        wine.reg(&["query", RUN, "/v", "Sitbreak"]).code,
        0,
        "the Run value stays"
    );
    assert_ne!(
        wine.reg(&["query", APP_ID]).code,
        0,
        "the toasts' registration stays"
    );
    assert!(!toast_icon.exists(), "the toasts' icon stays");
    assert!(settings.exists(), "uninstalling removed the settings");
}

#[test]
fn installing_over_a_running_sitbreak_starts_the_new_one_in_its_place() {
    let mut wine = Wine::start();
    let dir = install(&wine);
    wine.use_programs(dir);
    wine.start_daemon();
    assert_eq!(wine.sitbreak(&["pause", "1h"]).code, 0);

    install(&wine);
    assert!(
        wait_until(Duration::from_secs(20), || wine.daemon_exit().is_some()),
        "the old daemon still runs after the upgrade"
    );
    assert!(
        wait_until(Duration::from_secs(30), || wine.sitbreak(&["status"]).code
            == 0),
        "no Sitbreak runs after the upgrade"
    );
    assert_eq!(
        wine.history_events(),
        ["paused", "stopped"],
        "the history lost events over the upgrade"
    );
}
