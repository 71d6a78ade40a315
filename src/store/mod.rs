//! Files on disk: where they live, and reading and writing them safely.
//! This is shell code: it does I/O so that the core does not have to.

pub mod history_file;
pub mod paths;
pub mod routines_dir;
pub mod settings_file;
