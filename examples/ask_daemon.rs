//! Sends one request to the running daemon, as the Settings window sends
//! it, and prints the answer as a JSON line: `ask_daemon '<request json>'`.
//! For the Wine tests, which cannot reach a named pipe inside a prefix
//! from Linux, to ask what the CLI has no command for (`SetSettings`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::process::ExitCode;

use sitbreak::ipc::protocol::Request;

fn main() -> ExitCode {
    let Some(json) = std::env::args().nth(1) else {
        eprintln!("usage: ask_daemon '<request as JSON>'");
        return ExitCode::from(2);
    };
    let request: Request = match serde_json::from_str(&json) {
        Ok(request) => request,
        Err(e) => {
            eprintln!("ask_daemon: not a request: {e}");
            return ExitCode::from(2);
        }
    };
    let paths = sitbreak::store::paths::Paths::from_env().expect("the user's folders");
    let socket = sitbreak::ipc::socket_path(&paths);
    match sitbreak::ipc::client::send(&socket, request) {
        Ok(answer) => {
            println!(
                "{}",
                serde_json::to_string(&answer).expect("an answer as JSON")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ask_daemon: {e}");
            ExitCode::FAILURE
        }
    }
}
