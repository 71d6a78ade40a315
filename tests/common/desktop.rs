//! A real headless desktop for end-to-end tests: Xvfb, a private D-Bus
//! session bus, python3-dbusmock's notification server (which logs every
//! Notify call), and a StatusNotifierItem host (status-notifier-watcher
//! plus gtk-sni-tray-standalone). Each test gets its own, and everything
//! it starts is stopped when it is dropped; nothing else is touched.
#![allow(dead_code)]

use std::fs;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use super::{Home, Run};

/// Which parts of the desktop to start.
#[derive(Clone, Copy)]
pub struct Parts {
    pub session_bus: bool,
    pub notifications: bool,
    pub tray_host: bool,
    /// An X11 window manager on the Xvfb.
    pub wm: Option<Wm>,
    /// A Wayland compositor instead of Xvfb.
    pub wayland: Option<Compositor>,
}

impl Default for Parts {
    fn default() -> Self {
        Parts {
            session_bus: true,
            notifications: true,
            tray_host: true,
            wm: None,
            wayland: None,
        }
    }
}

/// An X11 window manager, as people run them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wm {
    Openbox,
    Xfwm4,
    /// GNOME's, on Xorg.
    Mutter,
}

impl Wm {
    fn command(self) -> Command {
        match self {
            Wm::Openbox => Command::new("openbox"),
            Wm::Xfwm4 => {
                let mut cmd = Command::new("xfwm4");
                // No compositing: Xvfb has no GL, and it only slows maps.
                cmd.args(["--compositor=off"]);
                cmd
            }
            Wm::Mutter => {
                let mut cmd = Command::new("mutter");
                cmd.args(["--x11", "--replace"]);
                cmd
            }
        }
    }
}

/// A running headless desktop and a private home for Sitbreak.
pub struct Desktop {
    pub home: Home,
    pub display: String,
    /// The Wayland socket, by absolute path, when the desktop is Wayland.
    pub wayland: Option<PathBuf>,
    /// The compositor's own runtime folder (it runs as another user).
    compositor_dir: Option<tempfile::TempDir>,
    /// A private system bus (GNOME Shell will not start without one).
    system_bus: Option<String>,
    /// XDG_CURRENT_DESKTOP, as the desktop's session sets it.
    current_desktop: Option<&'static str>,
    pub bus: Option<String>,
    /// Children in start order; stopped in reverse.
    children: Vec<(String, Child)>,
    tray_children: Vec<usize>,
    pub daemon: Option<Child>,
    /// The `sitbreak` that runs: this build's, or an installed one.
    pub program: PathBuf,
    /// More environment for Sitbreak's processes (a sound server's).
    pub extra_env: Vec<(String, String)>,
}

static NEXT_DISPLAY: AtomicU32 = AtomicU32::new(0);

/// Polls `check` every 50 ms until it holds or `limit` passes.
pub fn wait_until(limit: Duration, mut check: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if check() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    check()
}

impl Desktop {
    pub fn start(parts: Parts) -> Desktop {
        let home = Home::new();
        let mut desktop = Desktop {
            home,
            display: String::new(),
            wayland: None,
            program: PathBuf::from(env!("CARGO_BIN_EXE_sitbreak")),
            compositor_dir: None,
            system_bus: None,
            current_desktop: None,
            bus: None,
            children: Vec::new(),
            tray_children: Vec::new(),
            daemon: None,
            extra_env: Vec::new(),
        };
        // The bus first: KWin and GNOME Shell need it to start.
        if parts.session_bus {
            desktop.start_bus();
        }
        if let Some(compositor) = parts.wayland {
            desktop.start_compositor(compositor);
        } else {
            desktop.start_x();
        }
        if let Some(wm) = parts.wm {
            desktop.start_wm(wm);
        }
        if parts.session_bus {
            if parts.notifications {
                desktop.start_notifications();
            }
            if parts.tray_host {
                desktop.start_tray_host();
            }
        }
        desktop
    }

    fn spawn(&mut self, name: &str, cmd: &mut Command) {
        if let Err(e) = self.try_spawn(name, cmd) {
            panic!("{name}: cannot start ({e}); run ./scripts/test.sh to install it");
        }
    }

    /// Starts `cmd` with this desktop's environment, its output in
    /// `NAME.log`, and keeps it to stop when the desktop is dropped.
    fn try_spawn(&mut self, name: &str, cmd: &mut Command) -> std::io::Result<()> {
        let log = self.home.dir.path().join(format!("{name}.log"));
        let file = fs::File::create(&log)?;
        let err = file.try_clone()?;
        // Each in a process group of its own, so that what it starts in
        // turn (a bus's activated services, the accessibility bus) is
        // stopped with it and nothing else is.
        let child = self
            .env(cmd)
            .stdout(file)
            .stderr(err)
            .stdin(Stdio::null())
            .process_group(0)
            .spawn()?;
        self.children.push((name.to_owned(), child));
        Ok(())
    }

