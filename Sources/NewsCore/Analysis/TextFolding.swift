import Foundation

/// Case-, accent- and width-insensitive folding, one Unicode scalar at a time, so that
/// "Võ Văn Thưởng", "VO VAN THUONG" and "Ｖｏ" all fold to the same letters.
///
/// Latin, Greek and Cyrillic scalars are folded through a table built once with Foundation's
/// `folding(options:)`, plus the letters that are not a base with a mark (đ, ø, ł, ß, æ, œ);
/// fullwidth forms become ASCII; combining marks and Arabic vowel signs are dropped.
public enum TextFolding {
    /// The folded form of `scalar`: usually one scalar, sometimes none (a combining mark) or two (ß).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
            return
        }
        if v < UInt32(tableLimit) {
            if let folded = table[Int(v)] { out.append(contentsOf: folded.unicodeScalars) } else { out.append(scalar) }
            return
        }
        if v >= 0xFF01 && v <= 0xFF5E {  // fullwidth ASCII
            fold(Unicode.Scalar(v - 0xFEE0)!, into: &out)
            return
        }
        if isMark(v) { return }
        out.append(scalar)
    }

    /// Folds a whole string.
    public static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { fold(s, into: &out) }
        return String(out)
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

    /// nil where the scalar folds to itself.
    private static let table: [String?] = {
        var t = [String?](repeating: nil, count: tableLimit)
        for v in 0x80..<tableLimit {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            if let e = extra[UInt32(v)] {
                t[v] = e
                continue
            }
            if isMark(UInt32(v)) {
                t[v] = ""
                continue
            }
            let props = scalar.properties
            guard props.isAlphabetic || props.changesWhenLowercased else { continue }
            let folded = String(Character(scalar))
                .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            let lowered = String(String.UnicodeScalarView(folded.unicodeScalars.filter { !isMark($0.value) })).lowercased()
            if lowered != String(Character(scalar)) { t[v] = lowered }
        }
        return t
    }()
}
