import Foundation
import Glibc
import NewsCore

/// An error from the file system, with the path and what to do.
public struct SpoolError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var errno: Int32
    public var action: String

    public var description: String {
        "\(action) \(path): \(Syscalls.errorText(errno)) (errno \(errno))"
    }
}

/// The facts about an inbox file that identify it across a restart.
struct FileFacts: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var mtimeNanos: Int64
    var links: UInt64
    /// When the inode last changed (a link made or removed), seconds since the epoch.
    var changeTime: Double

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        mtimeNanos = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        links = UInt64(st.st_nlink)
        changeTime = Double(st.st_ctim.tv_sec) + Double(st.st_ctim.tv_nsec) / 1e9
    }

    func identity(name: String) -> String { "\(device):\(inode):\(size):\(mtimeNanos):\(name)" }
}

/// Reading inbox files safely and moving them out without ever overwriting anything.
enum SpoolFileSystem {
    enum ReadResult {
        case bytes([UInt8], FileFacts)
        /// Not a regular file, too large, unreadable: the file goes to failed/; with the SHA-256
        /// of its bytes when they could be read (a file over the size limit, up to ``hashLimit``).
        case refused(IntakeError, FileFacts?, sha256: String? = nil)
        /// Gone before we got to it, or changed while read: nothing to do now.
        case vanished
        case changing
    }

