//! The allocator of the binary and the benchmarks (which include this
//! file; the library leaves the choice to its user): mimalloc, on small
//! pages.
//!
//! mimalloc asks the kernel for transparent huge pages, and gives freed
//! pages back to it. Every page given back and taken again is zeroed by
//! the kernel, 2 MiB at a time when huge: 8% of a one-thread run's time
//! and over 20% of a two-thread run's went to zeroing pages (`perf`), and
//! peak memory was 50 to 90 MB where 10 to 20 MB do. The process is
//! therefore kept off huge pages.

pub use mimalloc::MiMalloc;

#[cfg(target_os = "linux")]
extern "C" {
    fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
}

/// Keeps this process off transparent huge pages (Linux; elsewhere there
/// is nothing to do). Call first thing in `main`: it holds for memory
/// mapped before it too.
pub fn tune() {
    #[cfg(target_os = "linux")]
    {
        const PR_SET_THP_DISABLE: std::ffi::c_int = 41;
        // SAFETY: PR_SET_THP_DISABLE takes integer arguments and changes
        // only how the kernel backs this process's memory, not its
        // contents; a kernel without it returns an error, which changes
        // nothing either
        unsafe {
            prctl(
                PR_SET_THP_DISABLE,
                1 as std::ffi::c_ulong,
                0 as std::ffi::c_ulong,
                0 as std::ffi::c_ulong,
                0 as std::ffi::c_ulong,
            );
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn huge_pages_are_off_after_tune() {
        super::tune();
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        // (kernels before 6.x do not report it; nothing to check there)
        if let Some(line) = status.lines().find(|l| l.starts_with("THP_enabled:")) {
            assert!(line.ends_with('0'), "{line}");
        }
    }
}
