import Glibc

/// An exclusive flock(2) on `<state_dir>/newsd.lock`, held for the daemon's lifetime, so two
/// daemons never share one store and spool. The kernel drops it when the process dies.
public final class InstanceLock {
    private let fd: Int32

    public init(directory: String) throws(SpoolError) {
        let path = directory + "/newsd.lock"
        fd = Syscalls.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw SpoolError(path: path, errno: errno, action: "cannot open the lock file") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let e = errno
            var buffer = [UInt8](repeating: 0, count: 32)
            let n = read(fd, &buffer, buffer.count)
            let holder = n > 0 ? String(decoding: buffer[..<n], as: UTF8.self).trimmingTrailingNewline : "?"
            close(fd)
            if e == EWOULDBLOCK {
                throw SpoolError(path: path, errno: e, action: "another newsd (pid \(holder)) already runs on this state directory; stop it or use another --state-dir; lock")
            }
            throw SpoolError(path: path, errno: e, action: "cannot lock")
        }
        ftruncate(fd, 0)
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(fd)
    }
}

extension String {
    fileprivate var trimmingTrailingNewline: String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
