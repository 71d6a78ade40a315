//! The user's Windows display languages, most wanted first, as language
//! tags (`de-DE`).

use windows_sys::Win32::Globalization::{GetUserPreferredUILanguages, MUI_LANGUAGE_NAME};

/// The user's display languages; empty when Windows does not say.
pub fn requested() -> Vec<String> {
    let (mut count, mut len) = (0u32, 0u32);
    // SAFETY: asks for the length first, with a null buffer, as allowed.
    let sized = unsafe {
        GetUserPreferredUILanguages(
            MUI_LANGUAGE_NAME,
            &mut count,
            std::ptr::null_mut(),
            &mut len,
        )
    };
    if sized == 0 || len == 0 {
        return Vec::new();
    }
    let mut buf = vec![0u16; usize::try_from(len).unwrap_or(0)];
    // SAFETY: `buf` holds the `len` characters just asked for.
    let read = unsafe {
        GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &mut count, buf.as_mut_ptr(), &mut len)
    };
    if read == 0 {
        return Vec::new();
    }
    buf.split(|u| *u == 0)
        .filter(|s| !s.is_empty())
        .map(String::from_utf16_lossy)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_users_languages_are_language_tags() {
        let languages = super::requested();
        assert!(!languages.is_empty(), "Windows named no display language");
        for tag in &languages {
            assert!(
                tag.parse::<unic_langid::LanguageIdentifier>().is_ok(),
                "not a language tag: {tag}"
            );
        }
    }
}
