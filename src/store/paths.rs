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
    /// Where an organisation's `policy.toml` may be, first wins: each
    /// `$XDG_CONFIG_DIRS` entry (`/etc/xdg` when unset) with `sitbreak/`.
    pub policy_dirs: Vec<PathBuf>,
}

impl Paths {
    /// Resolves the folders for the current user.
    #[cfg(not(windows))]
    pub fn from_env() -> Result<Paths> {
        let dirs = directories::ProjectDirs::from("", "", "sitbreak")
            .context("cannot find the home folder (is HOME set?)")?;
        Ok(Paths {
            config_dir: dirs.config_dir().to_path_buf(),
            data_dir: dirs.data_dir().to_path_buf(),
            runtime_dir: dirs.runtime_dir().map(|d| d.to_path_buf()),
            policy_dirs: policy_dirs(),
        })
    }

    /// Resolves the folders for the current user: settings, routines and
    /// history in `%APPDATA%\Sitbreak`, in the same formats as elsewhere
    /// (so a file copied from Linux works), and the single-instance lock in
    /// `%LOCALAPPDATA%\Sitbreak`.
    #[cfg(windows)]
    pub fn from_env() -> Result<Paths> {
        let dirs = directories::BaseDirs::new()
            .context("cannot find the profile folder (is APPDATA set?)")?;
        let roaming = dirs.config_dir().join("Sitbreak");
        Ok(Paths {
            config_dir: roaming.clone(),
            data_dir: roaming,
            runtime_dir: Some(dirs.data_local_dir().join("Sitbreak")),
            policy_dirs: policy_dirs(),
        })
    }

    /// The policy files that may exist, in the order the first one wins.
    pub fn policy_files(&self) -> impl Iterator<Item = PathBuf> + '_ {
        self.policy_dirs.iter().map(|d| d.join("policy.toml"))
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

/// Where a policy file may be: on Unix, each `$XDG_CONFIG_DIRS` entry.
/// Elsewhere there is none: Windows keeps policy in the registry.
#[cfg(unix)]
fn policy_dirs() -> Vec<PathBuf> {
    config_dirs(std::env::var_os("XDG_CONFIG_DIRS"))
}

#[cfg(not(unix))]
fn policy_dirs() -> Vec<PathBuf> {
    Vec::new()
}

/// `$XDG_CONFIG_DIRS` as folders of Sitbreak's: its absolute entries, or
/// `/etc/xdg` when it is unset or empty, as the XDG base directory
/// specification says.
#[cfg(unix)]
fn config_dirs(var: Option<std::ffi::OsString>) -> Vec<PathBuf> {
    let listed: Vec<PathBuf> = var
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| p.is_absolute())
                .collect()
        })
        .unwrap_or_default();
    let dirs = if listed.is_empty() {
        vec![PathBuf::from("/etc/xdg")]
    } else {
        listed
    };
    dirs.into_iter().map(|d| d.join("sitbreak")).collect()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn policy_folders_follow_xdg_config_dirs_first_wins_and_default_to_etc_xdg() {
        assert_eq!(config_dirs(None), [PathBuf::from("/etc/xdg/sitbreak")]);
        assert_eq!(
            config_dirs(Some("".into())),
            [PathBuf::from("/etc/xdg/sitbreak")]
        );
        assert_eq!(
            config_dirs(Some("/opt/a:relative:/etc/b".into())),
            [
                PathBuf::from("/opt/a/sitbreak"),
                PathBuf::from("/etc/b/sitbreak")
            ]
        );
    }
}
