//! One small thread for everything the daemon only listens to: signals
//! (SIGTERM, SIGINT, SIGHUP), logind's resume signal, a locked screen, the tray watcher's
//! restarts and idle events (the Wayland compositor's, or Mutter's). They are futures on one `block_on`, and their bus connections
//! run without zbus's own executor threads, so listening costs one thread
//! that sleeps until something happens.

use std::os::unix::net::UnixStream;
use std::sync::mpsc::Sender;

use async_io::Async;
use futures_lite::AsyncReadExt;
use futures_lite::future;

use super::mutter_idle::{self, MutterListener};
use super::wayland_idle::{self, Listener};
use super::{lock_watch, sleep_watch, tray_watch};
use crate::daemon::Msg;

/// Idle sources that notify, where the session has one.
pub enum IdleListener {
    Wayland(wayland_client::EventQueue<Listener>, Listener),
    Mutter(MutterListener),
}

/// Starts the thread; the daemon runs on without it if it cannot start.
pub fn spawn(tx: Sender<Msg>, idle: Option<IdleListener>) {
    let spawned = std::thread::Builder::new()
        .name("watch".into())
        // zbus's futures are large in debug builds; the pages are only
        // committed as they are touched.
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            let idle = async move {
                match idle {
                    Some(IdleListener::Wayland(queue, listener)) => {
                        wayland_idle::listen(queue, listener).await;
                    }
                    Some(IdleListener::Mutter(listener)) => mutter_idle::listen(listener).await,
                    None => {}
                }
            };
            let all = future::zip(
                future::zip(signals(tx.clone()), idle),
                future::zip(
                    sleep_watch::watch(tx.clone()),
                    future::zip(lock_watch::watch(tx.clone()), tray_watch::watch(tx)),
                ),
            );
            // Not async_io::block_on: a thread parked there makes the
            // "async-io" thread poll with back-off after every event.
            futures_lite::future::block_on(all);
        });
    if let Err(e) = spawned {
        crate::daemon::report(&format!("cannot listen for signals and resume ({e})"));
    }
}

/// Turns the first SIGTERM, SIGINT or SIGHUP into a clean quit.
async fn signals(tx: Sender<Msg>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok((read, write)) = UnixStream::pair() else {
        return;
    };
    for signal in [SIGTERM, SIGINT, SIGHUP] {
        let Ok(write) = write.try_clone() else {
            return;
        };
        if signal_hook::low_level::pipe::register(signal, write).is_err() {
            return;
        }
    }
    let Ok(mut read) = Async::new(read) else {
        return;
    };
    let mut byte = [0u8; 1];
    if read.read(&mut byte).await.is_ok() {
        let _ = tx.send(Msg::Quit);
    }
}
