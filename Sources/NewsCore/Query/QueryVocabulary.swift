import CNewsData

/// What a query's fields may name, to catch dead rules before they go live: a `topic:` that no
/// topic has, a `lang:` that is no language, a `country:` that is no country, are errors (a
/// subscription that can never match); a `person:`, `org:` or `place:` the gazetteer does not
/// know is a warning (the finders may still meet the name in a text). Spelling variants of a
/// topic id (`defence`, `labor`, `cyber-security`) are read as the topic, with a note.
public struct QueryVocabulary: Sendable {
    /// A problem with a query, placed at the value it concerns (1-based line and column).
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public enum Severity: String, Sendable { case error, warning, note }
        public var severity: Severity
        public var message: String
        public var line: Int
        public var column: Int

        public var description: String { "\(line):\(column): \(severity.rawValue): \(message)" }
    }

    /// The outcome of a check: the findings, and the query with topic variants resolved.
    public struct Checked: Sendable {
        public var query: Query
        public var findings: [Finding]
        public var errors: [Finding] { findings.filter { $0.severity == .error } }
    }

    public let topicIDs: [String]
    /// Topic ids by their ``folded(_:)`` form.
    private let topicsByFolding: [String: String]
    private let gazetteer: Gazetteer
    private let countryCodes: Set<String>
    private let regionNames: [String]

    /// ISO 639-1 code -> English name, from Resources/languages.tsv.
    public static let languages: [String: String] = {
        var out: [String: String] = [:]
        for line in EmbeddedData.text(newsd_languages_tsv).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { out[String(parts[0])] = String(parts[1]) }
        }
        return out
    }()

    public init(topicIDs: [String], gazetteer: Gazetteer = .shared) {
        self.topicIDs = topicIDs
        topicsByFolding = Dictionary(topicIDs.map { (Self.folded($0), $0) }, uniquingKeysWith: { first, _ in first })
        self.gazetteer = gazetteer
        var codes = Set<String>()
        for e in gazetteer.entries where e.kind != .contextual {
            if e.kind == .country { codes.insert(e.canonical) }
            if let c = e.country { codes.insert(c) }
        }
        countryCodes = codes
        regionNames = Regions.names.sorted()
    }

    /// A topic id without case and separators: `Cyber-Security` and `cybersecurity` meet.
    static func folded(_ id: String) -> String {
        String(id.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// The topic `value` names when written another way: other case or separators, or the
    /// other of a British and American spelling (``Stemmer/spellingVariant(_:)``: `defence`).
    func topic(writtenAs value: String) -> String? {
        let f = Self.folded(value)
        return topicsByFolding[f] ?? Stemmer.spellingVariant(f).flatMap { topicsByFolding[$0] }
    }

    /// Checks every `field:value` of `query` (as ``QueryParser/parseWithFields(_:)`` gives them).
    public func check(_ query: Query, fields: [FieldTerm]) -> Checked {
        var findings: [Finding] = []
        var aliases: [String: String] = [:]
        for term in fields {
            func add(_ severity: Finding.Severity, _ message: String) {
                findings.append(Finding(severity: severity, message: message, line: term.line, column: term.column))
            }
            let value = term.value
            let shown = value.contains(" ") ? "\"\(value)\"" : value
            switch term.field {
            case .topic:
                let id = value.lowercased()
                if topicIDs.contains(id) { continue }
                if let canonical = topic(writtenAs: id) {
                    aliases[id] = canonical
                    add(.note, "topic:\(value) is read as topic:\(canonical)")
                } else {
                    let guess = Suggestion.closest(to: id, among: topicIDs).map { "did you mean topic:\($0)? " } ?? ""
                    add(.error, "no topic \"\(value)\": this rule can never match; \(guess)`newsd topics show` lists the topics")
                }
            case .lang:
                let code = value.lowercased()
                if Self.languages[code] != nil { continue }
                let byName = Self.languages.first { $0.value.lowercased() == code }?.key
                let guess = byName ?? Suggestion.closest(to: code, among: Self.languages.values).flatMap { name in
                    Self.languages.first { $0.value == name }?.key
                }
                add(.error, "lang:\(value) is not an ISO 639-1 language code; \(guess.map { "did you mean lang:\($0) (\(Self.languages[$0] ?? $0))?" } ?? "use a two-letter code such as en, ja or vi")")
            case .country, .mainCountry:
                if value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) {
                    if !countryCodes.contains(value.uppercased()) {
                        add(.error, "\(term.field.rawValue):\(value) is not an ISO 3166 country code newsd knows; use a code such as JP, a name (Japan) or a region (\"Southeast Asia\")")
                    }
                    continue
                }
                if Regions.countries(value) != nil { continue }
                if let e = wholeEntry(value), e.kind == .country || e.kind == .demonym { continue }
                let guess = Suggestion.closest(to: value, among: regionNames).map { "did you mean country:\"\($0)\"? " } ?? ""
                add(.error, "\(term.field.rawValue):\(shown) is not a country or region newsd knows: this rule can never match; \(guess)use an ISO code (JP), a name (Japan) or a region (\"Southeast Asia\")")
            case .person, .org, .place:
                let kinds: [Gazetteer.Kind] = switch term.field {
                case .person: [.person]
                case .org: [.organization]
                default: [.place, .city, .capital, .country]
                }
                if let e = wholeEntry(value), kinds.contains(e.kind) { continue }
                add(.warning, "\(term.field.rawValue):\(shown) is not in newsd's gazetteer; it matches only when the finders read exactly this name in an article (`newsd rules test` on a sample tells)")
            case .source:
                continue
            }
        }
        let rewritten = aliases.isEmpty ? query : query.mappingTopics { aliases[$0.lowercased()] ?? $0 }
        return Checked(query: rewritten, findings: findings)
    }

    private func wholeEntry(_ value: String) -> Gazetteer.Entry? {
        let tokens = Tokenizer.tokenize(value)
        guard let m = gazetteer.matches(in: tokens).first(where: { $0.start == 0 && $0.count == tokens.count }) else { return nil }
        return gazetteer.entries[m.entry]
    }
}

extension Query {
    /// The query with every `topic:` value passed through `transform`.
    public func mappingTopics(_ transform: (String) -> String) -> Query {
        switch self {
        case .text: self
        case .field(let field, let value, let minimum):
            field == .topic ? .field(field, transform(value), minimumScore: minimum) : self
        case .near(let a, let b, let distance): .near(a.mappingTopics(transform), b.mappingTopics(transform), distance: distance)
        case .and(let parts): .and(parts.map { $0.mappingTopics(transform) })
        case .or(let parts): .or(parts.map { $0.mappingTopics(transform) })
        case .not(let q): .not(q.mappingTopics(transform))
        }
    }
}
