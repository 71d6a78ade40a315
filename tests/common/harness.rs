//! The window's real view code in egui_kittest, talking to a fake daemon
//! that records every request and answers like the real one would.
#![allow(dead_code)]

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, FixedOffset};
use egui_kittest::Harness;
use sitbreak::catalog;
use sitbreak::engine::PhaseKind;
use sitbreak::history::{Event, Record};
use sitbreak::ipc::protocol::{
    Check, DesktopReport, Part, Refusal, Request, Response, RoutineView, SettingsProblems,
    StatusView, TodayView, View,
};
use sitbreak::settings;
use sitbreak::ui::app::{App, Inputs};
use sitbreak::ui::link::DaemonLink;

/// What the fake daemon was asked, shared with the test.
pub type Requests = Rc<RefCell<Vec<Request>>>;

/// What the fake daemon pushes to the window at its next poll, as the real
/// one does when something changes elsewhere.
pub type Pushes = Rc<RefCell<Vec<Response>>>;

/// A daemon stand-in: answers from a status it keeps, refuses Skip in
/// strict mode and invalid settings, and records every request.
pub struct FakeDaemon {
    pub requests: Requests,
    pub status: StatusView,
    pub settings_toml: String,
    /// Problems the daemon found in the settings file.
    pub settings_problems: SettingsProblems,
    /// When set, the welcome and GetSettings fail with this error.
    pub settings_error: Option<String>,
    pub pushes: Pushes,
    /// When set, the settings as changed elsewhere since the window opened.
    pub changed_settings: Rc<RefCell<Option<String>>>,
}

impl DaemonLink for FakeDaemon {
    fn welcome(&mut self) -> Response {
        self.requests.borrow_mut().push(Request::Subscribe);
        match &self.settings_error {
            Some(message) => Response::Error {
                message: message.clone(),
            },
            None => Response::Welcome {
                status: self.status.clone(),
                settings: self.settings_toml.clone(),
                file: self.settings_problems.clone(),
            },
        }
    }

    fn send(&mut self, request: Request) -> Response {
        self.requests.borrow_mut().push(request.clone());
        match request {
            Request::GetSettings => match &self.settings_error {
                Some(message) => Response::Error {
                    message: message.clone(),
                },
                None => Response::Settings {
                    toml: self
                        .changed_settings
                        .borrow()
                        .clone()
                        .unwrap_or_else(|| self.settings_toml.clone()),
                    file: self.settings_problems.clone(),
                },
            },
            Request::Skip if self.status.strict => Response::Refused {
                refusal: Refusal::Schedule {
                    refusal: sitbreak::engine::Refusal::StrictMode,
                },
            },
            Request::SafetyNotesRead => {
                self.status.safety_notes_read = true;
                self.ok()
            }
            // Like the real daemon: the break plays the routine it chose.
            Request::StartBreak { .. } | Request::TakeBreak => {
                self.status.phase = PhaseKind::OnBreak;
                self.status.current_routine = self.status.next_routine.clone();
                self.ok()
            }
            Request::FinishBreak { .. }
            | Request::AbandonBreak { .. }
            | Request::Snooze
            | Request::Skip => {
                self.status.phase = PhaseKind::Sitting;
                self.status.current_routine = None;
                self.ok()
            }
            Request::Pause { .. } | Request::PauseUntilTomorrow => {
                self.status.phase = PhaseKind::Paused;
                self.status.paused_until =
                    chrono::DateTime::parse_from_rfc3339("2026-11-23T14:30:00+01:00").ok();
                self.ok()
            }
            Request::SetSettings { toml } => {
                let parsed = settings::parse(&toml);
                if parsed.issues.is_empty() {
                    self.settings_toml = toml;
                    self.ok()
                } else {
                    Response::Refused {
                        refusal: Refusal::InvalidSettings {
                            issues: parsed.issues,
                        },
                    }
                }
            }
            Request::Doctor { .. } => Response::Doctor {
                report: desktop_report(),
            },
            _ => self.ok(),
        }
    }

    fn poll(&mut self) -> Vec<Response> {
        self.pushes.borrow_mut().drain(..).collect()
    }
}

impl FakeDaemon {
    fn ok(&self) -> Response {
        Response::Ok {
            status: self.status.clone(),
        }
    }
}

/// A desktop like the ones the tests run in, with its tray missing, in
/// the words a daemon speaking the language in force finds it.
pub fn desktop_report() -> DesktopReport {
    use sitbreak::tr;
    DesktopReport {
        session: "X11 (openbox)".into(),
        checks: vec![
            Check::missing(
                Part::Tray,
                tr!("doctor-tray-no-host"),
                &tr!("doctor-tray-no-host-advice"),
            ),
            Check::works(
                Part::Notifications,
                tr!(
                    "doctor-notifications-buttons",
                    server = "Notification Daemon",
                    version = "1.0"
                ),
                None,
            ),
            Check::works(Part::Idle, tr!("doctor-idle-x11"), None),
            Check::works(Part::Suspend, tr!("doctor-suspend-logind"), None),
        ],
    }
}

