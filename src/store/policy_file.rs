//! Finds and reads an organisation's `policy.toml`: the first that exists
//! in [`Paths::policy_files`]. Missing is no policy; unreadable is a
//! problem reported like any other, and no policy.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::settings::policy::{Policy, parse_policy};
use crate::settings::{Issue, Limits, Problem};

use super::paths::Paths;

/// The policy in force and where it came from.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// The file read, if any.
    pub path: Option<PathBuf>,
    pub policy: Policy,
    /// The file's modification time, to see it change.
    pub stamp: Option<SystemTime>,
}

/// Reads the first policy file that exists.
pub fn load(paths: &Paths, limits: Limits) -> Found {
    let Some(path) = paths.policy_files().find(|p| p.exists()) else {
        return Found::default();
    };
    let stamp = stamp(&path);
    let policy = match std::fs::read_to_string(&path) {
        Ok(text) => parse_policy(&text, limits),
        Err(e) => Policy {
            rules: Vec::new(),
            issues: vec![Issue {
                line: 0,
                key: String::new(),
                problem: Problem::Unreadable {
                    reason: e.to_string(),
                },
            }],
        },
    };
    Found {
        path: Some(path),
        policy,
        stamp,
    }
}

/// Whether the policy in force is no longer the one on disk: another file
/// wins now, or it changed, appeared or went.
pub fn changed(paths: &Paths, found: &Found) -> bool {
    let now = paths.policy_files().find(|p| p.exists());
    now != found.path || now.as_deref().and_then(stamp) != found.stamp
}

fn stamp(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
