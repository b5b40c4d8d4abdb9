import Glibc
import NewsCore

/// Files named by hand (`newsd ingest PATH...`, `newsd analyze PATH...`): the one walk of folders
/// and the one read both commands use, the inbox's own (``DirectoryScanner``, ``FileNamePolicy``,
/// and the read that a FIFO cannot block).
public enum InputFiles {
    /// The files under `paths`: a folder is walked recursively and its files come in name order,
    /// dotfiles, dot-folders and the inbox's temp names left out; a path that is no folder stays
    /// as it is, so that reading it says what is wrong. As ``FileNames/escape(_:)`` writes them
    /// (a name that is not UTF-8 survives the round trip through ``read(_:limit:followSymlink:)``).
    /// - Throws: ``SpoolError`` for a folder that cannot be listed.
    public static func list(_ paths: [String], policy: FileNamePolicy) throws(SpoolError) -> [String] {
        var out: [String] = []
        for path in paths {
            guard let st = Syscalls.statFollowing(path), st.st_mode & S_IFMT == S_IFDIR else {
                out.append(FileNames.escape(Array(path.utf8)))
                continue
            }
            let scan = try DirectoryScanner(root: path, recursive: true)
            let folder = FileNames.escape(Array((path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path).utf8))
            var found: [String] = []
            while let relative = scan.next() {
                if policy.accepts(FileNames.lastComponent(relative)) { found.append(relative) }
            }
            // (Byte order of the escaped names, as `LC_ALL=C ls` sorts.)
            found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            out += found.map { folder + "/" + $0 }
        }
        return out
    }

    /// Reads the file at `path` (as ``list(_:policy:)`` wrote it) the way intake does: a FIFO, a
    /// device or a folder is refused, not waited on; more than `limit` bytes is refused.
    /// `followSymlink` reads through a symbolic link, which intake refuses.
    public static func read(_ path: String, limit: Int64, followSymlink: Bool) -> Result<[UInt8], IntakeError> {
        switch SpoolFileSystem.read(RawPath(escaped: path), limit: limit, followSymlink: followSymlink) {
        case .bytes(let bytes, _): .success(bytes)
        case .refused(let error, _, _): .failure(error)
        case .vanished: .failure(.unreadable(errno: ENOENT, message: Syscalls.errorText(ENOENT)))
        case .changing: .failure(.unreadable(errno: IntakeError.changedWhileRead, message: "it changed while it was read"))
        }
    }
}
