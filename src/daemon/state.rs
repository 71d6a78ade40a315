//! The daemon's state: settings, catalog, history, the engine and posture
//! machines, the window's life cycle and the desktop's parts, and the
//! status made of them.

use std::sync::mpsc::Sender;
use std::time::{Duration, SystemTime};

use crate::catalog::{Catalog, Routine};
use crate::engine::{Engine, MonoTime, Now};
use crate::history::{self, Record};
use crate::ipc::protocol::{PolicyView, Response, SettingsProblems, StatusView, View};
use crate::settings::policy::Policy;
use crate::settings::{Issue, Settings};
use crate::store::history_file::HistoryFile;
use crate::store::paths::Paths;
use crate::store::policy_file;
use crate::store::routines_dir;
use crate::store::settings_file::SettingsFile;

use super::doctor_cache::DoctorCache;
use super::parts::{Parts, report};
use super::{status, window_life};

/// The longest the loop sleeps: idle checks, suspend detection and the
/// settings file's mtime all ride on this wake, once a minute at most.
pub(super) const MAX_SLEEP: Duration = Duration::from_secs(60);

/// How much history the daemon keeps in memory: enough for today (which
/// may have begun yesterday, before `day_start`); the file keeps the rest.
pub(super) const KEEP_HISTORY: Duration = Duration::from_secs(48 * 3600);

/// How long a refusal stays in the tray tooltip when no notification
/// server could show it.
pub(super) const NOTE_FOR: Duration = Duration::from_secs(60);

/// While the user is away, how often idle is checked (where the desktop
/// only answers when asked, as X11 does): a tenth of the time away, from
/// 10 s to a minute. Their return starts a fresh interval within a tenth
/// of their absence, and a long absence costs one wake a minute, not six.
/// While a break is held, what holds it is asked this often, so that it
/// comes within this plus the engine's `RELEASE_AFTER` of the call's end.
pub(super) const HELD_CHECK: Duration = Duration::from_secs(10);

pub(super) fn away_check(idle_for: Duration) -> Duration {
    (idle_for / 10).clamp(Duration::from_secs(10), MAX_SLEEP)
}

/// The daemon: its loop, state and parts. [`run`] starts one with the
/// platform's parts and the IPC server feeding its channel.
pub struct Daemon {
    pub(super) paths: Paths,
    pub(super) settings_file: SettingsFile,
    pub(super) settings: Settings,
    pub(super) settings_problems: Vec<Issue>,
    pub(super) settings_mtime: Option<SystemTime>,
    /// An organisation's policy, and where it came from.
    pub(super) policy: policy_file::Found,
    pub(super) catalog: Catalog,
    pub(super) history_file: HistoryFile,
    pub(super) history: Vec<Record>,
    /// Read from the whole history at start; the recent part kept in
    /// memory may no longer hold the record.
    pub(super) safety_notes_read: bool,
    pub(super) engine: Engine,
    pub(super) next_routine: Option<Routine>,
    /// The routine of the break under way.
    pub(super) current_routine: Option<Routine>,
    /// The routine of a break being started, until the engine confirms it.
    pub(super) starting: Option<Routine>,
    pub(super) subscribers: Vec<Sender<Response>>,
    /// Windows that subscribed this turn, welcomed at its end.
    pub(super) welcoming: Vec<Sender<Response>>,
    /// Views pushed this turn, for those windows after their welcome.
    pub(super) shown_this_turn: Vec<View>,
    /// Something the status shows changed this turn: open windows hear
    /// of it at the turn's end.
    pub(super) changed: bool,
    pub(super) parts: Parts,
    pub(super) doctor: DoctorCache,
    /// A message for the tray tooltip, until the given time.
    pub(super) tray_note: Option<(String, MonoTime)>,
    pub(super) last_idle_check: Option<MonoTime>,
    /// When the daemon last asked what keeps the person busy.
    pub(super) last_busy_check: Option<MonoTime>,
    /// The idle time that check found.
    pub(super) last_idle: Duration,
    /// Counts settings changes, for open windows (`StatusView::settings_rev`).
    pub(super) settings_rev: u64,
    /// Cards waiting for a pause in input, and the window's comings and
    /// goings.
    pub(super) windows: window_life::WindowLife,
    /// Sitting or standing, and the sit–stand prompts.
    pub(super) posture: crate::posture::Machine,
    /// The last hook failure, until a hook runs well.
    pub(super) hook_problem: Option<crate::ipc::protocol::HookProblem>,
    /// A break started and has not ended, for the `break_end` hook.
    pub(super) break_open: bool,
    pub(super) quit: bool,
}

