import NewsCore

/// A path as the kernel sees it: bytes, which need not be UTF-8. Inbox entries are reached
/// through these, so a name that is not UTF-8 is never renamed or lost.
struct RawPath: Sendable, Hashable, CustomStringConvertible {
    var bytes: [UInt8]

    init(_ path: String) { bytes = Array(path.utf8) }
    init(bytes: [UInt8]) { self.bytes = bytes }
    /// The path a string written by ``FileNames/escape(_:)`` stands for.
    init(escaped: String) { bytes = FileNames.unescape(escaped) }

    /// `directory/relative`, where `relative` is a name as ``FileNames/escape(_:)`` wrote it.
    init(directory: String, name relative: String) {
        bytes = Array(directory.utf8)
        bytes.append(UInt8(ascii: "/"))
        bytes += FileNames.unescape(relative)
    }

    func withCString<T>(_ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    /// The path as it is written in messages and the store.
    var description: String { FileNames.escape(bytes) }
}

/// How file names become the strings newsd logs, stores and moves, and back.
///
/// The escaping is injective, so two different files never share a recorded name: a name that
/// is UTF-8 is kept as it is, except that `%` becomes `%25`; in a name that is not UTF-8, every
/// byte over 0x7F and every `%` becomes `%XX`. (Before, `%` was kept as it was, so `caf\xFF.txt`
/// and a real `caf%FF.txt` were both recorded as `caf%FF.txt`.) ``unescape(_:)`` gives the bytes back.
enum FileNames {
    /// The longest name most Linux file systems take (NAME_MAX), in bytes.
    static let maximumLength = 255

    static func escape(_ raw: [UInt8]) -> String {
        let percent = UInt8(ascii: "%")
        if let name = String(validating: raw, as: UTF8.self) {
            guard raw.contains(percent) else { return name }
            var out: [UInt8] = []
            out.reserveCapacity(raw.count + 4)
            for byte in raw {
                if byte == percent { out += [percent, UInt8(ascii: "2"), UInt8(ascii: "5")] } else { out.append(byte) }
            }
            return String(decoding: out, as: UTF8.self)
        }
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(raw.count * 2)
        for byte in raw {
            if byte >= 0x80 || byte == percent {
                out += [percent, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes a name given by ``escape(_:)`` stands for.
    static func unescape(_ name: String) -> [UInt8] {
        let utf8 = Array(name.utf8)
        guard utf8.contains(UInt8(ascii: "%")) else { return utf8 }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count, let hi = hexValue(utf8[i + 1]), let lo = hexValue(utf8[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(utf8[i])
                i += 1
            }
        }
        return out
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// The name a file recorded as `name` is given in processed/ and failed/: its own when it is
    /// UTF-8 (`100%.txt`), the escaped one when it is not (`caf%FF.txt`).
    static func display(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: "%")) else { return name }
        return String(validating: unescape(name), as: UTF8.self) ?? name
    }

    /// `name` + `suffix` when that fits in ``maximumLength`` bytes; otherwise the start of `name`,
    /// cut at a character boundary, `~`, 12 hex digits of the SHA-256 of the whole name, its
    /// extension (when short) and `suffix`: different names stay different, and the name is still
    /// recognisable.
    static func fitted(_ name: String, suffix: String = "") -> String {
        let total = name.utf8.count + suffix.utf8.count
        guard total > maximumLength else { return name + suffix }
        let tag = "~" + String(ContentHash.sha256Hex(Array(name.utf8)).prefix(12))
        let (stem, ext) = splitExtension(name)
        let keptExt = ext.utf8.count <= 16 ? ext : ""
        let room = maximumLength - tag.utf8.count - keptExt.utf8.count - suffix.utf8.count
        return prefix(stem, bytes: max(room, 0)) + tag + keptExt + suffix
    }

    /// ("report", ".txt") for "report.txt"; ("notes", "") for "notes"; (".env", "") for ".env".
    static func splitExtension(_ name: String) -> (stem: String, ext: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        let ext = name[dot...]
        guard ext.count > 1, !ext.contains("/") else { return (name, "") }
        return (String(name[..<dot]), String(ext))
    }

    /// The longest start of `s` that is at most `bytes` UTF-8 bytes and ends on a character.
    static func prefix(_ s: String, bytes: Int) -> String {
        var out = ""
        var used = 0
        for c in s {
            let n = c.utf8.count
            if used + n > bytes { break }
            out.append(c)
            used += n
        }
        return out
    }

    /// The folder part of a path, without Foundation (whose `deletingLastPathComponent` traps on a
    /// one-character path): "" for "A", "/" for "/A", "a/b" for "a/b/c".
    static func parent(of path: String) -> String {
        var utf8 = Array(path.utf8)
        while utf8.count > 1, utf8.last == UInt8(ascii: "/") { utf8.removeLast() }
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        if slash == 0 { return "/" }
        var end = slash
        while end > 1, utf8[end - 1] == UInt8(ascii: "/") { end -= 1 }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }

    /// The last part of a path ("c" for "a/b/c").
    static func lastComponent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
