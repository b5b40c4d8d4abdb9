import Glibc

/// Streams the names in a folder (and its subfolders when recursive) one at a time with
/// readdir(3), so a million waiting files cost one directory handle, not a million strings.
/// Names are returned as ``FileNames/escape(_:)`` writes them; the entries are never renamed.
final class DirectoryScanner {
    private let root: String
    private let recursive: Bool
    private var stack: [(handle: OpaquePointer, relative: String)] = []
    /// Called for each subfolder entered (recursive mode), so it can be watched.
    var onDirectory: (String) -> Void = { _ in }

    /// - Throws: ``SpoolError`` when the root cannot be opened.
    init(root: String, recursive: Bool) throws(SpoolError) {
        self.root = root
        self.recursive = recursive
        guard let dir = opendir(root) else { throw SpoolError(path: root, errno: errno, action: "cannot open folder") }
        stack.append((dir, ""))
    }

    deinit {
        for entry in stack { closedir(entry.handle) }
    }

    /// The next file's path relative to the root, or nil when the walk is over. Dotfiles and
    /// dot-folders are skipped; other entries (including symlinks and FIFOs) are returned so
    /// that intake can refuse them with a reason.
    func next() -> String? {
        while let top = stack.last {
            guard let entry = readdir(top.handle) else {
                closedir(top.handle)
                stack.removeLast()
                continue
            }
            let raw = Self.name(of: entry)
            if raw.first == UInt8(ascii: ".") { continue }
            let name = FileNames.escape(raw)
            let relative = top.relative.isEmpty ? name : top.relative + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN), let st = Syscalls.lstat(RawPath(directory: root, name: relative)) {
                type = st.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            if type == UInt8(DT_DIR) {
                if recursive, let dir = RawPath(directory: root, name: relative).withCString({ opendir($0) }) {
                    stack.append((dir, relative))
                    onDirectory(relative)
                }
                continue
            }
            return relative
        }
        return nil
    }

    /// The entry's name, read up to its NUL in place: readdir's record may be shorter than
    /// `struct dirent`, so loading the whole 256-byte `d_name` reads past it (ASan found this).
    static func name(of entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        let name = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let chars = name.assumingMemoryBound(to: CChar.self)
        return Array(UnsafeRawBufferPointer(start: name, count: strlen(chars)))
    }
}
