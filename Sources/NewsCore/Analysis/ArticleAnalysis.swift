/// What newsd works out about one article: stored beside it, printed by `newsd analyze` and
/// `newsd show --json`, and what subscriptions match against.
public struct ArticleAnalysis: Sendable, Equatable, Codable {
    /// ISO 639-1, from the text (CLD2), or as the source declared it when the text is too short to tell.
    public var language: String?
    /// ISO 3166-1 alpha-2, upper case, in order of first mention.
    public var countries: [String] = []
    /// The one to three countries the article is about, most so first: from the dateline, the
    /// title, the lead and how often each is named (wire services label stories so).
    public var mainCountries: [String] = []
    public var places: [String] = []
    public var people: [String] = []
    public var organizations: [String] = []
    /// Best first; a child topic's parent is listed too.
    public var topics: [TopicScore] = []
    /// SimHash of the body's word shingles, 16 hex digits.
    public var fingerprint: String = "0000000000000000"
    /// What stories are matched on: entities and the article's key terms.
    public var keys: [String] = []
    /// The keys that stand in the title or the lead: they weigh more when stories are linked.
    public var leadKeys: [String] = []

    public init() {}

    /// ``fingerprint`` as a number.
    public var fingerprintValue: UInt64 {
        get { UInt64(fingerprint, radix: 16) ?? 0 }
        set {
            // Sixteen lower-case hex digits, zero-padded, written as bytes (`String(_:radix:)` and the padding cost
            // about 1% of an article's analysis).
            fingerprint = String(unsafeUninitializedCapacity: 16) { out in
                for k in 0..<16 {
                    let nibble = UInt8(truncatingIfNeeded: newValue >> UInt64(60 - 4 * k)) & 0x0F
                    out[k] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
                }
                return 16
            }
        }
    }
}

/// A topic that fired, with the terms that made it fire.
public struct TopicScore: Sendable, Equatable, Codable {
    public var id: String
    /// 0 to 1; 0.5 is the topic's threshold.
    public var score: Double
    public var evidence: [String]

    public init(id: String, score: Double, evidence: [String]) {
        self.id = id
        self.score = score
        self.evidence = evidence
    }
}
