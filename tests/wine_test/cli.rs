//! The daemon starts hidden, the CLI drives it over the named pipe, a
//! second launch hands over, and its files are in `%APPDATA%\Sitbreak`.

use std::time::Duration;

use crate::common::desktop::wait_until;
use crate::wine::Wine;

#[test]
fn the_cli_drives_the_hidden_daemon_over_the_named_pipe() {
    let mut wine = Wine::start();
    wine.start_daemon();
    assert!(wine.card().is_none(), "--hidden opened a window");
    // Sitting, or away: nobody has touched this new X server.
    let phase = wine.status()["phase"].clone();
    assert!(phase == "sitting" || phase == "away", "{phase}");

    let paused = wine.sitbreak(&["pause", "30m"]);
    assert_eq!(paused.code, 0, "{}", paused.stderr);
    assert_eq!(wine.status()["phase"], "paused");
    assert_eq!(wine.sitbreak(&["resume"]).code, 0);
    assert_ne!(wine.status()["phase"], "paused");

    let taken = wine.sitbreak(&["break"]);
    assert_eq!(taken.code, 0, "{}", taken.stderr);
    assert_eq!(wine.status()["phase"], "on_break");
    assert!(
        wait_until(Duration::from_secs(30), || wine.card().is_some()),
        "`sitbreak break` mapped no window"
    );
    assert_eq!(wine.sitbreak(&["skip"]).code, 0);
    assert!(
        wait_until(Duration::from_secs(10), || wine.card().is_none()),
        "the card of the skipped break stays open"
    );
    assert_ne!(wine.status()["phase"], "on_break");
    assert_eq!(
        wine.history_events(),
        ["paused", "resumed", "break_started", "break_skipped"],
        "history in %APPDATA%\\Sitbreak"
    );

    let quit = wine.sitbreak(&["quit"]);
    assert_eq!(quit.code, 0, "{}", quit.stderr);
    assert!(
        wait_until(Duration::from_secs(10), || wine.daemon_exit().is_some()),
        "the daemon still runs after `quit`"
    );
    assert_eq!(wine.daemon_exit(), Some(0));
    let gone = wine.sitbreak(&["status"]);
    assert_eq!(gone.code, 2);
    assert!(gone.stderr.contains("not running"), "{}", gone.stderr);
}

#[test]
fn a_second_launch_hands_over_to_the_running_daemon_and_opens_its_window() {
    let mut wine = Wine::start();
    wine.start_daemon();
    let second = wine.sitbreak(&[]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(
        wait_until(Duration::from_secs(30), || wine.card().is_some()),
        "the second launch opened no window"
    );
    assert_eq!(wine.daemon_exit(), None, "the first daemon ended");
    assert_eq!(wine.sitbreak(&["status"]).code, 0);
}