/// A fixed local time: Monday 23 November 2026, 10:30 at UTC+1.
pub fn monday() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-23T10:30:00+01:00").expect("date")
}

/// A status with the given phase and "low-back-reset" coming next, named
/// as a daemon speaking the language in force names it.
pub fn status(phase: PhaseKind) -> StatusView {
    let catalog = sitbreak::i18n::catalog_words(&catalog::builtin().0);
    let routine = catalog.routine("low-back-reset").expect("built in");
    StatusView {
        phase,
        next_break_in_secs: (phase == PhaseKind::Sitting).then_some(754),
        pause_left_secs: None,
        paused_until: None,
        progress_permille: 580,
        snoozes_left: 2,
        strict: false,
        next_routine: Some(RoutineView::of(&catalog, routine)),
        current_routine: None,
        today: TodayView {
            taken: 3,
            skipped: 1,
            natural: 1,
            sat_secs: 2 * 3600 + 15 * 60,
        },
        settings_rev: 0,
        safety_notes_read: true,
        held_by: None,
        posture: sitbreak::posture::Posture::Sitting,
        posture_secs: 0,
        prompt: None,
        hook_problem: None,
        policy: None,
    }
}

/// A routine naming a stretch no catalog has, as a routine file changed
/// after the daemon chose it would.
pub fn unplayable_routine() -> RoutineView {
    use sitbreak::ipc::protocol::{DoseView, ItemView};
    RoutineView {
        id: "from-a-file".into(),
        name: "From a file".into(),
        length_secs: 30,
        areas: Vec::new(),
        floor: false,
        items: vec![ItemView {
            stretch: "gone-stretch".into(),
            dose: DoseView::Hold { ms: 30_000 },
        }],
    }
}

/// One break taken earlier, so the first-break note is not shown.
pub fn earlier_break() -> Vec<Record> {
    vec![Record {
        at: DateTime::parse_from_rfc3339("2026-11-20T10:00:00+01:00").expect("date"),
        event: Event::BreakStarted {
            routine: Some("one-minute-stand".into()),
            sat_secs: 1800,
        },
    }]
}

/// A realistic fortnight of history ending at [`monday`] morning: working
/// days of 09:00–17:00 with breaks most half hours, some skipped, a lunch
/// that counts as a natural break, a quiet weekend, and today begun.
/// Deterministic, so the snapshot images are too.
pub fn fortnight() -> Vec<Record> {
    let mut seed: u64 = 0x5eed_b4ea;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    let today = monday();
    let mut records = Vec::new();
    for days_ago in (0..14).rev() {
        let day = today - chrono::Duration::days(days_ago);
        let weekday = day.format("%u").to_string();
        let start = day
            .with_time(chrono::NaiveTime::from_hms_opt(9, 0, 0).expect("time"))
            .single()
            .expect("09:00");
        // Weekends: now and then a short session; today: the morning so far.
        let end_hour = match (weekday.as_str(), days_ago) {
            (_, 0) => 10,
            ("6" | "7", _) if next(3) > 0 => continue,
            ("6" | "7", _) => 11,
            _ => 17,
        };
        let mut at = start;
        let mut sat: u64 = 0;
        while at.format("%H").to_string().parse::<u32>().unwrap_or(24) < end_hour {
            let step = 24 + next(12) as i64;
            at += chrono::Duration::minutes(step);
            sat += step as u64 * 60;
            let lunch = at.format("%H").to_string() == "12" && next(2) == 0;
            let event = if lunch {
                let away = 1800 + next(1800);
                let e = Event::NaturalBreak {
                    away_secs: away,
                    sat_secs: sat,
                };
                at += chrono::Duration::seconds(away as i64);
                e
            } else if next(6) == 0 {
                Event::BreakSkipped
            } else {
                records.push(Record {
                    at,
                    event: Event::BreakStarted {
                        routine: Some("low-back-reset".into()),
                        sat_secs: sat,
                    },
                });
                let total = 4;
                let done = if next(5) == 0 { 2 } else { total };
                at += chrono::Duration::seconds(100);
                Event::BreakCompleted {
                    routine: Some("low-back-reset".into()),
                    steps_done: done,
                    steps_total: total,
                    secs: 100,
                }
            };
            if !matches!(event, Event::BreakSkipped) {
                sat = 0;
            }
            records.push(Record { at, event });
        }
        if days_ago > 0 {
            records.push(Record {
                at: at + chrono::Duration::minutes(20),
                event: Event::Stopped {
                    sat_secs: sat + 1200,
                },
            });
        }
    }
    records.push(Record {
        at: today - chrono::Duration::minutes(1),
        event: Event::SafetyNotesRead,
    });
    records
}

