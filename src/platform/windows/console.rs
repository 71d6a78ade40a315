//! `sitbreak.exe` is a GUI-subsystem program, so that starting the daemon
//! (at sign-in, from the Start menu) never flashes a console window. Run
//! from a console as the CLI, it writes to that console by attaching to
//! it; output redirected to a file or pipe is kept as given.

use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
};

/// Attaches to the parent's console when the program has no output of its
/// own; does nothing when started without one.
pub fn attach_to_parent() {
    // SAFETY: reading the process's standard handles has no preconditions.
    let (out, err) = unsafe {
        (
            GetStdHandle(STD_OUTPUT_HANDLE),
            GetStdHandle(STD_ERROR_HANDLE),
        )
    };
    if out.is_null() && err.is_null() {
        // SAFETY: fails harmlessly when the parent has no console.
        unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
    }
}
