import CLanguageID

/// Language identification with CLD2 (Debian's libcld2: 83 languages, every major news language).
public enum LanguageIdentifier {
    /// The most bytes looked at (the title and the lead): language is clear long before the end
    /// of an article. On BBC, the extraction pages and the multilingual samples (1,232 articles)
    /// 1,024 bytes give the same language as 4,096 for every article, and save 12% of the
    /// analysis (CLD2's cost grows with the bytes it scores); 512 bytes changed one.
    static let sampleBytes = 1024

    /// The ISO 639-1 code of `text`, or nil when CLD2 cannot tell reliably.
    public static func identify(_ text: String) -> String? {
        identify(sample: [UInt8](utf8Of: text, upTo: sampleBytes), cut: text.utf8.count > sampleBytes)
    }

    /// ``identify(_:)`` of `title + "\n" + body`, without making that String: only its first
    /// ``sampleBytes`` are read.
    public static func identify(title: String, body: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sampleBytes)
        bytes.append(utf8Of: title, upTo: sampleBytes)
        if bytes.count < sampleBytes { bytes.append(0x0A) }
        bytes.append(utf8Of: body, upTo: sampleBytes - bytes.count)
        return identify(sample: bytes, cut: title.utf8.count + 1 + body.utf8.count > sampleBytes)
    }

    /// ``identify(title:body:)``, told English by the first of `tokens` (the title's and the body's) when
    /// they leave no doubt (``isPlainlyEnglish(_:)``).
    static func identify(title: String, body: String, tokens: [Token]) -> String? {
        isPlainlyEnglish(tokens) ? "en" : identify(title: title, body: body)
    }

    /// The language of the text's first bytes, `cut` when the text goes on after them.
    private static func identify(sample: [UInt8], cut: Bool) -> String? {
        var bytes = sample
        if cut, let lead = bytes.lastIndex(where: { $0 & 0xC0 != 0x80 }) {
            bytes.removeSubrange(lead...)  // never cut a character in two
        }
        return decidedByScript(bytes) ?? cld2(bytes)
    }

    /// CLD2's language of `bytes` (whole characters of UTF-8), or nil when it cannot tell reliably.
    static func cld2(_ bytes: [UInt8]) -> String? {
        var code = [CChar](repeating: 0, count: 8)
        var reliable: Int32 = 0
        let percent = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                newsd_detect_language(chars.baseAddress, chars.count, nil, &code, &reliable)
            }
        }
        let result = String(decoding: code.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard result != "un", percent >= 30 || reliable != 0 else { return nil }
        // zh-Hant, zh-Hans -> zh; CLD2 says "iw" for Hebrew in old tables, "in" for Indonesian.
        let base = String(result.prefix(while: { $0 != "-" }))
        switch base {
        case "iw": return "he"
        case "in": return "id"
        case "jw": return "jv"
        default: return base
        }
    }
}
