import Foundation

extension Thread {
    /// A thread whose name the kernel knows too, so `top -H`, `ps -L`, `perf` and
    /// `/proc/PID/task/TID/comm` show it: Foundation on Linux hands a name set before `start()`
    /// to nothing but `Thread.name`, and every thread of the daemon showed as the process or as a
    /// dispatch queue. The kernel keeps the first 15 bytes.
    public static func named(_ name: String, _ body: @escaping @Sendable () -> Void) -> Thread {
        let thread = Thread {
            setKernelName(name)
            body()
        }
        thread.name = name
        return thread
    }

    /// Names the calling thread for the kernel (its first 15 bytes: the limit of `comm`), through
    /// `/proc/thread-self/comm` (`pthread_setname_np` is not in Swift's view of glibc). Nothing
    /// happens where /proc is not mounted: a name is a convenience.
    private static func setKernelName(_ name: String) {
        var bytes = Array(name.utf8.prefix(15))
        // (Not in the middle of a character.)
        while !bytes.isEmpty, String(validating: bytes, as: UTF8.self) == nil { bytes.removeLast() }
        let fd = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}
