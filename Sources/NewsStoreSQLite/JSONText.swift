import Foundation
import NewsCore

/// Reading the JSON columns of the analysis table (``JSONLine`` writes them).
enum JSONText {
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// A list of strings, read directly (what ``encode(_:)-([String])`` writes; any JSON array of
    /// strings): restoring the story linker at start reads 50,000 of them, and JSONDecoder made
    /// that the larger part of the start-up. Falls back to JSONDecoder on anything unexpected.
    static func decode(_ type: [String].Type, _ text: String) -> [String]? {
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
        return fast ?? (try? JSONDecoder().decode(type, from: Data(text.utf8)))
    }
}
