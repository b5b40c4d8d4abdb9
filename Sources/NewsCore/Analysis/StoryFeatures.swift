/// What one article brings to story linking: its story keys (people, places, organisations,
/// countries, key terms) as hashes with weights, sorted by hash so two articles are compared by
/// one merge. People weigh most, then places and organisations, then key terms, then countries;
/// a key in the title or lead counts twice.
public struct StoryFeatures: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case person, place, organization, name, capital, country, term

        /// The kind a key's first two bytes name (`p:`, `l:`, ...): without comparing Substrings.
        init(key: String) {
            var bytes = key.utf8.makeIterator()
            guard let first = bytes.next(), bytes.next() == UInt8(ascii: ":") else {
                self = .term
                return
            }
            switch first {
            case UInt8(ascii: "p"): self = .person
            case UInt8(ascii: "l"): self = .place
            case UInt8(ascii: "o"): self = .organization
            case UInt8(ascii: "n"): self = .name
            case UInt8(ascii: "g"): self = .capital
            case UInt8(ascii: "c"): self = .country
            default: self = .term
            }
        }

        var weight: Float {
            switch self {
            case .person: 3
            case .place, .organization, .name: 2
            case .capital, .term: 1
            case .country: 0.5
            }
        }

        /// People, places, organisations and other names: what names an event, where countries
        /// and capitals (a government's metonym) only locate it.
        var isEntity: Bool { self == .person || self == .place || self == .organization || self == .name }
    }

    /// One key in 8 bytes (the story linker holds the keys of 50,000 articles): the 56-bit hash
    /// in the high bits, then the kind, the lead flag and the distinctive flag, so keys sorted by
    /// value are sorted by hash.
    public struct Key: Sendable, Equatable {
        let bits: UInt64

        init(hash: UInt64, kind: Kind, lead: Bool, distinctive: Bool) {
            bits = hash << 8 | UInt64(kind.rawValue) << 2 | (lead ? 2 : 0) | (distinctive ? 1 : 0)
        }

        /// ``StoryFeatures/hash(_:)`` of the key.
        public var hash: UInt64 { bits >> 8 }
        public var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: bits >> 2) & 7) ?? .term }
        public var lead: Bool { bits & 2 != 0 }
        /// A name, or a term rare in news (``TermWeights/isDistinctive(_:)``): it can say what happened.
        public var distinctive: Bool { bits & 1 != 0 }
        /// The kind's weight, twice in the title or lead.
        public var weight: Float { kind.weight * (lead ? 2 : 1) }
    }

    /// Keys kept of one article at most: the heaviest (an article naming hundreds of people
    /// would otherwise cost the linker in proportion; BBC articles have 23 on average).
    public static let keyLimit = 128

    public private(set) var keys: [Key]
    public private(set) var total: Float
    private var countryCount: UInt16
    /// How many countries the article names.
    public var countries: Int { Int(countryCount) }

    public init(keys names: [String], leadKeys: [String]) {
        // Lead keys by hash (a few dozen: an array of integers beats a Set of Strings).
        let lead = leadKeys.map(Self.hash)
        var keys: [Key] = []
        keys.reserveCapacity(names.count)
        for name in names {
            let kind = Kind(key: name)
            let hash = Self.hash(name)
            let isLead = lead.contains(hash)
            // A key term common in all news ("figure", "date") adds weight but does not say what happened.
            let distinctive = kind != .term || TermWeights.shared.isDistinctive(name.dropFirst(2))
            keys.append(Key(hash: hash, kind: kind, lead: isLead, distinctive: distinctive))
        }
        keys.sort { $0.bits < $1.bits }
        // A key listed twice counts once.
        var unique: [Key] = []
        unique.reserveCapacity(keys.count)
        for k in keys where unique.last?.hash != k.hash { unique.append(k) }
        if unique.count > Self.keyLimit {
            unique.sort { $0.weight > $1.weight || ($0.weight == $1.weight && $0.bits < $1.bits) }
            unique.removeLast(unique.count - Self.keyLimit)
            unique.sort { $0.bits < $1.bits }
        }
        self.keys = unique
        total = unique.reduce(0) { $0 + $1.weight }
        countryCount = UInt16(clamping: unique.reduce(0) { $0 + ($1.kind == .country ? 1 : 0) })
    }

    public init(_ analysis: ArticleAnalysis) {
        self.init(keys: analysis.keys, leadKeys: analysis.leadKeys)
    }

    /// FNV-1a, its high 56 bits (a key packs the rest): stable across runs and machines, so
    /// hashes could be stored.
    ///
    /// Keys are compared by this hash alone. Two different keys of the 50,000 articles held (about
    /// 1.2 million keys, most repeated) share one with a probability of about 2^-56 per pair,
    /// under 10^-5 for the whole window; and a shared key alone never links two articles
    /// (``StoryLinker`` wants several shared names and terms, one in both leads, and overlap),
    /// so a collision could at worst add one key's weight to a pair.
    public static func hash(_ key: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h >> 8
    }

    /// What two articles share.
    public struct Overlap: Sendable, Equatable {
        /// Shared weight (the smaller of the two weights of each shared key) over the smaller total.
        public var similarity: Float = 0
        public var entities = 0
        /// Shared entities that are no person: a place, an organisation, a name (where and what, not who).
        public var locating = 0
        /// Shared distinctive terms (words common in all news, "figure", "date", add weight only).
        public var terms = 0
        /// Shared capitals: where an event happened, or a government's metonym.
        public var capitals = 0
        public var countries = 0
        /// Whether both articles name a country.
        public var bothLocated = false
        /// Shared people, places, organisations, names or terms in the title or lead of both.
        public var lead = 0
        public var shared: [UInt64] = []
    }

    /// - Parameter listing: also list the shared keys' hashes in ``Overlap/shared``.
    public func overlap(_ other: StoryFeatures, listing: Bool = false) -> Overlap {
        keys.withUnsafeBufferPointer { a in
            other.keys.withUnsafeBufferPointer { b in
                Self.overlap(a, total: total, countries: countries, b, total: other.total, countries: other.countries,
                             listing: listing ? { $0.hash } : nil)
            }
        }
    }

    /// What two articles share, from their keys (each sorted by ``StoryKeyView/order``), total
    /// weights and country counts: the story linker keeps these in flat arrays, not as ``StoryFeatures``.
    /// - Parameter listing: when given, lists what it returns for each shared key in ``Overlap/shared``.
    static func overlap<K: StoryKeyView>(
        _ a: UnsafeBufferPointer<K>, total: Float, countries: Int,
        _ b: UnsafeBufferPointer<K>, total otherTotal: Float, countries otherCountries: Int,
        listing: ((K) -> UInt64)? = nil
    ) -> Overlap {
        var out = Overlap()
        var weight: Float = 0
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            let (x, y) = (a[i].order, b[j].order)
            if x < y {
                i += 1
            } else if x > y {
                j += 1
            } else {
                weight += min(a[i].weight, b[j].weight)
                let kind = a[i].kind
                if kind.isEntity { out.entities += 1 }
                if kind.isEntity && kind != .person { out.locating += 1 }
                if kind == .term && a[i].distinctive { out.terms += 1 }
                if kind == .country { out.countries += 1 }
                if kind == .capital { out.capitals += 1 }
                if a[i].lead && b[j].lead && kind != .country && kind != .capital { out.lead += 1 }
                if let listing { out.shared.append(listing(a[i])) }
                i += 1
                j += 1
            }
        }
        out.bothLocated = countries > 0 && otherCountries > 0
        let smaller = min(total, otherTotal)
        out.similarity = smaller > 0 ? weight / smaller : 0
        return out
    }
}

/// What ``StoryFeatures/overlap(_:listing:)`` reads of a key: the order two articles' keys are
/// merged by (one key, one value), its kind and flags.
protocol StoryKeyView {
    var order: UInt64 { get }
    var kind: StoryFeatures.Kind { get }
    var lead: Bool { get }
    var distinctive: Bool { get }
}

extension StoryKeyView {
    /// The kind's weight, twice in the title or lead.
    var weight: Float { kind.weight * (lead ? 2 : 1) }
}

extension StoryFeatures.Key: StoryKeyView {
    var order: UInt64 { hash }
}