    fn start_x(&mut self) {
        let base = 200 + (std::process::id() % 400) * 10;
        let mut attempts = 0;
        loop {
            let n = base + NEXT_DISPLAY.fetch_add(1, Ordering::SeqCst);
            if Path::new(&format!("/tmp/.X{n}-lock")).exists() {
                continue;
            }
            self.display = format!(":{n}");
            let display = self.display.clone();
            self.spawn(
                "xvfb",
                Command::new("Xvfb").args([
                    &display,
                    "-screen",
                    "0",
                    "1280x800x24",
                    "-nolisten",
                    "tcp",
                    // Without it the server resets whenever its last client
                    // leaves, and refuses the next one for that moment (a
                    // window manager started just after a probe).
                    "-noreset",
                ]),
            );
            // Under load Xvfb can take a while; if it gave up (another
            // server took the display first), try the next display. Up
            // means it answers: a socket file can be a stale one left by a
            // killed server, there before this one listens.
            let mut exited = false;
            let up = wait_until(Duration::from_secs(30), || {
                exited = self
                    .children
                    .last_mut()
                    .is_some_and(|(_, c)| c.try_wait().ok().flatten().is_some());
                exited || self.x_answers()
            });
            if up && !exited {
                return;
            }
            attempts += 1;
            if attempts >= 3 {
                panic!("Xvfb {display} did not start");
            }
            if let Some((_, mut child)) = self.children.pop() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }

    /// Whether the X server on this display accepts a client.
    fn x_answers(&self) -> bool {
        let mut cmd = Command::new("xprop");
        self.env(&mut cmd)
            .args(["-root", "-len", "0", "_NET_SUPPORTED"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    fn start_bus(&mut self) {
        let path = self.home.dir.path().join("bus");
        let address = format!("unix:path={}", path.display());
        self.spawn(
            "dbus",
            Command::new("dbus-daemon").args([
                "--session",
                "--nofork",
                &format!("--address={address}"),
            ]),
        );
        assert!(
            wait_until(Duration::from_secs(10), || path.exists()),
            "dbus-daemon did not start"
        );
        self.bus = Some(address);
    }

    /// A python3-dbusmock object on the session bus, under `bus_name` at
    /// `path` with `interface`; the test gives it properties and methods
    /// through dbusmock's `org.freedesktop.DBus.Mock` interface.
    pub fn start_dbusmock(&mut self, bus_name: &str, path: &str, interface: &str) {
        let log = self.home.dir.path().join(format!("{bus_name}.calls"));
        self.spawn(
            bus_name,
            Command::new("/usr/bin/python3").args([
                "-m",
                "dbusmock",
                "-l",
                log.to_str().expect("utf8"),
                bus_name,
                path,
                interface,
            ]),
        );
        assert!(
            wait_until(Duration::from_secs(15), || self.has_name(bus_name)),
            "{bus_name} did not start"
        );
    }

    /// Whether `name` has an owner on the session bus.
    pub fn has_name(&self, name: &str) -> bool {
        let out = self.busctl(&["status", name]);
        out.code == 0
    }

    fn start_notifications(&mut self) {
        let log = self.notify_log();
        self.spawn(
            "notifications",
            Command::new("/usr/bin/python3").args([
                "-m",
                "dbusmock",
                "--template",
                "notification_daemon",
                "-p",
                "{\"capabilities\": \"body actions\"}",
                "-l",
                log.to_str().expect("utf8"),
            ]),
        );
        assert!(
            wait_until(Duration::from_secs(15), || self
                .has_name("org.freedesktop.Notifications")),
            "the notification server did not start"
        );
    }

    /// A tray watcher that drops the first item registered, as GNOME's
    /// AppIndicator extension sometimes does; it logs each registration to
    /// the returned file.
    pub fn start_flaky_watcher(&mut self) -> PathBuf {
        let log = self.home.dir.path().join("registrations.log");
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/helpers/flaky_watcher.py"
        );
        self.spawn(
            "flaky-watcher",
            Command::new("/usr/bin/python3").arg(script).arg(&log),
        );
        assert!(
            wait_until(Duration::from_secs(15), || self
                .has_name("org.kde.StatusNotifierWatcher")),
            "the flaky watcher did not start"
        );
        log
    }

    /// A service that owns `name` on the session bus and never answers.
    pub fn start_hung_service(&mut self, name: &str) {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/helpers/hung_service.py");
        self.spawn(
            "hung-service",
            Command::new("/usr/bin/python3").arg(script).arg(name),
        );
        assert!(
            wait_until(Duration::from_secs(15), || self.has_name(name)),
            "the hung {name} did not start"
        );
    }

    /// Starts (or restarts) the StatusNotifierWatcher and the tray host.
    pub fn start_tray_host(&mut self) {
        self.spawn("watcher", &mut Command::new("status-notifier-watcher"));
        self.tray_children.push(self.children.len() - 1);
        assert!(
            wait_until(Duration::from_secs(15), || self
                .has_name("org.kde.StatusNotifierWatcher")),
            "status-notifier-watcher did not start"
        );
        self.spawn("tray", &mut Command::new("gtk-sni-tray-standalone"));
        self.tray_children.push(self.children.len() - 1);
    }

    /// Kills the watcher and the tray host, as when a panel restarts.
    pub fn stop_tray_host(&mut self) {
        for idx in self.tray_children.drain(..).rev() {
            if let Some((_, child)) = self.children.get_mut(idx) {
                stop_group(child);
            }
        }
        assert!(wait_until(Duration::from_secs(10), || !self
            .has_name("org.kde.StatusNotifierWatcher")));
    }

    pub fn notify_log(&self) -> PathBuf {
        self.home.dir.path().join("notify.log")
    }

    /// The Notify calls logged by the notification server so far.
    pub fn notifications(&self) -> Vec<String> {
        fs::read_to_string(self.notify_log())
            .unwrap_or_default()
            .lines()
            .filter(|l| l.contains(" Notify "))
            .map(str::to_owned)
            .collect()
    }

    /// Sets this desktop's environment on a command.
    pub fn env<'a>(&self, cmd: &'a mut Command) -> &'a mut Command {
        match &self.wayland {
            Some(socket) => cmd.env("WAYLAND_DISPLAY", socket).env_remove("DISPLAY"),
            None => cmd
                .env("DISPLAY", &self.display)
                .env_remove("WAYLAND_DISPLAY"),
        };
        cmd.env("XDG_CONFIG_HOME", self.home.config())
            .env("XDG_CONFIG_DIRS", self.home.system_config())
            .env("XDG_DATA_HOME", self.home.data())
            .env("XDG_RUNTIME_DIR", self.home.runtime())
            .env("HOME", self.home.dir.path())
            .env("SITBREAK_SHORT_DURATIONS", "1")
            // English, whatever the machine's language: tests find words
            // by their English (a test sets another in `extra_env`).
            .env("LANG", "C.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        match self.current_desktop {
            Some(desktop) => cmd.env("XDG_CURRENT_DESKTOP", desktop),
            None => cmd.env_remove("XDG_CURRENT_DESKTOP"),
        };
        if let Some(system) = &self.system_bus {
            cmd.env("DBUS_SYSTEM_BUS_ADDRESS", system);
        }
        for (k, v) in &self.extra_env {
            cmd.env(k, v);
        }
        match &self.bus {
            Some(bus) => cmd.env("DBUS_SESSION_BUS_ADDRESS", bus),
            None => cmd.env(
                "DBUS_SESSION_BUS_ADDRESS",
                format!("unix:path={}/no-bus", self.home.dir.path().display()),
            ),
        };
        cmd
    }

    /// Runs `sitbreak ARGS` in this desktop and waits for it.
    pub fn sitbreak(&self, args: &[&str]) -> Run {
        let mut cmd = Command::new(&self.program);
        std::fs::create_dir_all(self.home.runtime()).expect("runtime dir");
        self.env(&mut cmd).args(args);
        Run::from(cmd.output().expect("run sitbreak"))
    }

    /// A `sitbreak --hidden` daemon process, not yet waited for.
    pub fn spawn_daemon_process(&self) -> Child {
        std::fs::create_dir_all(self.home.runtime()).expect("runtime dir");
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.daemon_log())
            .expect("daemon log");
        let mut cmd = Command::new(&self.program);
        self.env(&mut cmd)
            .arg("--hidden")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start daemon")
    }

