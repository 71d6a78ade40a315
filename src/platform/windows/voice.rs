//! The optional voice: Windows' own speech, SAPI's `SpVoice`, which speaks
//! with the voice, rate and language the person chose in Windows' speech
//! settings (Sitbreak sets none) and plays to the default output.

use std::sync::Mutex;
use std::sync::mpsc::Receiver;

use windows::Win32::Foundation::E_NOTIMPL;
use windows::Win32::Media::Speech::{
    ISpVoice, SPF_ASYNC, SPF_IS_NOT_XML, SPF_PURGEBEFORESPEAK, SpVoice,
};
use windows::Win32::System::Com::{CLSCTX_ALL, CoCreateInstance, CoTaskMemFree};
use windows::core::{HSTRING, PCWSTR};

use super::com::{Apartment, why};
use crate::sound::voice_thread::{Say, VoiceThread};

/// Why speaking failed, in words for Settings and `sitbreak doctor`.
fn failed(e: &windows::core::Error) -> String {
    if e.code() == E_NOTIMPL {
        // Wine 8's SpVoice makes a voice but cannot speak.
        crate::tr!("doctor-sapi-not-implemented")
    } else {
        crate::tr!("doctor-sapi-failed", why = &why(e))
    }
}

/// The voice: SAPI on a thread of its own, in its own COM apartment.
pub fn voice() -> VoiceThread {
    VoiceThread::spawn(serve)
}

fn make_voice() -> Result<ISpVoice, String> {
    // SAFETY: COM is initialised on this thread; SpVoice is SAPI's class.
    unsafe { CoCreateInstance(&SpVoice, None, CLSCTX_ALL) }
        .map_err(|e| format!("Windows speech (SAPI) is not available: {}", why(&e)))
}

fn serve(rx: &Receiver<Say>, problem: &Mutex<Option<String>>) {
    let apartment = Apartment::enter().map_err(|e| format!("Windows speech (COM): {e}"));
    let mut voice = None;
    while let Ok(say) = rx.recv() {
        let result = (|| {
            apartment.as_ref().map_err(Clone::clone)?;
            if voice.is_none() {
                voice = Some(make_voice()?);
            }
            let Some(v) = voice.as_ref() else {
                return Ok(());
            };
            let purge = u32::try_from(SPF_PURGEBEFORESPEAK.0).unwrap_or(0);
            let spoke = match &say {
                // An empty line with a purge stops what is spoken.
                // SAFETY: a null text is allowed with SPF_PURGEBEFORESPEAK.
                Say::Stop => unsafe { v.Speak(PCWSTR::null(), purge, None) },
                Say::Text(text) => {
                    let flags = u32::try_from(SPF_ASYNC.0 | SPF_IS_NOT_XML.0).unwrap_or(0) | purge;
                    let text = HSTRING::from(text.as_str());
                    // SAFETY: `text` is NUL-terminated and outlives the
                    // call, which copies it before returning (SPF_ASYNC).
                    unsafe { v.Speak(PCWSTR(text.as_ptr()), flags, None) }
                }
            };
            spoke.map_err(|e| failed(&e))
        })();
        *crate::sound::lock(problem) = result.err();
    }
    drop(voice);
    drop(apartment);
}

/// The voice Windows would speak with, by name, for `sitbreak doctor` and
/// Settings; or why there is none. Asks the voice to stop, which says
/// nothing, to learn whether it can speak at all.
pub fn probe() -> Result<String, String> {
    let _apartment = Apartment::enter().map_err(|e| format!("Windows speech (COM): {e}"))?;
    let voice = make_voice()?;
    let purge = u32::try_from(SPF_PURGEBEFORESPEAK.0).unwrap_or(0);
    // SAFETY: `voice` is a live SpVoice; a null text is allowed with a
    // purge. The name SAPI returns is freed with CoTaskMemFree once copied.
    let name = unsafe {
        voice
            .Speak(PCWSTR::null(), purge, None)
            .map_err(|e| failed(&e))?;
        let token = voice
            .GetVoice()
            .map_err(|e| crate::tr!("doctor-sapi-no-voice", why = &why(&e)))?;
        let name = token.GetStringValue(PCWSTR::null()).ok();
        let text = name.and_then(|n| n.to_string().ok());
        if let Some(n) = name {
            CoTaskMemFree(Some(n.0.cast_const().cast()));
        }
        text
    };
    Ok(match name {
        Some(name) => crate::tr!("doctor-sapi-voice", voice = &name),
        None => crate::tr!("doctor-sapi"),
    })
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::sound::Speech;

    #[test]
    fn the_voice_and_the_doctor_agree_on_whether_windows_can_speak() {
        let voice = voice();
        voice.say("Stand up".into());
        voice.stop();
        let probed = probe();
        // The voice's thread answers in its own time; a problem, once
        // set, stays until a line is spoken.
        let start = Instant::now();
        while probed.is_err()
            && voice.problem().is_none()
            && start.elapsed() < Duration::from_secs(20)
        {
            std::thread::sleep(Duration::from_millis(50));
        }
        match (probed, voice.problem()) {
            (Ok(_), None) => {}
            (Err(why), Some(problem)) => {
                assert_eq!(why, problem);
                assert!(
                    problem.contains("the sound cues still guide you"),
                    "{problem}"
                );
            }
            (probed, problem) => panic!("the doctor says {probed:?}, the voice {problem:?}"),
        }
    }
}
