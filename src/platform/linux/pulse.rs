//! Playing samples on the desktop's sound server, PulseAudio or PipeWire
//! (through pipewire-pulse), in process, with the pure-Rust `pulseaudio`
//! protocol crate: no player subprocess and no `-dev` package to build.
//!
//! A connection lives only while sounds play. The server clocks the
//! stream: it asks for bytes, and each ask is a chance to start a newly
//! queued cue, so with a 30 ms buffer a cue starts within a few tens of
//! milliseconds.

use std::ffi::CString;
use std::io::BufReader;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Duration;

use pulseaudio::protocol::{self, Command};

use crate::sound::tones::RATE;
use crate::sound::{Feed, Speakers};

/// How much the server keeps buffered ahead, which bounds a cue's delay.
const BUFFER: Duration = Duration::from_millis(20);
/// How often it asks for more.
const REQUEST: Duration = Duration::from_millis(5);
/// A server that says nothing for this long is given up.
const SILENT_SERVER: Duration = Duration::from_secs(2);

fn bytes(d: Duration) -> u32 {
    (d.as_secs_f64() * f64::from(RATE) * 2.0) as u32
}

/// Where the server listens: `$PULSE_SERVER` (a `unix:` path), else
/// `$XDG_RUNTIME_DIR/pulse/native`, which pipewire-pulse also serves.
pub fn socket_path() -> Result<PathBuf, String> {
    if let Ok(server) = std::env::var("PULSE_SERVER") {
        return match server.strip_prefix("unix:") {
            Some(path) => Ok(PathBuf::from(path)),
            None => Err(format!(
                "PULSE_SERVER={server} is not a local socket; Sitbreak plays only to a local server"
            )),
        };
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .ok_or("XDG_RUNTIME_DIR is not set, so the sound server cannot be found")?;
    Ok(PathBuf::from(runtime).join("pulse/native"))
}

/// The sound server's speakers, through a connection opened for each
/// run of sounds.
pub struct Pulse;

impl Speakers for Pulse {
    fn play(&self, fill: &mut dyn FnMut(&mut [i16]) -> Feed) -> Result<(), String> {
        let stream = Connection::open()?.stream().map_err(|e| e.to_string())?;
        stream.run(fill).map_err(|e| e.to_string())
    }

    fn server(&self) -> Result<String, String> {
        Connection::open()?.server_name().map_err(|e| e.to_string())
    }
}

/// A connection to the sound server.
pub struct Connection {
    sock: BufReader<UnixStream>,
    version: u16,
    seq: u32,
}

impl Connection {
    /// Connects and introduces itself; the error says why in words.
    pub fn open() -> Result<Connection, String> {
        let path = socket_path()?;
        let stream = UnixStream::connect(&path).map_err(|e| {
            format!(
                "no sound server at {} ({e}); PulseAudio or PipeWire's pipewire-pulse is needed",
                path.display()
            )
        })?;
        stream
            .set_read_timeout(Some(SILENT_SERVER))
            .and_then(|()| stream.set_write_timeout(Some(SILENT_SERVER)))
            .map_err(|e| e.to_string())?;
        let mut conn = Connection {
            sock: BufReader::new(stream),
            version: protocol::MAX_VERSION,
            seq: 0,
        };
        conn.hello()
            .map_err(|e| format!("the sound server at {} refused: {e}", path.display()))?;
        Ok(conn)
    }

    fn next_seq(&mut self) -> u32 {
        self.seq += 1;
        self.seq
    }

    fn send(&mut self, command: &Command) -> Result<u32, protocol::ProtocolError> {
        let seq = self.next_seq();
        protocol::write_command_message(self.sock.get_mut(), seq, command, self.version)?;
        Ok(seq)
    }

    fn hello(&mut self) -> Result<(), protocol::ProtocolError> {
        let cookie = pulseaudio::cookie_path_from_env()
            .and_then(|path| std::fs::read(path).ok())
            .unwrap_or_default();
        self.send(&Command::Auth(protocol::AuthParams {
            version: protocol::MAX_VERSION,
            supports_shm: false,
            supports_memfd: false,
            cookie,
        }))?;
        let (_, auth) = protocol::read_reply_message::<protocol::AuthReply>(
            &mut self.sock,
            protocol::MAX_VERSION,
        )?;
        self.version = protocol::MAX_VERSION.min(auth.version);
        let mut props = protocol::Props::new();
        props.set(protocol::Prop::ApplicationName, c"Sitbreak");
        props.set(
            protocol::Prop::ApplicationId,
            c"io.github.sitbreak.sitbreak",
        );
        props.set(protocol::Prop::ApplicationIconName, c"sitbreak");
        self.send(&Command::SetClientName(props))?;
        protocol::read_reply_message::<protocol::SetClientNameReply>(&mut self.sock, self.version)?;
        Ok(())
    }

    /// The server's name and version, as it gives them.
    pub fn server_name(&mut self) -> Result<String, protocol::ProtocolError> {
        self.send(&Command::GetServerInfo)?;
        let (_, info) =
            protocol::read_reply_message::<protocol::ServerInfo>(&mut self.sock, self.version)?;
        let text = |c: Option<CString>| c.map(|c| c.to_string_lossy().into_owned());
        Ok(match (text(info.server_name), text(info.server_version)) {
            (Some(name), Some(version)) => format!("{name} {version}"),
            (Some(name), None) => name,
            _ => crate::tr!("doctor-sound-pulse-compatible"),
        })
    }

    /// The applications recording a source that is not a monitor, that is,
    /// a microphone: someone is in a call or recording. Monitors (what the
    /// speakers play) do not count.
    pub fn recording_apps(&mut self) -> Result<Vec<String>, protocol::ProtocolError> {
        self.send(&Command::GetSourceInfoList)?;
        let (_, sources) =
            protocol::read_reply_message::<protocol::SourceInfoList>(&mut self.sock, self.version)?;
        self.send(&Command::GetSourceOutputInfoList)?;
        let (_, outputs) = protocol::read_reply_message::<protocol::SourceOutputInfoList>(
            &mut self.sock,
            self.version,
        )?;
        let microphones: Vec<u32> = sources
            .iter()
            .filter(|s| s.monitor_of_sink_index.is_none())
            .map(|s| s.index)
            .collect();
        Ok(outputs
            .iter()
            .filter(|o| microphones.contains(&o.source_index))
            .map(|o| {
                let prop = |p| {
                    o.props
                        .get(p)
                        .map(|b| String::from_utf8_lossy(b).trim_end_matches('\0').to_owned())
                };
                prop(protocol::Prop::ApplicationName)
                    .or_else(|| prop(protocol::Prop::ApplicationProcessBinary))
                    .unwrap_or_else(|| o.name.to_string_lossy().into_owned())
            })
            .collect())
    }

    /// Opens a mono playback stream for event sounds on the default sink.
    pub fn stream(mut self) -> Result<Stream, protocol::ProtocolError> {
        let mut props = protocol::Props::new();
        props.set(protocol::Prop::MediaName, c"Sitbreak cue");
        props.set(protocol::Prop::MediaRole, c"event");
        self.send(&Command::CreatePlaybackStream(
            protocol::PlaybackStreamParams {
                sample_spec: protocol::SampleSpec {
                    format: protocol::SampleFormat::S16Le,
                    channels: 1,
                    sample_rate: RATE,
                },
                channel_map: protocol::ChannelMap::mono(),
                cvolume: Some(protocol::ChannelVolume::norm(1)),
                sink_name: Some(protocol::DEFAULT_SINK.to_owned()),
                buffer_attr: protocol::stream::BufferAttr {
                    max_length: u32::MAX,
                    target_length: bytes(BUFFER),
                    pre_buffering: u32::MAX,
                    minimum_request_length: bytes(REQUEST),
                    fragment_size: u32::MAX,
                },
                flags: protocol::stream::StreamFlags {
                    adjust_latency: true,
                    ..Default::default()
                },
                props,
                ..Default::default()
            },
        ))?;
        let (_, reply) = protocol::read_reply_message::<protocol::CreatePlaybackStreamReply>(
            &mut self.sock,
            self.version,
        )?;
        Ok(Stream {
            channel: reply.channel,
            first_request: reply.requested_bytes,
            conn: self,
        })
    }
}

/// A playback stream: the server asks for bytes, [`Stream::run`] answers.
pub struct Stream {
    conn: Connection,
    channel: u32,
    first_request: u32,
}

impl Stream {
    /// Answers each request for `n` samples with `fill`, until it says
    /// [`Feed::Finish`]; then waits for the buffered sound to play out and
    /// closes the stream and the connection.
    pub fn run(
        mut self,
        mut fill: impl FnMut(&mut [i16]) -> Feed,
    ) -> Result<(), protocol::ProtocolError> {
        let mut samples = Vec::new();
        let mut pending = Some(self.first_request);
        let mut drain_seq = None;
        loop {
            if let Some(length) = pending.take()
                && drain_seq.is_none()
                && length > 0
            {
                samples.clear();
                samples.resize(length as usize / 2, 0i16);
                let feed = fill(&mut samples);
                let bytes: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
                protocol::write_memblock(self.conn.sock.get_mut(), self.channel, &bytes, 0)?;
                if let Feed::Finish = feed {
                    drain_seq = Some(
                        self.conn
                            .send(&Command::DrainPlaybackStream(self.channel))?,
                    );
                }
            }
            let (seq, msg) =
                protocol::read_command_message(&mut self.conn.sock, self.conn.version)?;
            match msg {
                Command::Request(r) if r.channel == self.channel => pending = Some(r.length),
                Command::Reply if Some(seq) == drain_seq => break,
                Command::Error(e) => {
                    return Err(protocol::ProtocolError::ServerError(e));
                }
                _ => {}
            }
        }
        let _ = self.conn.send(&Command::DeletePlaybackStream(self.channel));
        Ok(())
    }
}
