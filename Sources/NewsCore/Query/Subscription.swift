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

    public init(id: String, query text: String, priority: String = "notice", description: String = "", window: Double? = nil,
                sinks: [String] = [AlertDelivery.journal], gazetteer: Gazetteer = .shared) throws(QueryError) {
        self.id = id
        self.sinks = sinks
        queryText = text
        query = try QueryParser.parse(text)
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

    /// The parts of the query that hold for `doc`, for `newsd rules test`.
    public func explain(_ doc: MatchDocument) -> [String] {
        var out: [String] = []
        compiled.explain(doc, into: &out)
        return out
    }
}

/// A query with its field values resolved through the gazetteer (country:Japan -> JP,
/// place:Diaoyu -> Senkaku Islands, org:"North Atlantic Treaty Organization" -> NATO).
indirect enum CompiledQuery: Sendable {
    case text(TextTerm, titleOnly: Bool)
    case countries(Set<String>)
    case topic(String, minimum: Double?)
    case person([String])
    case org([String])
    case place([String])
    case lang(String)
    case source([String])
    case near(CompiledQuery, CompiledQuery, Int)
    case and([CompiledQuery])
    case or([CompiledQuery])
    case not(CompiledQuery)

    init(_ q: Query, gazetteer: Gazetteer) throws(QueryError) {
        switch q {
        case .text(let t, let scope): self = .text(t, titleOnly: scope == .title)
        case .near(let a, let b, let n): self = .near(try CompiledQuery(a, gazetteer: gazetteer), try CompiledQuery(b, gazetteer: gazetteer), n)
        case .and(let parts): self = .and(try parts.map { p throws(QueryError) in try CompiledQuery(p, gazetteer: gazetteer) })
        case .or(let parts): self = .or(try parts.map { p throws(QueryError) in try CompiledQuery(p, gazetteer: gazetteer) })
        case .not(let p): self = .not(try CompiledQuery(p, gazetteer: gazetteer))
        case .field(let field, let value, let minimum):
            let tokens = Tokenizer.tokenize(value)
            let folded = tokens.map(\.text)
            // The gazetteer entry the whole value names, if any (aliases resolve to it).
            let wholeMatch = gazetteer.matches(in: tokens).first { $0.start == 0 && $0.count == tokens.count }
            let whole = wholeMatch.map { gazetteer.entries[$0.entry] }
            switch field {
            case .topic: self = .topic(value.lowercased(), minimum: minimum)
            case .lang: self = .lang(String(value.lowercased().prefix(2)))
            case .source: self = .source(folded)
            case .country:
                if value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) {
                    self = .countries([value.uppercased()])
                } else if let region = Regions.countries(value) {
                    self = .countries(region)
                } else if let c = whole?.country, whole?.kind == .country || whole?.kind == .demonym {
                    self = .countries([c])
                } else {
                    throw QueryError(message: "country:\(value) is not a country or region newsd knows; use an ISO code (JP), a name (Japan) or a region (\"Southeast Asia\")", line: 1, column: 1)
                }
            case .person:
                self = .person(whole.flatMap { $0.kind == .person ? Tokenizer.words($0.canonical) : nil } ?? folded)
            case .org:
                self = .org(whole.flatMap { $0.kind == .organization ? Tokenizer.words($0.canonical) : nil } ?? folded)
            case .place:
                let isPlace = whole.map { [.place, .city, .capital].contains($0.kind) } ?? false
                let canonical = isPlace ? wholeMatch.map { gazetteer.placeName($0.entry) } : nil
                self = .place(canonical.map { Tokenizer.words($0) } ?? folded)
            }
        }
    }

    func matches(_ d: MatchDocument) -> Bool {
        switch self {
        case .text(let t, let titleOnly): return d.occurs(t, titleOnly: titleOnly)
        case .countries(let cs): return !cs.isDisjoint(with: d.countries)
        case .topic(let id, let minimum): return d.topics[id].map { $0 >= (minimum ?? 0) } ?? false
        case .person(let q): return MatchDocument.contains(d.people, q)
        case .org(let q): return MatchDocument.contains(d.organizations, q)
        case .place(let q): return MatchDocument.contains(d.places, q)
        case .lang(let l): return d.language == l
        case .source(let q): return MatchDocument.contains([d.source], q)
        case .near(let a, let b, let n):
            let left = a.spans(d)
            guard !left.isEmpty else { return false }
            let right = b.spans(d)
            for l in left {
                for r in right {
                    let gap = r.0 > l.1 ? r.0 - l.1 - 1 : (l.0 > r.1 ? l.0 - r.1 - 1 : 0)
                    if gap <= n && !(l.0 == r.0 && l.1 == r.1) { return true }
                }
            }
            return false
        case .and(let parts): return parts.allSatisfy { $0.matches(d) }
        case .or(let parts): return parts.contains { $0.matches(d) }
        case .not(let p): return !p.matches(d)
        }
    }

    /// Word spans of a textual query (a term, a phrase, or an OR of them).
    func spans(_ d: MatchDocument) -> [(Int, Int)] {
        switch self {
        case .text(let t, let titleOnly): d.spans(t, titleOnly: titleOnly)
        case .or(let parts): parts.flatMap { $0.spans(d) }
        default: []
        }
    }

    func explain(_ d: MatchDocument, into out: inout [String]) {
        switch self {
        case .and(let parts): for p in parts { p.explain(d, into: &out) }
        case .or(let parts): for p in parts where p.matches(d) { p.explain(d, into: &out) }
        case .not(let p): out.append("not (\(p.label))")
        default: if matches(d) { out.append(label) }
        }
    }

    var label: String {
        switch self {
        case .text(let t, let titleOnly): (titleOnly ? "title:" : "") + (t.isPhrase ? "\"\(t.words.joined(separator: " "))\"" : t.words[0]) + (t.prefix ? "*" : "")
        case .countries(let cs): "country:" + cs.sorted().joined(separator: ",")
        case .topic(let id, let m): "topic:\(id)" + (m.map { ">=\($0)" } ?? "")
        case .person(let q): "person:\"\(q.joined(separator: " "))\""
        case .org(let q): "org:\"\(q.joined(separator: " "))\""
        case .place(let q): "place:\"\(q.joined(separator: " "))\""
        case .lang(let l): "lang:\(l)"
        case .source(let q): "source:\"\(q.joined(separator: " "))\""
        case .near(let a, let b, let n): "\(a.label) NEAR/\(n) \(b.label)"
        case .and(let parts): "(" + parts.map(\.label).joined(separator: " AND ") + ")"
        case .or(let parts): "(" + parts.map(\.label).joined(separator: " OR ") + ")"
        case .not(let p): "NOT \(p.label)"
        }
    }

    /// Keys of which an article must hold one to match, or nil when no such set exists
    /// (a query that is only a NOT). Cheaper sets are chosen for AND.
    var anchors: Set<String>? {
        switch self {
        case .text(let t, _):
            if t.prefix && t.words.count == 1 { return ["w3:" + String(t.words[0].prefix(3))] }
            let candidates = t.prefix ? Array(t.words.dropLast()) : t.words
            return ["w:" + (Self.phraseWords(candidates).first ?? t.words[0])]
        case .countries(let cs): return Set(cs.map { "c:" + $0 })
        case .topic(let id, _): return ["t:" + id]
        case .person(let q): return q.last.map { ["pn:" + $0] }
        case .org(let q): return q.last.map { ["on:" + $0] }
        case .place(let q): return q.last.map { ["pl:" + $0] }
        case .lang(let l): return ["l:" + l]
        case .source(let q): return q.last.map { ["s:" + $0] }
        case .near, .and: return anchorSets?.first
        case .or(let parts):
            var all = Set<String>()
            for p in parts {
                guard let a = p.anchors else { return nil }
                all.formUnion(a)
            }
            return all
        case .not: return nil
        }
    }

    /// Sets of keys of which an article must hold one each to match: for a conjunction, the
    /// cheapest set and up to two more rare ones (a word, a name), so that an article holding
    /// one rare word of "a AND b" is not a candidate; one set otherwise; nil as for ``anchors``.
    var anchorSets: [Set<String>]? {
        switch self {
        case .and(let parts): Self.conjunction(parts.flatMap { $0.anchorSets ?? [] })
        case .near(let a, let b, _): Self.conjunction((a.anchorSets ?? []) + (b.anchorSets ?? []))
        case .text(let t, _) where !t.prefix && t.words.count > 1:
            // A phrase: its two longest words that are not stop words, each required.
            Self.conjunction(Self.phraseWords(t.words).map { ["w:" + $0] })
        default: anchors.map { [$0] }
        }
    }

    /// The words of a phrase worth filing it under, longest (likely rarest) first.
    static func phraseWords(_ words: [String]) -> [String] {
        let content = words.filter { !Gazetteer.stopwords.contains($0) }
        return (content.isEmpty ? words : content).sorted { $0.count > $1.count }
    }

    /// Extra sets are filed only when this cheap. Each of their keys is a posting that every
    /// article holding it walks, but a walk costs far less than a full match: topics and
    /// countries are worth it, languages (in nearly every article) are not.
    static let extraSetCost = 60

    /// The anchor sets of a conjunction of parts with the given anchors, cheapest first.
    static func conjunction(_ sets: [Set<String>]) -> [Set<String>]? {
        var distinct: [Set<String>] = []
        for set in sets where !distinct.contains(set) { distinct.append(set) }
        let sets = distinct
        guard var best = sets.min(by: { cost($0) < cost($1) }) else { return nil }
        var used: [Set<String>] = [best]
        // Two common keys (a country and a topic) together are rare: file the query under
        // the pair, which the document emits for each pair of its common keys.
        let common = sets.filter { $0.allSatisfy(Self.isCommon) }
        if common.count >= 2 {
            let ordered = common.sorted { Self.cost($0) < Self.cost($1) }
            let (a, b) = (ordered[0], ordered[1])
            if a.count * b.count <= 32 {
                // (country:(JP OR VN) AND country:JP holds with JP alone: that pair is the key.)
                let pairs = Set(a.flatMap { x in b.map { y in x == y ? x : Self.pair(x, y) } })
                if Self.cost(pairs) < Self.cost(best) {
                    best = pairs
                    used = [pairs, a, b]
                }
            }
        }
        var result = [best]
        for set in sets.sorted(by: { cost($0) < cost($1) }) where result.count < 3 {
            guard cost(set) <= extraSetCost, !used.contains(set) else { continue }
            result.append(set)
            used.append(set)
        }
        return result
    }

    /// Keys most articles hold one of: countries, topics, languages.
    static func isCommon(_ key: String) -> Bool { key.hasPrefix("c:") || key.hasPrefix("t:") || key.hasPrefix("l:") }

    /// The key of two common keys together, the same whichever comes first.
    /// The halves are joined by the unit separator, which no topic id or country code holds.
    static func pair(_ a: String, _ b: String) -> String { a < b ? "&" + a + "\u{1F}" + b : "&" + b + "\u{1F}" + a }

    /// The two keys of a ``pair(_:_:)`` key, lesser first; nil for any other key.
    static func unpair(_ key: String) -> (String, String)? {
        guard key.hasPrefix("&") else { return nil }
        let parts = key.dropFirst().split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
    }

    /// How many articles a key is expected to let through: languages and topics are common.
    static func cost(_ keys: Set<String>) -> Int {
        keys.reduce(0) { total, key in
            if key.hasPrefix("&") { return total + 2 }
            if key.hasPrefix("l:") { return total + 1000 }
            if key.hasPrefix("t:") { return total + 50 }
            if key.hasPrefix("c:") { return total + 20 }
            if key.hasPrefix("w3:") { return total + 20 }
            return total + 1
        }
    }
}
