/// A subscription that matched an article, before throttling.
public struct AlertMatch: Sendable {
    public var alert: String
    public var priority: Int
    /// Once per story within this many milliseconds.
    public var windowMillis: Int64
    public var seq: Int64
    public var story: Int64
    public var title: String
    public var url: String?
    public var file: String
    public var source: String?
    public var topics: [String]
    public var countries: [String]
    public var score: Double

    public init(alert: String, priority: Int, windowMillis: Int64, seq: Int64, story: Int64, title: String, url: String?,
                file: String, source: String?, topics: [String], countries: [String], score: Double) {
        self.alert = alert
        self.priority = priority
        self.windowMillis = windowMillis
        self.seq = seq
        self.story = story
        self.title = title
        self.url = url
        self.file = file
        self.source = source
        self.topics = topics
        self.countries = countries
        self.score = score
    }
}

/// An alert as the store keeps it: the first match of a subscription in a story, with the
/// later articles of that story (and their duplicates) counted on it.
public struct AlertRecord: Sendable, Codable, Equatable {
    public var id: Int64
    public var alert: String
    public var priority: Int
    public var seq: Int64
    public var story: Int64
    public var atMillis: Int64
    public var title: String
    public var url: String?
    public var file: String
    public var source: String?
    public var topics: [String]
    public var countries: [String]
    public var score: Double
    /// Articles of the story that matched, this one included.
    public var count: Int
    public var lastSeq: Int64
    /// When journald took it; nil while it waits to be delivered.
    public var deliveredMillis: Int64?

    public init(
        id: Int64, alert: String, priority: Int, seq: Int64, story: Int64, atMillis: Int64, title: String, url: String?,
        file: String, source: String?, topics: [String], countries: [String], score: Double, count: Int, lastSeq: Int64,
        deliveredMillis: Int64?
    ) {
        self.id = id
        self.alert = alert
        self.priority = priority
        self.seq = seq
        self.story = story
        self.atMillis = atMillis
        self.title = title
        self.url = url
        self.file = file
        self.source = source
        self.topics = topics
        self.countries = countries
        self.score = score
        self.count = count
        self.lastSeq = lastSeq
        self.deliveredMillis = deliveredMillis
    }
}
