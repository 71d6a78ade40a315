//! Finds and reads an organisation's policy. On Unix the first
//! `policy.toml` that exists in [`Paths::policy_files`]; on Windows the
//! values under `SOFTWARE\Policies\Sitbreak` in HKLM and HKCU. Missing is
//! no policy; unreadable is a problem reported like any other, and no
//! policy.

#[cfg(unix)]
use std::path::{Path, PathBuf};
#[cfg(unix)]
use std::time::SystemTime;

use crate::settings::Limits;
use crate::settings::policy::Policy;
#[cfg(windows)]
use crate::settings::registry_policy::{RegValue, parse_registry_policy, source};
#[cfg(unix)]
use crate::settings::{Issue, Problem, policy::parse_policy};

use super::paths::Paths;

/// The policy in force and where it came from.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Where it was read: the file, or the registry keys. None when there
    /// is no policy.
    pub source: Option<String>,
    pub policy: Policy,
    seen: Seen,
}

/// What was read, to see it change: the file and its modification time.
#[cfg(unix)]
#[derive(Debug, Clone, Default, PartialEq)]
struct Seen(Option<PathBuf>, Option<SystemTime>);

/// What was read, to see it change: the values themselves, since a
/// registry key's write time is not kept for its values' subkeys.
#[cfg(windows)]
#[derive(Debug, Clone, Default, PartialEq)]
struct Seen(Vec<RegValue>);

/// Neither a policy file nor a registry: no policy.
#[cfg(not(any(unix, windows)))]
#[derive(Debug, Clone, Default, PartialEq)]
struct Seen;

/// Reads the policy in force.
#[cfg(unix)]
pub fn load(paths: &Paths, limits: Limits) -> Found {
    let Some(path) = paths.policy_files().find(|p| p.exists()) else {
        return Found::default();
    };
    let seen = Seen(Some(path.clone()), stamp(&path));
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
        source: Some(path.display().to_string()),
        policy,
        seen,
    }
}

/// Whether the policy in force is no longer the one on disk: another file
/// wins now, or it changed, appeared or went.
#[cfg(unix)]
pub fn changed(paths: &Paths, found: &Found) -> bool {
    let now = paths.policy_files().find(|p| p.exists());
    let stamp = now.as_deref().and_then(stamp);
    Seen(now, stamp) != found.seen
}

#[cfg(unix)]
fn stamp(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Reads the policy in force.
#[cfg(windows)]
pub fn load(_paths: &Paths, limits: Limits) -> Found {
    let values = crate::platform::windows::policy_values::read();
    Found {
        source: source(&values),
        policy: parse_registry_policy(&values, limits),
        seen: Seen(values),
    }
}

/// Whether a value under either policy key changed, appeared or went.
#[cfg(windows)]
pub fn changed(_paths: &Paths, found: &Found) -> bool {
    Seen(crate::platform::windows::policy_values::read()) != found.seen
}

/// Reads the policy in force: none, where Sitbreak knows no place for one.
#[cfg(not(any(unix, windows)))]
pub fn load(_paths: &Paths, _limits: Limits) -> Found {
    Found::default()
}

#[cfg(not(any(unix, windows)))]
pub fn changed(_paths: &Paths, _found: &Found) -> bool {
    false
}
