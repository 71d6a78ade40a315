//! The window's icon in its title bar, taskbar and window switcher:
//! Sitbreak's own, from the icon file the Windows programs embed, rather
//! than eframe's default.

/// The icon file, drawn from `assets/sitbreak.svg` (a test keeps it so).
pub const ICO: &[u8] = include_bytes!("../../assets/windows/sitbreak.ico");

/// The side, in pixels, of the image given to the window: the size a
/// taskbar shows at 150 %.
const SIDE: u8 = 48;

/// The icon, or `None` if the file holds no image of that size.
pub fn icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(png_entry(ICO, SIDE)?).ok()
}

/// The PNG image of `side` pixels in an ICO file (PNG entries, as Windows
/// Vista and later read them).
pub fn png_entry(ico: &[u8], side: u8) -> Option<&[u8]> {
    let count = u16::from_le_bytes([*ico.get(4)?, *ico.get(5)?]);
    (0..usize::from(count)).find_map(|i| {
        let entry = ico.get(6 + 16 * i..6 + 16 * (i + 1))?;
        if *entry.first()? != side {
            return None;
        }
        let word = |at: usize| -> Option<usize> {
            let bytes: [u8; 4] = entry.get(at..at + 4)?.try_into().ok()?;
            usize::try_from(u32::from_le_bytes(bytes)).ok()
        };
        let (size, offset) = (word(8)?, word(12)?);
        ico.get(offset..offset + size)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_icon_is_sitbreaks_own_at_48_pixels() {
        let icon = icon().expect("a 48-pixel image in the icon file");
        assert_eq!((icon.width, icon.height), (48, 48));
        // Opaque somewhere: an image, not an empty square.
        assert!(icon.rgba.chunks_exact(4).any(|p| p.get(3) == Some(&255)));
    }

    #[test]
    fn a_size_the_file_lacks_gives_no_icon() {
        assert_eq!(png_entry(ICO, 17), None);
        assert_eq!(png_entry(&[0, 0, 1], 48), None);
    }
}