impl Daemon {
    pub fn new(paths: Paths, parts: Parts, now: Now) -> Daemon {
        let mut settings_file =
            SettingsFile::with_limits(paths.settings_file(), crate::store::limits());
        let policy = load_policy(&paths);
        let (settings, settings_problems) = load_settings(&mut settings_file, &policy.policy);
        crate::i18n::init(&settings.language);
        let settings_mtime = mtime(settings_file.path());
        let loaded = routines_dir::load_all(&paths.routines_dir());
        for p in &loaded.problems {
            report(p);
        }
        let history_file = HistoryFile::new(paths.history_file());
        let read = history_file.read().unwrap_or_else(|e| {
            report(&format!(
                "{}: cannot read ({e})",
                history_file.path().display()
            ));
            Default::default()
        });
        for w in &read.warnings {
            report(w);
        }
        let start = crate::engine::resume_point(&read.records, now.wall, settings.sit_interval);
        let safety_notes_read = read
            .records
            .iter()
            .any(|r| r.event == history::Event::SafetyNotesRead);
        let stood_for = crate::posture::resume(&read.records, now.wall);
        let records = history::recent(read.records, now.wall, KEEP_HISTORY);
        let engine = Engine::with_start(settings.engine_config(), now, start);
        let posture = crate::posture::Machine::new(
            settings.posture_config(),
            crate::posture::Posture::Sitting,
            now.mono,
        );
        let mut daemon = Daemon {
            paths,
            settings_file,
            settings,
            settings_problems,
            settings_mtime,
            policy,
            catalog: loaded.catalog,
            history_file,
            history: records,
            safety_notes_read,
            engine,
            next_routine: None,
            current_routine: None,
            starting: None,
            subscribers: Vec::new(),
            welcoming: Vec::new(),
            shown_this_turn: Vec::new(),
            changed: false,
            parts,
            doctor: DoctorCache::default(),
            tray_note: None,
            last_idle_check: None,
            last_busy_check: None,
            last_idle: Duration::ZERO,
            settings_rev: 0,
            windows: window_life::WindowLife::default(),
            posture,
            hook_problem: None,
            break_open: false,
            quit: false,
        };
        if let Some(stood_for) = stood_for {
            daemon.continue_standing(now, stood_for);
        }
        daemon.choose_next_routine(now);
        daemon.sync_autostart();
        daemon.publish(now);
        daemon
    }

    pub(super) fn status(&self, now: Now) -> StatusView {
        let mut status = status::build(
            &self.engine,
            now,
            &self.settings,
            &self.catalog,
            self.next_routine.as_ref(),
            self.current_routine.as_ref(),
            &self.history,
        );
        status.settings_rev = self.settings_rev;
        status.safety_notes_read = self.safety_notes_read;
        status.posture = self.posture.posture();
        status.posture_secs = (now.mono - self.posture.since()).as_secs();
        status.prompt = self.posture.showing();
        status.hook_problem = self.hook_problem.clone();
        status.policy = self.policy_view();
        status
    }

    /// The policy in force as the window, `status` and `doctor` show it.
    pub(super) fn policy_view(&self) -> Option<PolicyView> {
        let source = self.policy.source.as_ref()?;
        Some(self.policy.policy.view(source.clone()))
    }

    /// The settings file's problems as the window gets them.
    pub(super) fn settings_problems(&self) -> SettingsProblems {
        SettingsProblems {
            path: self.settings_file.path().display().to_string(),
            issues: self.settings_problems.clone(),
        }
    }

    pub(super) fn ok(&self, now: Now) -> Response {
        Response::Ok {
            status: self.status(now),
        }
    }
}

/// An organisation's policy, each problem in it reported.
pub(super) fn load_policy(paths: &Paths) -> policy_file::Found {
    let found = policy_file::load(paths, crate::store::limits());
    if let Some(source) = &found.source {
        for issue in &found.policy.issues {
            report(&crate::words::policy_issue(source, issue));
        }
    }
    found
}

pub(super) fn load_settings(file: &mut SettingsFile, policy: &Policy) -> (Settings, Vec<Issue>) {
    let loaded = file.load_under(policy);
    let path = file.path().display().to_string();
    for issue in &loaded.issues {
        report(&crate::words::issue(Some(&path), issue));
    }
    (loaded.settings, loaded.issues)
}

pub(super) fn mtime(path: &std::path::Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
