//! Sound through `waveOut`, which Windows routes to the default output
//! through WASAPI in shared mode: a stream opened for one run of cues and
//! closed when it has played out, so nothing stays open between breaks.

use std::ptr::null_mut;

use windows_sys::Win32::Foundation::{CloseHandle, HANDLE};
use windows_sys::Win32::Media::Audio::{
    CALLBACK_EVENT, HWAVEOUT, WAVE_FORMAT_PCM, WAVE_MAPPER, WAVEFORMATEX, WAVEHDR, WHDR_DONE,
    waveOutClose, waveOutOpen, waveOutPrepareHeader, waveOutReset, waveOutUnprepareHeader,
    waveOutWrite,
};
use windows_sys::Win32::System::Threading::{CreateEventW, WaitForSingleObject};

use crate::sound::tones::RATE;
use crate::sound::{Feed, Speakers};

/// Samples per buffer: 40 ms, two of them queued.
const CHUNK: usize = RATE as usize / 25;
const HEADER: u32 = size_of::<WAVEHDR>() as u32;

/// The default sound output.
pub struct WaveOut;

impl Speakers for WaveOut {
    fn play(&self, fill: &mut dyn FnMut(&mut [i16]) -> Feed) -> Result<(), String> {
        // Made before the stream, so dropped after it: the stream's drop
        // takes back any buffer still queued.
        let mut buffers = [vec![0i16; CHUNK], vec![0i16; CHUNK]];
        let mut headers: [Box<WAVEHDR>; 2] = Default::default();
        let stream = Stream::open()?;
        let mut queued = [false; 2];
        let mut finished = false;
        loop {
            for i in 0..2 {
                let (Some(buffer), Some(header), Some(busy)) =
                    (buffers.get_mut(i), headers.get_mut(i), queued.get_mut(i))
                else {
                    continue;
                };
                if *busy && header.dwFlags & WHDR_DONE == 0 {
                    continue;
                }
                if *busy {
                    stream.unprepare(header);
                    *busy = false;
                }
                if finished {
                    continue;
                }
                finished = matches!(fill(buffer), Feed::Finish);
                stream.write(header, buffer)?;
                *busy = true;
            }
            if finished && !queued.contains(&true) {
                return Ok(());
            }
            stream.wait();
        }
    }

    fn server(&self) -> Result<String, String> {
        Stream::open().map(|_| crate::tr!("doctor-sound-windows"))
    }
}

/// An open output, closed on drop.
struct Stream {
    out: HWAVEOUT,
    done: HANDLE,
}

impl Stream {
    fn open() -> Result<Stream, String> {
        let format = WAVEFORMATEX {
            wFormatTag: WAVE_FORMAT_PCM as u16,
            nChannels: 1,
            nSamplesPerSec: RATE,
            nAvgBytesPerSec: RATE * 2,
            nBlockAlign: 2,
            wBitsPerSample: 16,
            cbSize: 0,
        };
        // SAFETY: an auto-reset event, closed on drop.
        let done = unsafe { CreateEventW(std::ptr::null(), 0, 0, std::ptr::null()) };
        let mut out: HWAVEOUT = null_mut();
        // SAFETY: `format` lives through the call; the event is signalled
        // each time a buffer has played.
        let code = unsafe {
            waveOutOpen(
                &mut out,
                WAVE_MAPPER,
                &format,
                done as usize,
                0,
                CALLBACK_EVENT,
            )
        };
        if code != 0 {
            // SAFETY: the event made above.
            unsafe { CloseHandle(done) };
            return Err(format!(
                "no sound output (waveOutOpen failed with code {code}); check that an output device is enabled in Windows' sound settings"
            ));
        }
        Ok(Stream { out, done })
    }

    fn write(&self, header: &mut WAVEHDR, samples: &mut [i16]) -> Result<(), String> {
        *header = WAVEHDR {
            lpData: samples.as_mut_ptr().cast(),
            dwBufferLength: u32::try_from(samples.len() * 2).unwrap_or(0),
            ..Default::default()
        };
        // SAFETY: the header and its samples stay put until unprepared
        // (both are boxed or owned by the caller's loop, which waits).
        let code = unsafe {
            let prepared = waveOutPrepareHeader(self.out, header, HEADER);
            if prepared == 0 {
                waveOutWrite(self.out, header, HEADER)
            } else {
                prepared
            }
        };
        if code == 0 {
            Ok(())
        } else {
            Err(format!("the sound output refused a buffer (code {code})"))
        }
    }

    fn unprepare(&self, header: &mut WAVEHDR) {
        // SAFETY: a header this stream prepared and has played.
        unsafe { waveOutUnprepareHeader(self.out, header, HEADER) };
    }

    fn wait(&self) {
        // SAFETY: our event; a timeout guards against a lost signal.
        unsafe { WaitForSingleObject(self.done, 200) };
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        // SAFETY: handles this stream opened; the reset returns any buffer
        // still queued (after an error) before the close.
        unsafe {
            waveOutReset(self.out);
            waveOutClose(self.out);
            CloseHandle(self.done);
        }
    }
}
