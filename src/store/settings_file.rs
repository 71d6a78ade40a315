//! Reads and writes `settings.toml`. Loading never fails: a missing file
//! means defaults, and a file with problems is used as far as it can be.
//! Before such a file would be overwritten it is moved aside to
//! `settings.toml.bad-<timestamp>`, so nothing the user wrote is lost.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::settings::policy::Policy;
use crate::settings::{self, Issue, Limits, Problem, Settings};

/// The settings file and what is known about its current content.
#[derive(Debug)]
pub struct SettingsFile {
    path: PathBuf,
    /// The file on disk has content this build could not keep (bad syntax,
    /// bad values, unknown keys), so it must be kept aside before a save.
    keep_aside_before_save: bool,
    limits: Limits,
}

/// The outcome of loading.
#[derive(Debug)]
pub struct Loaded {
    pub settings: Settings,
    /// Each problem, at its line of the file.
    pub issues: Vec<Issue>,
}

impl SettingsFile {
    /// A handle on `path`; nothing is read yet.
    pub fn new(path: PathBuf) -> SettingsFile {
        SettingsFile::with_limits(path, Limits::Standard)
    }

    /// A handle that reads durations with `limits`.
    pub fn with_limits(path: PathBuf, limits: Limits) -> SettingsFile {
        SettingsFile {
            path,
            keep_aside_before_save: false,
            limits,
        }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the file. Never fails: unreadable means defaults plus a problem.
    pub fn load(&mut self) -> Loaded {
        self.load_under(&Policy::default())
    }

    /// Reads the file onto `policy`'s defaults and holds it to the policy's
    /// locks and bounds; each value the policy overrode is an issue at its
    /// line. Never fails.
    pub fn load_under(&mut self, policy: &Policy) -> Loaded {
        let text = match fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                self.keep_aside_before_save = false;
                return Loaded {
                    settings: policy.base(),
                    issues: Vec::new(),
                };
            }
            Err(e) => {
                self.keep_aside_before_save = true;
                return Loaded {
                    settings: policy.base(),
                    issues: vec![Issue {
                        line: 0,
                        key: String::new(),
                        problem: Problem::Unreadable {
                            reason: e.to_string(),
                        },
                    }],
                };
            }
        };
        let mut parsed = settings::parse_onto(&text, self.limits, policy.base());
        // A value the policy overrides is still the person's: the file is
        // sound, and is not kept aside for it.
        self.keep_aside_before_save = !parsed.issues.is_empty();
        let overridden = policy.enforce(&mut parsed.settings, &parsed.lines);
        let mut issues = parsed.issues;
        issues.extend(overridden);
        issues.sort_by_key(|i| i.line);
        Loaded {
            settings: parsed.settings,
            issues,
        }
    }

    /// Writes `settings` atomically: a temporary file in the same folder,
    /// flushed to disk, then renamed over the old one. A file that had
    /// problems is first renamed aside; the returned path says where.
    pub fn save(&mut self, settings: &Settings) -> io::Result<Option<PathBuf>> {
        let dir = self
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        fs::create_dir_all(&dir)?;
        let mut kept = None;
        if self.keep_aside_before_save && self.path.exists() {
            let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
            let aside = PathBuf::from(format!("{}.bad-{stamp}", self.path.display()));
            fs::rename(&self.path, &aside)?;
            kept = Some(aside);
        }
        let tmp = dir.join(format!(".settings.toml.tmp-{}", std::process::id()));
        {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(settings.to_toml().as_bytes())?;
            f.sync_all()?;
        }
        fs::rename(&tmp, &self.path)?;
        // The rename itself must reach the disk for the save to be durable.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        self.keep_aside_before_save = false;
        Ok(kept)
    }
}
