import CShims
import Glibc
import Synchronization

/// Every system call the spool makes goes through here, so tests can inject failures
/// (ENOSPC, EIO) with ``Syscalls/inject(_:)`` without a special file system.
enum Syscalls {
    private static let injecting = Atomic<Bool>(false)
    private static let faults = Mutex<[String: Int32]>([:])

    /// Makes the named calls ("open", "read", "write", "rename", "mkdir", "unlink") fail with the
    /// given errno until called again with other faults or none. For tests.
    static func inject(_ faults: [String: Int32]) {
        self.faults.withLock { $0 = faults }
        injecting.store(!faults.isEmpty, ordering: .releasing)
    }

    @inline(__always)
    private static func fault(_ name: String) -> Bool {
        guard injecting.load(ordering: .acquiring), let e = faults.withLock({ $0[name] }) else { return false }
        errno = e
        return true
    }

    static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        fault("open") ? -1 : Glibc.open(path, flags, mode)
    }

    static func open(_ path: RawPath, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        fault("open") ? -1 : path.withCString { Glibc.open($0, flags, mode) }
    }

    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        fault("read") ? -1 : Glibc.read(fd, buffer, count)
    }

    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        fault("write") ? -1 : Glibc.write(fd, buffer, count)
    }

    static func renameNoReplace(_ from: String, _ to: String) -> Int32 {
        fault("rename") ? -1 : newsd_rename_noreplace(from, to)
    }

    /// The same for a source path given as raw bytes (a name that is not UTF-8).
    static func renameNoReplace(_ from: RawPath, _ to: String) -> Int32 {
        fault("rename") ? -1 : from.withCString { newsd_rename_noreplace($0, to) }
    }

    static func mkdir(_ path: String, _ mode: mode_t) -> Int32 {
        fault("mkdir") ? -1 : Glibc.mkdir(path, mode)
    }

    static func unlink(_ path: String) -> Int32 {
        fault("unlink") ? -1 : Glibc.unlink(path)
    }

    static func unlink(_ path: RawPath) -> Int32 {
        fault("unlink") ? -1 : path.withCString { Glibc.unlink($0) }
    }

    static func fsync(_ fd: Int32) -> Int32 { Glibc.fsync(fd) }
    static func close(_ fd: Int32) { _ = Glibc.close(fd) }

    static func fstat(_ fd: Int32) -> stat? {
        var st = stat()
        return Glibc.fstat(fd, &st) == 0 ? st : nil
    }

    /// `stat(2)`: a symbolic link followed.
    static func statFollowing(_ path: String) -> stat? {
        var st = stat()
        return stat(path, &st) == 0 ? st : nil
    }

    static func lstat(_ path: String) -> stat? {
        var st = stat()
        return Glibc.lstat(path, &st) == 0 ? st : nil
    }

    static func lstat(_ path: RawPath) -> stat? {
        var st = stat()
        return path.withCString { Glibc.lstat($0, &st) } == 0 ? st : nil
    }

    static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// What kind of inode a `stat` describes, in words for error messages.
func fileKind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFREG: "regular file"
    case S_IFDIR: "directory"
    case S_IFLNK: "symbolic link"
    case S_IFIFO: "FIFO (named pipe)"
    case S_IFSOCK: "socket"
    case S_IFCHR: "character device"
    case S_IFBLK: "block device"
    default: "special file"
    }
}
