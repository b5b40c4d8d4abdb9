import Foundation

/// One news article as newsd understands it after decoding, before analysis.
public struct Article: Sendable, Equatable, Codable {
    /// The headline; empty when the source had none that looked like one.
    public var title: String
    /// The clean article text, paragraphs separated by blank lines.
    public var body: String
    public var url: String?
    /// Publication time as the source gave it, normalised to UTC.
    public var published: Date?
    public var source: String?
    /// ISO 639-1 code when the source declared one.
    public var language: String?
    /// The decoder that produced the article (`text`, `markdown`, `json`, ...).
    public var format: String

    public init(
        title: String,
        body: String,
        url: String? = nil,
        published: Date? = nil,
        source: String? = nil,
        language: String? = nil,
        format: String
    ) {
        self.title = title
        self.body = body
        self.url = url
        self.published = published
        self.source = source
        self.language = language
        self.format = format
    }

    /// When the story happened, as far as newsd can tell (``EventDate``): a day named in the lead,
    /// the dateline, the publication time, or else the intake time (ms since the epoch). Stories
    /// are windowed on it.
    public func eventMillis(ingestedAt millis: Int64) -> Int64 {
        EventDate.millis(body: body, published: published, arrivedAt: millis)
    }

    /// A short label for logs and lists: the title, or the start of the body.
    public var headline: String {
        if !title.isEmpty { return title }
        let firstLine = body.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        return firstLine.count > 80 ? String(firstLine.prefix(79)) + "…" : firstLine
    }
}
