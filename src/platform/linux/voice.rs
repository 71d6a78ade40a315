//! The optional voice: the desktop's own text-to-speech service,
//! speech-dispatcher (what screen readers use), through the pure-Rust
//! `ssip-client`. Rate, voice and language are the person's
//! speech-dispatcher settings; Sitbreak sets none.

use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use ssip_client::{
    ClientName, ClientScope, MessageScope, OK_CLIENT_NAME_SET, OK_LANGUAGE_SET, OK_STOPPED,
    Priority,
};

use crate::sound::voice_thread::{Say, VoiceThread};

/// How long a started speech-dispatcher gets to open its socket.
const START_WAIT: Duration = Duration::from_secs(5);

/// Where speech-dispatcher listens: `$SPEECHD_ADDRESS` when it names a
/// socket, else `$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock`.
fn socket_path() -> Option<PathBuf> {
    if let Ok(address) = std::env::var("SPEECHD_ADDRESS")
        && let Some(path) = address.strip_prefix("unix_socket:")
    {
        return Some(PathBuf::from(path));
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")?;
    Some(PathBuf::from(runtime).join("speech-dispatcher/speechd.sock"))
}

/// The `speech-dispatcher` program on PATH, if installed.
fn program() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("speech-dispatcher"))
        .find(|p| p.is_file())
}

/// Why the voice cannot speak, in words for Settings.
fn not_installed() -> String {
    crate::tr!("doctor-voice-not-installed")
}

/// Whether the voice can speak, without starting anything: for
/// `sitbreak doctor` and Settings.
pub fn probe() -> Result<String, String> {
    let socket = socket_path().ok_or("XDG_RUNTIME_DIR is not set")?;
    if UnixStream::connect(&socket).is_ok() {
        let socket = socket.display().to_string();
        return Ok(crate::tr!("doctor-voice-running", socket = &socket));
    }
    match program() {
        Some(p) => Ok(crate::tr!(
            "doctor-voice-on-demand",
            program = &p.display().to_string()
        )),
        None => Err(not_installed()),
    }
}

/// Connects, starting speech-dispatcher the way its own library does
/// (`speech-dispatcher --spawn`, which returns once it runs in the
/// background) when it is installed but not running.
fn connect() -> Result<ssip_client::Client<UnixStream>, String> {
    let socket = socket_path().ok_or("XDG_RUNTIME_DIR is not set")?;
    if UnixStream::connect(&socket).is_err() {
        let program = program().ok_or_else(not_installed)?;
        let _ = Command::new(&program)
            .arg("--spawn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        wait_for(&socket)?;
    }
    let mut client = ssip_client::fifo::Builder::new()
        .path(&socket)
        .timeout(Duration::from_secs(2))
        .build()
        .map_err(|e| format!("speech-dispatcher at {}: {e}", socket.display()))?;
    client
        .set_client_name(ClientName::new("sitbreak", "guide"))
        .and_then(|c| c.check_status(OK_CLIENT_NAME_SET))
        .map_err(|e| format!("speech-dispatcher refused Sitbreak: {e}"))?;
    Ok(client)
}

fn wait_for(socket: &Path) -> Result<(), String> {
    let start = Instant::now();
    while start.elapsed() < START_WAIT {
        if UnixStream::connect(socket).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Err(format!(
        "speech-dispatcher did not start (no socket at {} after {} s)",
        socket.display(),
        START_WAIT.as_secs()
    ))
}

/// The language the words are in, as speech-dispatcher names languages:
/// `de`, `pt-BR`, `zh` (its voices are named by language, not script).
fn spoken_language() -> String {
    let locale = crate::i18n::current();
    match locale.tag.split_once('-') {
        Some((language, "Hans" | "Hant" | "XA")) => language.to_owned(),
        _ => locale.tag.to_owned(),
    }
}

/// The voice: speech-dispatcher on a thread of its own.
pub fn voice() -> VoiceThread {
    VoiceThread::spawn(serve)
}

fn serve(rx: &Receiver<Say>, problem: &Mutex<Option<String>>) {
    let mut client = None;
    while let Ok(say) = rx.recv() {
        let result = (|| {
            if client.is_none() {
                client = Some(connect()?);
            }
            let Some(c) = client.as_mut() else {
                return Ok(());
            };
            let spoke = match &say {
                Say::Stop => c
                    .stop(MessageScope::Last)
                    .and_then(|c| c.check_status(OK_STOPPED))
                    .map(|_| ()),
                Say::Text(text) => c
                    .stop(MessageScope::Last)
                    .and_then(|c| c.check_status(OK_STOPPED))
                    // The voice for the words' language: speech-dispatcher
                    // picks one its synthesiser has for it.
                    .and_then(|c| c.set_language(ClientScope::Current, &spoken_language()))
                    .and_then(|c| c.check_status(OK_LANGUAGE_SET))
                    .and_then(|c| c.set_priority(Priority::Text))
                    .and_then(|c| c.check_status(ssip_client::OK_PRIORITY_SET))
                    .and_then(|c| c.speak())
                    .and_then(|c| c.check_receiving_data())
                    .and_then(|c| c.send_line(text))
                    .and_then(|c| c.receive_message_id())
                    .map(|_| ()),
            };
            spoke.map_err(|e| {
                // A broken connection is made afresh next time.
                client = None;
                format!("speech-dispatcher: {e}")
            })
        })();
        *crate::sound::lock(problem) = result.err();
    }
    if let Some(mut c) = client {
        let _ = c.quit();
    }
}
