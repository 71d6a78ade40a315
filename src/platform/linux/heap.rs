//! The resident daemon's heap, kept to what it holds rather than what it
//! once borrowed.
//!
//! Each time a tray host reads the icon, zbus builds its pixels as a D-Bus
//! array of one value per byte: about half a megabyte, for a moment. glibc
//! serves that from the calling thread's arena and, having raised its
//! mmap threshold past it, keeps the pages after the free, so the idle
//! daemon's PSS rose by 0.6 MB at its first tooltip change. Large blocks
//! are mmapped (and returned whole when freed) below a fixed threshold,
//! and one arena serves every thread of a process that is idle nearly all
//! the time.

/// Tunes glibc's allocator; call before other threads start.
pub fn keep_small() {
    #[cfg(target_env = "gnu")]
    // SAFETY: mallopt only sets allocator parameters; it takes no pointers.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 * 1024);
    }
}
