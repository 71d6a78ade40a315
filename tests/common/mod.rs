//! Shared helpers: run the real binary with XDG folders in a temp dir.
#![allow(dead_code)]

pub mod desktop;
pub mod harness;
pub mod scenarios;
pub mod sound;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The settings line that turns every built-in routine off, so that a
/// test's own routine file is the one played.
pub fn builtin_routines_off() -> String {
    let (catalog, _) = sitbreak::catalog::builtin();
    let ids: Vec<String> = catalog
        .routines
        .iter()
        .map(|r| format!("\"{}\"", r.id.as_str()))
        .collect();
    format!("disabled_routines = [{}]", ids.join(", "))
}

/// A throwaway home: config, data and runtime folders under one temp dir.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn runtime(&self) -> PathBuf {
        self.dir.path().join("runtime")
    }

    /// This home's stand-in for `/etc/xdg` (`XDG_CONFIG_DIRS`), so that no
    /// test reads the machine's own policy.
    pub fn system_config(&self) -> PathBuf {
        self.dir.path().join("etc-xdg")
    }

    /// Where an organisation's policy goes for this home.
    pub fn policy_file(&self) -> PathBuf {
        self.system_config().join("sitbreak/policy.toml")
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config().join("sitbreak/settings.toml")
    }

    pub fn history_file(&self) -> PathBuf {
        self.data().join("sitbreak/history.jsonl")
    }

    pub fn routines_dir(&self) -> PathBuf {
        self.config().join("sitbreak/routines")
    }

    /// A `sitbreak` command with this home's environment.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sitbreak"));
        std::fs::create_dir_all(self.runtime()).expect("runtime dir");
        cmd.env("XDG_CONFIG_HOME", self.config())
            .env("XDG_CONFIG_DIRS", self.system_config())
            .env("XDG_DATA_HOME", self.data())
            .env("XDG_RUNTIME_DIR", self.runtime())
            .env("HOME", self.dir.path());
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let output = self.command().args(args).output().expect("run sitbreak");
        Run::from(output)
    }

    pub fn write(&self, path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
}

/// A finished run: exit code and both streams as text.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

/// What of `text` is left once `values` (words that are no message: ids,
/// names) and every bracketed pseudo-language message are taken out, if a
/// word of `letters` or more ASCII letters is left: English that did not
/// come from a message. As "text (left: rest)".
#[allow(dead_code)]
pub fn unmessaged(text: &str, values: &[String], letters: usize) -> Option<String> {
    let mut rest = text.to_owned();
    for v in values {
        rest = rest.replace(v.as_str(), " ");
    }
    // Drop each bracketed message, innermost first.
    while let Some(open) = rest.rfind('[') {
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        rest.replace_range(open..=open + close, " ");
    }
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= letters);
    word.then(|| format!("{text:?} (left: {rest:?})"))
}
