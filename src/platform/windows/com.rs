//! COM (and so WinRT) on the calling thread, for the parts that use
//! Windows' object interfaces: the voice and media control.

use windows::Win32::System::Com::{COINIT_MULTITHREADED, CoInitializeEx, CoUninitialize};

/// This thread in the multithreaded apartment, left when dropped.
pub struct Apartment;

impl Apartment {
    /// Enters the apartment; the error is Windows' message.
    pub fn enter() -> Result<Apartment, String> {
        // SAFETY: paired with the drop's CoUninitialize on this thread.
        unsafe { CoInitializeEx(None, COINIT_MULTITHREADED) }
            .ok()
            .map(|()| Apartment)
            .map_err(|e| why(&e))
    }
}

impl Drop for Apartment {
    fn drop(&mut self) {
        // SAFETY: this thread entered COM in `enter`.
        unsafe { CoUninitialize() };
    }
}

/// Windows' message for `e`, with its code; the code alone where Windows
/// has no message for it (Wine has few).
pub fn why(e: &windows::core::Error) -> String {
    let code = format!("0x{:08X}", e.code().0);
    let message = e.message();
    let message = message.trim().trim_end_matches('.');
    if message.is_empty() {
        format!("error {code}")
    } else {
        format!("{message}, {code}")
    }
}

#[cfg(test)]
mod tests {
    use windows::core::{Error, HRESULT};

    use super::*;

    #[test]
    fn a_failure_names_its_code_with_or_without_a_message() {
        let not_registered = Error::from_hresult(HRESULT(0x8004_0154_u32 as i32));
        let said = why(&not_registered);
        assert!(said.ends_with("0x80040154"), "{said}");
    }

    #[test]
    fn a_thread_enters_the_apartment_and_leaves_it() {
        let first = Apartment::enter();
        assert!(first.is_ok(), "{:?}", first.err());
        drop(first);
        assert!(Apartment::enter().is_ok(), "entered again after leaving");
    }
}
