//! Bus connections for the listening thread (`watch.rs`): driven by that
//! thread rather than by executor threads of their own.

use std::future::Future;

use futures_lite::future;

/// logind's object at `path` with its `org.freedesktop.login1.KIND`
/// interface (`Manager`, `Session`), on a system-bus connection.
pub async fn logind<'a>(
    conn: &zbus::Connection,
    path: &'a str,
    kind: &str,
) -> Option<zbus::Proxy<'a>> {
    zbus::Proxy::new(
        conn,
        "org.freedesktop.login1",
        path,
        format!("org.freedesktop.login1.{kind}"),
    )
    .await
    .ok()
}

/// A bus connection whose executor this thread runs, instead of a thread
/// of its own; `None` without that bus.
pub async fn bus(builder: zbus::Result<zbus::connection::Builder<'_>>) -> Option<zbus::Connection> {
    builder.ok()?.internal_executor(false).build().await.ok()
}

/// Runs `task` while driving `conn`'s executor; ends when `task` ends.
pub async fn with_executor(conn: &zbus::Connection, task: impl Future<Output = ()>) {
    let executor = conn.executor().clone();
    let drive = async move {
        loop {
            executor.tick().await;
        }
    };
    future::or(task, drive).await;
}
