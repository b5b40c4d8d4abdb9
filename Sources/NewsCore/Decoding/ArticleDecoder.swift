import Glibc

/// Decodes a file through the first of its ``formats`` that is surest the file is its own: the
/// formats that read bytes (markup, mail) first, then, on the file as text, those that read text.
public struct ArticleDecoder: Sendable {
    /// The most bytes a compressed file may inflate to.
    public var maximumExpandedSize: Int
    /// The most items a feed may have (`max_feed_items`); a larger feed is refused whole.
    public var maximumFeedItems: Int {
        didSet { formats = Self.standardFormats(maximumFeedItems: maximumFeedItems) }
    }
    /// The formats in order of precedence: between equally sure formats, the first wins.
    public private(set) var formats: [any ArticleFormat]

    public init(maximumExpandedSize: Int = 64 << 20, maximumFeedItems: Int = 100_000) {
        self.maximumExpandedSize = maximumExpandedSize
        self.maximumFeedItems = maximumFeedItems
        formats = Self.standardFormats(maximumFeedItems: maximumFeedItems)
    }

    /// The formats newsd reads. A feed's root element outranks HTML elements in the same page;
    /// markup that is neither is refused before it could pass for Markdown or plain text.
    public static func standardFormats(maximumFeedItems: Int) -> [any ArticleFormat] {
        [
            FeedDecoder(maximumItems: maximumFeedItems), HTMLArticleExtractor(), MailDecoder(),
            JSONArticleDecoder(), UnsupportedMarkup(),
            PlainTextDecoder(markdown: true), PlainTextDecoder(markdown: false),
        ]
    }

    /// Decodes one file's bytes into one or more articles (a feed gives one per item).
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - fileName: used only as a hint (`.md`, `.json`, `.eml`, `.gz`...).
    /// - Throws: ``IntakeError`` with the reason the file is not an article.
    public func decode(_ bytes: [UInt8], fileName: String) throws(IntakeError) -> [Article] {
        var bytes = bytes
        var name = fileName
        if Gzip.isCompressed(bytes) {
            bytes = try Gzip.decompress(bytes, limit: maximumExpandedSize)
            if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
            if Gzip.isCompressed(bytes) { throw .unsupportedFormat(detail: "gzip inside gzip") }
        }
        let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last!.lowercased() : ""
        var input = FormatInput(bytes: bytes, fileExtension: ext)
        if let format = surest(for: input, readingText: false) { return try format.decode(input) }
        input = input.with(text: try TextDecoding.decode(bytes).text)
        guard let format = surest(for: input, readingText: true) else {
            let names = formats.map(\.name).joined(separator: ", ")
            throw .unsupportedFormat(detail: "no format takes this text; the formats are \(names)")
        }
        return try format.decode(input)
    }

    /// The format surest that `input` is its own, the first listed among equals.
    func surest(for input: FormatInput, readingText: Bool) -> (any ArticleFormat)? {
        var best: (format: any ArticleFormat, confidence: FormatConfidence)?
        for format in formats where format.readsText == readingText {
            guard let confidence = format.sniff(input) else { continue }
            if let best, best.confidence >= confidence { continue }
            best = (format, confidence)
            if confidence == .certain { break }
        }
        return best?.format
    }
}

extension Array where Element == UInt8 {
    /// Byte-level substring search (Foundation's `contains` on String is far slower).
    func containsSequence(_ needle: [UInt8]) -> Bool {
        withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { ContentSearch.contains(haystack, $0) }
        }
    }
}

extension String {
    /// Byte-level substring test, without Foundation's `contains` (a hot spot in profiles).
    func includes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in needle.withUTF8 { ContentSearch.contains(h, $0) } }
    }
}

enum ContentSearch {
    /// The format sniffs ask this of every file's first kilobytes: candidates by glibc's
    /// vectorised `memchr` on the first byte, each checked by `memcmp`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// Where `needle` first starts in `haystack` (0 when it is empty), by the same `memchr` and `memcmp`.
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard needle.count <= haystack.count, let h = haystack.baseAddress, let n = needle.baseAddress else { return nil }
        let first = Int32(n.pointee)
        var at = 0
        let last = haystack.count - needle.count
        while at <= last {
            guard let found = memchr(h + at, first, last - at + 1) else { return nil }
            let i = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - h
            if memcmp(h + i, n, needle.count) == 0 { return i }
            at = i + 1
        }
        return nil
    }

    /// Whether `byte` is among `bytes` (`memchr`).
    static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }
}
