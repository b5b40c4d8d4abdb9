/// One word of an article (or one character of a script written without spaces).
public struct Token: Sendable, Equatable {
    /// The folded form (see ``TextFolding``).
    public var text: String {
        didSet { key = WordKey(text) }
    }
    /// As it stands in the text. (A String, not a slice of the text: most words fit in a small
    /// String, which costs no allocation and no reference count, where a slice retains the text.)
    public var original: String
    /// Offset of the first scalar in the text's unicode scalars.
    public var offset: Int
    public var flags: Flags
    /// ``text``'s record and hash for ``WordTable`` look-ups, made once by the tokenizer: the
    /// tables a word is looked up in (titles, stop words, head words, the gazetteer's names...)
    /// do not hash it again.
    var key: WordKey

    /// A token whose key is made from `text`.
    init(text: String, original: String, offset: Int, flags: Flags) {
        self.init(text: text, original: original, offset: offset, flags: flags, key: WordKey(text))
    }

    /// A token with `text`'s key made already (``WordKey/init(bytes:)`` of its bytes).
    init(text: String, original: String, offset: Int, flags: Flags, key: WordKey) {
        self.text = text
        self.original = original
        self.offset = offset
        self.flags = flags
        self.key = key
    }

    /// Tokens are equal when they read the same: the key follows from the text.
    public static func == (a: Token, b: Token) -> Bool {
        a.text == b.text && a.original == b.original && a.offset == b.offset && a.flags == b.flags
    }

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Starts with an upper-case letter.
        public static let capitalized = Flags(rawValue: 1)
        /// Two or more letters, all upper case (an acronym or a dateline).
        public static let allCaps = Flags(rawValue: 2)
        /// First word of a sentence or a paragraph.
        public static let sentenceStart = Flags(rawValue: 4)
        /// A character of a script without spaces (Han, kana, Hangul, Thai).
        public static let ideographic = Flags(rawValue: 8)
        /// Only digits.
        public static let numeric = Flags(rawValue: 16)
        /// A comma, colon or dash stood right before this token (it starts a new phrase).
        public static let afterPunctuation = Flags(rawValue: 32)
        /// Glued to the previous token by a hyphen ("Jae-myung", "Self-Defense").
        public static let hyphenated = Flags(rawValue: 64)
        /// First word after a line break: a name never runs on across it.
        public static let lineStart = Flags(rawValue: 128)
        /// A sentence, a line or a phrase starts at this token: a name never runs on across it.
        public static let boundary: Flags = [.afterPunctuation, .sentenceStart, .lineStart]
    }

    public var isCapitalized: Bool { flags.contains(.capitalized) }

    /// `text.unicodeScalars.count > 1`, from the length of the first scalar (its lead byte)
    /// instead of counting them.
    var hasSeveralScalars: Bool {
        let bytes = text.utf8
        guard let lead = bytes.first else { return false }
        return bytes.count > (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
    }
}
