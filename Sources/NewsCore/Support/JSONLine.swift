import Foundation

/// One value as one line of JSON: keys sorted, slashes not escaped. What every `--json`
/// output prints and what the store's JSON columns hold.
///
/// The analysis' own shapes (lists of strings, topics, story evidence) are written directly:
/// they are a store's JSON columns, written for every article, and `JSONEncoder` cost several
/// percent of an ingest. They write what `JSONEncoder` writes for them (`JSONLineTests`).
public enum JSONLine {
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    public static func encode(_ strings: [String]) -> String {
        // Bytes first, in one allocation (growing by doubling took four or five), and one String
        // from them: each append to a String checked and updated its storage, and the escape
        // check walked each string's UTF-8 view by its iterator (the store's tag columns: 4% of
        // the commit thread's CPU in a burst).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(strings.reduce(2) { $0 + $1.utf8.count + 3 })
        bytes.append(UInt8(ascii: "["))
        for (i, s) in strings.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            let plain = s.utf8.withContiguousStorageIfAvailable { b -> Bool in
                guard !b.contains(where: needsEscape) else { return false }
                bytes.append(UInt8(ascii: "\""))
                bytes.append(contentsOf: b)
                bytes.append(UInt8(ascii: "\""))
                return true
            }
            if plain != true {
                var escaped = ""
                write(s, into: &escaped)
                bytes.append(contentsOf: escaped.utf8)
            }
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A byte that a JSON string cannot hold as it is.
    @inline(__always) static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }

    public static func encode(_ topics: [TopicScore]) -> String {
        var out = "["
        for (i, t) in topics.enumerated() {
            if i > 0 { out += "," }
            out += "{\"evidence\":"
            write(t.evidence, into: &out)
            out += ",\"id\":"
            write(t.id, into: &out)
            out += ",\"score\":"
            write(t.score, into: &out)
            out += "}"
        }
        return out + "]"
    }

    public static func encode(_ e: StoryLinker.Evidence) -> String {
        var out = "{\"also\":["
        for (i, seq) in e.also.enumerated() {
            if i > 0 { out += "," }
            out += String(seq)
        }
        out += "],\"duplicate\":"
        out += e.duplicate ? "true" : "false"
        out += ",\"hours\":"
        write(e.hours, into: &out)
        out += ",\"shared\":"
        write(e.shared, into: &out)
        out += ",\"similarity\":"
        write(e.similarity, into: &out)
        out += ",\"via\":"
        out += String(e.via)
        return out + "}"
    }

    /// A list of strings, read directly: what ``encode(_:)-([String])`` writes, or any JSON array
    /// of strings (PostgreSQL's `jsonb` text puts a space after each comma). Restoring the story
    /// linker at start reads 50,000 of them, and JSONDecoder made that the larger part of the
    /// start-up. Falls back to JSONDecoder on anything unexpected; nil when that fails too.
    public static func decodeStrings(_ text: String) -> [String]? {
        var text = text
        let fast = text.withUTF8 { bytes -> [String]? in
            var out: [String] = []
            var i = 0
            let n = bytes.count
            func skipSpace() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 } }
            skipSpace()
            guard i < n, bytes[i] == UInt8(ascii: "[") else { return nil }
            i += 1
            skipSpace()
            if i < n, bytes[i] == UInt8(ascii: "]") { return [] }
            var value: [UInt8] = []
            while true {
                skipSpace()
                guard i < n, bytes[i] == UInt8(ascii: "\"") else { return nil }
                i += 1
                // The common case: no escape before the closing quote, one String from the bytes.
                let start = i
                while i < n, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
                guard i < n else { return nil }
                if bytes[i] == UInt8(ascii: "\"") {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    i += 1
                } else {
                    value.removeAll(keepingCapacity: true)
                    value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    while true {
                        guard i < n else { return nil }
                        let b = bytes[i]
                        i += 1
                        if b == UInt8(ascii: "\"") { break }
                        if b == UInt8(ascii: "\\") {
                            // Escapes other than these are rare here: leave them to JSONDecoder.
                            guard i < n else { return nil }
                            let e = bytes[i]
                            i += 1
                            switch e {
                            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): value.append(e)
                            case UInt8(ascii: "n"): value.append(0x0A)
                            case UInt8(ascii: "t"): value.append(0x09)
                            case UInt8(ascii: "r"): value.append(0x0D)
                            default: return nil
                            }
                        } else {
                            value.append(b)
                        }
                    }
                    out.append(String(decoding: value, as: UTF8.self))
                }
                skipSpace()
                guard i < n else { return nil }
                let b = bytes[i]
                i += 1
                if b == UInt8(ascii: "]") { return out }
                guard b == UInt8(ascii: ",") else { return nil }
            }
        }
        // Anything unexpected: JSONDecoder.
        return fast ?? (try? JSONDecoder().decode([String].self, from: Data(text.utf8)))
    }

    static func write(_ strings: [String], into out: inout String) {
        out += "["
        for (i, s) in strings.enumerated() {
            if i > 0 { out += "," }
            write(s, into: &out)
        }
        out += "]"
    }

    static func write(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape at all: a look at their bytes, then one append.
        if !s.utf8.contains(where: needsEscape) {
            out += s
            out += "\""
            return
        }
        // Runs of characters that need no escape are copied whole.
        var pending = s.unicodeScalars.startIndex
        var i = pending
        let scalars = s.unicodeScalars
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escape = nil
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: scalars[pending..<i])
                out += escape
                pending = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        out.unicodeScalars.append(contentsOf: scalars[pending...])
        out += "\""
    }

    /// As `JSONEncoder` writes a finite Double: the shortest form that reads back, without ".0".
    static func write(_ d: Double, into out: inout String) {
        guard d.isFinite else { return out += "null" }
        let text = d.description
        out += text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