/// How to build a window for a test.
pub struct Setup {
    pub view: View,
    pub status: StatusView,
    pub settings_toml: String,
    pub history: Vec<Record>,
    pub export_dir: std::path::PathBuf,
    pub dark: bool,
    /// Window height; tall windows show long settings without scrolling.
    pub height: f32,
    /// Window width.
    pub width: f32,
    pub settings_problems: SettingsProblems,
    pub catalog_problems: Vec<String>,
    pub settings_error: Option<String>,
    pub pushes: Pushes,
    pub changed_settings: Rc<RefCell<Option<String>>>,
    /// A language whose system CJK face the window loads, as `ui::run`
    /// does, before it draws anything.
    pub cjk: Option<&'static str>,
}

impl Setup {
    /// The views in English on this test's thread, whatever the
    /// machine's language.
    pub fn new(view: View, phase: PhaseKind) -> Setup {
        Setup::in_language(view, phase, &sitbreak::i18n::ENGLISH)
    }

    /// The views in `locale` on this test's thread, the daemon's status
    /// too.
    pub fn in_language(
        view: View,
        phase: PhaseKind,
        locale: &'static sitbreak::i18n::Locale,
    ) -> Setup {
        sitbreak::i18n::set_for_this_thread(Some(locale));
        Setup {
            view,
            status: status(phase),
            settings_toml: String::new(),
            history: earlier_break(),
            export_dir: std::env::temp_dir(),
            dark: false,
            height: 760.0,
            width: 600.0,
            settings_problems: SettingsProblems::default(),
            catalog_problems: Vec::new(),
            settings_error: None,
            pushes: Pushes::default(),
            changed_settings: Rc::default(),
            cjk: None,
        }
    }

    /// The window in a harness, and the requests it sends.
    pub fn build(self) -> (Harness<'static, App>, Requests) {
        let requests: Requests = Rc::default();
        let fake = FakeDaemon {
            requests: Rc::clone(&requests),
            status: self.status,
            // A test's own theme wins.
            settings_toml: if self.settings_toml.contains("theme =") {
                self.settings_toml
            } else if self.dark {
                format!("theme = \"dark\"\n{}", self.settings_toml)
            } else {
                format!("theme = \"light\"\n{}", self.settings_toml)
            },
            settings_problems: self.settings_problems,
            settings_error: self.settings_error,
            pushes: self.pushes,
            changed_settings: self.changed_settings,
        };
        let (catalog, _) = catalog::builtin();
        let app = App::new(
            Box::new(fake),
            Inputs {
                catalog,
                catalog_problems: self.catalog_problems,
                history: self.history,
                export_dir: self.export_dir,
                view: self.view,
                now: monday(),
            },
        );
        let mut cjk = self.cjk;
        let harness = Harness::builder()
            .with_size([self.width, self.height])
            .with_step_dt(0.25)
            .build_ui_state(
                move |ui, app: &mut App| {
                    // Fonts set now apply from the next frame on.
                    if let Some(tag) = cjk.take() {
                        let face = sitbreak::ui::cjk_font::install(ui.ctx(), tag);
                        assert!(
                            face.is_some(),
                            "no {tag} face on this system: install fonts-noto-cjk or fonts-droid-fallback"
                        );
                        ui.ctx().request_repaint();
                        return;
                    }
                    app.update(ui.ctx());
                    app.show(ui);
                },
                app,
            );
        (harness, requests)
    }
}

/// The problems the daemon finds reading `text` as the settings file at
/// `path`.
pub fn problems_in(path: &str, text: &str) -> SettingsProblems {
    SettingsProblems {
        path: path.into(),
        issues: settings::parse(text).issues,
    }
}

/// Requests sent, without the questions a window asks as it opens a view
/// (its subscription, settings changed elsewhere, and in Settings what the
/// desktop offers).
pub fn sent(requests: &Requests) -> Vec<Request> {
    requests
        .borrow()
        .iter()
        .filter(|r| {
            !matches!(
                r,
                Request::Subscribe | Request::GetSettings | Request::Doctor { .. }
            )
        })
        .cloned()
        .collect()
}

/// A policy as an organisation might roll out: the interval locked at 30
/// minutes, snoozes bounded at two, and a key the daemon could not read.
pub fn organisation_policy() -> sitbreak::ipc::protocol::PolicyView {
    use sitbreak::ipc::protocol::{ManagedKey, PolicyView};
    use sitbreak::settings::policy::Strength;
    use sitbreak::settings::{Issue, Problem};
    PolicyView {
        source: "/etc/xdg/sitbreak/policy.toml".into(),
        keys: vec![
            ManagedKey {
                key: "sit_interval".into(),
                strength: Strength::Locked,
                value: Some("30m".into()),
                min: None,
                max: None,
            },
            ManagedKey {
                key: "max_snoozes".into(),
                strength: Strength::Bounded,
                value: None,
                min: None,
                max: Some("2".into()),
            },
        ],
        issues: vec![Issue {
            line: 7,
            key: "locked.nonsense".into(),
            problem: Problem::UnknownKey { known: Vec::new() },
        }],
    }
}
