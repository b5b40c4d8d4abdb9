import Foundation

/// A country's code glued to a dollar sign names a currency, not the country: "US$ 111 bilhões", "HK$40bn", "NZ$ 2
/// million" (Latin American, Asian and Pacific papers write dollars so). Such a match is dropped.
extension Analyzer {
    /// Drops the matches that end in a capitalised code of three letters at most right before a "$". Looked for only
    /// in a title or body that holds a "$"; each such match is found by its last token's scalar offset.
    static func dropCurrencyCodes(_ matches: inout [Gazetteer.Match], tokens: [Token], titleCount: Int, title: String, body: String) {
        // (Only where a match ends in such a code, and the text is looked through by memchr.)
        guard matches.contains(where: { m in
            m.start >= 0 && m.count > 0 && m.start + m.count <= tokens.count && tokens[m.start + m.count - 1].original.utf8.count <= 3
        }) else { return }
        let inTitle = holdsDollarSign(title)
        let inBody = holdsDollarSign(body)
        guard inTitle || inBody else { return }
        matches.removeAll { m in
            guard m.start >= 0, m.count > 0 else { return false }
            let last = m.start + m.count - 1
            guard last < tokens.count, last < titleCount ? inTitle : inBody else { return false }
            return beforeDollarSign(tokens[last], in: last < titleCount ? title : body)
        }
    }

    /// Whether `text` holds a "$".
    static func holdsDollarSign(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "$")), buffer.count) != nil
        }
    }

    /// Whether `token`, a code of one to three capitals, is followed by "$" in `text` (its tokens' source).
    static func beforeDollarSign(_ token: Token, in text: String) -> Bool {
        let length = token.original.unicodeScalars.count
        guard token.flags.contains(.allCaps) || length == 1, (1...3).contains(length) else { return false }
        let scalars = text.unicodeScalars
        guard let i = scalars.index(scalars.startIndex, offsetBy: token.offset + length, limitedBy: scalars.endIndex),
            i < scalars.endIndex
        else { return false }
        return scalars[i] == "$"
    }
}
