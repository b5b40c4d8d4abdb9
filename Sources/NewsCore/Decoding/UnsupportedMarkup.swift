/// Text that starts with markup that neither the HTML nor the feed format claimed: refused with
/// a reason rather than stored as text full of tags. A wire story whose first line starts with a
/// company tag (`<CINRAM LTD> 4TH QTR NET`) is text: markup has a closing tag, an empty-element
/// tag, a declaration or a processing instruction near its start.
public struct UnsupportedMarkup: ArticleFormat {
    public init() {}

    public var name: String { "markup" }
    public var readsText: Bool { true }

    static let markers = ["</", "/>", "<!", "<?"].map { Array($0.utf8) }

    public func sniff(_ input: FormatInput) -> FormatConfidence? {
        guard input.firstCharacter == "<" else { return nil }
        return input.headContains(anyOf: Self.markers) ? .possible : nil
    }

    public func decode(_ input: FormatInput) throws(IntakeError) -> [Article] {
        throw .unsupportedFormat(detail: "markup that is neither an HTML page nor an RSS or Atom feed")
    }
}