    /// The daemon's socket: `$XDG_RUNTIME_DIR/sitbreak/sitbreak.sock`.
    pub fn socket(&self) -> PathBuf {
        self.home.runtime().join("sitbreak/sitbreak.sock")
    }

    pub fn daemon_log(&self) -> PathBuf {
        self.home.dir.path().join("daemon.log")
    }

    /// Starts the daemon and waits until it answers `status`.
    pub fn start_daemon(&mut self) {
        let child = self.spawn_daemon_process();
        self.daemon = Some(child);
        assert!(
            wait_until(Duration::from_secs(15), || self.sitbreak(&["status"]).code
                == 0),
            "the daemon did not answer; its log:\n{}",
            fs::read_to_string(self.daemon_log()).unwrap_or_default()
        );
    }

    /// Starts a daemon whose first break comes due 3 s later, and waits for
    /// it; `more` is added to the settings.
    pub fn start_with_break_due(&mut self, more: &str) {
        self.settings(&format!(
            "sit_interval = \"3s\"\nwarn_before = \"0s\"\n{more}"
        ));
        self.start_daemon();
        assert!(
            wait_until(Duration::from_secs(15), || self.status()["phase"]
                == "break_due"),
            "no break came due"
        );
    }

    /// The daemon's status as JSON.
    pub fn status(&self) -> serde_json::Value {
        let run = self.sitbreak(&["status", "--json"]);
        assert_eq!(run.code, 0, "status failed: {}", run.stderr);
        serde_json::from_str(&run.stdout).expect("status json")
    }

    /// `busctl --user` on this desktop's bus, with JSON output.
    pub fn busctl(&self, args: &[&str]) -> Run {
        let mut cmd = Command::new("busctl");
        cmd.arg("--json=short");
        if let Some(bus) = &self.bus {
            cmd.arg(format!("--address={bus}"));
        }
        Run::from(cmd.args(args).output().expect("busctl"))
    }

