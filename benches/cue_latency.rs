//! How long after its moment a cue is heard: the window's sound output
//! (`sitbreak::sound::Output`, as the player uses it) plays cues into a
//! private PipeWire server, and a recording of its speakers, read in small
//! timestamped chunks, finds when each cue's first sound arrived. What is
//! measured includes the recording's own delay, so it is an upper bound.
//! The first cue opens the connection (cold); the rest come a second apart
//! on the open stream, as in a count-in. Prints numbers; asserts nothing.
//!
//! Run: `cargo bench --bench cue_latency`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::sound::{RATE, SoundServer};
use sitbreak::cues::Cue;
use sitbreak::sound::Output;

/// Each read of the recording: when it arrived, and its samples.
type Arrivals = Arc<Mutex<Vec<(Instant, Vec<i16>)>>>;

fn main() {
    let server = SoundServer::start();
    for (k, v) in server.client_env() {
        // SAFETY: set before any other thread of this program reads the
        // environment (the output's thread starts below).
        unsafe { std::env::set_var(k, v) };
    }
    // SAFETY: as above.
    unsafe { std::env::set_var("XDG_RUNTIME_DIR", server.runtime()) };

    let arrivals: Arrivals = Arc::default();
    let mut parec = Command::new("parec");
    for (k, v) in server.client_env() {
        parec.env(k, v);
    }
    let mut child = parec
        .args([
            "-d",
            "out.monitor",
            "--raw",
            "--format=s16le",
            "--channels=1",
            &format!("--rate={RATE}"),
            "--latency-msec=5",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("parec");
    let mut stdout = child.stdout.take().expect("stdout");
    let sink = Arc::clone(&arrivals);
    std::thread::spawn(move || {
        let mut buf = [0u8; 160];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            let samples: Vec<i16> = buf[..n - n % 2]
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]))
                .collect();
            sink.lock().expect("lock").push((Instant::now(), samples));
        }
    });
    // The monitor's first audio comes a while after recording starts.
    std::thread::sleep(Duration::from_secs(3));

    let output = Output::new(
        Duration::from_secs(4),
        sitbreak::platform::native::window_platform().speakers,
    );
    let mut asked = Vec::new();
    for i in 0..21 {
        // Alternate the two count-in ticks, a second apart.
        let cue = if i % 2 == 0 {
            Cue::Count(3)
        } else {
            Cue::Count(1)
        };
        asked.push(Instant::now());
        output.play(cue, 100);
        std::thread::sleep(Duration::from_millis(1000));
    }
    std::thread::sleep(Duration::from_millis(500));
    let _ = child.kill();
    let _ = child.wait();

    let reads = arrivals.lock().expect("lock").clone();
    let mut latencies = Vec::new();
    for at in &asked {
        // The first loud sample that arrived after the cue was asked for.
        // Samples after it in the same read were recorded later, so it
        // arrived that much before the read.
        let heard = reads.iter().filter(|(t, _)| t > at).find_map(|(t, s)| {
            let first = s.iter().position(|x| i32::from(*x).abs() > 30)?;
            let later = Duration::from_secs_f64((s.len() - first) as f64 / RATE as f64);
            Some(t.duration_since(*at).saturating_sub(later))
        });
        match heard {
            Some(d) => latencies.push(d),
            None => println!("a cue was not heard"),
        }
    }
    if latencies.is_empty() {
        println!("no cue was heard; is the sound server up?");
        return;
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let cold = latencies[0];
    let mut warm: Vec<Duration> = latencies[1..].to_vec();
    warm.sort();
    let median = warm.get(warm.len() / 2).copied().unwrap_or_default();
    let worst = warm.last().copied().unwrap_or_default();
    println!("cue asked → heard on the speakers (upper bound, includes the recording's delay)");
    println!("  first cue, opening the connection: {:.0} ms", ms(cold));
    println!(
        "  next {} cues on the open stream: median {:.0} ms, worst {:.0} ms",
        warm.len(),
        ms(median),
        ms(worst)
    );
}
