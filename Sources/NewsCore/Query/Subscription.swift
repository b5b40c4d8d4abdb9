/// One alert subscription: a query, with the priority and throttling of its alerts.
public struct Subscription: Sendable {
    public var id: String
    public var queryText: String
    public var query: Query
    /// A syslog level name: emerg, alert, crit, err, warning, notice, info, debug.
    public var priority: String
    public var description: String
    /// Once per story within this many seconds (nil: the configured default).
    public var window: Double?
    /// The sinks its alerts go to (ids from the configuration's `sinks:`).
    public var sinks: [String]
    let compiled: CompiledQuery

    /// Warnings and notes on the query's fields (when checked against a vocabulary).
    public var findings: [QueryVocabulary.Finding] = []

    /// - Parameter vocabulary: when given, a field value no article can have (an unknown topic,
    ///   language or country) is an error at its line and column, a topic's spelling variant is
    ///   read as the topic, and unknown names are kept as ``findings``.
    public init(id: String, query text: String, priority: String = "notice", description: String = "", window: Double? = nil,
                sinks: [String] = [AlertDelivery.journal], gazetteer: Gazetteer = .shared,
                vocabulary: QueryVocabulary? = nil) throws(QueryError) {
        self.id = id
        self.sinks = sinks
        queryText = text
        let (parsed, fields) = try QueryParser.parseWithFields(text)
        if let vocabulary {
            let checked = vocabulary.check(parsed, fields: fields)
            if let error = checked.errors.first { throw QueryError(message: error.message, line: error.line, column: error.column) }
            query = checked.query
            findings = checked.findings
        } else {
            query = parsed
        }
        self.priority = priority
        self.description = description
        self.window = window
        compiled = try CompiledQuery(query, gazetteer: gazetteer)
    }

    /// The syslog priority levels journald knows, by name.
    public static let priorities: [String: Int] = [
        "emerg": 0, "alert": 1, "crit": 2, "err": 3, "error": 3, "warning": 4, "warn": 4, "notice": 5, "info": 6, "debug": 7,
    ]

    public var priorityLevel: Int { Self.priorities[priority] ?? 5 }

    public func matches(_ doc: MatchDocument) -> Bool { compiled.matches(doc) }

    /// The clauses that fail for `doc` and what the article has instead, for `newsd rules test`.
    public func whyNot(_ doc: MatchDocument) -> [String] {
        var out: [String] = []
        compiled.whyNot(doc, into: &out)
        return out
    }

    /// The parts of the query that hold for `doc`, for `newsd rules test`.
    public func explain(_ doc: MatchDocument) -> [String] {
        var out: [String] = []
        compiled.explain(doc, into: &out)
        return out
    }
}