    /// The bus name and menu path of our tray item, as a panel finds them.
    pub fn tray_item(&self) -> Option<(String, String)> {
        let run = self.busctl(&[
            "get-property",
            "org.kde.StatusNotifierWatcher",
            "/StatusNotifierWatcher",
            "org.kde.StatusNotifierWatcher",
            "RegisteredStatusNotifierItems",
        ]);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).ok()?;
        let item = json["data"].as_array()?.first()?.as_str()?.to_owned();
        let service = item.split('/').next()?.to_owned();
        let run = self.busctl(&[
            "get-property",
            &service,
            "/StatusNotifierItem",
            "org.kde.StatusNotifierItem",
            "Menu",
        ]);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).ok()?;
        Some((service, json["data"].as_str()?.to_owned()))
    }

    /// (id, label, enabled) for every menu entry, depth first.
    pub fn menu_entries(&self, service: &str, path: &str) -> Vec<(i64, String, bool)> {
        let run = self.busctl(&[
            "call",
            service,
            path,
            "com.canonical.dbusmenu",
            "GetLayout",
            "iias",
            "--",
            "0",
            "-1",
            "0",
        ]);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("layout json");
        let mut out = Vec::new();
        fn walk(node: &serde_json::Value, out: &mut Vec<(i64, String, bool)>) {
            let id = node[0].as_i64().unwrap_or(-1);
            let label = node[1]["label"]["data"].as_str().unwrap_or("").to_owned();
            let enabled = node[1]["enabled"]["data"].as_bool().unwrap_or(true);
            out.push((id, label, enabled));
            for child in node[2].as_array().into_iter().flatten() {
                walk(&child["data"], out);
            }
        }
        walk(&json["data"][1], &mut out);
        out
    }

    pub fn click_menu(&self, service: &str, path: &str, id: i64) {
        let id = id.to_string();
        let run = self.busctl(&[
            "call",
            service,
            path,
            "com.canonical.dbusmenu",
            "Event",
            "isvu",
            "--",
            &id,
            "clicked",
            "s",
            "",
            "0",
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }

    /// Clicks the tray menu entry labelled `label`, greyed or not, as a
    /// panel does with `Event`.
    pub fn click_menu_label(&self, service: &str, path: &str, label: &str) {
        let entries = self.menu_entries(service, path);
        let id = entries
            .iter()
            .find(|(_, l, _)| l == label)
            .unwrap_or_else(|| panic!("no \"{label}\" in the tray menu: {entries:?}"))
            .0;
        self.click_menu(service, path, id);
    }

    /// Clicks `action` on notification `id`, as the notification server
    /// reports it.
    pub fn invoke_notification_action(&self, id: u32, action: &str) {
        let id = id.to_string();
        let run = self.busctl(&[
            "call",
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.DBus.Mock",
            "EmitSignal",
            "sssav",
            "--",
            "org.freedesktop.Notifications",
            "ActionInvoked",
            "us",
            "2",
            "u",
            &id,
            "s",
            action,
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }

    /// Waits for our tray item to be registered with the watcher.
    pub fn wait_for_tray_item(&self) -> Option<(String, String)> {
        let mut item = None;
        wait_until(Duration::from_secs(10), || {
            item = self.tray_item();
            item.is_some()
        });
        item
    }

    /// Starts `wm` and waits until it manages the screen (EWMH's
    /// `_NET_SUPPORTING_WM_CHECK` on the root window).
    pub fn start_wm(&mut self, wm: Wm) {
        let name = format!("{wm:?}").to_lowercase();
        // Under load a window manager now and then fails to open a display
        // that answers a moment before and after ("cannot open display");
        // one that exits at once is started again, at most twice.
        for attempt in 1..=3 {
            self.spawn(&name, &mut wm.command());
            let mut exited = false;
            let up = wait_until(Duration::from_secs(20), || {
                exited = self
                    .children
                    .last_mut()
                    .is_some_and(|(_, c)| c.try_wait().ok().flatten().is_some());
                exited
                    || self
                        .xprop(&["-root", "_NET_SUPPORTING_WM_CHECK"])
                        .contains("window id")
            });
            if up && !exited {
                return;
            }
            let log = self.log(&name);
            if !exited || attempt == 3 {
                panic!("{wm:?} did not start on {}; its log:\n{log}", self.display);
            }
            eprintln!("{wm:?} exited at start (attempt {attempt}): {log}");
            self.children.pop();
        }
    }

    /// `xprop ARGS` on this display, its output.
    pub fn xprop(&self, args: &[&str]) -> String {
        let mut cmd = Command::new("xprop");
        let out = self.env(&mut cmd).args(args).output().expect("xprop");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `xdotool ARGS` on this display; its output, or None on failure.
    /// Types `keys` into the window, having first turned to it (the pointer
    /// over it), as a person does; keys typed blind are held back.
    pub fn type_into(&self, window: &str, keys: &[&str]) {
        self.xdotool(&["mousemove", "--window", window, "200", "200"]);
        std::thread::sleep(Duration::from_millis(100));
        for key in keys {
            let mut cmd = Command::new("xdotool");
            let ok = self
                .env(&mut cmd)
                .args(["windowfocus", window, "key", key])
                .status()
                .expect("xdotool");
            assert!(ok.success(), "xdotool key {key}");
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    pub fn xdotool(&self, args: &[&str]) -> Option<String> {
        let mut cmd = Command::new("xdotool");
        let out = self.env(&mut cmd).args(args).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }

    /// An xterm that writes every key typed into it to `out`, focused,
    /// as the app the person works in; its window id.
    pub fn start_terminal(&mut self, out: &Path) -> String {
        let script = format!("stty -icanon -echo; exec cat > '{}'", out.display());
        self.spawn(
            "xterm",
            Command::new("xterm").args([
                "-T",
                "typing-target",
                "-geometry",
                "140x50+0+0",
                "-e",
                "sh",
                "-c",
                &script,
            ]),
        );
        let mut id = None;
        assert!(
            wait_until(Duration::from_secs(15), || {
                id = self.xdotool(&["search", "--onlyvisible", "--name", "^typing-target$"]);
                id.as_ref().is_some_and(|i| !i.is_empty())
            }),
            "xterm did not map"
        );
        let id = id.expect("xterm");
        let id = id.lines().next().unwrap_or_default().to_owned();
        self.xdotool(&["windowactivate", "--sync", &id]);
        // Until cat runs, keys would be lost in the shell's start-up.
        assert!(wait_until(Duration::from_secs(10), || out.exists()));
        id
    }

    /// The focused window's id.
    pub fn active_window(&self) -> Option<String> {
        self.xdotool(&["getactivewindow"])
    }

    /// Client windows bottom to top, as decimal ids like xdotool prints.
    pub fn stacking(&self) -> Vec<String> {
        let text = self.xprop(&["-root", "_NET_CLIENT_LIST_STACKING"]);
        let Some((_, ids)) = text.split_once('#') else {
            return Vec::new();
        };
        ids.split(',')
            .filter_map(|id| u64::from_str_radix(id.trim().trim_start_matches("0x"), 16).ok())
            .map(|id| id.to_string())
            .collect()
    }

    /// The visible Sitbreak window's X id, if one is mapped.
    pub fn visible_window(&self) -> Option<String> {
        let mut cmd = Command::new("xdotool");
        let out = self
            .env(&mut cmd)
            .args(["search", "--onlyvisible", "--name", "^Sitbreak$"])
            .output()
            .ok()?;
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .map(str::to_owned)
    }

    /// Process ids of the windows the daemon started that still run.
    pub fn window_pids(&self) -> Vec<u32> {
        let Some(daemon) = &self.daemon else {
            return Vec::new();
        };
        let out = Command::new("pgrep")
            .args(["-P", &daemon.id().to_string()])
            .output()
            .expect("pgrep");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    }

    /// Writes the settings file.
    pub fn settings(&self, text: &str) {
        self.home.write(&self.home.settings_file(), text);
    }

    /// Lines of the history file.
    pub fn history(&self) -> Vec<serde_json::Value> {
        history_in(&self.home.history_file())
    }

    /// Events named in the history, in order.
    pub fn history_events(&self) -> Vec<String> {
        events_in(&self.home.history_file())
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        if let Some(mut d) = self.daemon.take() {
            // Windows the daemon started are this test's processes too.
            let _ = Command::new("pkill")
                .args(["-P", &d.id().to_string()])
                .status();
            let _ = d.kill();
            let _ = d.wait();
        }
        for (_, child) in self.children.iter_mut().rev() {
            stop_group(child);
        }
        // What a started process launched outside its group (the
        // accessibility bus's own dbus-daemon) names this private home in
        // its command line; nothing else does.
        let _ = Command::new("pkill")
            .args(["-KILL", "-f"])
            .arg(self.home.dir.path())
            .status();
    }
}

/// The records of the history file at `path` (none when it is missing).
pub fn history_in(path: &Path) -> Vec<serde_json::Value> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// The events named in the history file at `path`, in order.
pub fn events_in(path: &Path) -> Vec<String> {
    history_in(path)
        .iter()
        .filter_map(|v| v["event"].as_str().map(str::to_owned))
        .collect()
}

/// Stops a child started in its own process group, and that group.
fn stop_group(child: &mut Child) {
    if let Ok(pid) = i32::try_from(child.id()) {
        // SAFETY: kill(2) on a process group this test created.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A headless Wayland compositor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compositor {
    /// sway 1.7 (wlroots): org_kde_kwin_idle, tiling, focus follows maps.
    Sway,
    /// KWin 5.27: ext-idle-notify-v1; no virtual keyboard for typing.
    Kwin,
    /// GNOME Shell 43 with the AppIndicator extension: Mutter's idle
    /// monitor, the Shell's own notifications, a tray.
    Gnome,
    /// weston 10, headless: no seat, so no input, focus or idle.
    Weston,
}

impl Desktop {
    /// Starts `compositor` headless and waits for its socket. sway refuses
    /// to run as root, so it runs as `nobody` in a folder of its own; the
    /// clients here reach its socket by absolute path. KWin runs as root,
    /// from a copy without the installed binary's file capability.
    fn start_compositor(&mut self, compositor: Compositor) {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::Builder::new()
            .prefix("sitbreak-compositor")
            .tempdir_in("/tmp")
            .expect("compositor dir");
        let (uid, gid) = nobody();
        std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid)).expect("chown");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).expect("chmod");
        match compositor {
            Compositor::Weston => {
                let runtime = self.private_runtime();
                // No idle lock: weston would blank the headless output.
                let ini = dir.path().join("weston.ini");
                fs::write(&ini, "[core]\nidle-time=0\n").expect("weston.ini");
                self.spawn(
                    "weston",
                    Command::new("weston")
                        .args([
                            "--backend=headless-backend.so",
                            // Not pixman: weston 10's pixman renderer
                            // crashes compositing winit's drawn title bar.
                            "--use-gl",
                            "--width=1280",
                            "--height=800",
                            "--socket=wayland-weston",
                        ])
                        .arg(format!("--config={}", ini.display())),
                );
                self.wait_for_socket("weston", runtime.join("wayland-weston"));
                self.compositor_dir = Some(dir);
                return;
            }
            Compositor::Gnome => {
                self.start_gnome();
                self.compositor_dir = Some(dir);
                return;
            }
            Compositor::Kwin => {
                // The installed binary carries a file capability this
                // sandbox cannot grant; a copy has none.
                let copy = dir.path().join("kwin_wayland");
                fs::copy("/usr/bin/kwin_wayland", &copy)
                    .expect("kwin_wayland: cannot copy; run ./scripts/test.sh to install it");
                let runtime = self.private_runtime();
                let mut cmd = Command::new(&copy);
                cmd.args([
                    "--virtual",
                    "--width",
                    "1280",
                    "--height",
                    "800",
                    "--socket",
                    "wayland-kwin",
                    "--no-lockscreen",
                    "--no-global-shortcuts",
                    "--no-kactivities",
                ])
                .env("QT_LOGGING_RULES", "kwin_scripting.debug=true")
                .env("KWIN_SCREENSHOT_NO_PERMISSION_CHECKS", "1");
                // A copy just written can be "busy" for a moment: another
                // test's thread forked while its file was open for writing.
                let mut tries = 0;
                while let Err(e) = self.try_spawn("kwin", &mut cmd) {
                    tries += 1;
                    assert!(
                        e.raw_os_error() == Some(libc::ETXTBSY) && tries < 50,
                        "kwin_wayland: cannot start ({e})"
                    );
                    std::thread::sleep(Duration::from_millis(100));
                }
                self.wait_for_socket("kwin", runtime.join("wayland-kwin"));
                self.compositor_dir = Some(dir);
                return;
            }
            Compositor::Sway => {
                let conf = dir.path().join("sway.conf");
                fs::write(&conf, "output HEADLESS-1 resolution 1280x800\n").expect("sway conf");
                std::os::unix::fs::chown(&conf, Some(uid), Some(gid)).expect("chown");
                let mut cmd = Command::new("setpriv");
                cmd.args([
                    &format!("--reuid={uid}"),
                    &format!("--regid={gid}"),
                    "--clear-groups",
                    "--",
                    "sway",
                    "-c",
                ])
                .arg(&conf)
                .env_clear()
                .env("PATH", "/usr/bin:/bin")
                .env("XDG_RUNTIME_DIR", dir.path())
                .env("WLR_BACKENDS", "headless")
                .env("WLR_LIBINPUT_NO_DEVICES", "1")
                .env("WLR_RENDERER", "pixman");
                // Not through `spawn`: that sets this desktop's environment.
                let log = self.home.dir.path().join("sway.log");
                let file = fs::File::create(&log).expect("log file");
                let child = cmd
                    .stdout(file.try_clone().expect("log"))
                    .stderr(file)
                    .stdin(Stdio::null())
                    .process_group(0)
                    .spawn()
                    .expect("sway: cannot start; run ./scripts/test.sh to install it");
                self.children.push(("sway".into(), child));
            }
        }
        let mut socket = None;
        let up = wait_until(Duration::from_secs(20), || {
            socket = fs::read_dir(dir.path()).ok().and_then(|entries| {
                entries.filter_map(Result::ok).map(|e| e.path()).find(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("wayland-") && !n.ends_with(".lock"))
                })
            });
            socket.is_some()
        });
        assert!(
            up,
            "{compositor:?} did not start; its log:\n{}",
            fs::read_to_string(self.home.dir.path().join("sway.log")).unwrap_or_default()
        );
        self.wayland = socket;
        self.compositor_dir = Some(dir);
    }

    /// GNOME Shell, headless, with its tray extension, out of the overview.
    fn start_gnome(&mut self) {
        let runtime = self.home.runtime();
        fs::create_dir_all(&runtime).expect("runtime dir");
        let system = runtime.join("system_bus_socket");
        self.spawn(
            "system-bus",
            Command::new("dbus-daemon").args([
                "--session",
                "--nofork",
                &format!("--address=unix:path={}", system.display()),
            ]),
        );
        assert!(wait_until(Duration::from_secs(10), || system.exists()));
        self.system_bus = Some(format!("unix:path={}", system.display()));
        self.current_desktop = Some("GNOME");
        let mut gsettings = Command::new("gsettings");
        let set = self
            .env(&mut gsettings)
            .args([
                "set",
                "org.gnome.shell",
                "enabled-extensions",
                "['ubuntu-appindicators@ubuntu.com']",
            ])
            .status()
            .expect("gsettings");
        assert!(set.success(), "gsettings failed");
        self.spawn(
            "gnome-shell",
            Command::new("gnome-shell").args([
                "--headless",
                "--wayland",
                "--no-x11",
                "--virtual-monitor",
                "1280x800",
                "--wayland-display=wayland-gs",
            ]),
        );
        let socket = runtime.join("wayland-gs");
        assert!(
            wait_until(Duration::from_secs(30), || socket.exists()
                && self.has_name("org.gnome.Shell.Introspect")),
            "GNOME Shell did not start; its log:\n{}",
            self.log("gnome-shell")
        );
        self.wayland = Some(socket);
        // It starts in the overview, where new windows are not shown.
        assert!(
            wait_until(Duration::from_secs(20), || self
                .gnome(&["overview", "off"])
                .is_some()),
            "cannot leave the overview"
        );
    }

    /// Input from the person at the seat, once: through the X server, GNOME's
    /// remote desktop, or the virtual keyboard protocol. False where the
    /// desktop takes no synthetic input from a client (KWin).
    pub fn nudge(&self, gnome: bool) -> bool {
        if self.wayland.is_none() {
            // Two places, so the pointer moves wherever it was.
            ["131", "171"].into_iter().all(|at| {
                let mut xdotool = Command::new("xdotool");
                self.env(&mut xdotool)
                    .args(["mousemove", at, at])
                    .status()
                    .is_ok_and(|s| s.success())
            })
        } else if gnome {
            // The first key of a fresh session can be lost; two are sent.
            self.gnome(&["type", "..", "20"]).is_some()
        } else {
            self.wtype(&[".."]).wait().is_ok_and(|s| s.success())
        }
    }

    /// Runs the GNOME helper; its output, or None on failure.
    pub fn gnome(&self, args: &[&str]) -> Option<String> {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/helpers/gnome.py");
        let mut cmd = Command::new("/usr/bin/python3");
        let out = self.env(&mut cmd).arg(script).args(args).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// GNOME Shell's windows with this app id (desktop file name or, for a
    /// Wayland client with none, its app id): focused, each.
    pub fn gnome_windows(&self, title: &str) -> Vec<bool> {
        self.gnome(&["windows"])
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|w| w["title"] == title)
            .map(|w| w["focused"].as_bool().unwrap_or(false))
            .collect()
    }

    /// Starts the accessibility bus in this desktop's session and turns it
    /// on, so windows publish what they show (AccessKit over AT-SPI).
    pub fn start_accessibility(&mut self) {
        self.spawn(
            "at-spi",
            Command::new("/usr/libexec/at-spi-bus-launcher").arg("--launch-immediately"),
        );
        assert!(
            wait_until(Duration::from_secs(15), || self.has_name("org.a11y.Bus")),
            "the accessibility bus did not start"
        );
        let mut cmd = Command::new("gdbus");
        let on = self
            .env(&mut cmd)
            .stdout(Stdio::null())
            .args([
                "call",
                "--session",
                "-d",
                "org.a11y.Bus",
                "-o",
                "/org/a11y/bus",
                "-m",
                "org.freedesktop.DBus.Properties.Set",
                "org.a11y.Status",
                "IsEnabled",
                "<true>",
            ])
            .status()
            .expect("gdbus");
        assert!(on.success(), "cannot turn accessibility on");
    }

    /// Whether the Sitbreak window shows a text matching `pattern` within
    /// `limit`, read from its accessibility tree.
    pub fn window_shows(&self, pattern: &str, limit: Duration) -> bool {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/helpers/a11y.py");
        let mut cmd = Command::new("/usr/bin/python3");
        self.env(&mut cmd)
            .arg(script)
            .arg(pattern)
            .arg(limit.as_secs_f32().to_string())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// This desktop's XDG_RUNTIME_DIR, made private (mode 0700).
    fn private_runtime(&self) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let runtime = self.home.runtime();
        fs::create_dir_all(&runtime).expect("runtime dir");
        fs::set_permissions(&runtime, fs::Permissions::from_mode(0o700)).expect("chmod");
        runtime
    }

    /// Waits for the compositor `name` to open `socket`, then uses it.
    fn wait_for_socket(&mut self, name: &str, socket: PathBuf) {
        let up = wait_until(Duration::from_secs(20), || socket.exists());
        assert!(up, "{name} did not start; its log:\n{}", self.log(name));
        self.wayland = Some(socket);
    }

    /// The log of a process this desktop started.
    pub fn log(&self, name: &str) -> String {
        fs::read_to_string(self.home.dir.path().join(format!("{name}.log"))).unwrap_or_default()
    }

    /// KWin's windows: (resource class, active, stacking position), by
    /// running a KWin script whose output lands in KWin's log.
    pub fn kwin_windows(&self) -> Vec<(String, bool, i64)> {
        let script = self.home.dir.path().join("kwin-windows.js");
        fs::write(
            &script,
            "var cs = workspace.clientList();\n\
             for (var i = 0; i < cs.length; i++) {\n\
               var c = cs[i];\n\
               print('KWINS ' + c.resourceClass + ' ' + (workspace.activeClient === c) + ' ' + c.stackingOrder);\n\
             }\n\
             print('KWINS-END');\n",
        )
        .expect("script");
        let before = self.log("kwin").len();
        let name = format!("list{}", NEXT_DISPLAY.fetch_add(1, Ordering::SeqCst));
        let gdbus = |args: &[&str]| {
            let mut cmd = Command::new("gdbus");
            self.env(&mut cmd)
                .args([
                    "call",
                    "--session",
                    "-d",
                    "org.kde.KWin",
                    "-o",
                    "/Scripting",
                    "-m",
                ])
                .args(args)
                .output()
                .expect("gdbus");
        };
        gdbus(&[
            "org.kde.kwin.Scripting.loadScript",
            script.to_str().expect("utf8"),
            &name,
        ]);
        gdbus(&["org.kde.kwin.Scripting.start"]);
        let mut out = Vec::new();
        wait_until(Duration::from_secs(5), || {
            let log = self.log("kwin");
            let new = log.get(before..).unwrap_or_default();
            if !new.contains("KWINS-END") {
                return false;
            }
            out = new
                .lines()
                .filter_map(|l| {
                    let rest = l.split("KWINS ").nth(1)?;
                    let mut f = rest.split_whitespace();
                    let class = f.next()?.to_owned();
                    let active = f.next()? == "true";
                    let stack = f.next()?.parse().ok()?;
                    Some((class, active, stack))
                })
                .collect();
            true
        });
        gdbus(&["org.kde.kwin.Scripting.unloadScript", &name]);
        out
    }

    /// sway's IPC socket.
    fn sway_socket(&self) -> Option<PathBuf> {
        let dir = self.compositor_dir.as_ref()?.path();
        fs::read_dir(dir)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("sway-ipc."))
            })
    }

    /// sway's window tree as JSON.
    pub fn sway_tree(&self) -> serde_json::Value {
        let Some(socket) = self.sway_socket() else {
            return serde_json::Value::Null;
        };
        let out = Command::new("swaymsg")
            .arg("-s")
            .arg(socket)
            .args(["-t", "get_tree", "-r"])
            .output()
            .expect("swaymsg");
        serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null)
    }

    /// sway's windows with this app id: (visible, focused) each.
    pub fn sway_windows(&self, app_id: &str) -> Vec<(bool, bool)> {
        fn walk(node: &serde_json::Value, app_id: &str, out: &mut Vec<(bool, bool)>) {
            if node["app_id"] == app_id {
                out.push((
                    node["visible"].as_bool().unwrap_or(false),
                    node["focused"].as_bool().unwrap_or(false),
                ));
            }
            for key in ["nodes", "floating_nodes"] {
                if let Some(children) = node[key].as_array() {
                    for child in children {
                        walk(child, app_id, out);
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.sway_tree(), app_id, &mut out);
        out
    }

    /// `wtype ARGS` into the focused Wayland window, not waited for.
    pub fn wtype(&self, args: &[&str]) -> Child {
        let mut cmd = Command::new("wtype");
        self.env(&mut cmd)
            .args(args)
            .stdout(Stdio::null())
            .spawn()
            .expect("wtype")
    }

    /// A Wayland terminal that writes every key typed into it to `out`,
    /// focused, as the app the person works in.
    pub fn start_wayland_terminal(&mut self, out: &Path) {
        use std::os::unix::fs::PermissionsExt;
        let script = self.home.dir.path().join("catter.sh");
        fs::write(
            &script,
            format!(
                "#!/bin/sh\nstty -icanon -echo\nexec cat > '{}'\n",
                out.display()
            ),
        )
        .expect("script");
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).expect("chmod");
        let shell = format!("--shell={}", script.display());
        self.spawn("terminal", Command::new("weston-terminal").arg(shell));
        assert!(
            wait_until(Duration::from_secs(15), || out.exists()),
            "weston-terminal did not start"
        );
    }
}

/// The uid and gid of `nobody`, which runs compositors that refuse root.
fn nobody() -> (u32, u32) {
    let passwd = fs::read_to_string("/etc/passwd").expect("/etc/passwd");
    passwd
        .lines()
        .find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.first() != Some(&"nobody") || f.len() < 4 {
                return None;
            }
            Some((f[2].parse().ok()?, f[3].parse().ok()?))
        })
        .expect("a nobody user")
}
