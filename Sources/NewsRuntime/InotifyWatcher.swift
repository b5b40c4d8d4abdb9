import CShims
import Glibc

/// What the inbox watch reports.
enum WatchEvent: Equatable {
    /// A file was closed after writing, or renamed in (path relative to the inbox).
    case file(String)
    /// A folder appeared (recursive mode): watch it and scan it.
    case directory(String)
    /// The kernel queue overflowed: events were lost, rescan everything.
    case overflow
    /// The inbox itself was removed or moved away.
    case rootLost
    /// The inbox lock file (``InotifyWatcher/lockName``) was removed or renamed: the inbox may be
    /// on its way out (`rm -rf`), and the open lock file would keep it from going.
    case lockRemoved
    /// ``Waker/wake()`` was called from another thread.
    case woken
}

/// Wakes a thread blocked in ``InotifyWatcher/wait(timeout:)`` from any thread.
struct Waker: Sendable {
    let fd: Int32

    /// - Throws: ``SpoolError`` when no eventfd can be made.
    static func make() throws(SpoolError) -> Waker {
        let fd = newsd_eventfd()
        guard fd >= 0 else { throw SpoolError(path: "eventfd", errno: errno, action: "cannot create") }
        return Waker(fd: fd)
    }

    func wake() {
        var one: UInt64 = 1
        _ = withUnsafeBytes(of: &one) { Glibc.write(fd, $0.baseAddress, 8) }
    }

    /// Blocks until ``wake()`` is called (then consumes it) or `timeout` seconds pass.
    func wait(timeout: Double) {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, Int32(max(0, min(timeout, 60)) * 1000)) > 0 else { return }
        var value: UInt64 = 0
        _ = withUnsafeMutableBytes(of: &value) { Glibc.read(fd, $0.baseAddress, 8) }
    }
}

/// inotify on the inbox (and its subfolders when recursive), read with poll(2) so that a wait
/// can time out or be woken.
final class InotifyWatcher {
    private let fd: Int32
    let waker: Waker
    private let root: String
    private let recursive: Bool
    private var watches: [Int32: String] = [:]
    private var buffer = [CChar](repeating: 0, count: 64 * 1024)

    private static let fileMask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_EXCL_UNLINK | IN_ONLYDIR)
    private static let rootMask = fileMask | UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_DELETE | IN_MOVED_FROM)
    /// The lock file a daemon keeps in the inbox it watches.
    static let lockName = ".newsd.lock"

    init(root: String, recursive: Bool, waker: Waker) throws(SpoolError) {
        self.root = root
        self.recursive = recursive
        self.waker = waker
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else {
            throw SpoolError(path: root, errno: errno, action: "inotify_init1 failed (raise fs.inotify.max_user_instances?) for")
        }
    }

    deinit {
        close(fd)
    }

    /// Watches the inbox root; call again after ``WatchEvent/rootLost`` once it exists again.
    func watchRoot() throws(SpoolError) {
        try watch("")
    }

    /// Watches a folder given relative to the root ("" for the root).
    func watch(_ relative: String) throws(SpoolError) {
        let path = relative.isEmpty ? RawPath(root) : RawPath(directory: root, name: relative)
        let wd = path.withCString { inotify_add_watch(fd, $0, relative.isEmpty ? Self.rootMask : Self.fileMask) }
        guard wd >= 0 else {
            let hint = errno == ENOSPC ? "raise fs.inotify.max_user_watches for" : "cannot watch"
            throw SpoolError(path: path.description, errno: errno, action: hint)
        }
        watches[wd] = relative
    }

    /// Waits up to `timeout` seconds for events (0 polls without blocking).
    func wait(timeout: Double) -> [WatchEvent] {
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: waker.fd, events: Int16(POLLIN), revents: 0)]
        let ms = timeout <= 0 ? 0 : Int32(min(timeout * 1000, 60_000).rounded(.up))
        let n = poll(&fds, 2, ms)
        guard n > 0 else { return [] }
        var events: [WatchEvent] = []
        if fds[1].revents != 0 {
            var value: UInt64 = 0
            _ = withUnsafeMutableBytes(of: &value) { Glibc.read(waker.fd, $0.baseAddress, 8) }
            events.append(.woken)
        }
        if fds[0].revents != 0 { drain(into: &events) }
        return events
    }

    private func drain(into events: inout [WatchEvent]) {
        let headerSize = MemoryLayout<inotify_event>.size
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            while offset + headerSize <= count {
                var wd: Int32 = 0
                var mask: UInt32 = 0
                var length: UInt32 = 0
                buffer.withUnsafeBufferPointer { newsd_inotify_event($0.baseAddress, offset, &wd, &mask, &length) }
                let raw = buffer.withUnsafeBufferPointer { raw -> [UInt8] in
                    let start = offset + headerSize
                    let bytes = UnsafeRawBufferPointer(start: raw.baseAddress! + start, count: Int(length))
                    return Array(bytes.prefix(while: { $0 != 0 }))
                }
                offset += headerSize + Int(length)
                handle(wd: wd, mask: mask, raw: raw, into: &events)
            }
        }
    }

    private func handle(wd: Int32, mask: UInt32, raw: [UInt8], into events: inout [WatchEvent]) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            events.append(.overflow)
            return
        }
        guard let dir = watches[wd] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            watches[wd] = nil
            if dir.isEmpty { events.append(.rootLost) }
            return
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            if dir.isEmpty {
                inotify_rm_watch(fd, wd)
                watches[wd] = nil
                events.append(.rootLost)
            }
            return
        }
        guard !raw.isEmpty else { return }
        if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
            if dir.isEmpty && raw == Array(Self.lockName.utf8) { events.append(.lockRemoved) }
            return
        }
        // A name that is not UTF-8 is carried escaped (FileNames), never renamed.
        let name = FileNames.escape(raw)
        let relative = dir.isEmpty ? name : dir + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if recursive && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 && !name.hasPrefix(".") {
                events.append(.directory(relative))
            }
            return
        }
        // IN_CREATE matters only for things that are never closed after writing: a symlink,
        // a FIFO or a hard link dropped in. Regular files wait for IN_CLOSE_WRITE.
        if mask & UInt32(IN_CREATE) != 0 {
            if let st = Syscalls.lstat(RawPath(directory: root, name: relative)), st.st_mode & S_IFMT != S_IFREG || st.st_nlink > 1 {
                events.append(.file(relative))
            }
            return
        }
        events.append(.file(relative))
    }
}
