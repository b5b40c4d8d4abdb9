/// Splits text into ``Token``s: runs of letters and digits, with each character of Han, kana,
/// Hangul and Thai text a token of its own, so that names in those scripts match anywhere.
public enum Tokenizer {
    /// The folded words of `text`: what names, terms and queries are compared as.
    public static func words(_ text: String) -> [String] { tokenize(text).map(\.text) }

    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        var sentenceStart = true
        var punctuation = false
        var hyphen = false
        var lineStart = false
        var wordStart: String.UnicodeScalarView.Index?
        var wordOffset = 0
        var folded = String.UnicodeScalarView()
        var upper = 0
        var letters = 0
        var digitsOnly = true

        func flush(at end: String.UnicodeScalarView.Index) {
            guard let start = wordStart else { return }
            let original = Substring(scalars[start..<end])
            var flags: Token.Flags = []
            if let first = original.unicodeScalars.first,
                first.value < 0x80 ? first.value >= 0x41 && first.value <= 0x5A : first.properties.isUppercase
            {
                flags.insert(.capitalized)
            }
            if letters >= 2 && upper == letters { flags.insert(.allCaps) }
            if sentenceStart { flags.insert(.sentenceStart) }
            if punctuation { flags.insert(.afterPunctuation) }
            if digitsOnly { flags.insert(.numeric) }
            if hyphen { flags.insert(.hyphenated) }
            if lineStart { flags.insert(.lineStart) }
            tokens.append(Token(text: String(folded), original: original, offset: wordOffset, flags: flags))
            wordStart = nil
            folded = String.UnicodeScalarView()
            upper = 0
            letters = 0
            digitsOnly = true
            sentenceStart = false
            punctuation = false
            hyphen = false
            lineStart = false
        }

        while index < scalars.endIndex {
            let s = scalars[index]
            let v = s.value
            if isSpaceless(v) {
                flush(at: index)
                var one = String.UnicodeScalarView()
                TextFolding.fold(s, into: &one)
                var flags: Token.Flags = [.ideographic]
                if sentenceStart { flags.insert(.sentenceStart) }
                if lineStart { flags.insert(.lineStart) }
                lineStart = false
                tokens.append(Token(text: String(one), original: Substring(scalars[index..<scalars.index(after: index)]),
                                    offset: offset, flags: flags))
                sentenceStart = false
                punctuation = false
            } else if isWordScalar(s) {
                if wordStart == nil {
                    wordStart = index
                    wordOffset = offset
                }
                if v < 0x80 {
                    if v >= 0x41 && v <= 0x5A { upper += 1; letters += 1; digitsOnly = false }
                    else if v >= 0x61 && v <= 0x7A { letters += 1; digitsOnly = false }
                } else if !TextFolding.isMark(v) {
                    digitsOnly = digitsOnly && s.properties.numericType != nil
                    if s.properties.isAlphabetic {
                        letters += 1
                        if s.properties.isUppercase { upper += 1 }
                    }
                }
                TextFolding.fold(s, into: &folded)
            } else if (v == 0x27 || v == 0x2019) && wordStart != nil {
                // "Japan's": the possessive is dropped, "O'Brien" stays one word.
                let next = scalars.index(after: index)
                if next < scalars.endIndex, scalars[next] == "s" || scalars[next] == "S",
                    scalars.index(after: next) == scalars.endIndex || !isWordScalar(scalars[scalars.index(after: next)])
                {
                    flush(at: index)
                    index = scalars.index(after: next)
                    offset += 2
                    continue
                }
                if next < scalars.endIndex, isWordScalar(scalars[next]) {
                    // French and Italian elision ("l'Allemagne", "qu'il", "dell'Italia") splits; "O'Brien" stays one word.
                    let f = String(folded)
                    if ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "dell", "all", "nell", "sull"].contains(f) {
                        flush(at: index)
                    } else {
                        folded.append("'")
                    }
                } else {
                    flush(at: index)
                }
            } else {
                let glued = v == 0x2D && wordStart != nil
                flush(at: index)
                hyphen = false
                if glued {
                    let next = scalars.index(after: index)
                    hyphen = next < scalars.endIndex && isWordScalar(scalars[next])
                }
                switch v {
                case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0x0A:  // . ! ? 。 ！ ？ newline
                    // "U.S." and "Mr." do not end a sentence when a lower-case word follows; the
                    // names that follow them are still taken as capitalised words, which is what counts.
                    sentenceStart = true
                    if v == 0x0A && !tokens.isEmpty { lineStart = true }
                case 0x2C, 0x3A, 0x3B, 0x2014, 0x2013, 0x28, 0x29, 0x22, 0x201C, 0x201D, 0x3001, 0xFF0C:
                    punctuation = true
                default: break
                }
            }
            index = scalars.index(after: index)
            offset += 1
        }
        flush(at: scalars.endIndex)
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if TextFolding.isMark(v) { return true }
        if v >= 0xFF10 && v <= 0xFF5A { return true }  // fullwidth digits and letters
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// Han, kana, Hangul syllables and Thai: scripts where a name is not set off by spaces.
    @inline(__always)
    static func isSpaceless(_ v: UInt32) -> Bool {
        (v >= 0x0E00 && v <= 0x0E7F) || (v >= 0x3040 && v <= 0x30FF) || (v >= 0x3400 && v <= 0x4DBF)
            || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7AF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x31F0 && v <= 0x31FF) || (v >= 0xFF66 && v <= 0xFF9F)
    }
}
