/// What an alert says: the subscription, and the article that matched it.
public struct Alert: Sendable, Equatable {
    public var alert: String
    /// A syslog level (0 emerg ... 7 debug).
    public var priority: Int
    public var seq: Int64
    public var story: Int64
    public var title: String
    public var url: String?
    public var file: String
    public var source: String?
    public var topics: [String]
    public var countries: [String]
    public var score: Double

    public init(alert: String, priority: Int, seq: Int64, story: Int64, title: String, url: String?, file: String,
                source: String?, topics: [String], countries: [String], score: Double) {
        self.alert = alert
        self.priority = priority
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

/// A subscription that matched an article, before throttling.
@dynamicMemberLookup
public struct AlertMatch: Sendable {
    public var content: Alert
    /// Once per story within this many milliseconds.
    public var windowMillis: Int64
    /// The sinks the subscription names: one delivery is recorded for each.
    public var sinks: [String]

    public init(_ content: Alert, windowMillis: Int64, sinks: [String] = [AlertDelivery.journal]) {
        self.content = content
        self.windowMillis = windowMillis
        self.sinks = sinks
    }

    public subscript<T>(dynamicMember path: KeyPath<Alert, T>) -> T { content[keyPath: path] }
}

/// An alert as the store keeps it: the first match of a subscription in a story, with the
/// later articles of that story (and their duplicates) counted on it.
@dynamicMemberLookup
public struct AlertRecord: Sendable, Equatable {
    public var id: Int64
    public var content: Alert
    /// When it was raised, ms since the epoch.
    public var atMillis: Int64
    /// Articles of the story that matched, this one included.
    public var count: Int
    public var lastSeq: Int64
    /// When the last of its sinks took it; nil while any sink has yet to.
    public var deliveredMillis: Int64?
    /// Its delivery to each sink its subscription named (filled by ``AlertOutbox/alerts(sinceMillis:alert:limit:)``).
    public var deliveries: [AlertDelivery] = []
    /// For a later article of a story already alerted on within the window: the seq of the
    /// article that raised that first alert. Such a match is sent at a lower priority (info), so
    /// it is never silent and never floods the warning level.
    public var foldedInto: Int64?

    public init(id: Int64, content: Alert, atMillis: Int64, count: Int = 1, lastSeq: Int64? = nil, deliveredMillis: Int64? = nil,
                foldedInto: Int64? = nil, deliveries: [AlertDelivery] = []) {
        self.deliveries = deliveries
        self.foldedInto = foldedInto
        self.id = id
        self.content = content
        self.atMillis = atMillis
        self.count = count
        self.lastSeq = lastSeq ?? content.seq
        self.deliveredMillis = deliveredMillis
    }

    public subscript<T>(dynamicMember path: KeyPath<Alert, T>) -> T { content[keyPath: path] }

    /// One line for people: `[subscription] title (source)`, with the story note of a folded alert.
    public var summary: String {
        Self.summary(alert: content.alert, title: content.title, source: content.source, story: content.story, foldedInto: foldedInto)
    }

    /// The line of ``summary`` from its parts (also for documents made from an alert).
    public static func summary(alert: String, title: String, source: String?, story: Int64, foldedInto: Int64?) -> String {
        var text = "[\(alert)] \(title)"
        if let source, !source.isEmpty { text += " (\(source))" }
        if let foldedInto { text += " [more on story \(story), first alerted with article \(foldedInto)]" }
        return text
    }
}

/// The delivery of one alert to one sink, as the outbox records it.
public struct AlertDelivery: Sendable, Equatable, Codable {
    /// The sink every subscription names unless it says otherwise.
    public static let journal = "journal"

    public var sink: String
    /// Tries so far, the successful one included.
    public var attempts: Int
    /// Why the last try failed (nil once delivered or before any try).
    public var lastError: String?
    public var lastAttemptMillis: Int64?
    /// When the sink confirmed it; nil while pending.
    public var deliveredMillis: Int64?
    /// Not tried again before this time (a sink that refused it for good is retried slowly).
    public var nextAttemptMillis: Int64?

    public init(sink: String, attempts: Int = 0, lastError: String? = nil, lastAttemptMillis: Int64? = nil,
                deliveredMillis: Int64? = nil, nextAttemptMillis: Int64? = nil) {
        self.sink = sink
        self.attempts = attempts
        self.lastError = lastError
        self.lastAttemptMillis = lastAttemptMillis
        self.deliveredMillis = deliveredMillis
        self.nextAttemptMillis = nextAttemptMillis
    }

    public var isDelivered: Bool { deliveredMillis != nil }
}
