/// One journal record exactly as a store keeps it, for `newsd copy`: its hash and chain value as
/// stored (never computed again), its article's columns as text, its analysis as JSON text.
public struct CopiedRecord: Sendable, Equatable {
    public var seq: Int64
    public var kind: String
    public var atMillis: Int64
    public var file: String
    public var fileSHA256: String
    public var fileIdentity: String?
    public var item: Int
    public var duplicateOf: Int64?
    public var errorCode: String?
    public var errorReason: String?
    public var recordHash: [UInt8]
    public var chain: [UInt8]
    public var version: Int
    public var contentHash: [UInt8]?
    public var originAtMillis: Int64?
    public var originHash: String?
    public var article: Article?
    public var analysis: Analysis?
    /// Why and when the article's text was removed (`newsd redact`): it has no article then.
    public var redaction: Redaction?

    /// A redaction as stored.
    public struct Redaction: Sendable, Equatable {
        public var reason: String
        public var atMillis: Int64

        public init(reason: String, atMillis: Int64) {
            self.reason = reason
            self.atMillis = atMillis
        }
    }

    /// An article's columns as stored (`published` as its text, so no date is parsed and written again).
    public struct Article: Sendable, Equatable {
        public var title: String
        public var body: String
        public var url: String?
        public var published: String?
        public var source: String?
        public var language: String?
        public var format: String

        public init(title: String, body: String, url: String?, published: String?, source: String?, language: String?, format: String) {
            self.title = title
            self.body = body
            self.url = url
            self.published = published
            self.source = source
            self.language = language
            self.format = format
        }
    }

    /// An article's analysis row; the list columns are JSON text.
    public struct Analysis: Sendable, Equatable {
        public var language: String?
        public var countries: String
        public var places: String
        public var people: String
        public var organizations: String
        public var topics: String
        public var fingerprint: Int64
        public var keys: String
        public var duplicateOf: Int64?
        public var story: Int64
        public var atMillis: Int64
        public var leadKeys: String?
        public var storyEvidence: String?
        public var mainCountries: String?

        public init(
            language: String?, countries: String, places: String, people: String, organizations: String, topics: String,
            fingerprint: Int64, keys: String, duplicateOf: Int64?, story: Int64, atMillis: Int64, leadKeys: String?,
            storyEvidence: String?, mainCountries: String?
        ) {
            self.language = language
            self.countries = countries
            self.places = places
            self.people = people
            self.organizations = organizations
            self.topics = topics
            self.fingerprint = fingerprint
            self.keys = keys
            self.duplicateOf = duplicateOf
            self.story = story
            self.atMillis = atMillis
            self.leadKeys = leadKeys
            self.storyEvidence = storyEvidence
            self.mainCountries = mainCountries
        }
    }

    public init(
        seq: Int64, kind: String, atMillis: Int64, file: String, fileSHA256: String, fileIdentity: String?, item: Int,
        duplicateOf: Int64?, errorCode: String?, errorReason: String?, recordHash: [UInt8], chain: [UInt8], version: Int,
        contentHash: [UInt8]?, originAtMillis: Int64?, originHash: String?, article: Article?, analysis: Analysis?,
        redaction: Redaction? = nil
    ) {
        self.seq = seq
        self.kind = kind
        self.atMillis = atMillis
        self.file = file
        self.fileSHA256 = fileSHA256
        self.fileIdentity = fileIdentity
        self.item = item
        self.duplicateOf = duplicateOf
        self.errorCode = errorCode
        self.errorReason = errorReason
        self.recordHash = recordHash
        self.chain = chain
        self.version = version
        self.contentHash = contentHash
        self.originAtMillis = originAtMillis
        self.originHash = originHash
        self.article = article
        self.analysis = analysis
        self.redaction = redaction
    }
}

/// A recorded story merge (story `story` is part of `into`, found by the article `bySeq`).
public struct CopiedMerge: Sendable, Equatable {
    public var story: Int64
    public var into: Int64
    public var bySeq: Int64
    public var atMillis: Int64

    public init(story: Int64, into: Int64, bySeq: Int64, atMillis: Int64) {
        self.story = story
        self.into = into
        self.bySeq = bySeq
        self.atMillis = atMillis
    }
}

/// One recorded alert with its deliveries, as stored (topics and countries as JSON text).
public struct CopiedAlert: Sendable, Equatable {
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
    public var topics: String
    public var countries: String
    public var score: Double
    public var count: Int
    public var lastSeq: Int64
    public var deliveredMillis: Int64?
    public var foldedInto: Int64?
    public var deliveries: [Delivery]

    public struct Delivery: Sendable, Equatable {
        public var sink: String
        public var attempts: Int
        public var lastError: String?
        public var lastAttemptMillis: Int64?
        public var deliveredMillis: Int64?
        public var nextAttemptMillis: Int64?

        public init(sink: String, attempts: Int, lastError: String?, lastAttemptMillis: Int64?, deliveredMillis: Int64?, nextAttemptMillis: Int64?) {
            self.sink = sink
            self.attempts = attempts
            self.lastError = lastError
            self.lastAttemptMillis = lastAttemptMillis
            self.deliveredMillis = deliveredMillis
            self.nextAttemptMillis = nextAttemptMillis
        }
    }

    public init(
        id: Int64, alert: String, priority: Int, seq: Int64, story: Int64, atMillis: Int64, title: String, url: String?, file: String,
        source: String?, topics: String, countries: String, score: Double, count: Int, lastSeq: Int64, deliveredMillis: Int64?,
        foldedInto: Int64?, deliveries: [Delivery]
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
        self.foldedInto = foldedInto
        self.deliveries = deliveries
    }
}
