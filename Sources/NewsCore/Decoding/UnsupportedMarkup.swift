/// Text that starts with `<` but that neither the HTML nor the feed format claimed: refused with
/// a reason rather than stored as text full of tags.
public struct UnsupportedMarkup: ArticleFormat {
    public init() {}

    public var name: String { "markup" }
    public var readsText: Bool { true }

    public func sniff(_ input: FormatInput) -> FormatConfidence? {
        input.firstCharacter == "<" ? .possible : nil
    }

    public func decode(_ input: FormatInput) throws(IntakeError) -> [Article] {
        throw .unsupportedFormat(detail: "markup that is neither an HTML page nor an RSS or Atom feed")
    }
}
