//! The Windows build under Wine, in a headless X desktop (Xvfb and
//! openbox from the shared harness). Each test gets its own Wine prefix
//! (so its own registry, `%APPDATA%` and wineserver, and so its own named
//! pipe namespace), and stops that prefix's processes when it ends.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::Run;
use crate::common::desktop::{Desktop, Parts, Wm, events_in, wait_until};

/// Debian's 64-bit Wine loader (not on the PATH).
const WINE: &str = "/usr/lib/wine/wine64";

/// The Windows programs, built by `scripts/test-windows.sh` (which the
/// README's test command runs before `cargo test`), with the stand-in DLL
/// Wine 8 lacks beside them.
pub fn windows_exes() -> PathBuf {
    let linux = Path::new(env!("CARGO_BIN_EXE_sitbreak"));
    let target = linux
        .parent()
        .and_then(Path::parent)
        .expect("the target folder");
    let dir = target.join("x86_64-pc-windows-gnu/debug");
    for file in [
        "sitbreak.exe",
        "sitbreak-window.exe",
        "bcryptprimitives.dll",
        "examples/ask_daemon.exe",
    ] {
        assert!(
            dir.join(file).exists(),
            "{} is missing: build the Windows programs first with ./scripts/test-windows.sh",
            dir.join(file).display()
        );
    }
    dir
}

fn wineserver() -> PathBuf {
    let server = Path::new("/usr/lib/wine/wineserver64");
    if server.exists() {
        server.to_owned()
    } else {
        PathBuf::from("/usr/lib/wine/wineserver")
    }
}

/// A Wine prefix in a headless desktop, with Sitbreak's Windows build.
pub struct Wine {
    pub desktop: Desktop,
    prefix: PathBuf,
    exes: PathBuf,
    daemon: Option<Child>,
    programs: Vec<Child>,
}

impl Wine {
    /// Starts Xvfb and openbox and makes a fresh prefix.
    pub fn start() -> Wine {
        let exes = windows_exes();
        let desktop = Desktop::start(Parts {
            session_bus: false,
            notifications: false,
            tray_host: false,
            wm: Some(Wm::Openbox),
            wayland: None,
        });
        let prefix = desktop.home.dir.path().join("wine");
        let wine = Wine {
            desktop,
            prefix,
            exes,
            daemon: None,
            programs: Vec::new(),
        };
        // The prefix's server first, persistent and holding none of this
        // test's pipes: a server that a Wine program with piped output
        // happened to start would keep that pipe open, and a test reading
        // the program's output would wait for ever.
        fs::create_dir_all(&wine.prefix).expect("the prefix's folder");
        let server = Command::new(wineserver())
            .arg("-p")
            .env("WINEPREFIX", &wine.prefix)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("wineserver");
        assert!(server.success(), "wineserver -p failed");
        let made = wine.run(wine.command(Path::new("wineboot")).arg("--init"));
        assert!(
            made.code == 0 && wine.appdata_root().exists(),
            "the Wine prefix was not made: {}",
            made.stderr
        );
        // Where Windows keeps its own DLLs, for the installed programs too.
        let system32 = wine.prefix.join("drive_c/windows/system32");
        fs::copy(
            wine.exes.join("bcryptprimitives.dll"),
            system32.join("bcryptprimitives.dll"),
        )
        .expect("the DLL Wine 8 lacks");
        wine
    }

    /// `wine64 PROGRAM` in this prefix and desktop.
    pub fn command(&self, program: &Path) -> Command {
        let mut cmd = Command::new(WINE);
        self.desktop.env(&mut cmd);
        cmd.env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            // English Windows, whatever the machine's language.
            .env("LANG", "en_US.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            // No Mono or Gecko installer prompts, and no menu entries
            // made for the Linux desktop from Start-menu shortcuts.
            .env("WINEDLLOVERRIDES", "mscoree,mshtml,winemenubuilder.exe=")
            .arg(program);
        cmd
    }

    pub fn exe(&self, name: &str) -> PathBuf {
        self.exes.join(name)
    }

    /// Runs the programs in `dir` from now on (an installed copy).
    pub fn use_programs(&mut self, dir: PathBuf) {
        self.exes = dir;
    }

    /// Runs `sitbreak.exe ARGS` and waits for it.
    pub fn sitbreak(&self, args: &[&str]) -> Run {
        self.run(self.command(&self.exe("sitbreak.exe")).args(args))
    }

    /// Runs a Wine command to its end, its output through files: the
    /// prefix's own processes (services, explorer) inherit the output of
    /// the program that started them and outlive it, so a pipe would
    /// never close.
    pub fn run(&self, cmd: &mut Command) -> Run {
        let dir = tempfile::tempdir_in(self.desktop.home.dir.path()).expect("temp dir");
        let (out, err) = (dir.path().join("out"), dir.path().join("err"));
        let status = cmd
            .stdin(Stdio::null())
            .stdout(fs::File::create(&out).expect("out"))
            .stderr(fs::File::create(&err).expect("err"))
            .status()
            .expect("run a Wine program");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: fs::read_to_string(&out).unwrap_or_default(),
            stderr: fs::read_to_string(&err).unwrap_or_default(),
        }
    }

