//! The Windows half of the IPC transport: a named pipe per user, whose
//! security descriptor lets only that user open it, and whose server still
//! refuses a client running as anyone else (as the Unix half checks the
//! peer's uid).

use std::io;
use std::path::{Path, PathBuf};
use std::ptr::null_mut;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use interprocess::local_socket::{GenericFilePath, Listener, ListenerOptions, Stream, prelude::*};
use interprocess::os::windows::local_socket::ListenerOptionsExt as _;
use interprocess::os::windows::security_descriptor::SecurityDescriptor;
use widestring::{U16CStr, U16CString};
use windows_sys::Win32::Foundation::{CloseHandle, HANDLE, LocalFree};
use windows_sys::Win32::Security::Authorization::ConvertSidToStringSidW;
use windows_sys::Win32::Security::{GetTokenInformation, TOKEN_QUERY, TOKEN_USER, TokenUser};
use windows_sys::Win32::System::Threading::{
    GetCurrentProcess, OpenProcess, OpenProcessToken, PROCESS_QUERY_LIMITED_INFORMATION,
};

use crate::store::paths::Paths;

/// The folder holding the single-instance lock: `%LOCALAPPDATA%\Sitbreak`,
/// which Windows already keeps to its user.
pub fn socket_dir(paths: &Paths) -> PathBuf {
    match &paths.runtime_dir {
        Some(dir) => dir.clone(),
        None => std::env::temp_dir().join("Sitbreak"),
    }
}

/// The pipe's name, as a path interprocess maps to the pipe file system.
pub fn socket_path(_paths: &Paths) -> PathBuf {
    PathBuf::from(pipe_name(own_sid().as_deref().unwrap_or("unknown-user")))
}

/// `\\.\pipe\sitbreak-<SID>`: one per user, so two people signed in to the
/// same machine each have their own daemon.
fn pipe_name(sid: &str) -> String {
    format!(r"\\.\pipe\sitbreak-{sid}")
}

/// Creates the lock's folder; its place under the profile keeps it private.
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// The security descriptor, in SDDL: a protected DACL (nothing inherited)
/// with one entry giving `sid` full access, so nobody else may open it.
fn private_sddl(sid: &str) -> String {
    format!("D:P(A;;GA;;;{sid})")
}

/// Listens on the pipe, open to this user alone.
pub(super) fn listen(socket: &Path) -> io::Result<Listener> {
    let sid = own_sid()?;
    listen_for(socket, &sid)
}

fn listen_for(socket: &Path, sid: &str) -> io::Result<Listener> {
    let sddl = U16CString::from_str(private_sddl(sid))
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let descriptor = SecurityDescriptor::deserialize(&sddl)?;
    let name = socket.to_fs_name::<GenericFilePath>()?;
    ListenerOptions::new()
        .name(name)
        .security_descriptor(descriptor)
        .create_sync()
}

/// How long a client waits for the pipe. Between one connection being
/// accepted and the server's next pipe instance, the pipe has none, and
/// opening it says "not found" (or "busy"): a daemon that is running
/// answers within this, one that is not is told after it.
const PIPE_WAIT: Duration = Duration::from_millis(1000);

