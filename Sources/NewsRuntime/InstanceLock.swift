import Glibc

/// Another newsd holds a lock this one needs. `newsd run` exits with EX_TEMPFAIL (75): the
/// condition ends when the other daemon stops, and nothing about this one is wrong.
public struct LockConflict: Error, CustomStringConvertible, Sendable {
    /// sysexits.h EX_TEMPFAIL.
    public static let exitCode: Int32 = 75

    public var path: String
    public var what: String
    /// The holder's PID and state directory, as it wrote them into the lock file.
    public var holder: String

    public var description: String {
        "another newsd (\(holder)) already \(what); stop it, or give this one its own --inbox and --state-dir (lock \(path))"
    }
}

/// An exclusive flock(2) on a lock file, held for the daemon's lifetime and dropped by the
/// kernel when the process dies. The file holds the holder's PID and state directory, so the
/// refusal of a second daemon can name the first.
///
/// - `<state_dir>/newsd.lock`: two daemons never share one store.
/// - `<inbox>/.newsd.lock` (a dotfile, which the scanner never takes): two daemons never share
///   one inbox, where each would ingest the files the other is moving.
public final class InstanceLock: Sendable {
    private let fd: Int32

    /// The lock on a state directory.
    public convenience init(directory: String) throws(SpoolError) {
        do {
            try self.init(stateDirectory: directory)
        } catch let error as SpoolError {
            throw error
        } catch let conflict as LockConflict {
            throw SpoolError(path: conflict.path, errno: EWOULDBLOCK, action: "\(conflict.description);")
        } catch {
            throw SpoolError(path: directory, errno: EIO, action: "\(error)")
        }
    }

    /// The lock on a state directory; throws ``LockConflict`` when another newsd holds it.
    public convenience init(stateDirectory: String) throws {
        try self.init(file: stateDirectory + "/newsd.lock", what: "runs on this state directory", stateDirectory: stateDirectory,
                      namesStateDirectory: false)
    }

    /// The lock on an inbox, taken by the daemon that watches it.
    public convenience init(inbox: String, stateDirectory: String) throws {
        try self.init(file: inbox + "/" + InotifyWatcher.lockName, what: "watches the inbox \(inbox)", stateDirectory: stateDirectory,
                      namesStateDirectory: true)
    }

    /// - Throws: ``LockConflict`` when another process holds it, ``SpoolError`` when the file
    ///   cannot be opened.
    init(file path: String, what: String, stateDirectory: String, namesStateDirectory: Bool) throws {
        fd = Syscalls.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o640)
        guard fd >= 0 else { throw SpoolError(path: path, errno: errno, action: "cannot open the lock file") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let e = errno
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = pread(fd, &buffer, buffer.count, 0)
            close(fd)
            guard e == EWOULDBLOCK else { throw SpoolError(path: path, errno: e, action: "cannot lock") }
            let lines = n > 0 ? String(decoding: buffer[..<n], as: UTF8.self).split(separator: "\n") : []
            var holder = "pid \(lines.first.map(String.init) ?? "?")"
            if namesStateDirectory && lines.count > 1 { holder += ", state directory \(lines[1])" }
            throw LockConflict(path: path, what: what, holder: holder)
        }
        ftruncate(fd, 0)
        let info = Array("\(getpid())\n\(Self.absolute(stateDirectory))\n".utf8)
        _ = info.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(fd)
    }

    private static func absolute(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
