/// Languages that an article's words or script decide alone, without CLD2 (a tenth of the analysis' instructions
/// on an English article). Each rule is narrow enough that CLD2, given the same text, would answer the same:
/// on BBC, the extraction pages, Reuters and the tag and topic samples every answer is CLD2's.
extension LanguageIdentifier {
    /// Words of English only: none is a word of another language written in Latin letters ("is", "was",
    /// "in", "an", "to", "on", "die" are left out for Dutch, German, Polish, French).
    static let englishWords: WordSet = [
        "the", "of", "and", "that", "with", "which", "this", "from", "have", "has", "been", "were", "would",
        "their", "they", "said", "who", "its", "his", "she", "he", "it", "are",
    ]

    /// Short words of other languages in Latin letters: more than a few of them means the text is not
    /// English throughout, and CLD2 decides.
    static let otherWords: WordSet = [
        "der", "die", "das", "und", "ist", "nicht", "le", "la", "les", "et", "est", "une", "des", "du", "el", "los",
        "las", "y", "que", "por", "con", "il", "di", "che", "della", "per", "het", "een", "en", "van", "ng", "ang",
        "sa", "yang", "dan", "ini", "untuk", "da", "nao", "em", "os", "um", "uma", "och", "att", "og", "er", "af",
        "som", "je", "na", "se", "ze", "w", "z", "nie", "jest",
    ]

    /// How many words of the text's start ``isPlainlyEnglish(_:)`` reads (about CLD2's 1,024 bytes of English).
    static let englishSampleWords = 150

    /// Whether the first words of `tokens` are English beyond doubt: at least 40 words, one in eight or more of
    /// them ``englishWords``, at most one in thirty-three ``otherWords``, at most one in twenty written with a
    /// letter outside ASCII, and no character of a script without spaces. (On BBC a median of 19% of the words
    /// are ``englishWords``; in the samples of other languages at most 0.8%.)
    static func isPlainlyEnglish(_ tokens: [Token]) -> Bool {
        var words = 0, english = 0, other = 0, nonASCII = 0
        for i in tokens.indices {
            guard words < englishSampleWords else { break }
            let flags = tokens[i].flags
            if flags.contains(.ideographic) { return false }
            if flags.contains(.numeric) { continue }
            words += 1
            if englishWords.contains(tokens[i]) {
                english += 1
            } else if otherWords.contains(tokens[i]) {
                other += 1
            } else if !tokens[i].original.isAllASCII {
                nonASCII += 1
            }
        }
        return words >= 40 && english * 8 >= words && other * 33 <= words && nonASCII * 20 <= words
    }

    /// The language that the sample's script decides alone: Korean when at least nine in ten of its letters
    /// are Hangul; Japanese when kana are at least one in five and kana and Han together nine in ten; Chinese
    /// when nineteen in twenty are Han and none is kana. Nil below 100 letters, or when no script decides.
    /// Letters are ASCII letters and the characters of those three scripts; any other letter
    /// outside ASCII (accented Latin, Cyrillic, Arabic, Thai...) leaves the decision to CLD2.
    static func decidedByScript(_ sample: [UInt8]) -> String? {
        var latin = 0, hangul = 0, kana = 0, han = 0
        var i = 0
        while i < sample.count {
            let b = sample[i]
            if b < 0x80 {
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { latin += 1 }
                i += 1
                continue
            }
            guard b >= 0xE0 else {
                // Two-byte letters (accented Latin, Greek, Cyrillic, Arabic, Hebrew); U+0080-U+00BF are no letters.
                if b >= 0xC3 { return nil }
                i += 1
                continue
            }
            guard b < 0xF0 else { return nil }
            guard i + 2 < sample.count else { break }
            let scalar = UInt32(b & 0x0F) << 12 | UInt32(sample[i + 1] & 0x3F) << 6 | UInt32(sample[i + 2] & 0x3F)
            switch scalar {
            case 0xAC00...0xD7A3: hangul += 1
            case 0x3041...0x309F, 0x30A1...0x30FA: kana += 1
            case 0x4E00...0x9FFF: han += 1
            case 0x2000...0x206F, 0x3000...0x303F, 0x30FB...0x30FF, 0xFF00...0xFF65: break  // punctuation, marks
            default: return nil
            }
            i += 3
        }
        let letters = latin + hangul + kana + han
        guard letters >= 100 else { return nil }
        if hangul * 10 >= letters * 9 { return "ko" }
        if kana * 5 >= letters && (kana + han) * 10 >= letters * 9 { return "ja" }
        if kana == 0 && han * 20 >= letters * 19 { return "zh" }
        return nil
    }
}