/// Connects to the pipe, waiting out the moment between instances.
pub(super) fn connect(socket: &Path) -> io::Result<Stream> {
    let start = Instant::now();
    loop {
        let name = socket.to_fs_name::<GenericFilePath>()?;
        match Stream::connect(name) {
            Err(e) if between_instances(&e) && start.elapsed() < PIPE_WAIT => {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// ERROR_PIPE_BUSY: every instance is taken.
const ERROR_PIPE_BUSY: i32 = 231;

fn between_instances(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::NotFound || e.raw_os_error() == Some(ERROR_PIPE_BUSY)
}

/// Named pipes opened for blocking I/O have no timeouts, so a read or
/// write waits as long as the other end: the client keeps its patience
/// itself (`client.rs`, with [`WAITS_BY_ITSELF`] false), and the
/// one-thread-per-connection server and the limit on connections keep a
/// silent client from holding the daemon.
pub(super) fn set_patience(_stream: &Stream, _limit: Option<Duration>) -> io::Result<()> {
    Ok(())
}

/// Whether [`set_patience`] makes a blocked read give up.
pub(super) const WAITS_BY_ITSELF: bool = false;

/// Whether the client runs as this user.
pub(super) fn same_user(stream: &Stream) -> bool {
    let Some(pid) = stream.peer_creds().ok().and_then(|c| c.pid()) else {
        // Where Windows cannot tell, the pipe's DACL guards.
        return true;
    };
    match (own_sid(), process_sid(pid)) {
        (Ok(mine), Ok(theirs)) => mine == theirs,
        _ => true,
    }
}

/// This process's user, as an SID string ("S-1-5-21-…").
fn own_sid() -> io::Result<String> {
    static SID: OnceLock<Result<String, String>> = OnceLock::new();
    // SAFETY: the pseudo-handle of the current process needs no closing.
    let found =
        SID.get_or_init(|| token_user(unsafe { GetCurrentProcess() }).map_err(|e| e.to_string()));
    found.clone().map_err(io::Error::other)
}

/// The user process `pid` runs as.
fn process_sid(pid: u32) -> io::Result<String> {
    // SAFETY: OpenProcess returns null on failure, checked below.
    let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if process.is_null() {
        return Err(io::Error::last_os_error());
    }
    let sid = token_user(process);
    // SAFETY: `process` is a handle this function opened.
    unsafe { CloseHandle(process) };
    sid
}

/// The user of `process`'s access token.
fn token_user(process: HANDLE) -> io::Result<String> {
    let mut token: HANDLE = null_mut();
    // SAFETY: `token` receives a handle on success, closed below.
    if unsafe { OpenProcessToken(process, TOKEN_QUERY, &mut token) } == 0 {
        return Err(io::Error::last_os_error());
    }
    let sid = token_sid(token);
    // SAFETY: `token` is a handle this function opened.
    unsafe { CloseHandle(token) };
    sid
}

fn token_sid(token: HANDLE) -> io::Result<String> {
    let mut len = 0u32;
    // SAFETY: a first call with no buffer only reports the size needed.
    unsafe { GetTokenInformation(token, TokenUser, null_mut(), 0, &mut len) };
    // u64s, so the TOKEN_USER at its start is aligned.
    let mut buffer = vec![0u64; (len as usize).div_ceil(8).max(1)];
    let size = u32::try_from(buffer.len() * 8).unwrap_or(u32::MAX);
    // SAFETY: the buffer is `size` bytes long and aligned for TOKEN_USER.
    if unsafe { GetTokenInformation(token, TokenUser, buffer.as_mut_ptr().cast(), size, &mut len) }
        == 0
    {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: GetTokenInformation filled the buffer with a TOKEN_USER.
    let user = unsafe { &*buffer.as_ptr().cast::<TOKEN_USER>() };
    let mut text: *mut u16 = null_mut();
    // SAFETY: the SID points into `buffer`, alive here; `text` is freed below.
    if unsafe { ConvertSidToStringSidW(user.User.Sid, &mut text) } == 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: ConvertSidToStringSidW gave a NUL-terminated string.
    let sid = unsafe { U16CStr::from_ptr_str(text) }.to_string_lossy();
    // SAFETY: the string was allocated with LocalAlloc by the call above.
    unsafe { LocalFree(text.cast()) };
    Ok(sid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read as _, Write as _};
    use std::os::windows::ffi::OsStrExt as _;

    #[test]
    fn each_user_has_a_pipe_of_their_own() {
        let sid = own_sid().expect("this process's user");
        assert!(sid.starts_with("S-1-"), "{sid}");
        assert_eq!(
            pipe_name("S-1-5-21-1-2-3-1001"),
            r"\\.\pipe\sitbreak-S-1-5-21-1-2-3-1001"
        );
        assert_ne!(pipe_name(&sid), pipe_name("S-1-5-21-1-2-3-1001"));
    }

    #[test]
    fn the_pipe_grants_access_to_its_user_alone_and_inherits_nothing() {
        assert_eq!(private_sddl("S-1-5-21-9"), "D:P(A;;GA;;;S-1-5-21-9)");
        let sddl = U16CString::from_str(private_sddl("S-1-5-21-9")).expect("no NUL");
        assert!(SecurityDescriptor::deserialize(&sddl).is_ok());
    }

    #[test]
    fn a_client_of_the_same_user_is_served() {
        let pipe = PathBuf::from(pipe_name(&format!("test-{}", std::process::id())));
        let listener = listen(&pipe).expect("listen");
        let serving = std::thread::spawn(move || {
            let stream = listener
                .incoming()
                .next()
                .expect("a client")
                .expect("accepted");
            let same = same_user(&stream);
            let mut line = [0u8; 2];
            (&stream).read_exact(&mut line).expect("read");
            same
        });
        let client = connect(&pipe).expect("connect");
        (&client).write_all(b"hi").expect("write");
        assert!(
            serving.join().expect("server thread"),
            "the same user was refused"
        );
    }

    #[test]
    fn a_daemon_that_never_answers_is_given_up_on() {
        let pipe = PathBuf::from(pipe_name(&format!("test-silent-{}", std::process::id())));
        let listener = listen(&pipe).expect("listen");
        // Accepts, reads the request and holds the pipe without a word.
        let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
        let silent = std::thread::spawn(move || {
            let stream = listener
                .incoming()
                .next()
                .expect("a client")
                .expect("accepted");
            let _ = done_rx.recv();
            drop(stream);
        });
        let mut client = crate::ipc::client::Client::connect_waiting(&pipe, Duration::from_secs(1))
            .expect("connect");
        let answer = client.request(crate::ipc::protocol::Request::Status);
        let _ = done_tx.send(());
        silent.join().expect("server thread");
        let err = answer.expect_err("an answer from a silent daemon");
        assert_eq!(err.kind(), io::ErrorKind::TimedOut, "{err}");
        assert!(
            err.to_string().contains("did not answer within 1 s"),
            "{err}"
        );
    }

    /// Wine keeps a pipe's security descriptor but does not check it when
    /// the pipe is opened, so what can be shown here is that the pipe
    /// carries the DACL; that another user is refused by it needs Windows.
    #[test]
    fn the_pipe_carries_a_dacl_for_its_user_alone() {
        use windows_sys::Win32::Security::Authorization::{
            ConvertSecurityDescriptorToStringSecurityDescriptorW, GetNamedSecurityInfoW,
            SDDL_REVISION_1, SE_FILE_OBJECT,
        };
        use windows_sys::Win32::Security::DACL_SECURITY_INFORMATION;
        let sid = own_sid().expect("this process's user");
        let pipe = PathBuf::from(pipe_name(&format!("dacl-{}", std::process::id())));
        let _listener = listen(&pipe).expect("listen");
        let name: Vec<u16> = pipe.as_os_str().encode_wide().chain([0]).collect();
        let mut descriptor = null_mut();
        let mut text: *mut u16 = null_mut();
        // SAFETY: out-pointers for the descriptor (freed below) and its
        // string (freed below).
        let sddl = unsafe {
            let found = GetNamedSecurityInfoW(
                name.as_ptr(),
                SE_FILE_OBJECT,
                DACL_SECURITY_INFORMATION,
                null_mut(),
                null_mut(),
                null_mut(),
                null_mut(),
                &mut descriptor,
            );
            assert_eq!(found, 0, "GetNamedSecurityInfoW");
            let ok = ConvertSecurityDescriptorToStringSecurityDescriptorW(
                descriptor,
                SDDL_REVISION_1,
                DACL_SECURITY_INFORMATION,
                &mut text,
                null_mut(),
            );
            assert_ne!(
                ok, 0,
                "ConvertSecurityDescriptorToStringSecurityDescriptorW"
            );
            let sddl = U16CStr::from_ptr_str(text).to_string_lossy();
            LocalFree(text.cast());
            LocalFree(descriptor);
            sddl
        };
        let entries: Vec<&str> = sddl.split('(').skip(1).collect();
        assert!(sddl.starts_with("D:P"), "inherits entries: {sddl}");
        assert_eq!(entries.len(), 1, "{sddl}");
        assert!(
            entries.iter().all(|e| e.ends_with(&format!(";{sid})"))),
            "{sddl}"
        );
    }

    #[test]
    fn a_clients_user_is_read_from_its_process() {
        let mine = own_sid().expect("this process's user");
        assert_eq!(process_sid(std::process::id()).expect("own process"), mine);
    }
}
