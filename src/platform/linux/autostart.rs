//! The XDG autostart entry: `autostart = true` writes
//! `$XDG_CONFIG_HOME/autostart/sitbreak.desktop` starting `sitbreak --hidden`;
//! false removes it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The entry's path under a config folder.
pub fn entry_path(config_home: &Path) -> PathBuf {
    config_home.join("autostart/sitbreak.desktop")
}

/// The entry's text for the binary at `exe`.
pub fn entry_text(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName=Sitbreak\nComment=Stand up every 30 minutes and stretch\nExec=\"{}\" --hidden\nIcon=sitbreak\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
        exe.display()
    )
}

/// Makes the entry match `enabled`. Writes only when something changes.
pub fn sync(config_home: &Path, exe: &Path, enabled: bool) -> io::Result<()> {
    let path = entry_path(config_home);
    if enabled {
        let text = entry_text(exe);
        if fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
            return Ok(());
        }
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(&path, text)
    } else {
        match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enabling_writes_the_entry_and_disabling_removes_it() {
        let dir = tempfile::tempdir().expect("tmp");
        let exe = Path::new("/opt/sitbreak/bin/sitbreak");
        sync(dir.path(), exe, true).expect("write");
        let text = fs::read_to_string(entry_path(dir.path())).expect("entry");
        assert!(
            text.contains("Exec=\"/opt/sitbreak/bin/sitbreak\" --hidden"),
            "{text}"
        );
        sync(dir.path(), exe, false).expect("remove");
        assert!(!entry_path(dir.path()).exists());
        sync(dir.path(), exe, false).expect("removing twice is fine");
    }
}
