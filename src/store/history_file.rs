//! Appends to and reads `history.jsonl`. Each record is one line written
//! with a single `write` on an O_APPEND file and then synced, so a crash
//! loses at most the line being written; a torn last line is skipped when
//! read and closed off with a newline before the next append.

use std::fs::{self, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::history::{self, Record};

/// The history file.
#[derive(Debug, Clone)]
pub struct HistoryFile {
    path: PathBuf,
}

/// What reading the history found.
#[derive(Debug, Default)]
pub struct HistoryRead {
    pub records: Vec<Record>,
    /// `<file>:<line>: <problem>` for each skipped line.
    pub warnings: Vec<String>,
}

impl HistoryFile {
    /// A handle on `path`; nothing is opened yet.
    pub fn new(path: PathBuf) -> HistoryFile {
        HistoryFile { path }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one record and syncs it to disk.
    pub fn append(&self, record: &Record) -> io::Result<()> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .read(true)
            .open(&self.path)?;
        let mut line = String::new();
        if ends_without_newline(&mut f)? {
            line.push('\n');
        }
        line.push_str(&record.to_line());
        line.push('\n');
        f.write_all(line.as_bytes())?;
        f.sync_data()
    }

    /// Reads every record; a missing file is an empty history.
    pub fn read(&self) -> io::Result<HistoryRead> {
        let text = match fs::read(&self.path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(HistoryRead::default()),
            Err(e) => return Err(e),
        };
        let (records, bad) = history::parse(&text);
        let shown = self.path.display();
        Ok(HistoryRead {
            records,
            warnings: bad
                .iter()
                .map(|b| {
                    crate::tr!(
                        "store-history-line-skipped",
                        place = &format!("{shown}:{}", b.line),
                        reason = &b.message
                    )
                })
                .collect(),
        })
    }
}

fn ends_without_newline(f: &mut fs::File) -> io::Result<bool> {
    let len = f.metadata()?.len();
    if len == 0 {
        return Ok(false);
    }
    f.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}
