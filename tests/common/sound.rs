//! A private sound server for a test: PipeWire with WirePlumber and
//! pipewire-pulse, headless, in its own temp dir, with a null sink `out`
//! whose monitor the test records. What Sitbreak plays there is what a
//! person would hear.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::desktop::wait_until;

/// Samples a second of the recordings.
pub const RATE: usize = 16_000;

pub struct SoundServer {
    pub dir: tempfile::TempDir,
    children: Vec<Child>,
}

const PIPEWIRE_NODES: &str = r#"context.objects = [
  { factory = adapter
    args = {
      factory.name = support.null-audio-sink
      node.name = "out"
      node.description = "Test speakers"
      media.class = "Audio/Sink"
      audio.position = [ FL FR ]
      monitor.channel-volumes = true
      priority.session = 2000
    }
  }
  { factory = adapter
    args = {
      factory.name = support.null-audio-sink
      node.name = "mic"
      node.description = "Test microphone"
      media.class = "Audio/Source/Virtual"
      audio.position = [ MONO ]
      priority.session = 3000
    }
  }
]
"#;

// WirePlumber 0.4 exits without these off: there is no hardware, no
// camera, no portal and no system bus here.
const WIREPLUMBER_MAIN: &str = r#"alsa_monitor.enabled = false
v4l2_monitor.enabled = false
libcamera_monitor.enabled = false
default_access.properties["enable-flatpak-portal"] = false
stream_defaults.properties["restore-props"] = false
stream_defaults.properties["restore-target"] = false
"#;

impl SoundServer {
    /// Starts the server, or says why it cannot.
    pub fn start() -> SoundServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        for sub in [
            "runtime",
            "config/pipewire/pipewire.conf.d",
            "config/wireplumber/main.lua.d",
            "config/wireplumber/bluetooth.lua.d",
            "config/pulse",
            "state",
        ] {
            fs::create_dir_all(root.join(sub)).expect("sound dirs");
        }
        set_private(&root.join("runtime"));
        fs::write(
            root.join("config/pipewire/pipewire.conf.d/sitbreak-test.conf"),
            PIPEWIRE_NODES,
        )
        .expect("nodes");
        fs::write(
            root.join("config/wireplumber/main.lua.d/60-sitbreak-test.lua"),
            WIREPLUMBER_MAIN,
        )
        .expect("wireplumber");
        fs::write(
            root.join("config/wireplumber/bluetooth.lua.d/60-sitbreak-test.lua"),
            "bluez_monitor.enabled = false\n",
        )
        .expect("bluetooth");
        fs::write(root.join("config/pulse/client.conf"), "autospawn = no\n").expect("client.conf");
        let mut server = SoundServer {
            dir,
            children: Vec::new(),
        };
        server.spawn("pipewire");
        let socket = server.runtime().join("pipewire-0");
        assert!(
            wait_until(Duration::from_secs(10), || socket.exists()),
            "pipewire did not start"
        );
        server.spawn("wireplumber");
        server.spawn("pipewire-pulse");
        assert!(
            wait_until(Duration::from_secs(15), || server
                .pactl(&["get-default-sink"])
                .is_some_and(|s| s.trim() == "out")),
            "the test speakers did not appear"
        );
        server
    }

    pub fn runtime(&self) -> PathBuf {
        self.dir.path().join("runtime")
    }

    /// What a client needs to reach this server and nothing else.
    pub fn client_env(&self) -> Vec<(String, String)> {
        let root = self.dir.path();
        vec![
            (
                "PULSE_SERVER".into(),
                format!("unix:{}", self.runtime().join("pulse/native").display()),
            ),
            (
                "PULSE_COOKIE".into(),
                root.join("cookie").display().to_string(),
            ),
            (
                "PULSE_CLIENTCONFIG".into(),
                root.join("config/pulse/client.conf").display().to_string(),
            ),
        ]
    }

    fn spawn(&mut self, program: &str) {
        let root = self.dir.path();
        let log = fs::File::create(root.join(format!("{program}.log"))).expect("log");
        let child = Command::new(program)
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", root)
            .env("XDG_RUNTIME_DIR", self.runtime())
            .env("XDG_CONFIG_HOME", root.join("config"))
            .env("XDG_STATE_HOME", root.join("state"))
            .env("XDG_DATA_HOME", root.join("state"))
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                format!("unix:path={}/no-bus", root.display()),
            )
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("{program}: {e}"));
        self.children.push(child);
    }

    fn client(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("XDG_RUNTIME_DIR", self.runtime())
            .env("HOME", self.dir.path());
        for (k, v) in self.client_env() {
            cmd.env(k, v);
        }
        cmd
    }

    pub fn pactl(&self, args: &[&str]) -> Option<String> {
        let out = self.client("pactl").args(args).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Starts recording what the speakers play.
    pub fn record(&self) -> Recording {
        self.record_from("out.monitor")
    }

    /// Starts recording `source`: `mic` is what a call app does.
    pub fn record_from(&self, source: &str) -> Recording {
        let mut child = self
            .client("parec")
            .args([
                "-d",
                source,
                "--raw",
                "--format=s16le",
                "--channels=1",
                &format!("--rate={RATE}"),
                "--latency-msec=20",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("parec");
        let mut stdout = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = stdout.read_to_end(&mut bytes);
            bytes
        });
        // A new recording of a monitor gets its first audio a moment after
        // it starts; wait until it is flowing.
        let started = Instant::now();
        std::thread::sleep(Duration::from_millis(300));
        Recording {
            child,
            reader: Some(reader),
            started,
        }
    }
}