    /// `%APPDATA%` of the prefix's user.
    fn appdata_root(&self) -> PathBuf {
        let users = self.prefix.join("drive_c/users");
        let user = fs::read_dir(&users)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .find(|name| name != "Public")
            .unwrap_or_default();
        users.join(user).join("AppData/Roaming")
    }

    /// `%LOCALAPPDATA%`.
    pub fn local_appdata(&self) -> PathBuf {
        self.appdata_root().with_file_name("Local")
    }

    /// `%APPDATA%` itself.
    pub fn roaming(&self) -> PathBuf {
        self.appdata_root()
    }

    /// `%APPDATA%\Sitbreak`, where settings and history live.
    pub fn appdata(&self) -> PathBuf {
        self.appdata_root().join("Sitbreak")
    }

    pub fn settings(&self, text: &str) {
        fs::create_dir_all(self.appdata()).expect("AppData\\Sitbreak");
        fs::write(self.appdata().join("settings.toml"), text).expect("settings");
    }

    /// The events of the history file, in order.
    pub fn history_events(&self) -> Vec<String> {
        events_in(&self.appdata().join("history.jsonl"))
    }

    pub fn daemon_log(&self) -> PathBuf {
        self.desktop.home.dir.path().join("daemon.log")
    }

    /// `sitbreak.exe --hidden`, not waited for.
    pub fn spawn_daemon(&self) -> Child {
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.daemon_log())
            .expect("daemon log");
        self.command(&self.exe("sitbreak.exe"))
            .arg("--hidden")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start sitbreak.exe")
    }

    /// Starts the daemon and waits until it answers over its pipe.
    pub fn start_daemon(&mut self) {
        self.daemon = Some(self.spawn_daemon());
        assert!(
            wait_until(Duration::from_secs(30), || self.sitbreak(&["status"]).code
                == 0),
            "the daemon did not answer; its log:\n{}",
            fs::read_to_string(self.daemon_log()).unwrap_or_default()
        );
    }

    /// Whether the daemon this test started has exited, and how.
    pub fn daemon_exit(&mut self) -> Option<i32> {
        let daemon = self.daemon.as_mut()?;
        daemon
            .try_wait()
            .ok()
            .flatten()
            .map(|s| s.code().unwrap_or(-1))
    }

    /// The daemon's status as JSON. Asked up to three times: on a loaded
    /// machine Wine now and then loses a starting process before it runs
    /// (it dies by a signal, saying nothing); every failure is shown.
    pub fn status(&self) -> serde_json::Value {
        let mut failures = Vec::new();
        for _ in 0..3 {
            let run = self.sitbreak(&["status", "--json"]);
            if run.code == 0 {
                return serde_json::from_str(&run.stdout).expect("status json");
            }
            failures.push(format!("exit {}: {}", run.code, run.stderr));
            std::thread::sleep(Duration::from_secs(1));
        }
        panic!("status failed three times: {failures:#?}");
    }

    /// Sends `request` (JSON) to the daemon over its pipe, as the Settings
    /// window sends it, through `examples/ask_daemon.rs`; the answer.
    pub fn ask(&self, request: &str) -> serde_json::Value {
        let ask = windows_exes().join("examples/ask_daemon.exe");
        let run = self.run(self.command(&ask).arg(request));
        assert_eq!(run.code, 0, "ask_daemon failed: {}", run.stderr);
        serde_json::from_str(&run.stdout).expect("an answer as JSON")
    }

    /// `reg ARGS` in this prefix (Wine's own reg.exe), its output.
    pub fn reg(&self, args: &[&str]) -> Run {
        self.run(self.command(Path::new("reg")).args(args))
    }

    /// Starts a Windows program of the prefix (notepad) and returns its
    /// visible X window once it maps.
    pub fn start_program(&mut self, program: &str, title: &str) -> String {
        let child = self
            .command(Path::new(program))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start a Windows program");
        self.programs.push(child);
        let mut found = None;
        assert!(
            wait_until(Duration::from_secs(30), || {
                found = self.window(title);
                found.is_some()
            }),
            "{program} did not map"
        );
        found.expect("window")
    }

    /// The first visible X window whose name matches `pattern`.
    pub fn window(&self, pattern: &str) -> Option<String> {
        self.desktop
            .xdotool(&["search", "--onlyvisible", "--name", pattern])
            .and_then(|out| out.lines().next().map(str::to_owned))
            .filter(|id| !id.is_empty())
    }

    /// The Sitbreak window (card or Home), if one is mapped.
    pub fn card(&self) -> Option<String> {
        self.window("^Sitbreak$")
    }

    /// Moves the pointer over a Wine window, as input Wine's
    /// GetLastInputInfo counts (X input to a window of the prefix).
    pub fn nudge(&self, window: &str) {
        for (x, y) in [(40, 40), (60, 50), (50, 70)] {
            let (x, y) = (x.to_string(), y.to_string());
            self.desktop
                .xdotool(&["mousemove", "--window", window, &x, &y]);
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Wine {
    fn drop(&mut self) {
        // Every Windows process of this prefix, and its wineserver; no
        // other prefix is touched.
        let _ = Command::new(wineserver())
            .arg("-k")
            .env("WINEPREFIX", &self.prefix)
            .status();
        for child in self.daemon.iter_mut().chain(self.programs.iter_mut()) {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = Command::new(wineserver())
            .arg("-w")
            .env("WINEPREFIX", &self.prefix)
            .status();
    }
}
