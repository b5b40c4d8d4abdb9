import CNewsData
/// Known names: every ISO 3166 country in many languages, demonyms, capitals, cities, seas,
/// islands and regions, organisations and leaders, each with its aliases, matched over
/// folded tokens (longest alias first).
public struct Gazetteer: Sendable {
    public enum Kind: UInt8, Sendable {
        case country, demonym, capital, city, place, organization, person, contextual
    }

    public struct Entry: Sendable {
        public var kind: Kind
        /// ISO code for countries, demonyms; the canonical name for the others.
        public var canonical: String
        /// The country the entry tags (a capital's, a city's, a national body's).
        public var country: String?
        /// For ``Kind/contextual``: country code -> canonical place.
        public var meanings: [(country: String, place: String)]
    }

    struct Alias: Sendable {
        var tokens: [String]
        /// Set for aliases written in capitals (US, UN): the text must be in capitals too.
        var exact: [Substring]?
        /// `~`: counts only capitalised and with no capitalised word beside it.
        var ambiguous: Bool
        /// `^` (and `~`): counts only capitalised ("Fed", not "fed").
        var capitalised: Bool
        var entry: Int
    }

    public private(set) var entries: [Entry] = []
    private var index: [String: [Alias]] = [:]

    /// Words that may start a sentence or a name without being a name.
    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
        "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "not", "no", "if", "when", "while",
        "after", "before", "since", "during", "under", "over", "about", "into", "than", "then", "there", "here",
        "also", "but", "so", "yet", "all", "some", "many", "most", "more", "such", "both", "each", "other",
        "last", "next", "new", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "mr", "mrs", "ms", "dr", "will", "would", "could", "should", "can", "has",
        "have", "had", "do", "does", "did", "says", "said", "what", "who", "how", "why", "where", "which",
    ]

    /// The shipped names, built once on first use from `Resources/lexicon.tsv` and
    /// `Resources/country-names.tsv`, which are embedded in the binary.
    public static let shared = Gazetteer(
        lexicon: EmbeddedData.text(newsd_lexicon_tsv),
        countryNames: EmbeddedData.text(newsd_country_names_tsv))

    /// - Parameters:
    ///   - lexicon: lines `KIND<TAB>CANONICAL<TAB>COUNTRY<TAB>ALIAS|ALIAS` (see Resources/lexicon.tsv).
    ///   - countryNames: lines `CC<TAB>NAME|NAME`.
    ///   Lines starting with `#` are comments in both.
    public init(lexicon: String, countryNames: String) {
        // A name the lexicon marks ambiguous ("~Jordan") is taken from the lexicon only.
        var ambiguous = Set<String>()
        for line in lexicon.split(separator: "\n") where !line.hasPrefix("#") {
            for alias in line.split(separator: "\t").last?.split(separator: "|") ?? [] where alias.hasPrefix("~") {
                ambiguous.insert(TextFolding.fold(alias.dropFirst()))
            }
        }
        for line in countryNames.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 2 else { continue }
            add(Entry(kind: .country, canonical: String(f[0]), country: String(f[0]), meanings: []),
                aliases: f[1].split(separator: "|").filter { !ambiguous.contains(TextFolding.fold($0)) })
        }
        for line in lexicon.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 4 else { continue }
            let country = f[2] == "-" ? nil : String(f[2])
            var entry = Entry(kind: .country, canonical: String(f[1]), country: country, meanings: [])
            switch f[0] {
            case "N": entry.country = entry.canonical
            case "D": entry.kind = .demonym; entry.country = entry.canonical
            case "C": entry.kind = .capital; entry.country = entry.canonical
            case "Y": entry.kind = .city; entry.country = entry.canonical
            case "P": entry.kind = .place
            case "O": entry.kind = .organization
            case "L": entry.kind = .person
            case "X":
                entry.kind = .contextual
                entry.country = nil
                entry.meanings = f[2].split(separator: ",").compactMap { pair in
                    let kv = pair.split(separator: ":", maxSplits: 1)
                    return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
                }
            default: continue
            }
            add(entry, aliases: f[3].split(separator: "|"))
        }
        for key in index.keys { index[key]!.sort { $0.tokens.count > $1.tokens.count } }
    }

    private mutating func add(_ entry: Entry, aliases: [Substring]) {
        let id = entries.count
        entries.append(entry)
        // Cities: the entry per city, so that each is named on its own.
        if entry.kind == .city || entry.kind == .capital {
            entries.removeLast()
            for alias in aliases {
                let name = alias.drop(while: { $0 == "~" || $0 == "^" })
                var city = entry
                city.meanings = []
                let cityID = entries.count
                entries.append(city)
                entries[cityID].canonical = entry.canonical
                cityNames[cityID] = String(name)
                addAlias(alias, entry: cityID)
            }
            return
        }
        for alias in aliases { addAlias(alias, entry: id) }
    }

    /// The city's own name (first alias) for capitals and cities, by entry.
    private var cityNames: [Int: String] = [:]

    private mutating func addAlias(_ raw: Substring, entry: Int) {
        var text = raw
        var ambiguous = false
        var capitalised = false
        while let c = text.first, c == "~" || c == "^" {
            if c == "~" { ambiguous = true }
            capitalised = true
            text = text.dropFirst()
        }
        let tokens = Tokenizer.tokenize(String(text))
        guard let first = tokens.first else { return }
        let letters = text.filter(\.isLetter)
        let exact = letters.count >= 2 && letters.count <= 5 && letters.allSatisfy { $0.isUppercase && $0.isASCII }
        index[first.text, default: []].append(Alias(
            tokens: tokens.map(\.text), exact: exact ? tokens.map(\.original) : nil, ambiguous: ambiguous,
            capitalised: capitalised, entry: entry))
    }

    /// The name a place mention is reported under: the city's own name, or the canonical name.
    public func placeName(_ entry: Int) -> String {
        cityNames[entry] ?? entries[entry].canonical
    }

    /// One match of an alias in the text.
    public struct Match: Sendable {
        public var entry: Int
        public var start: Int
        public var count: Int
    }

    /// Every alias found in `tokens`, left to right, longest first, never overlapping.
    public func matches(in tokens: [Token]) -> [Match] {
        var out: [Match] = []
        var i = 0
        let n = tokens.count
        outer: while i < n {
            if let candidates = index[tokens[i].text] {
                for alias in candidates where i + alias.tokens.count <= n {
                    var ok = true
                    for k in 1..<max(alias.tokens.count, 1) where tokens[i + k].text != alias.tokens[k] {
                        ok = false
                        break
                    }
                    guard ok else { continue }
                    if let exact = alias.exact {
                        guard zip(exact, tokens[i..<i + exact.count]).allSatisfy({ $0 == $1.original }) else { continue }
                    }
                    if alias.capitalised && !tokens[i].isCapitalized && !tokens[i].flags.contains(.ideographic) { continue }
                    if alias.ambiguous && !standsAlone(tokens, i, alias.tokens.count, after: out.last) { continue }
                    out.append(Match(entry: alias.entry, start: i, count: alias.tokens.count))
                    i += alias.tokens.count
                    continue outer
                }
            }
            i += 1
        }
        return out
    }

    /// True when an alias that is not ambiguous starts at `start` ("Japan" after "Jordan").
    private func startsPlainAlias(_ tokens: [Token], _ start: Int) -> Bool {
        guard let candidates = index[tokens[start].text] else { return false }
        return candidates.contains { alias in
            !alias.ambiguous && start + alias.tokens.count <= tokens.count
                && alias.tokens.indices.allSatisfy { tokens[start + $0].text == alias.tokens[$0] }
        }
    }

    /// An ambiguous name ("Jordan", "Washington") is taken only when no capitalised word that
    /// could belong to a person's or a firm's name stands right beside it.
    private func standsAlone(_ tokens: [Token], _ start: Int, _ count: Int, after previous: Match?) -> Bool {
        if start > 0 && !tokens[start].flags.contains(.afterPunctuation) {
            let p = tokens[start - 1]
            let matched = previous.map { $0.start + $0.count == start } ?? false
            if p.isCapitalized && !matched && !Self.stopwords.contains(p.text) && !PersonFinder.titles.contains(p.text) {
                return false
            }
        }
        let end = start + count
        if end < tokens.count {
            let next = tokens[end]
            if next.isCapitalized && !next.flags.contains(.afterPunctuation) && !next.flags.contains(.sentenceStart)
                && !Self.stopwords.contains(next.text) && !startsPlainAlias(tokens, end)
            {
                return false
            }
        }
        return true
    }
}
