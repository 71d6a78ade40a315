//! Where Sitbreak keeps its files, through `directories`, so XDG_CONFIG_HOME,
//! XDG_DATA_HOME and XDG_RUNTIME_DIR are honoured.

use std::path::PathBuf;

use anyhow::{Context, Result};

/// The folders Sitbreak uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// `$XDG_CONFIG_HOME/sitbreak`
    pub config_dir: PathBuf,
    /// `$XDG_DATA_HOME/sitbreak`
    pub data_dir: PathBuf,
    /// `$XDG_RUNTIME_DIR/sitbreak`, when the session has a runtime dir.
    pub runtime_dir: Option<PathBuf>,
}

impl Paths {
    /// Resolves the folders for the current user.
    pub fn from_env() -> Result<Paths> {
        let dirs = directories::ProjectDirs::from("", "", "sitbreak")
            .context("cannot find the home folder (is HOME set?)")?;
        Ok(Paths {
            config_dir: dirs.config_dir().to_path_buf(),
            data_dir: dirs.data_dir().to_path_buf(),
            runtime_dir: dirs.runtime_dir().map(|d| d.to_path_buf()),
        })
    }

    /// `settings.toml`
    pub fn settings_file(&self) -> PathBuf {
        self.config_dir.join("settings.toml")
    }

    /// The folder of user routine files.
    pub fn routines_dir(&self) -> PathBuf {
        self.config_dir.join("routines")
    }

    /// `history.jsonl`
    pub fn history_file(&self) -> PathBuf {
        self.data_dir.join("history.jsonl")
    }
}
