//! Media players paused for a break and resumed after it, through the
//! sessions Windows lists in its media flyout
//! (`GlobalSystemMediaTransportControlsSessionManager`, Windows 10 1809
//! and later). Only the sessions that were playing are paused, and only
//! those are resumed, and only if they are still paused: one the person
//! paused, started or stopped meanwhile is left alone. Each round runs on
//! a short-lived thread (`daemon::media_rounds`).

use windows::Media::Control::{
    GlobalSystemMediaTransportControlsSession as Session,
    GlobalSystemMediaTransportControlsSessionManager as Manager,
    GlobalSystemMediaTransportControlsSessionPlaybackStatus as Status,
};

use super::com::{Apartment, why};
use crate::daemon::media_rounds::MediaRounds;

/// Pauses and resumes the media sessions, a round on a thread each time.
pub fn media() -> MediaRounds {
    MediaRounds::new(
        || in_apartment(pause_playing).unwrap_or_default(),
        |paused| {
            let _ = in_apartment(|m| resume_paused(m, &paused));
        },
    )
}

/// Runs `work` with the session manager, in COM; `Err` with Windows'
/// message when there is none (before Windows 10 1809, and under Wine).
fn in_apartment<T>(work: impl FnOnce(&Manager) -> T) -> Result<T, String> {
    let _apartment = Apartment::enter()?;
    let manager = Manager::RequestAsync()
        .and_then(|request| request.join())
        .map_err(|e| why(&e))?;
    Ok(work(&manager))
}

fn sessions(m: &Manager) -> Vec<Session> {
    m.GetSessions()
        .map(|list| list.into_iter().collect())
        .unwrap_or_default()
}

fn status(s: &Session) -> Option<Status> {
    s.GetPlaybackInfo().and_then(|i| i.PlaybackStatus()).ok()
}

fn app(s: &Session) -> Option<String> {
    s.SourceAppUserModelId().ok().map(|id| id.to_string_lossy())
}

/// Pauses the sessions that are playing; returns their apps.
fn pause_playing(m: &Manager) -> Vec<String> {
    sessions(m)
        .iter()
        .filter(|s| status(s) == Some(Status::Playing))
        .filter(|s| s.TryPauseAsync().and_then(|p| p.join()).unwrap_or(false))
        .filter_map(app)
        .collect()
}

fn resume_paused(m: &Manager, paused: &[String]) {
    for s in sessions(m) {
        if status(&s) == Some(Status::Paused) && app(&s).is_some_and(|a| paused.contains(&a)) {
            let _ = s.TryPlayAsync().and_then(|p| p.join());
        }
    }
}

/// Whether Windows lists media sessions here, for `sitbreak doctor`.
pub fn probe() -> Result<(), String> {
    in_apartment(|_| ())
}
