/// A query with its field values resolved through the gazetteer (country:Japan -> JP,
/// place:Diaoyu -> Senkaku Islands, org:"North Atlantic Treaty Organization" -> NATO).
indirect enum CompiledQuery: Sendable {
    case text(TextTerm, titleOnly: Bool)
    case countries(Set<String>)
    case mainCountries(Set<String>)
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
            let wholeMatch = gazetteer.matches(in: tokens, reading: .query).first { $0.start == 0 && $0.count == tokens.count }
            let whole = wholeMatch.map { gazetteer.entries[$0.entry] }
            switch field {
            case .topic: self = .topic(value.lowercased(), minimum: minimum)
            case .lang: self = .lang(String(value.lowercased().prefix(2)))
            case .source: self = .source(folded)
            case .country, .mainCountry:
                let codes: Set<String>
                if value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) {
                    codes = [value.uppercased()]
                } else if let region = Regions.countries(value) {
                    codes = region
                } else if let c = whole?.country, whole?.kind == .country || whole?.kind == .demonym {
                    codes = [c]
                } else {
                    throw QueryError(message: "\(field.rawValue):\(value) is not a country or region newsd knows; use an ISO code (JP), a name (Japan) or a region (\"Southeast Asia\")", line: 1, column: 1)
                }
                self = field == .country ? .countries(codes) : .mainCountries(codes)
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
        case .mainCountries(let cs): return !cs.isDisjoint(with: d.mainCountries)
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

    /// Why `d` does not match: the clauses that fail, each with what the article has instead
    /// (for `newsd rules test`). Empty when it matches.
    func whyNot(_ d: MatchDocument, into out: inout [String]) {
        guard !matches(d) else { return }
        switch self {
        case .and(let parts): for p in parts where !p.matches(d) { p.whyNot(d, into: &out) }
        case .or: out.append("none of \(label)")
        case .not(let p): out.append("\(p.label) holds, and the query says NOT")
        case .countries: out.append("\(label) fails: the article's countries are \(d.countries.isEmpty ? "none" : d.countries.sorted().joined(separator: ","))")
        case .topic(let id, let minimum):
            if let score = d.topics[id] {
                out.append("\(label) fails: topic \(id) scores \(score), under \(minimum ?? 0)")
            } else {
                let fired = d.topics.sorted { $0.value > $1.value }.prefix(5).map { "\($0.key) \($0.value)" }
                out.append("\(label) fails: the article's topics are \(fired.isEmpty ? "none" : fired.joined(separator: ", "))")
            }
        case .lang: out.append("\(label) fails: the article's language is \(d.language ?? "unknown")")
        default: out.append("\(label) fails")
        }
    }

    var label: String {
        switch self {
        case .text(let t, let titleOnly): (titleOnly ? "title:" : "") + (t.isPhrase ? "\"\(t.words.joined(separator: " "))\"" : t.words[0]) + (t.prefix ? "*" : "")
        case .countries(let cs): "country:" + cs.sorted().joined(separator: ",")
        case .mainCountries(let cs): "main_country:" + cs.sorted().joined(separator: ",")
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
}
