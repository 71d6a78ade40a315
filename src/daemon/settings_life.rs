//! The settings' life cycle: loaded at start, replaced over IPC (refused,
//! and nothing saved, when any value is invalid), reloaded when the file is
//! edited by hand, and applied to the engine, the catalog, the rotation and
//! the autostart entry.

use super::parts::report;
use super::state::{Daemon, load_policy, load_settings, mtime};
use super::window;
use crate::catalog::StretchId;
use crate::engine::{Input, Now};
use crate::ipc::protocol::{Refusal, Response};
use crate::settings::{self, Issue, Settings};
use crate::store::policy_file;
use crate::store::routines_dir;

impl Daemon {
    pub(super) fn set_settings(&mut self, now: Now, text: &str) -> Response {
        let parsed = settings::parse_with(text, crate::store::limits());
        if parsed.settings.hooks != self.settings.hooks {
            return Response::Refused {
                refusal: Refusal::HooksOnlyInFile {
                    file: self.settings_file.path().display().to_string(),
                },
            };
        }
        if !parsed.readable || !parsed.issues.is_empty() {
            return Response::Refused {
                refusal: Refusal::InvalidSettings {
                    issues: parsed.issues,
                },
            };
        }
        // Nothing the organisation locks or bounds is changed from here.
        let breaches: Vec<Issue> = (self.policy.policy.breaches(&parsed.settings).into_iter())
            .map(|(key, problem, _)| Issue {
                line: 0,
                key: key.path(),
                problem,
            })
            .collect();
        if !breaches.is_empty() {
            return Response::Refused {
                refusal: Refusal::InvalidSettings { issues: breaches },
            };
        }
        self.save_and_apply(now, parsed.settings)
    }

    pub(super) fn exclude_stretch(&mut self, now: Now, id: StretchId) -> Response {
        if self.catalog.stretch(&id).is_none() {
            return Response::Refused {
                refusal: Refusal::NoSuchStretch { id: id.to_string() },
            };
        }
        let mut settings = self.settings.clone();
        if !settings.excluded_stretches.contains(&id) {
            settings.excluded_stretches.push(id);
        }
        self.save_and_apply(now, settings)
    }

    pub(super) fn save_and_apply(&mut self, now: Now, settings: Settings) -> Response {
        match self.settings_file.save(&settings) {
            Ok(kept) => {
                if let Some(aside) = kept {
                    report(&format!(
                        "the old settings file was kept as {}",
                        aside.display()
                    ));
                }
            }
            Err(e) => {
                return Response::Error {
                    message: format!("{}: cannot save ({e})", self.settings_file.path().display()),
                };
            }
        }
        self.settings_mtime = mtime(self.settings_file.path());
        self.settings_problems.clear();
        self.apply_settings(now, settings);
        self.ok(now)
    }

    pub(super) fn apply_settings(&mut self, now: Now, settings: Settings) {
        if settings.language != self.settings.language {
            crate::i18n::init(&settings.language);
        }
        self.settings = settings;
        self.settings_rev += 1;
        let _ = self.feed(
            now,
            Input::Configure(Box::new(self.settings.engine_config())),
        );
        let _ = self.step_posture(
            now,
            crate::posture::Input::Configure(self.settings.posture_config()),
        );
        let loaded = routines_dir::load_all(&self.paths.routines_dir());
        for p in &loaded.problems {
            report(p);
        }
        self.catalog = loaded.catalog;
        self.choose_next_routine(now);
        self.sync_autostart();
        self.broadcast();
    }

    /// Hand edits apply without a restart: the file's mtime is compared at
    /// every wake, and a changed file is read again.
    pub(super) fn reload_settings_if_changed(&mut self, now: Now) {
        let current = mtime(self.settings_file.path());
        let policy_changed = policy_file::changed(&self.paths, &self.policy);
        if current == self.settings_mtime && !policy_changed {
            return;
        }
        self.settings_mtime = current;
        if policy_changed {
            self.policy = load_policy(&self.paths);
            self.broadcast();
        }
        let (settings, problems) = load_settings(&mut self.settings_file, &self.policy.policy);
        self.settings_problems = problems;
        if settings != self.settings {
            self.apply_settings(now, settings);
        }
    }

    pub(super) fn sync_autostart(&mut self) {
        let Some(config_home) = self.paths.config_dir.parent() else {
            return;
        };
        let Some(exe) = window::own_binary() else {
            return;
        };
        if let Err(e) = self
            .parts
            .autostart
            .sync(config_home, &exe, self.settings.autostart)
        {
            report(&format!("autostart entry: {e}"));
        }
    }
}