fn set_private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).expect("chmod");
}

impl Drop for SoundServer {
    fn drop(&mut self) {
        for child in self.children.iter_mut().rev() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A recording under way.
pub struct Recording {
    child: Child,
    reader: Option<std::thread::JoinHandle<Vec<u8>>>,
    pub started: Instant,
}

impl Recording {
    /// Stops and returns the level of every 20 ms, in dBFS (silence is
    /// -120).
    pub fn stop(mut self) -> Levels {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let bytes = self
            .reader
            .take()
            .and_then(|r| r.join().ok())
            .unwrap_or_default();
        let samples: Vec<i16> = bytes
            .chunks_exact(2)
            .map(|b| i16::from_le_bytes([b[0], b[1]]))
            .collect();
        let window = RATE / 50;
        let db = samples
            .chunks(window)
            .map(|w| {
                let power = w.iter().map(|s| f64::from(*s).powi(2)).sum::<f64>() / w.len() as f64;
                let rms = power.sqrt() / 32768.0;
                if rms > 0.0 {
                    (20.0 * rms.log10()).max(-120.0)
                } else {
                    -120.0
                }
            })
            .collect();
        Levels { db }
    }
}

impl Drop for Recording {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Levels of a recording, one per 20 ms.
pub struct Levels {
    pub db: Vec<f64>,
}

/// How a recording lines up with a list of moments (see [`Levels::align`]).
pub struct Fit {
    pub offset: f64,
    pub met: usize,
    pub error: f64,
}

/// Louder than this is sound; a null sink's monitor is digital silence.
pub const HEARD: f64 = -60.0;

impl Levels {
    pub const STEP: f64 = 0.02;

    fn index(t: f64) -> usize {
        (t.max(0.0) / Self::STEP) as usize
    }

    /// The loudest 20 ms between `from` and `to` seconds.
    pub fn peak(&self, from: f64, to: f64) -> f64 {
        let end = Self::index(to).min(self.db.len());
        let start = Self::index(from).min(end);
        self.db[start..end].iter().copied().fold(-120.0, f64::max)
    }

    /// When sound is first heard, in seconds from the recording's start.
    pub fn first_sound(&self) -> Option<f64> {
        self.db
            .iter()
            .position(|d| *d > HEARD)
            .map(|i| i as f64 * Self::STEP)
    }

    /// The starts of separate sounds: heard after at least `gap` of quiet.
    pub fn onsets(&self, gap: f64) -> Vec<f64> {
        let need = Self::index(gap).max(1);
        let mut quiet = need;
        let mut out = Vec::new();
        for (i, d) in self.db.iter().enumerate() {
            if *d > HEARD {
                if quiet >= need {
                    out.push(i as f64 * Self::STEP);
                }
                quiet = 0;
            } else {
                quiet += 1;
            }
        }
        out
    }

    /// Where the recording's clock puts the moments `times` (seconds from
    /// the routine's start): the offset at which the most of them meet the
    /// start of a sound within 0.1 s, the closest fit among equals. Fitting
    /// all of them, rather than pinning the first sound to the first
    /// moment, keeps one late cue (the one that opens the sound
    /// connection) from shifting where every other is looked for.
    pub fn align(&self, times: &[f64]) -> Option<Fit> {
        let onsets = self.onsets(0.1);
        let mut best: Option<Fit> = None;
        for o in &onsets {
            for t in times {
                let offset = o - t;
                let mut met = 0;
                let mut error = 0.0;
                for t in times {
                    let near = onsets
                        .iter()
                        .map(|o| (o - offset - t).abs())
                        .fold(f64::INFINITY, f64::min);
                    if near <= 0.1 {
                        met += 1;
                        error += near;
                    }
                }
                let fit = Fit { offset, met, error };
                if best
                    .as_ref()
                    .is_none_or(|b| (met, -error) > (b.met, -b.error))
                {
                    best = Some(fit);
                }
            }
        }
        best
    }

    /// The start of a sound between `early` before `t` and `late` after.
    pub fn onset_near(&self, t: f64, early: f64, late: f64) -> Option<f64> {
        self.onsets(0.1)
            .into_iter()
            .find(|o| *o >= t - early && *o <= t + late)
    }

    /// Seconds recorded.
    pub fn length(&self) -> f64 {
        self.db.len() as f64 * Self::STEP
    }
}

/// Stops what runs with this runtime folder in its environment and was not
/// started by the test directly: speech-dispatcher and its voice modules,
/// which leave their starter behind.
pub fn stop_by_runtime(runtime: &Path) {
    let needle = format!("XDG_RUNTIME_DIR={}", runtime.display());
    let Ok(entries) = fs::read_dir("/proc") else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(env) = fs::read(entry.path().join("environ")) else {
            continue;
        };
        if env.split(|b| *b == 0).any(|v| v == needle.as_bytes()) {
            // SAFETY: kill(2) on a process that carries this test's own
            // private runtime folder, so it is this test's.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
        }
    }
}
