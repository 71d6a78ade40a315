//! Claims about the shipped binaries that no unit test can see.

use std::path::PathBuf;
use std::process::Command;

/// The release build of `bin`, built first when missing (the test command
/// builds it beforehand, so this is only a fallback).
fn release_binary(bin: &str) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let path = target.join("release").join(bin);
    if !path.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--release", "--bin", bin])
            .current_dir(&root)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "release build of {bin} failed");
    }
    path
}

fn mentions(path: &PathBuf, needle: &str) -> bool {
    let bytes = std::fs::read(path).expect("binary");
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn the_resident_daemon_binary_carries_no_gui_toolkit() {
    let daemon = release_binary("sitbreak");
    let window = release_binary("sitbreak-window");
    // The same search finds the toolkit where it is, so its absence in the
    // daemon means something.
    for crate_name in ["egui-0.", "eframe-0.", "winit-0.", "glow-0."] {
        assert!(
            mentions(&window, crate_name),
            "{crate_name} should be in sitbreak-window"
        );
        assert!(
            !mentions(&daemon, crate_name),
            "the daemon binary links {crate_name}; keep the window in its own binary"
        );
    }
}
