import Foundation

/// Case-, accent- and width-insensitive folding, one Unicode scalar at a time, so that
/// "Võ Văn Thưởng", "VO VAN THUONG" and "Ｖｏ" all fold to the same letters.
///
/// Latin, Greek and Cyrillic scalars are folded through a table built once with Foundation's
/// `folding(options:)`, plus the letters that are not a base with a mark (đ, ø, ł, ß, æ, œ);
/// fullwidth forms become ASCII; combining marks and Arabic vowel signs are dropped.
public enum TextFolding {
    /// Appends the UTF-8 of scalar `v`'s folded form to `out`: usually one scalar, sometimes none
    /// (a combining mark) or two (ß). The tokenizer's hot path: no String per scalar.
    @inline(__always)
    static func fold(_ v: UInt32, into out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))
            return
        }
        if v < UInt32(tableLimit) {
            let slot = slots[Int(v)]
            if slot == identity {
                appendUTF8(v, to: &out)
            } else {
                let start = Int(slot >> 8)
                let count = Int(slot & 0xFF)
                var k = 0
                while k < count {
                    out.append(pool[start + k])
                    k += 1
                }
            }
            return
        }
        if v >= 0xFF01 && v <= 0xFF5E {  // fullwidth ASCII
            fold(v - 0xFEE0, into: &out)
            return
        }
        if isMark(v) { return }
        appendUTF8(v, to: &out)
    }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Folds a whole string (ASCII text byte by byte, without decoding scalars).
    public static func fold(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        if !ascii {
            out.removeAll(keepingCapacity: true)
            for s in text.unicodeScalars { fold(s.value, into: &out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Combining marks of the scripts newsd reads: Latin/Greek/Cyrillic combining diacritics,
    /// Arabic harakat, and the combining marks block for symbols.
    @inline(__always)
    static func isMark(_ v: UInt32) -> Bool {
        (v >= 0x0300 && v <= 0x036F) || (v >= 0x064B && v <= 0x065F) || v == 0x0670 || (v >= 0x1AB0 && v <= 0x1AFF)
            || (v >= 0x1DC0 && v <= 0x1DFF) || (v >= 0x20D0 && v <= 0x20FF) || (v >= 0xFE20 && v <= 0xFE2F)
    }

    static let tableLimit = 0x2000

    private static let extra: [UInt32: String] = [
        0x0110: "d", 0x0111: "d", 0x00D8: "o", 0x00F8: "o", 0x0141: "l", 0x0142: "l", 0x00DF: "ss",
        0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe", 0x00DE: "th", 0x00FE: "th", 0x0131: "i",
        0x0130: "i", 0x2019: "'", 0x2018: "'", 0x02BC: "'",
        // Arabic: hamza and madda forms of alef, alef maqsura, teh marbuta
        0x0622: "\u{0627}", 0x0623: "\u{0627}", 0x0625: "\u{0627}", 0x0671: "\u{0627}", 0x0649: "\u{064A}",
        0x0629: "\u{0647}",
    ]

    /// Per scalar below ``tableLimit``: ``identity``, or the folded form's place in ``pool`` (offset << 8 | length).
    private static let identity: UInt32 = .max
    private static let (slots, pool): ([UInt32], [UInt8]) = {
        var slots = [UInt32](repeating: identity, count: tableLimit)
        var pool: [UInt8] = []
        for v in 0x80..<tableLimit {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            var folded: String?
            if let e = extra[UInt32(v)] {
                folded = e
            } else if isMark(UInt32(v)) {
                folded = ""
            } else {
                let props = scalar.properties
                guard props.isAlphabetic || props.changesWhenLowercased else { continue }
                let f = String(Character(scalar))
                    .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                let lowered = String(String.UnicodeScalarView(f.unicodeScalars.filter { !isMark($0.value) })).lowercased()
                if lowered != String(Character(scalar)) { folded = lowered }
            }
            guard let folded else { continue }
            let bytes = Array(folded.utf8)
            slots[v] = UInt32(pool.count) << 8 | UInt32(bytes.count)
            pool += bytes
        }
        return (slots, pool)
    }()
}

extension StringProtocol {
    /// Whether the first letter is in the basic Cyrillic block (U+0400-U+047F), told by its first
    /// UTF-8 byte (0xD0 or 0xD1): the Russian rules turn every other word away without decoding it.
    var startsCyrillic: Bool {
        guard let lead = utf8.first else { return false }
        return lead == 0xD0 || lead == 0xD1
    }
}
