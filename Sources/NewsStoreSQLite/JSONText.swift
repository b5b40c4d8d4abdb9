import Foundation
import NewsCore

/// The JSON columns of the analysis table.
enum JSONText {
    static func encode(_ value: some Encodable) -> String { JSONLine.encode(value) }

    /// A list of strings, written directly: most JSON columns are one, and JSONEncoder costs a
    /// few percent of the whole ingest.
    static func encode(_ strings: [String]) -> String {
        var out = "["
        for (i, s) in strings.enumerated() {
            if i > 0 { out += "," }
            out += "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
        return out + "]"
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// A list of strings, read directly (what ``encode(_:)-([String])`` writes; any JSON array of
    /// strings): restoring the story linker at start reads 50,000 of them, and JSONDecoder made
    /// that the larger part of the start-up. Falls back to JSONDecoder on anything unexpected.
    static func decode(_ type: [String].Type, _ text: String) -> [String]? {
        var out: [String] = []
        var bytes = Array(text.utf8)[...]
        func skipSpace() { while let b = bytes.first, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { bytes.removeFirst() } }
        func fallback() -> [String]? { try? JSONDecoder().decode(type, from: Data(text.utf8)) }
        skipSpace()
        guard bytes.first == UInt8(ascii: "[") else { return fallback() }
        bytes.removeFirst()
        skipSpace()
        if bytes.first == UInt8(ascii: "]") { return [] }
        while true {
            skipSpace()
            guard bytes.first == UInt8(ascii: "\"") else { return fallback() }
            bytes.removeFirst()
            var value: [UInt8] = []
            while true {
                guard let b = bytes.first else { return fallback() }
                bytes.removeFirst()
                if b == UInt8(ascii: "\"") { break }
                if b == UInt8(ascii: "\\") {
                    // Escapes other than these are rare here: leave them to JSONDecoder.
                    guard let e = bytes.first else { return fallback() }
                    bytes.removeFirst()
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): value.append(e)
                    case UInt8(ascii: "n"): value.append(0x0A)
                    case UInt8(ascii: "t"): value.append(0x09)
                    case UInt8(ascii: "r"): value.append(0x0D)
                    default: return fallback()
                    }
                } else {
                    value.append(b)
                }
            }
            out.append(String(decoding: value, as: UTF8.self))
            skipSpace()
            guard let b = bytes.first else { return fallback() }
            bytes.removeFirst()
            if b == UInt8(ascii: "]") { return out }
            guard b == UInt8(ascii: ",") else { return fallback() }
        }
    }
}
