/// One kind of file newsd reads articles from: a cheap test of whether a file is of this kind,
/// and the decoder. ``ArticleDecoder`` asks its formats in order and runs the surest.
public protocol ArticleFormat: Sendable {
    /// The format's name, as the `format` field of its articles gives it.
    var name: String { get }
    /// True when the format reads the file as text, after ``TextDecoding`` has found its charset;
    /// such formats are asked only when no format that reads bytes claims the file.
    var readsText: Bool { get }
    /// How sure the format is that the file is its own, from its first bytes, its name and (for a
    /// format that reads text) its first characters; nil when it is not. Never decodes the file.
    func sniff(_ input: FormatInput) -> FormatConfidence?
    /// Decodes the whole file into one or more articles.
    /// - Throws: ``IntakeError`` with the reason the file is not an article.
    func decode(_ input: FormatInput) throws(IntakeError) -> [Article]
}

/// How sure a format is that a file is its own. Between equals, the format listed first wins.
public enum FormatConfidence: Int, Comparable, Sendable {
    /// Takes anything no other format claims.
    case fallback
    /// The file's name says so, or its content hints at it (mail headers, a `{`).
    case possible
    /// The content usually means this format (an XML declaration).
    case likely
    /// The content is unmistakably this format (an `<rss>` or `<html>` element).
    case certain

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
