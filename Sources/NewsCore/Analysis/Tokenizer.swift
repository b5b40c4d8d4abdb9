/// Splits text into ``Token``s: runs of letters and digits, with each character of Han, kana,
/// Hangul and Thai text a token of its own, so that names in those scripts match anywhere.
public enum Tokenizer {
    /// The folded words of `text`: what names, terms and queries are compared as.
    public static func words(_ text: String) -> [String] {
        var sink = WordSink()
        run(text, into: &sink)
        return sink.words
    }

    /// Appends the folded words of `text` to `words`.
    public static func words(_ text: String, into words: inout [String]) {
        var sink = WordSink()
        swap(&sink.words, &words)
        run(text, into: &sink)
        swap(&sink.words, &words)
    }

    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokenize(text, into: &tokens)
        return tokens
    }

    /// Appends the tokens of `text` to `tokens` (their offsets counted from the start of `text`),
    /// as if `text` were tokenized alone: title and body in one array without copying.
    public static func tokenize(_ text: String, into tokens: inout [Token]) {
        var sink = TokenSink()
        swap(&sink.tokens, &tokens)
        run(text, into: &sink)
        swap(&sink.tokens, &tokens)
    }

    private static func run<Sink: TokenSinking>(_ text: String, into sink: inout Sink) {
        var text = text
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { scan($0, into: &sink) }
    }

    /// Where the scanner puts each token: an array of tokens, or of their folded words only.
    private protocol TokenSinking {
        /// Whether ``take(_:original:same:offset:flags:key:)`` reads its key (else it is not made).
        static var wantsKeys: Bool { get }
        /// - Parameters:
        ///   - original: the token's bytes as written;
        ///   - same: whether they are `word`'s (lower-case ASCII folds to itself);
        ///   - key: `word`'s look-up key, when ``wantsKeys``.
        mutating func take(_ word: String, original: UnsafeBufferPointer<UInt8>, same: Bool, offset: Int, flags: Token.Flags, key: WordKey)
        mutating func reserve(_ count: Int)
    }

    private struct TokenSink: TokenSinking {
        var tokens: [Token] = []
        static var wantsKeys: Bool { true }

        @inline(__always)
        mutating func take(_ word: String, original: UnsafeBufferPointer<UInt8>, same: Bool, offset: Int, flags: Token.Flags, key: WordKey) {
            tokens.append(Token(text: word, original: same ? word : String(decoding: original, as: UTF8.self), offset: offset, flags: flags,
                                key: key))
        }

        mutating func reserve(_ count: Int) { tokens.reserveCapacity(tokens.count + count) }
    }

    private struct WordSink: TokenSinking {
        var words: [String] = []
        static var wantsKeys: Bool { false }

        @inline(__always)
        mutating func take(_ word: String, original: UnsafeBufferPointer<UInt8>, same: Bool, offset: Int, flags: Token.Flags, key: WordKey) {
            words.append(word)
        }

        mutating func reserve(_ count: Int) { words.reserveCapacity(words.count + count) }
    }

    /// The tokenizer proper, over UTF-8 bytes: scalars are decoded from the bytes, folded words
    /// are built as bytes in one reused buffer, and a word costs one String at most (none when it
    /// is short enough to be stored inline).
    private static func scan<Sink: TokenSinking>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        sink.reserve(bytes.count / 5)
        var scanner = Scanner(bytes: bytes)
        scanner.run(into: &sink)
    }

    /// The scanner's state. Its words are stored properties changed by mutating methods, not
    /// variables captured by a local function: a captured variable that is changed is checked
    /// for exclusive access at run time on every read and write (`swift_beginAccess`), a stored
    /// property of `inout self` is checked by the compiler.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var emitted = 0
        var sentenceStart = true
        var punctuation = false
        var hyphen = false
        var lineStart = false
        var wordStart = -1  // byte offset of the pending word, -1: none
        var wordOffset = 0
        var folded: [UInt8] = []
        var upper = 0
        var letters = 0
        var digitsOnly = true
        /// Only lower-case ASCII letters and digits so far in the word (so it folds to itself).
        var plain = true
        /// Only ASCII letters and digits so far: the word folds by lower-casing its bytes, and
        /// ``folded`` is left empty until a scalar that folds otherwise (or an apostrophe) needs it.
        var ascii = true

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            folded.reserveCapacity(64)
        }

        /// The scalar at byte `p` and its length in bytes (the text is valid UTF-8).
        @inline(__always)
        func decode(_ p: Int) -> (UInt32, Int) {
            let b0 = UInt32(bytes[p])
            if b0 < 0x80 { return (b0, 1) }
            if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[p + 1] & 0x3F), 2) }
            if b0 < 0xF0 {
                return ((b0 & 0x0F) << 12 | UInt32(bytes[p + 1] & 0x3F) << 6 | UInt32(bytes[p + 2] & 0x3F), 3)
            }
            return ((b0 & 0x07) << 18 | UInt32(bytes[p + 1] & 0x3F) << 12 | UInt32(bytes[p + 2] & 0x3F) << 6
                | UInt32(bytes[p + 3] & 0x3F), 4)
        }

        /// Fills ``folded`` with the pending word's bytes up to `position`, lower-cased, while they
        /// are only ASCII letters and digits: from here on it is built a scalar at a time.
        @inline(__always)
        mutating func spill(upTo position: Int) {
            guard ascii else { return }
            ascii = false
            for b in bytes[wordStart..<position] { folded.append(b >= 0x41 && b <= 0x5A ? b + 32 : b) }
        }

        /// The key of ASCII letters and digits (at most 15 bytes) lower-cased: their record with
        /// bit 0x20 set in each byte (which lower-cases a letter and leaves a digit as it is).
        @inline(__always)
        static func lowercasedKey(_ word: UnsafeBufferPointer<UInt8>) -> WordKey {
            var r = WordRecord(short: word)
            let n = word.count
            let ones: UInt64 = 0x2020_2020_2020_2020
            if n >= 8 {
                r.low |= ones
                if n > 8 { r.high |= ones >> UInt64(8 * (16 - n)) }
            } else if n > 0 {
                r.low |= ones >> UInt64(8 * (8 - n))
            }
            return WordKey(record: r, hash: r.hash)
        }

        mutating func flush<Sink: TokenSinking>(at end: Int, into sink: inout Sink) {
            guard wordStart >= 0 else { return }
            var flags: Token.Flags = []
            let (first, _) = decode(wordStart)
            if first < 0x80 ? first >= 0x41 && first <= 0x5A : Unicode.Scalar(first)!.properties.isUppercase {
                flags.insert(.capitalized)
            }
            if letters >= 2 && upper == letters { flags.insert(.allCaps) }
            if sentenceStart { flags.insert(.sentenceStart) }
            if punctuation { flags.insert(.afterPunctuation) }
            if digitsOnly { flags.insert(.numeric) }
            if hyphen { flags.insert(.hyphenated) }
            if lineStart { flags.insert(.lineStart) }
            let word: String
            let same: Bool
            var key = WordKey.long
            if ascii {
                // (The word is the bytes from `wordStart` to `end`.)
                let original = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
                word = plain ? String(decoding: original, as: UTF8.self) : String(unsafeUninitializedCapacity: original.count) { out in
                    for (k, b) in original.enumerated() { out[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b }
                    return original.count
                }
                // Lower-case ASCII folds to itself: the folded String is the original.
                same = plain
                if Sink.wantsKeys && original.count <= 15 { key = Self.lowercasedKey(original) }
            } else {
                word = folded.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
                same = plain && end - wordStart == folded.count
                if Sink.wantsKeys { key = folded.withUnsafeBufferPointer { WordKey(bytes: $0) } }
            }
            sink.take(word, original: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), same: same, offset: wordOffset, flags: flags,
                      key: key)
            emitted += 1
            plain = true
            ascii = true
            wordStart = -1
            if !folded.isEmpty { folded.removeAll(keepingCapacity: true) }
            upper = 0
            letters = 0
            digitsOnly = true
            sentenceStart = false
            punctuation = false
            hyphen = false
            lineStart = false
        }

        mutating func run<Sink: TokenSinking>(into sink: inout Sink) {
            let n = bytes.count
            var position = 0  // byte offset of the scalar at hand
            var offset = 0  // its scalar offset
            while position < n {
                let (v, length) = decode(position)
                if v < 0x80 && (v >= 0x61 && v <= 0x7A || v >= 0x41 && v <= 0x5A || v >= 0x30 && v <= 0x39) {
                    // ASCII letters and digits: the common case, inline, the whole run of them at
                    // once (a byte is a scalar there: nothing to decode).
                    if wordStart < 0 {
                        wordStart = position
                        wordOffset = offset
                    }
                    var p = position
                    while p < n {
                        let b = bytes[p]
                        if b >= 0x61 && b <= 0x7A {
                            letters += 1
                            digitsOnly = false
                            if !ascii { folded.append(b) }
                        } else if b >= 0x41 && b <= 0x5A {
                            upper += 1
                            letters += 1
                            digitsOnly = false
                            plain = false
                            if !ascii { folded.append(b + 32) }
                        } else if b >= 0x30 && b <= 0x39 {
                            if !ascii { folded.append(b) }
                        } else {
                            break
                        }
                        p += 1
                    }
                    offset += p - position
                    position = p
                    continue
                } else if Tokenizer.isSpaceless(v) {
                    flush(at: position, into: &sink)
                    var one: [UInt8] = []
                    TextFolding.fold(v, into: &one)
                    var flags: Token.Flags = [.ideographic]
                    if sentenceStart { flags.insert(.sentenceStart) }
                    // (A comma or 、 before a character parts a list's items, which a middle dot does not: 刘建华、郑思远, 迈克尔·伍尔德里奇.)
                    if punctuation { flags.insert(.afterPunctuation) }
                    if lineStart { flags.insert(.lineStart) }
                    lineStart = false
                    sink.take(String(decoding: one, as: UTF8.self), original: UnsafeBufferPointer(rebasing: bytes[position..<position + length]),
                              same: false, offset: offset, flags: flags,
                              key: Sink.wantsKeys ? one.withUnsafeBufferPointer { WordKey(bytes: $0) } : .long)
                    emitted += 1
                    sentenceStart = false
                    punctuation = false
                } else if v >= 0x80, Tokenizer.isWordScalar(Unicode.Scalar(v)!) {
                    if wordStart < 0 {
                        wordStart = position
                        wordOffset = offset
                    }
                    plain = false
                    spill(upTo: position)
                    if !TextFolding.isMark(v) {
                        let p = Unicode.Scalar(v)!.properties
                        digitsOnly = digitsOnly && p.numericType != nil
                        if p.isAlphabetic {
                            letters += 1
                            if p.isUppercase { upper += 1 }
                        }
                    }
                    TextFolding.fold(v, into: &folded)
                } else if (v == 0x27 || v == 0x2019) && wordStart >= 0 {
                    // "Japan's": the possessive is dropped, "O'Brien" stays one word.
                    let next = position + length
                    if next < n, bytes[next] == 0x73 || bytes[next] == 0x53, next + 1 == n || !Tokenizer.isWordScalar(decode(next + 1).0) {
                        flush(at: position, into: &sink)
                        position = next + 1
                        offset += 2
                        continue
                    }
                    if next < n, Tokenizer.isWordScalar(decode(next).0) {
                        // French and Italian elision ("l'Allemagne", "qu'il", "dell'Italia") splits; "O'Brien" stays one word.
                        spill(upTo: position)
                        if Tokenizer.isElided(folded) {
                            flush(at: position, into: &sink)
                        } else {
                            folded.append(0x27)
                            if v != 0x27 { plain = false }
                        }
                    } else {
                        flush(at: position, into: &sink)
                    }
                } else {
                    let glued = v == 0x2D && wordStart >= 0
                    flush(at: position, into: &sink)
                    hyphen = false
                    if glued {
                        let next = position + length
                        hyphen = next < n && Tokenizer.isWordScalar(decode(next).0)
                    }
                    switch v {
                    case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0x0A:  // . ! ? 。 ！ ？ newline
                        // "U.S." and "Mr." do not end a sentence when a lower-case word follows; the
                        // names that follow them are still taken as capitalised words, which is what counts.
                        sentenceStart = true
                        if v == 0x0A && emitted > 0 { lineStart = true }
                    case 0x2C, 0x3A, 0x3B, 0x2014, 0x2013, 0x28, 0x29, 0x22, 0x201C, 0x201D, 0x3001, 0xFF0C:
                        punctuation = true
                    // « » „ ، （ ） 「 」 『 』: quotes, the Arabic comma and full-width brackets part phrases as
                    // their ASCII kin do («Финам» Ольга Белова, شركة الاتصالات السعودية، الراعي).
                    case 0xAB, 0xBB, 0x201E, 0x060C, 0xFF08, 0xFF09, 0x300C, 0x300D, 0x300E, 0x300F:
                        punctuation = true
                    default: break
                    }
                }
                position += length
                offset += 1
            }
            flush(at: n, into: &sink)
        }
    }

    /// The elided articles and prepositions of French and Italian, folded ("l", "qu", "dell", "dall").
    private static let elided: [[UInt8]] = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "dell", "dall", "all", "nell", "sull"].map { Array($0.utf8) }

    @inline(__always)
    fileprivate static func isElided(_ folded: [UInt8]) -> Bool {
        folded.count <= 4 && elided.contains(folded)
    }

    /// True for an elided article or preposition written in lower case right before the next word, an apostrophe between
    /// ("d'" of "Saint-Chély-d'Apcher", "l'" of "dell'Ucraina").
    static func isElision(_ t: Token, before next: Token) -> Bool {
        next.offset == t.offset + t.original.scalarCount + 1 && t.original.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } == true
            && isElided(Array(t.text.utf8))
    }

    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return isWordScalar(Unicode.Scalar(v)!)
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if TextFolding.isMark(v) { return true }
        // General punctuation (’ “ ” – — …), in most texts of every language, holds no letter and
        // no digit: no look-up of the scalar's properties (~0.5% of a burst's CPU).
        if v >= 0x2000 && v <= 0x206F { return false }
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
