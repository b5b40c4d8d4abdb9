import Foundation
import Glibc

/// Waits, with inotify, for a file to appear in a folder (created or renamed in): an event to
/// await where no notification channel is available.
final class DirectoryWaiter {
    private let fd: Int32
    private let file: String
    private let folder: String

    init(path: String, file: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        folder = path
        self.file = file
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0, inotify_add_watch(fd, path, UInt32(IN_MOVED_TO | IN_CREATE | IN_CLOSE_WRITE)) >= 0 else {
            throw POSIXError(.init(rawValue: errno)!)
        }
    }

    deinit { close(fd) }

    /// True once the file exists (checked after each event), false after `timeout` seconds.
    func wait(timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !FileManager.default.fileExists(atPath: folder + "/" + file) {
            let left = deadline.timeIntervalSinceNow
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard left > 0, poll(&pfd, 1, Int32(left * 1000)) > 0 else { return false }
            _ = read(fd, &buffer, buffer.count)
        }
        return true
    }
}
