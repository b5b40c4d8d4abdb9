/// A file as the formats see it: its bytes and name, the start of it prepared once for every
/// format's sniff, and for formats that read text, the text.
public struct FormatInput: Sendable {
    /// The whole file, decompressed.
    public let bytes: [UInt8]
    /// The file name's extension in lower case (`html` for `page.html.gz`), or "".
    public let fileExtension: String
    /// The first 2 KiB with a UTF-8 byte order mark removed.
    public let head: [UInt8]
    /// ``head`` with ASCII letters in lower case.
    public let lowercasedHead: [UInt8]
    /// ``lowercasedHead`` after leading white space.
    public let trimmedHead: ArraySlice<UInt8>
    /// The whole file as text, for the formats that read text; nil while the formats that read bytes are asked.
    public private(set) var text: String?
    /// The first character of ``text`` that is not white space.
    public private(set) var firstCharacter: Character?

    public init(bytes: [UInt8], fileExtension: String) {
        self.bytes = bytes
        self.fileExtension = fileExtension
        var head = Array(bytes.prefix(2048))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        self.head = head
        lowercasedHead = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        trimmedHead = lowercasedHead.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
    }

    /// This input with its text, for the formats that read text.
    public func with(text: String) -> FormatInput {
        var input = self
        input.text = text
        input.firstCharacter = text.first(where: { !$0.isWhitespace })
        return input
    }

    /// ``text``, or the bytes decoded by ``TextDecoding`` for an input built without it.
    public func readText() throws(IntakeError) -> String {
        if let text { return text }
        return try TextDecoding.decode(bytes).text
    }

    /// True when the file starts (after white space) with `<`: markup.
    public var startsWithMarkup: Bool { trimmedHead.first == UInt8(ascii: "<") }

    /// True when the lower-cased start of the file contains one of `markers` (ASCII, lower case).
    public func headContains(anyOf markers: [[UInt8]]) -> Bool {
        markers.contains { lowercasedHead.containsSequence($0) }
    }
}