    /// Opens with O_NOFOLLOW|O_NONBLOCK (a FIFO cannot block us), refuses anything but a regular
    /// file, and reads at most `limit` bytes. `followSymlink` drops O_NOFOLLOW, for paths a user
    /// names by hand (`newsd analyze`); the inbox never follows one.
    static func read(_ path: RawPath, limit: Int64, followSymlink: Bool = false) -> ReadResult {
        let fd = Syscalls.open(path, O_RDONLY | (followSymlink ? 0 : O_NOFOLLOW) | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        if fd < 0 {
            let e = errno
            if e == ENOENT { return .vanished }
            let facts = Syscalls.lstat(path).map(FileFacts.init)
            if e == ELOOP { return .refused(.notRegularFile(kind: "symbolic link"), facts) }
            if e == ENXIO, let st = Syscalls.lstat(path) {
                return .refused(.notRegularFile(kind: fileKind(st.st_mode)), FileFacts(st))
            }
            return .refused(.unreadable(errno: e, message: Syscalls.errorText(e)), facts)
        }
        defer { Syscalls.close(fd) }
        guard let st = Syscalls.fstat(fd) else {
            return .refused(.unreadable(errno: errno, message: Syscalls.errorText(errno)), nil)
        }
        let facts = FileFacts(st)
        guard st.st_mode & S_IFMT == S_IFREG else { return .refused(.notRegularFile(kind: fileKind(st.st_mode)), facts) }
        guard facts.size <= limit else {
            return .refused(.tooLarge(size: facts.size, limit: limit), facts, sha256: facts.size <= hashLimit ? streamedSHA256(fd) : nil)
        }
        var bytes = [UInt8](repeating: 0, count: Int(facts.size) + 1)
        var total = 0
        while total < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Syscalls.read(fd, $0.baseAddress! + total, $0.count - total) }
            if n < 0 {
                if errno == EINTR { continue }
                return .refused(.unreadable(errno: errno, message: Syscalls.errorText(errno)), facts)
            }
            if n == 0 { break }
            total += n
        }
        // One byte more than fstat said means the file grew while we read it.
        if total != bytes.count - 1 { return .changing }
        bytes.removeLast()
        guard let after = Syscalls.fstat(fd).map(FileFacts.init), after == facts, Int64(total) == facts.size else {
            return .changing
        }
        return .bytes(bytes, facts)
    }

    /// The largest file refused for its size whose bytes are still hashed for its record (read
    /// in 1 MiB pieces, never held whole); a larger one (a sparse terabyte, say) is not read at all.
    static let hashLimit: Int64 = 1 << 30

    /// SHA-256 of what `fd` holds from its current offset, read piece by piece; nil on a read error.
    static func streamedSHA256(_ fd: Int32) -> String? {
        var hasher = ContentHash.Streaming()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { Syscalls.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return hasher.finalizeHex() }
            hasher.update(buffer[..<n])
        }
    }

    /// `mkdir -p`. A folder that exists but cannot be reached (a parent without search
    /// permission) is reported as such, not as one that cannot be created.
    static func makeDirectories(_ path: String) throws(SpoolError) {
        var st = stat()
        if stat(path, &st) == 0 {
            if st.st_mode & S_IFMT == S_IFDIR { return }
            throw SpoolError(path: path, errno: ENOTDIR, action: "cannot use as a directory (it exists and is not one)")
        } else if errno == EACCES {
            throw SpoolError(path: path, errno: EACCES, action: "cannot reach directory (a folder on its path may not be searched by this user)")
        }
        let parent = FileNames.parent(of: path)
        if !parent.isEmpty && parent != path { try makeDirectories(parent) }
        if Syscalls.mkdir(path, 0o750) != 0 && errno != EEXIST {
            throw SpoolError(path: path, errno: errno, action: "cannot create directory")
        }
    }

    /// Moves `source` into `directory` under `name`, or `name-1.ext`, `name-2.ext`... when taken.
    /// - Returns: the path it now has.
    /// Across file systems (EXDEV) the file is copied to a temporary name there, synced, given
    /// its final name, and only then removed from the source.
    @discardableResult
    static func move(_ source: String, into directory: String, name: String) throws(SpoolError) -> String {
        try move(RawPath(source), into: directory, name: name)
    }

    /// The same for a source given as bytes (an inbox name that need not be UTF-8). The folder
    /// is not looked at first: most moves go into one that exists, so only a rename that fails
    /// for another reason than a taken name makes it (or says why it cannot be).
    @discardableResult
    static func move(_ source: RawPath, into directory: String, name: String) throws(SpoolError) -> String {
        var made = false
        var copy: String?
        defer { if let copy { _ = Syscalls.unlink(copy) } }
        var attempt = 0
        while attempt < 10_000 {
            let target = directory + "/" + numbered(name, attempt)
            let renamed = copy.map { Syscalls.renameNoReplace($0, target) } ?? Syscalls.renameNoReplace(source, target)
            if renamed == 0 {
                if copy != nil {
                    copy = nil  // the copy now has its name; remove the original
                    if Syscalls.unlink(source) != 0 && errno != ENOENT {
                        throw SpoolError(path: source.description, errno: errno, action: "copied to \(target) but cannot remove")
                    }
                }
                return target
            }
            switch errno {
            case EEXIST: attempt += 1
            case EXDEV where copy == nil: copy = try copyBeside(source, into: directory)
            case _ where !made:
                made = true
                try makeDirectories(directory)
            default: throw SpoolError(path: source.description, errno: errno, action: "cannot move to \(target):")
            }
        }
        throw SpoolError(path: source.description, errno: EEXIST, action: "no free name in \(directory) for")
    }

    /// Copies `source` to a new temporary file in `directory`, fsynced; returns its path.
    private static func copyBeside(_ source: RawPath, into directory: String) throws(SpoolError) -> String {
        let input = Syscalls.open(source, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if input < 0 { throw SpoolError(path: source.description, errno: errno, action: "cannot open to copy") }
        defer { Syscalls.close(input) }
        let temp = directory + "/.newsd-copy-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let output = Syscalls.open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        if output < 0 { throw SpoolError(path: temp, errno: errno, action: "cannot create") }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        func fail(_ action: String, _ path: String) -> SpoolError {
            let e = errno
            Syscalls.close(output)
            _ = Syscalls.unlink(temp)
            return SpoolError(path: path, errno: e, action: action)
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { Syscalls.read(input, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw fail("cannot read to copy", source.description) }
            if n == 0 { break }
            if !buffer.withUnsafeBytes({ writeAll(output, UnsafeRawBufferPointer(rebasing: $0[..<n])) }) {
                throw fail("cannot write the copy", temp)
            }
        }
        if Syscalls.fsync(output) != 0 { throw fail("cannot sync the copy", temp) }
        Syscalls.close(output)
        return temp
    }

    /// The name `name` would be stored under on collision number `n` (0 is the name itself).
    /// Never longer than a file system takes (see ``FileNames/fitted(_:suffix:)``).
    static func numbered(_ name: String, _ n: Int) -> String {
        let name = FileNames.fitted(name)
        guard n > 0 else { return name }
        let (stem, ext) = FileNames.splitExtension(name)
        let tail = "-\(n)" + ext
        return FileNames.prefix(stem, bytes: FileNames.maximumLength - tail.utf8.count) + tail
    }

    /// The name of the `.error.json` report beside a file named `name` in failed/; shortened
    /// (with a hash of `name`, so it stays unique) when `name` is too long to take the suffix.
    static func reportName(for name: String) -> String {
        FileNames.fitted(name, suffix: ".error.json")
    }

    /// Writes a new file durably (temp file, fsync, no-replace rename).
    static func writeNew(_ path: String, _ bytes: [UInt8]) throws(SpoolError) {
        let folder = FileNames.parent(of: path)
        let temp = (folder.isEmpty ? "." : folder) + "/.newsd-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let fd = Syscalls.open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        if fd < 0 { throw SpoolError(path: temp, errno: errno, action: "cannot create") }
        if !bytes.withUnsafeBytes({ writeAll(fd, $0) }) {
            let e = errno
            Syscalls.close(fd)
            _ = Syscalls.unlink(temp)
            throw SpoolError(path: temp, errno: e, action: "cannot write")
        }
        _ = Syscalls.fsync(fd)
        Syscalls.close(fd)
        if Syscalls.renameNoReplace(temp, path) != 0 {
            let e = errno
            _ = Syscalls.unlink(temp)
            throw SpoolError(path: path, errno: e, action: "cannot create")
        }
    }

    /// write(2) until all of `bytes` is written; false (errno set) on an error.
    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var written = 0
        while written < bytes.count {
            let n = Syscalls.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return false }
            written += n
        }
        return true
    }
}
