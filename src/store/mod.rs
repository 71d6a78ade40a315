//! Files on disk: where they live, and reading and writing them safely.
//! This is shell code: it does I/O so that the core does not have to.

pub mod history_file;
pub mod paths;
pub mod policy_file;
pub mod routines_dir;
pub mod settings_file;

use crate::settings::Limits;

/// The limits this process runs under: `SITBREAK_SHORT_DURATIONS=1`, a
/// development seam for the end-to-end tests (see ARCHITECTURE.md), lowers
/// every duration's minimum to a second. Read here and nowhere else.
pub fn limits() -> Limits {
    if std::env::var_os("SITBREAK_SHORT_DURATIONS").is_some_and(|v| v == "1") {
        Limits::Short
    } else {
        Limits::Standard
    }
}

/// The language setting in force, as a daemon started now would read it
/// (the person's file under the organisation's policy), for the command
/// line, which speaks as the daemon does.
pub fn language(paths: &paths::Paths) -> String {
    let policy = policy_file::load(paths, limits());
    settings_file::SettingsFile::with_limits(paths.settings_file(), limits())
        .load_under(&policy.policy)
        .settings
        .language
}
