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
        /// For ``Kind/contextual``: country code -> canonical place. For a city whose name cities of other
        /// countries share (Brest, Córdoba): those countries, largest first, with the city's canonical name.
        public var meanings: [(country: String, place: String)]
    }

    /// One alias, packed in 16 bytes: its folded words are `words[firstWord ..< firstWord + count]`.
    /// (The gazetteer holds 110,000 of them: an alias of its own arrays cost 26 MiB of heap.)
    struct Alias: Sendable {
        var firstWord: UInt32
        var entry: UInt32
        /// Index + 1 into ``extras`` (0: none): the few aliases with an exact spelling or words around them.
        var extra: UInt32 = 0
        var wordCount: UInt8
        var flags: Flags = []
        /// ``Gazetteer/wordTag(_:)`` of its second word (0: none, or not ASCII), in the two bytes
        /// the record had spare: a text word with another tag is not that word, told without
        /// reading ``Gazetteer/words`` (a cache miss for each alias of a frequent first word).
        var secondTag: UInt16 = 0

        struct Flags: OptionSet, Sendable {
            let rawValue: UInt8
            /// `~`: counts only capitalised and with no capitalised word beside it.
            static let ambiguous = Flags(rawValue: 1)
            /// `^` (and `~`): counts only capitalised ("Fed", not "fed").
            static let capitalised = Flags(rawValue: 2)
            /// Written capitalised in the data: never taken where the text writes it in lower case
            /// ("turkey", "china"); scripts without case are not concerned.
            static let cased = Flags(rawValue: 4)
            /// A place only a dateline names ("READING, England -"; in a sentence it is a word).
            static let datelineOnly = Flags(rawValue: 8)
            /// `,`: counts only right after a comma that follows a name ("Norfolk, Va.").
            static let afterComma = Flags(rawValue: 16)
            /// From places.tsv (not the hand-kept lexicon).
            static let generated = Flags(rawValue: 32)
            /// A town too small for running text on its own (under ``runningTextPopulation``), whose
            /// name is no common word: it counts where the article names its country otherwise (``Match/small``).
            static let small = Flags(rawValue: 64)
            /// Written without a space between its characters (일본): the text must not have one either.
            static let solid = Flags(rawValue: 128)
        }

        var count: Int { Int(wordCount) }
        var ambiguous: Bool { flags.contains(.ambiguous) }
        var capitalised: Bool { flags.contains(.capitalised) }
        var cased: Bool { flags.contains(.cased) }
        var datelineOnly: Bool { flags.contains(.datelineOnly) }
        var afterComma: Bool { flags.contains(.afterComma) }
        var generated: Bool { flags.contains(.generated) }
        var small: Bool { flags.contains(.small) }
        var solid: Bool { flags.contains(.solid) }
    }

    /// What few aliases need beside their words.
    struct AliasExtra: Sendable {
        /// Set for aliases written in capitals (US, UN): the text must be in capitals too.
        var exact: [String]?
        /// `[日]米`, `米[軍]`: words that must stand right before or after it (not matched with it).
        var before: [String]?
        var after: [String]?
        /// `=`: a name made of a common word ("Labour", "Chega", "Podemos"), which counts only
        /// capitalised and, at the start of a sentence or a line, only with a capitalised word after
        /// it ("Labour MP Joanne Pike", not "Labour costs rose"), where its capital tells nothing.
        var midSentence = false
        /// A country's or demonym's name written in ASCII letters only ("German", "Peru"): a word written
        /// with marks is not it ("Germán", a Spanish given name), though it folds to it; the names written
        /// with them ("Perú") are aliases of their own. (Not an ambiguous one, "~Niger": it stands for the country
        /// list's "Níger" too, which it hides, and its context decides.)
        var plain = false
        /// `,Va.`: an abbreviation written with its period, which the text must have too: the word after it
        /// starts a sentence, or the text ends ("Norfolk, Va., police", not "ROMA (ANSA) - La Corte").
        var period = false
        /// `?Senate`: a body's generic name, which names its country's body only where the article names that
        /// country too, or no other country ("the Senate in Valparaiso" is Chile's, not the US Congress).
        var generic = false
        /// `franco-`, `deutsch-`, `российско-`: a combining form, which counts only glued by a hyphen to another
        /// country's adjective or name (franco-allemand, deutsch-französischen, российско-китайских).
        var combining = false
    }

    /// Where a first word's aliases lie in ``aliases``.
    struct Group: Sendable {
        var start: UInt32
        var count: UInt32
        var range: Range<Int> { Int(start)..<Int(start) + Int(count) }
    }

    /// Every entry, by the number its aliases and matches give (``Entries``: packed).
    public private(set) var entries = Entries()
    /// First word -> its aliases, longest first; among equals in the order they were read.
    private var index = WordTable<Group>()
    /// The first words of ``index`` that start with an ASCII letter and have an alias that a word
    /// written in lower case can match (neither cased nor capitalised), with the same groups: a
    /// word of running text written in lower case (most words) is looked up in this small table,
    /// which stays in the caches, instead of the large one.
    private var lowerIndex = WordTable<Group>()
    private var aliases: [Alias] = []
    /// Every alias' folded words, one after the other (``AliasWords``: packed).
    private var words = AliasWords()
    private var extras: [AliasExtra] = []
    /// The entries with an alias that begins with a word for a kind of body (name-context.tsv U: نادي الأهلي).
    private var namedByKind = Set<UInt32>()

    /// Word `k` of `alias`.
    private func word(_ alias: Alias, _ k: Int) -> String { words[Int(alias.firstWord) + k] }

    /// Whether word `k` of `alias` is `text` (compared by bytes: no string built).
    @inline(__always)
    private func word(_ alias: Alias, _ k: Int, is text: String) -> Bool { words.word(Int(alias.firstWord) + k, is: text) }

    private func extra(_ alias: Alias) -> AliasExtra? { alias.extra == 0 ? nil : extras[Int(alias.extra) - 1] }

    /// 16 bits of an ASCII word's hash, never 0; 0 for a word with other bytes. Two ASCII words
    /// with different tags differ (for ASCII, `==` is byte equality; for other text it is
    /// canonical equivalence, which bytes do not tell: those are compared in full).
    static func wordTag(_ word: String) -> UInt16 {
        var word = word
        return word.withUTF8 { bytes in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            var any: UInt8 = 0
            for b in bytes {
                any |= b
                h = (h ^ UInt64(b)) &* 0x100_0000_01B3
            }
            return any < 0x80 ? tag(ofHash: h) : 0
        }
    }

    /// The tag of an ASCII word's FNV-1a hash: its four 16-bit parts folded, never 0.
    @inline(__always)
    private static func tag(ofHash h: UInt64) -> UInt16 {
        let tag = UInt16(truncatingIfNeeded: h ^ (h >> 16) ^ (h >> 32) ^ (h >> 48))
        return tag == 0 ? 1 : tag
    }

    /// ``wordTag(_:)`` of a token's folded word, from the bytes in the key the tokenizer made.
    @inline(__always)
    static func wordTag(_ token: Token) -> UInt16 {
        let r = token.key.record
        guard !r.isLong else { return wordTag(token.text) }
        let (h, or) = r.fnv1a
        return or & 0x8080_8080_8080_8080 == 0 ? tag(ofHash: h) : 0
    }

    /// The aliases whose first word is `word`.
    @inline(__always)
    private func candidates(_ word: String) -> Range<Int>? {
        guard let e = index.entry(word) else { return nil }
        return index.values[e].range
    }

    /// Words that may start a sentence or a name without being a name.
    static let stopwords: WordSet = [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
        "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "not", "no", "if", "when", "while",
        "after", "before", "since", "during", "under", "over", "about", "into", "than", "then", "there", "here",
        "also", "but", "so", "yet", "all", "some", "many", "most", "more", "such", "both", "each", "other",
        "last", "next", "new", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "mr", "mrs", "ms", "dr", "will", "would", "could", "should", "can", "has",
        "have", "had", "do", "does", "did", "says", "said", "what", "who", "how", "why", "where", "which",
        // Articles of French, Spanish, Italian, Portuguese and German ("Le Niger", "Die IG Metall").
        "le", "la", "les", "el", "los", "las", "lo", "il", "gli", "um", "uma", "un", "une", "die", "der", "das",
        "den", "dem", "des", "ein", "eine",
    ]

    /// The shipped names, built once on first use from `Resources/lexicon.tsv` (with the
    /// generated `Resources/organizations.tsv`), `Resources/country-names.tsv` and
    /// `Resources/places.tsv`, which are embedded in the binary.
    public static let shared = Gazetteer(
        lexicon: EmbeddedData.text(newsd_lexicon_tsv) + "\n" + EmbeddedData.text(newsd_organizations_tsv),
        countryNames: EmbeddedData.text(newsd_country_names_tsv),
        places: EmbeddedData.text(newsd_places_tsv))

    /// Cities of at least this many people count in running text (with the checks of an
    /// ambiguous name); smaller ones, and those whose name is a common word, only in a dateline.
    static let runningTextPopulation = 100_000

    /// - Parameters:
    ///   - lexicon: lines `KIND<TAB>CANONICAL<TAB>COUNTRY<TAB>ALIAS|ALIAS` (see Resources/lexicon.tsv).
    ///   - countryNames: lines `CC<TAB>NAME|NAME`.
    ///   - places: lines `NAME<TAB>CC<TAB>POPULATION<TAB>FLAGS` (see Resources/places.tsv); a name
    ///     the lexicon or the country names already have is not taken again.
    ///   Lines starting with `#` are comments in all three.
    public init(lexicon: String, countryNames: String, places: String = "") {
        // A name the lexicon marks ambiguous ("~Jordan") is taken from the lexicon only.
        var ambiguous = Set<String>()
        var builder = Builder()
        let lexiconLines = lexicon.byteSplit(0x0A)
        for line in lexiconLines where !line.hasPrefix("#") {
            for alias in line.byteSplit(0x09).last?.byteSplit(0x7C) ?? [] where alias.hasPrefix("~") {
                ambiguous.insert(TextFolding.fold(alias.dropFirst()))
            }
        }
        for line in countryNames.byteSplit(0x0A) where !line.hasPrefix("#") {
            let f = line.byteSplit(0x09, omittingEmptySubsequences: false)
            guard f.count == 2 else { continue }
            add(Entry(kind: .country, canonical: String(f[0]), country: String(f[0]), meanings: []),
                aliases: f[1].byteSplit(0x7C).filter { !ambiguous.contains(TextFolding.fold($0)) }, into: &builder)
        }
        handKeptEnd = Int.max
        countryNamesEnd = entries.count
        for line in lexiconLines {
            // organizations.tsv's header: the entries after it are generated.
            if line.hasPrefix("# Generated by") && handKeptEnd == Int.max { handKeptEnd = entries.count }
            guard !line.hasPrefix("#") else { continue }
            let f = line.byteSplit(0x09, omittingEmptySubsequences: false)
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
            add(entry, aliases: f[3].byteSplit(0x7C), into: &builder)
        }
        for line in places.byteSplit(0x0A) where !line.hasPrefix("#") {
            let f = line.byteSplit(0x09, omittingEmptySubsequences: false)
            guard f.count == 4, let population = Int(f[2]) else { continue }
            let words = Self.placeWords(f[0])
            guard !words.isEmpty else { continue }
            if let existing = builder.entry(of: words) {
                // A subdivision that the lexicon names its country by (England, Scotland: N GB) is a place as well.
                if population >= 90_000_000, existing >= countryNamesEnd,
                    entries.kind(existing) == .country, entries.country(existing) == String(f[1])
                {
                    subdivisionCountryNames.insert(words.joined(separator: " "))
                }
                continue
            }
            let id = entries.count
            // The US states are given a population above any city's.
            let kind: Kind = population >= 90_000_000 ? .place : .city
            // (FLAGS "d=FR,MX": the countries of other cities of the name.)
            let others = f[3].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first.map {
                $0.split(separator: ",").map { (country: String($0), place: String(f[0])) }
            }
            entries.append(Entry(kind: kind, canonical: String(f[0]), country: String(f[1]), meanings: others ?? []))
            var flags: Alias.Flags = [.ambiguous, .capitalised, .cased, .generated]
            if f[3].utf8.contains(UInt8(ascii: "d")) || population < Self.runningTextPopulation { flags.insert(.datelineOnly) }
            if !f[3].utf8.contains(UInt8(ascii: "d")) && population < Self.runningTextPopulation { flags.insert(.small) }
            if kind == .city, f[3].utf8.contains(UInt8(ascii: "d")), population >= Self.runningTextPopulation {
                largeWordCities.insert(id)
            }
            // (ja) A region's name in katakana that IPADIC has as a common noun (プレー "play", not Phrae; メイン, ゴール,
            // デルタ, チョコ) is the word in running text; cities keep theirs (パース, Perth; フェニックス).
            if kind == .place, Self.katakanaCommonNouns.contains(String(f[0])) {
                flags.insert(.datelineOnly)
            }
            builder.append(words, entry: id, flags: flags, extra: nil)
        }
        (index, aliases, words, extras) = builder.finish()
        for word in Self.bodyStartList {
            guard let k = index.entry(word) else { continue }
            for a in index.values[k].range { namedByKind.insert(aliases[a].entry) }
        }
        for e in 0..<index.count {
            let group = index.values[e]
            guard group.range.contains(where: { aliases[$0].flags.isDisjoint(with: [.cased, .capitalised]) }) else { continue }
            let key = index.key(at: e)
            if let b = key.utf8.first, b >= 0x61 && b <= 0x7A { lowerIndex[key, default: group] = group }
        }
        // (Appended one by one, the arrays have up to twice the room they need.)
        entries.shrinkToFit()
    }

    /// The aliases as they are read, grouped by first word at the end.
    private struct Builder {
        var index = WordTable<Group>()
        /// Per alias, its first word's entry in `index`.
        var keys: [UInt32] = []
        var aliases: [Alias] = []
        var words: [String] = []
        var extras: [AliasExtra] = []
        /// Per first word, its last alias; per alias, the one before it with the same first word
        /// (-1: none): places.tsv's names are taken once.
        var last: [Int32] = []
        var previous: [Int32] = []

        /// The entry of the alias of these words read already, if any: one that counts only with a word
        /// beside it ("[el]Valencia", the club; "[da]Suzano", the firm) is not the bare name (the city Valencia).
        func entry(of aliasWords: [String]) -> Int? {
            guard let first = aliasWords.first, let k = index.entry(first) else { return nil }
            var a = Int(last[k])
            while a >= 0 {
                let alias = aliases[a]
                if alias.count == aliasWords.count && !hasContext(alias)
                    && (1..<alias.count).allSatisfy({ words[Int(alias.firstWord) + $0] == aliasWords[$0] })
                {
                    return Int(alias.entry)
                }
                a = Int(previous[a])
            }
            return nil
        }

        mutating func append(_ aliasWords: [String], entry: Int, flags: Alias.Flags, extra: AliasExtra?) {
            guard let first = aliasWords.first else { return }
            let (k, inserted) = index.findOrInsert(first, Group(start: 0, count: 0))
            if inserted { last.append(-1) }
            keys.append(UInt32(k))
            previous.append(last[k])
            last[k] = Int32(aliases.count)
            var alias = Alias(firstWord: UInt32(words.count), entry: UInt32(entry), wordCount: UInt8(aliasWords.count), flags: flags)
            if aliasWords.count >= 2 { alias.secondTag = Gazetteer.wordTag(aliasWords[1]) }
            if let extra {
                extras.append(extra)
                alias.extra = UInt32(extras.count)
            }
            aliases.append(alias)
            words += aliasWords
        }

        /// Whether the alias needs a word right before or after it (`[el]Sevilla`, `米[軍]`).
        private func hasContext(_ alias: Alias) -> Bool {
            guard alias.extra != 0 else { return false }
            let extra = extras[Int(alias.extra) - 1]
            return extra.before != nil || extra.after != nil
        }

        /// The aliases grouped by first word: longest first, among equals those that need a word
        /// beside them first ("[el]Liverpool", the club, before the city "Liverpool": the word is
        /// tried first and the bare name is still there without it), then in the order they were read
        /// (the lexicon's before the generated names).
        func finish() -> (WordTable<Group>, [Alias], AliasWords, [AliasExtra]) {
            var groups = [Group](repeating: Group(start: 0, count: 0), count: index.count)
            for k in keys { groups[Int(k)].count += 1 }
            var next = 0
            for g in groups.indices {
                groups[g].start = UInt32(next)
                next += Int(groups[g].count)
            }
            var order = [Int](repeating: 0, count: aliases.count)
            var filled = [Int](repeating: 0, count: groups.count)
            for (a, k) in keys.enumerated() {
                let g = Int(k)
                order[Int(groups[g].start) + filled[g]] = a
                filled[g] += 1
            }
            for g in groups where g.count > 1 {
                order[g.range].sort { a, b in
                    let (x, y) = (aliases[a], aliases[b])
                    guard x.wordCount == y.wordCount else { return x.wordCount > y.wordCount }
                    let (cx, cy) = (hasContext(x), hasContext(y))
                    return cx != cy ? cx : a < b
                }
            }
            var table = index
            var e = 0
            table.updateAll { group in
                group = groups[e]
                e += 1
            }
            table.shrinkToFit()
            let grouped = order.map { aliases[$0] }
            return (table, grouped, AliasWords(words), extras.withUnsafeBufferPointer { Array($0) })
        }
    }

    /// A place's folded words: most names are ASCII letters and spaces, which fold by lower-casing
    /// (40,000 names are read at start-up); the others go through the tokenizer.
    public static func placeWords(_ name: Substring) -> [String] {
        let plain = name.utf8.allSatisfy { b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x20
        }
        guard plain else { return Tokenizer.words(String(name)) }
        return name.byteSplit(0x20).map { word in
            String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
    }

    private mutating func add(_ entry: Entry, aliases: [Substring], into builder: inout Builder) {
        // Cities: the entry per city, so that each is named on its own.
        if entry.kind == .city || entry.kind == .capital {
            for alias in aliases {
                let name = alias.drop(while: { $0 == "~" || $0 == "^" })
                var city = entry
                city.meanings = []
                let cityID = entries.count
                entries.append(city)
                cityNames[cityID] = String(name)
                addAlias(alias, entry: cityID, into: &builder)
            }
            return
        }
        let id = entries.count
        entries.append(entry)
        for alias in aliases { addAlias(alias, entry: id, into: &builder) }
        // (de) A body's German name whose first word is an adjective in -sche (or Vereinte, Freie) is written with -n after
        // an article in the genitive or dative: "der Deutschen Bank", "der Europäischen Investitionsbank".
        if entry.kind == .organization {
            for alias in aliases {
                guard let declined = Self.germanDeclined(alias), !aliases.contains(where: { $0 == declined }) else { continue }
                addAlias(Substring(declined), entry: id, into: &builder)
            }
        }
    }

    /// The alias with its first word declined (Deutsche Bank: Deutschen Bank), when that word is a German adjective in
    /// -sche, Vereinte or Freie, capitalised, and a capitalised word follows; else nil.
    static func germanDeclined(_ alias: Substring) -> String? {
        guard let space = alias.firstIndex(of: " "), let first = alias.first, first.isUppercase else { return nil }
        let word = alias[..<space]
        guard word.hasSuffix("sche") || word == "Vereinte" || word == "Freie",
            alias[alias.index(after: space)...].first?.isUppercase == true
        else { return nil }
        return word + "n" + alias[space...]
    }

    /// The entries before this one are the ISO country names (country-names.tsv), after it the lexicon's.
    private var countryNamesEnd = 0

    /// The folded words, joined by a space, of the lexicon's names of a country that places.tsv holds as a
    /// first-level subdivision of that country (england, scotland, northern ireland: the United Kingdom's).
    private(set) var subdivisionCountryNames = Set<String>()

    /// The cities of ``runningTextPopulation`` or more whose name is a common word or as often a club's or
    /// someone's (Nice, Bologna, Derby, Barcelona, Phoenix): dateline-only, and in running text a place after a
    /// preposition of place where the article names no country (``PlaceFinder/datelineOnlyTown``).
    private(set) var largeWordCities = Set<Int>()

    /// The entries before this one are the hand-kept lexicon's (and the ISO country names); after it
    /// come the generated organisations (organizations.tsv, whose header starts "# Generated by") and places.
    private var handKeptEnd = Int.max

    /// True when `entry` is the hand-kept lexicon's (lexicon.tsv), not a generated list's.
    public func isHandKept(_ entry: Int) -> Bool { entry < handKeptEnd }

    /// The city's own name (first alias) for capitals and cities, by entry.
    private var cityNames: [Int: String] = [:]

    private func addAlias(_ raw: Substring, entry: Int, into builder: inout Builder) {
        var text = raw
        var ambiguous = false
        var capitalised = false
        var afterComma = false
        var midSentence = false
        var generic = false
        while let c = text.first, c == "~" || c == "^" || c == "," || c == "=" || c == "?" {
            if c == "," { afterComma = true } else { capitalised = true }
            if c == "~" { ambiguous = true }
            if c == "=" { midSentence = true }
            if c == "?" { generic = true }
            text = text.dropFirst()
        }
        var before: [String]?
        var after: [String]?
        if text.first == "[", let close = text.firstIndex(of: "]") {
            before = Tokenizer.words(String(text[text.index(after: text.startIndex)..<close]))
            text = text[text.index(after: close)...]
        }
        if text.last == "]", let open = text.lastIndex(of: "[") {
            after = Tokenizer.words(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
            text = text[..<open]
        }
        let combining = text.count > 1 && text.hasSuffix("-")
        if combining { text = text.dropLast() }
        let tokens = Tokenizer.tokenize(String(text))
        guard let first = tokens.first else { return }
        // A country's name that its marks alone tell from a short word (Mỹ, Đức, Úc, Irã: "my", "duc",
        // "Ira") must be written with them, as an acronym must be written in capitals.
        let marked = entries.kind(entry) == .country && tokens.count == 1 && !text.isAllASCII
            && first.text.isAllASCII && first.text.utf8.count <= 3
        let exact = Self.isAcronym(text) || marked || Self.isMixedAcronym(text) ? tokens.map(\.original) : nil
        var flags: Alias.Flags = []
        if ambiguous { flags.insert(.ambiguous) }
        if capitalised { flags.insert(.capitalised) }
        if first.isCapitalized { flags.insert(.cased) }
        if afterComma { flags.insert(.afterComma) }
        if first.flags.contains(.ideographic) && zip(tokens, tokens.dropFirst()).allSatisfy({ Self.glued($0, $1) }) {
            flags.insert(.solid)
        }
        let plain = exact == nil && !ambiguous && text.isAllASCII && [.country, .demonym].contains(entries.kind(entry))
        let period = afterComma && text.hasSuffix(".")
        let extra = exact == nil && before == nil && after == nil && !midSentence && !plain && !period && !generic && !combining
            ? nil : AliasExtra(exact: exact, before: before, after: after, midSentence: midSentence, plain: plain, period: period,
                               generic: generic, combining: combining)
        builder.append(tokens.map(\.text), entry: entry, flags: flags, extra: extra)
    }

    /// Whether a word holds a Latin letter with a mark ("Germán", or its decomposed form), not
    /// only ASCII or other forms of plain letters (the full-width "Ｊａｐａｎ").
    static func hasLatinMarks(_ word: String) -> Bool {
        guard !word.isAllASCII else { return false }
        return word.unicodeScalars.contains { s in
            (0xC0...0x24F).contains(s.value) || (0x1E00...0x1EFF).contains(s.value) || (0x300...0x36F).contains(s.value)
        }
    }

    /// Two to five letters, all ASCII capitals ("US", "NATO", "U.N."): such an alias must be written
    /// so. (ASCII text, nearly every alias, is read by bytes: its letters are A-Z and a-z.)
    static func isAcronym(_ text: Substring) -> Bool {
        guard text.isAllASCII else {
            // (One pass that stops at the first letter that is not an ASCII capital: most such
            // aliases are words of other scripts, told at their first character.)
            var letters = 0
            for c in text where c.isLetter {
                guard c.isUppercase && c.isASCII else { return false }
                letters += 1
                if letters > 5 { return false }
            }
            return letters >= 2
        }
        var letters = 0
        for b in text.utf8 {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2 && letters <= 5
    }

    /// Three ASCII letters, a small one between two capitals ("AfD", "FdI", "BoJ"): written so only,
    /// as an acronym ("AFD" is the French development agency). (Not longer names such as TiVo,
    /// which text also writes "Tivo".)
    static func isMixedAcronym(_ text: Substring) -> Bool {
        let b = Array(text.utf8)
        func capital(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
        return b.count == 3 && capital(b[0]) && b[1] >= 0x61 && b[1] <= 0x7A && capital(b[2])
    }

    /// The name a place mention is reported under: the city's own name, or the canonical name.
    public func placeName(_ entry: Int) -> String {
        cityNames[entry] ?? entries.canonical(entry)
    }

    /// One match of an alias in the text.
    public struct Match: Sendable {
        public var entry: Int
        public var start: Int
        public var count: Int
        /// The country the context gives instead of the entry's ("Paris, Texas", "Norfolk, Va.").
        public var country: String?
        /// A country's name that may be a person's ("Chad", "Jordan", "Georgia").
        var personLike = false
        /// A city's one-word name from places.tsv, which may be a surname ("Vaughan").
        var surnameLike = false
        /// A hand-kept city's or capital's one-word name (Paris, Lima), a family name only right after a given name
        /// ("Dominik Paris ha vinto").
        var listedTown = false
        /// A one-word name written capitalised in the data, which the text may write as a word ("turkey").
        var casedWord = false
        /// A small town in running text: a place only where the article names its country otherwise.
        public internal(set) var small = false
        /// A country's name that a state after a comma makes a place of that state's country
        /// ("Lebanon, Tennessee"; "Atlanta, Georgia"): ``country`` is that country.
        public internal(set) var townOrState = false
        /// A body's generic name (``AliasExtra/generic``), dropped where the article names other countries only.
        var generic = false
        /// A combining form (``AliasExtra/combining``), dropped unless a country's adjective or name follows it.
        var combining = false

        public init(entry: Int, start: Int, count: Int, country: String? = nil) {
            self.entry = entry
            self.start = start
            self.count = count
            self.country = country
        }
    }

    /// How a text is read.
    public enum Reading: Sendable {
        /// Running text: case and context count.
        case text
        /// A dateline ("NEW YORK, March 3 -"): every place counts, small ones too.
        case dateline
        /// A query value ("country:japan"): any case, no context.
        case query
    }

    /// Every alias found in `tokens`, left to right, longest first, never overlapping. With
    /// `german` (German text), a capitalised word with a genitive's -s that starts no alias is
    /// also read without it (``withoutGenitive(_:)``: Deutschlands, Bayerns), and a German noun for a
    /// place or a title before a name leaves it a place (``germanPlaceNouns``: "Flughafen Frankfurt").
    /// The word at `bodyStart` (the body's first, after a title) has no word before it.
    /// - Parameter possessives: the tokens after a possessive's "'s" that the tokenizer dropped
    ///   (``OrganizationFinder/possessives(in:tokens:range:)``, its `places`): an ambiguous name before one stands alone.
    public func matches(in tokens: [Token], reading: Reading = .text, german: Bool = false, bodyStart: Int = -1,
                        possessives: [Int] = []) -> [Match] {
        var out: [Match] = []
        var i = 0
        let n = tokens.count
        let first = firstWords(tokens, reading: reading)
        outer: while i < n {
            // The group of the word 8 on and the first alias of the word 4 on fetched ahead: a
            // group's aliases are a cache miss of their own, after the index's.
            prefetchGroups(first, at: i)
            // A region's adjective in a case before its noun (Хабаровском крае), read before the word
            // alone in a case: the region, not a city of the adjective's stem (Хабаровск). (A word with
            // an alias of its own is no adjective: ``declinedRegion`` ran only without one before too.)
            if first[i] == -1, reading == .text, let m = declinedRegion(tokens, i) {
                out.append(m)
                i += m.count
                continue
            }
            // (ru) A declined name of two words before a declined one of its first (Петропавловска-Камчатского is
            // Петропавловск-Камчатский, not Петропавловск).
            if first[i] == -1, reading != .query, let m = declinedName(tokens, i, reading: reading),
                !Self.russianAdjectiveBeforePlaceNoun(tokens, i + m.count - 1)
            {
                out.append(m)
                i += m.count
                continue
            }
            // (de) A city's or region's adjective in -er before its noun: Münchner Flughafen, Thüringer Wald.
            if german, first[i] == -1, reading == .text, let m = germanPlaceAdjective(tokens, i) {
                out.append(m)
                i += 1
                continue
            }
            if let candidates = first[i] >= 0 ? index.values[Int(first[i])].range
                : first[i] <= -2 ? lowerIndex.values[Int(-2 - first[i])].range
                : withoutAffix(tokens, i) ?? (german ? withoutGenitive(tokens[i]) : nil)
            {
                // Read without a genitive's -s (a Latin word no alias starts and no affix came off).
                let genitive = german && first[i] == -1
                // The next word's tag, made when a candidate of two words or more needs it.
                var nextTag: UInt16?
                for a in candidates where i + aliases[a].count <= n {
                    let alias = aliases[a]
                    // (de) A name's last word may have a genitive's -s (Baden-Württembergs, Nordrhein-Westfalens): read
                    // without it where the word as written fails, in German text only.
                    if alias.secondTag != 0 {
                        let tag = nextTag ?? Self.wordTag(tokens[i + 1])
                        nextTag = tag
                        if tag != 0 && tag != alias.secondTag
                            && !(german && alias.count == 2 && reading == .text && Self.withoutGermanGenitive(tokens[i + 1]) != nil)
                        {
                            continue
                        }
                    }
                    var ok = true
                    for k in 1..<max(alias.count, 1) where !word(alias, k, is: tokens[i + k].text) {
                        if german, reading == .text, k == alias.count - 1, let g = Self.withoutGermanGenitive(tokens[i + k]),
                            word(alias, k, is: g)
                        {
                            break
                        }
                        ok = false
                        break
                    }
                    guard ok else { continue }
                    if reading != .query {
                        let extra = extra(alias)
                        if let exact = extra?.exact {
                            guard zip(exact, tokens[i..<i + exact.count]).allSatisfy({ $0 == $1.original }) else { continue }
                        }
                        if extra?.plain == true && tokens[i..<i + alias.count].contains(where: { Self.hasLatinMarks($0.original) }) { continue }
                        // Scripts without case (Arabic, Hebrew) pass: only a lower-case letter fails.
                        if alias.capitalised && !tokens[i].isCapitalized && !tokens[i].flags.contains(.ideographic)
                            && startsLowercase(tokens[i])
                        {
                            continue
                        }
                        if alias.cased && startsLowercase(tokens[i]) { continue }
                        if alias.datelineOnly && reading != .dateline && !(alias.small && reading == .text) { continue }
                        if alias.afterComma && !followsName(tokens, i, after: out.last) { continue }
                        if extra?.combining == true, !(i + alias.count < n && tokens[i + alias.count].flags.contains(.hyphenated)) {
                            continue
                        }
                        if extra?.period == true, i + alias.count < n, !tokens[i + alias.count].flags.contains(.sentenceStart) {
                            continue
                        }
                        // (A Cyrillic name read in another case, Новосибирска, Бердске, is no part of a person's name after it:
                        // "мэр Новосибирска Максим Кудрявцев".)
                        if alias.ambiguous && reading == .text
                            && !(first[i] == -1 && alias.count == 1 && tokens[i].text.startsCyrillic
                                && !(i + 1 < n && tokens[i + 1].flags.contains(.hyphenated)))
                            && !standsAlone(tokens, i, alias.count, after: out.last, german: german, bodyStart: bodyStart, possessives: possessives,
                                            organization: entries.kind(Int(alias.entry)) == .organization,
                                            germanNouns: german && alias.generated && !alias.small && !alias.datelineOnly
                                                && !Self.givenName(tokens[i]))
                            && !(alias.generated && besideOrganizationWord(tokens, i, alias.count))
                            && !(genitive && genitiveStands(tokens, i, entry: Int(alias.entry)))
                        {
                            continue
                        }
                        if let b = extra?.before, i < b.count || !b.indices.allSatisfy({ tokens[i - b.count + $0].text == b[$0] }) {
                            continue
                        }
                        if let a = extra?.after {
                            let e = i + alias.count
                            guard e + a.count <= n, a.indices.allSatisfy({ tokens[e + $0].text == a[$0] }) else { continue }
                        }
                        if extra?.midSentence == true && !Self.midSentenceName(tokens, i, alias.count, after: out.last, bodyStart: bodyStart) { continue }
                        if vetoed(alias, tokens, i) { continue }
                        // (ru) Nor a city's name of hyphenated parts whose last is an adjective before a noun of place: the
                        // okrug or district (Ханты-Мансийском автономном округе is no Ханты-Мансийск).
                        if alias.count > 1, Self.russianAdjectiveBeforePlaceNoun(tokens, i + alias.count - 1) { continue }
                    }
                    let entry = Int(alias.entry)
                    var match = Match(entry: entry, start: i, count: alias.count)
                    match.personLike = alias.ambiguous && !alias.generated && entries.kind(entry) == .country
                    match.surnameLike = alias.generated && alias.count == 1 && entries.kind(entry) == .city
                    match.listedTown = !alias.generated && alias.count == 1 && i > 0 && [.city, .capital].contains(entries.kind(entry))
                        && tokens[i].isCapitalized && !tokens[i].flags.contains(.ideographic)
                    match.casedWord = alias.cased && alias.count == 1
                    match.small = alias.small && reading == .text
                    if alias.extra != 0, let extra = extra(alias) {
                        match.generic = extra.generic && reading == .text
                        match.combining = extra.combining
                    }
                    // "Paris, Texas", "Norfolk, Va.", "Perth, Scotland": the place before the comma is in this
                    // country; "Atlanta, Georgia": an ambiguous name after a city is the city's region.
                    if tokens[i].flags.contains(.afterPunctuation), let last = out.last, last.start + last.count == i,
                        [.city, .capital].contains(entries.kind(last.entry)), let c = entries.country(entry),
                        let before = last.country ?? entries.country(last.entry), before != c
                    {
                        if match.personLike {
                            match.country = before
                            // (After a comma, not a sentence's end: "... in Manchester. My wife ...")
                            match.townOrState = tokens[i].flags.isDisjoint(with: [.sentenceStart, .lineStart])
                        } else if [.country, .place].contains(entries.kind(entry)) {
                            out[out.count - 1].country = c
                        }
                    } else if tokens[i].flags.contains(.afterPunctuation), tokens[i].flags.isDisjoint(with: [.sentenceStart, .lineStart]),
                        let last = out.last, last.start >= 0, last.start + last.count == i,
                        entries.kind(last.entry) == .country, last.country == nil, entries.kind(entry) == .place,
                        entries.country(entry) == "US", entries.country(last.entry) != "US", !match.personLike
                    {
                        // "Lebanon, Tennessee", "Peru, Indiana": a country's name before a comma and a US
                        // state is a town of that state.
                        out[out.count - 1].country = "US"
                        out[out.count - 1].townOrState = true
                    }
                    if alias.afterComma { match.country = entries.country(entry) }
                    out.append(match)
                    i += alias.count
                    continue outer
                }
            }
            // (ru) A place's name of two words in a case: Нижнего Тагила, в Южно-Сахалинске (``declinedName(_:_:reading:)``).
            // (A word that starts no alias was read so above already.)
            if first[i] != -1, reading != .query, let m = declinedName(tokens, i, reading: reading),
                !Self.russianAdjectiveBeforePlaceNoun(tokens, i + m.count - 1)
            {
                out.append(m)
                i += m.count
                continue
            }
            i += 1
        }
        if reading == .text && out.contains(where: { $0.personLike || $0.surnameLike || $0.listedTown }) {
            readPeople(&out, tokens, german: german, bodyStart: bodyStart)
        }
        if reading == .text { dropWordsAtSentenceStart(&out, tokens) }
        if reading == .text { dropCountriesAfterGivenNames(&out, tokens) }
        if reading == .text && out.contains(where: \.generic) { dropGenericBodies(&out) }
        if out.contains(where: \.combining) { dropLoneCombiningForms(&out) }
        return out
    }

    /// Per token, its entry in ``index`` (0 or more), or -2 - its entry in ``lowerIndex``, or -1:
    /// it starts no alias. A word written in lower case in running text can match only aliases
    /// that are neither cased nor capitalised: its first letter an ASCII one (the fallbacks for
    /// Arabic and Cyrillic words do not concern it), it is looked up in ``lowerIndex`` alone. The
    /// other words are looked up in ``index`` in a batch, so that its cache misses overlap.
    private func firstWords(_ tokens: [Token], reading: Reading) -> [Int32] {
        guard reading != .query else { return index.entries(of: tokens) }
        var first = [Int32](repeating: -1, count: tokens.count)
        var others = WordKeys()
        var positions: [Int] = []
        // (Sized once: grown by doubling they were reallocated about ten times an article.)
        others.keys.reserveCapacity(tokens.count)
        positions.reserveCapacity(tokens.count)
        for i in tokens.indices {
            // (Not capitalised and an ASCII lower-case letter first: ``startsLowercase(_:)`` holds.)
            if !tokens[i].flags.contains(.capitalized), let b = tokens[i].original.utf8.first, b >= 0x61 && b <= 0x7A {
                if let e = lowerIndex.entry(tokens[i]) { first[i] = -2 - Int32(e) }
            } else {
                others.append(tokens, i, at: positions.count)
                positions.append(i)
            }
        }
        for (k, e) in index.entries(of: others).enumerated() { first[positions[k]] = e }
        return first
    }

    /// Fetches the index's value of word `i + 8` of `first` (an entry of ``index``, or -1) and
    /// the first alias of word `i + 4`.
    @inline(__always)
    private func prefetchGroups(_ first: [Int32], at i: Int) {
        index.values.withUnsafeBufferPointer { values in
            if i + 8 < first.count, first[i + 8] >= 0 { newsd_prefetch(values.baseAddress! + Int(first[i + 8])) }
            guard i + 4 < first.count, first[i + 4] >= 0 else { return }
            let start = Int(values[Int(first[i + 4])].start)
            aliases.withUnsafeBufferPointer { newsd_prefetch($0.baseAddress! + start) }
        }
    }

    /// A name that the article also writes in lower case is that word where case cannot tell, at
    /// the start of a sentence or of the title ("Turkey prices climb" beside "a frozen turkey").
    private func dropWordsAtSentenceStart(_ out: inout [Match], _ tokens: [Token]) {
        var words: [String] = []
        for m in out where m.casedWord && tokens[m.start].flags.contains(.sentenceStart) {
            let word = tokens[m.start].text
            // (Keys first: a word's key is its bytes when it is short, so the text is compared only when they agree.)
            let key = tokens[m.start].key
            if !words.contains(word) && tokens.contains(where: { !$0.isCapitalized && $0.key == key && $0.text == word && startsLowercase($0) }) {
                words.append(word)
            }
        }
        guard !words.isEmpty else { return }
        out.removeAll { $0.casedWord && tokens[$0.start].flags.contains(.sentenceStart) && words.contains(tokens[$0.start].text) }
    }

    /// A country's name that is also a person's ("Chad", "Jordan") is a person throughout an
    /// article that writes it with a first name or a surname beside it ("Chad Johnson",
    /// "Michael Jordan"); "Georgia" in an article about US states is the state.
    /// With `german`, a noun for a place before it makes no surname of it ("Flughafen Frankfurt").
    private func readPeople(_ out: inout [Match], _ tokens: [Token], german: Bool, bodyStart: Int) {
        var people = Set<String>()
        // Where places start and end: a pair of places joined by a hyphen is a route or a link ("the Agadir-Marrakech
        // line", "Strecke Hamburg-Berlin"), no double-barrelled name.
        var placeStarts = Set<Int>(), placeEnds = Set<Int>()
        for m in out where m.start >= 0 && [.city, .capital, .place, .country].contains(entries.kind(m.entry)) {
            placeStarts.insert(m.start)
            placeEnds.insert(m.start + m.count - 1)
        }
        // A hand-kept town's name right after a given name that is no word ("Dominik Paris", "Kevin Lima"; not "Will
        // London" nor "Jack London", whose given names are words too), in one clause: the person's family name,
        // throughout the article.
        for m in out where m.listedTown && !people.contains(tokens[m.start].text) {
            let k = m.start
            let g = tokens[k - 1]
            if g.isCapitalized, !g.flags.contains(.allCaps), tokens[k].flags.isDisjoint(with: .boundary), k != bodyStart,
                NameShapes.shared.given.contains(g), !NameShapes.shared.givenWords.contains(g),
                !placeEnds.contains(k - 1), !Self.stopwords.contains(g.text)
            {
                people.insert(tokens[k].text)
            }
        }
        for m in out where m.personLike || m.surnameLike {
            let word = tokens[m.start].text
            guard !people.contains(word) else { continue }
            let key = tokens[m.start].key
            for k in tokens.indices where tokens[k].isCapitalized && tokens[k].key == key && tokens[k].text == word {
                let t = tokens[k]
                // (Nor a compound's second part after a word that is no given name: "Hydro-Québec".)
                if t.flags.contains(.hyphenated) && (placeEnds.contains(k - 1) || k > 0 && !Self.givenName(tokens[k - 1]))
                    || k + 1 < tokens.count && tokens[k + 1].flags.contains(.hyphenated) && placeStarts.contains(k + 1)
                {
                    continue
                }
                // (A club's word beside it makes a club, not a person: "FC Porto", "Porto FC".)
                let before = k > 0 && k != bodyStart && t.flags.isDisjoint(with: [.afterPunctuation, .sentenceStart]) && tokens[k - 1].isCapitalized
                    && !(german && (Self.germanPlaceNouns.contains(tokens[k - 1]) || !Self.givenName(t) && Self.germanCommonNoun(tokens[k - 1])))
                    && !Self.stopwords.contains(tokens[k - 1].text) && !PersonFinder.titles.contains(tokens[k - 1].text)
                    && !Self.isSentencePreposition(tokens[k - 1])
                    && !Self.organizationWordsBefore.contains(tokens[k - 1].text)
                    && !PersonFinder.notNames.contains(tokens[k - 1].text) && !startsPlainAlias(tokens, k - 1)
                let after = k + 1 < tokens.count && tokens[k + 1].isCapitalized
                    && !tokens[k + 1].flags.contains(.afterPunctuation) && !tokens[k + 1].flags.contains(.sentenceStart)
                    && !Self.stopwords.contains(tokens[k + 1].text) && !startsPlainAlias(tokens, k + 1)
                    && !PersonFinder.notNames.contains(tokens[k + 1].text) && !Self.landforms.contains(tokens[k + 1].text)
                    && !Self.organizationWordsAfter.contains(tokens[k + 1].text)
                    // (A title after a place is the place's: "Ontario Premier Doug Ford".)
                    && !PersonFinder.titles.contains(tokens[k + 1].text)
                // A city that is also a surname ("Michael Vaughan") is a person only after a first name.
                if before && !Self.placeQualifiers.contains(tokens[k - 1].text) || (after && m.personLike) {
                    people.insert(word)
                    break
                }
            }
        }
        let usPlaces = out.contains { m in
            (m.country ?? entries.country(m.entry)) == "US" && [.city, .place, .capital].contains(entries.kind(m.entry))
        }
        out.removeAll { ($0.personLike || $0.surnameLike || $0.listedTown) && people.contains(tokens[$0.start].text) }
        if usPlaces {
            for k in out.indices where out[k].personLike && tokens[out[k].start].text == "georgia" {
                out[k].country = "US"
            }
        }
    }

    /// Arabic writes "and", "by", "for" and "so" as one letter glued to the next word
    /// (والسعودية, "and Saudi Arabia"): the aliases of the word without it.
    /// ``withoutProclitic(_:)`` or ``withoutCaseEnding(_:)`` of token `i`, for a word that starts
    /// no alias as it stands: only Arabic and Cyrillic words (lead bytes 0xD0-0xD9) can have
    /// either, told by the first byte without copying the token.
    @inline(__always)
    private func withoutAffix(_ tokens: [Token], _ i: Int) -> Range<Int>? {
        guard let lead = tokens[i].text.utf8.first, lead >= 0xD0 && lead <= 0xD9 else { return nil }
        if let found = withoutProclitic(tokens[i]) { return found }
        // (ru) An adjective before a noun of place names the district or the feature, not a city of its stem: Кировском
        // районе is no Кировск, Медвежьегорском районе no Медвежьегорск (``PlaceFinder/russianDistricts(in:taken:)``).
        if lead <= 0xD1, PlaceFinder.russianPlaceNoun(at: i + 1, in: tokens) != nil { return nil }
        return withoutCaseEnding(tokens[i])
    }

    /// (Also "for the", whose lām drops the article's alif, للبنك الدولي for ل + البنك الدولي, and "and" or "so" before
    /// "by" or "for", وبالسعودية, وللأمم المتحدة.)
    private func withoutProclitic(_ t: Token) -> Range<Int>? {
        let scalars = t.text.unicodeScalars
        guard let first = scalars.first, [0x0648, 0x0628, 0x0644, 0x0641].contains(first.value), scalars.count > 3 else { return nil }
        var rest = Substring.UnicodeScalarView(scalars.dropFirst())
        if let found = candidates(String(rest)) { return found }
        var lam = first.value == 0x0644
        if !lam, first.value == 0x0648 || first.value == 0x0641, let second = rest.first, second.value == 0x0628 || second.value == 0x0644,
            rest.count > 3
        {
            rest = Substring.UnicodeScalarView(rest.dropFirst())
            if let found = candidates(String(rest)) { return found }
            lam = second.value == 0x0644
        }
        // (ل + ال: the article's alif dropped, its lām left: للبنك.)
        guard lam, rest.first?.value == 0x0644, rest.count > 3 else { return nil }
        return candidates("\u{0627}" + String(rest))
    }

    /// Russian declines names (России, Москве, Киеве, Казани): the one-word aliases of a Cyrillic
    /// word found without its case ending, with the nominative's ending put back.
    private func withoutCaseEnding(_ t: Token) -> Range<Int>? {
        guard t.text.startsCyrillic else { return nil }  // every other word leaves at once
        let scalars = t.text.unicodeScalars
        guard scalars.count > 3, let first = scalars.first, first.value >= 0x0430 && first.value <= 0x044F else { return nil }
        // A name in -ай in the genitive ends as an adjective does (Китая, Парагвая: Китай, Парагвай).
        if t.text.hasSuffix("ая"), let one = oneWordAliases(String(t.text.dropLast()) + "и") { return one }
        // An adjective made from a place's name (Уральская, Свердловской, Кировского) is no case of a
        // city of the adjective's stem (Уральск in Kazakhstan, Свердловск).
        if Self.adjectiveEndings.contains(where: { t.text.hasSuffix($0) }) { return nil }
        // A plural name in another case: Шахтах, Шахтам are Шахты (not Сумма: Сумы).
        if t.text.hasSuffix("ах") || t.text.hasSuffix("ам"), let one = oneWordAliases(String(t.text.dropLast(2)) + "ы") {
            return one
        }
        // (The two letters of -ия's cases first: Бразилии is Бразилия, not the city Бразилиа.)
        for cut in t.text.hasSuffix("ии") || t.text.hasSuffix("ию") ? [2, 1] : [1, 2] {
            // Only a case's ending comes off (Москве, Омском; not Металл: Мета), and it gives back the
            // nominatives that take it (Омском is Омск; Паром, "ferry", is no case of Пара).
            guard let nominatives = Self.caseEndings[String(String.UnicodeScalarView(scalars.suffix(cut)))] else { continue }
            let stem = String.UnicodeScalarView(scalars.dropLast(cut))
            // (Words of four letters only by the dropped vowel: Орле.)
            // (A body's name of several words declines its first only: Министерстве иностранных дел России, Управлением
            // внутренних дел.)
            // (A neuter's endings only for such names: Паром, "ferry", is no case of Паро, a town in Bhutan.)
            for ending in nominatives where scalars.count > 4 {
                guard let found = candidates(String(stem) + ending) else { continue }
                guard ending == "о" || ending == "ие" else { return found }
                if let one = found.firstIndex(where: { aliases[$0].count == 1 }) {
                    if one > found.lowerBound { return found.lowerBound..<one }
                } else {
                    return found
                }
            }
            // A vowel that the other cases drop: Череповце, Орле are Череповец, Орёл (folded: Орел).
            if let last = stem.last, let before = stem.dropLast().last, Self.isConsonant(last), Self.isConsonant(before) {
                var nominative = String.UnicodeScalarView(stem.dropLast())
                nominative.append("е")
                nominative.append(last)
                if let one = oneWordAliases(String(nominative)) { return one }
            }
        }
        return nil
    }

    /// The endings of a Russian noun's cases other than the nominative, of one and two letters, folded
    /// (й is и: Москвой, России), each with the nominative's endings that decline into it: a masculine
    /// name in a consonant (Омск: Омска, Омску, Омском, Омске), in -ь or -й (Ярославль: Ярославля,
    /// Ярославлем), a feminine one in -а, -я, -ия or -ь (Москва: Москвы, Москвой; Россия: России;
    /// Казань: Казанью), and the first word of a body's name of several words in -о or -ие (Министерство: Министерстве;
    /// Управление: Управления, Управлении, Управлением).
    static let caseEndings: [String: [String]] = [
        "а": ["", "о"], "я": ["ь", "й"], "у": ["", "а", "о"], "ю": ["ь", "й", "я"], "е": ["ь", "", "а", "я", "й", "о"],
        "и": ["ь", "а", "я"], "ы": ["а"],
        "ои": ["а"], "ою": ["а"], "еи": ["я"], "ею": ["я"], "ии": ["ия", "ие"], "ию": ["ия", "ие"], "ия": ["ие"], "ью": ["ь"],
        "ом": ["", "о"], "ем": ["ь", "й", "е"],
        // (Plural names are read above, Шахтах as Шахты.)
        "ам": anyNominative, "ям": anyNominative, "ах": anyNominative, "ях": anyNominative,
    ]
    static let anyNominative = ["ь", "", "а", "я", "й", "ия"]

    /// (ru) A city's or a region's name of two words (Нижний Тагил, Старый Оскол, Южно-Сахалинск, Каменск-Уральский) declined,
    /// at `i`: each word as written or in a case, a noun's or an adjective's (``nominatives(of:)``: Нижнего Тагила, в
    /// Южно-Сахалинске, Каменска-Уральского). Only capitalised Cyrillic words, only places, and a small or dateline-only
    /// name as the alias's own match would be.
    func declinedName(_ tokens: [Token], _ i: Int, reading: Reading) -> Match? {
        guard i + 1 < tokens.count, let lead = tokens[i].text.utf8.first, lead == 0xD0 || lead == 0xD1, tokens[i].isCapitalized,
            tokens[i + 1].isCapitalized, tokens[i + 1].flags.isDisjoint(with: .boundary)
        else { return nil }
        let last = tokens[i + 1].text
        // (The last word's nominatives once, for every alias: Тагила may be Тагил.)
        let lastForms = Self.nominatives(of: last)
        for form in Self.nominatives(of: tokens[i].text) {
            guard let group = candidates(form) else { continue }
            for a in group where aliases[a].count == 2 {
                let alias = aliases[a]
                guard [.city, .capital, .place].contains(entries.kind(Int(alias.entry))) else { continue }
                if alias.datelineOnly && reading != .dateline && !(alias.small && reading == .text) { continue }
                let name = word(alias, 1)
                // (The last word as written only where the first was declined: the alias's own reading failed there.)
                guard lastForms.contains(name), name != last || form != tokens[i].text else { continue }
                var match = Match(entry: Int(alias.entry), start: i, count: 2)
                match.small = alias.small && reading == .text
                return match
            }
        }
        return nil
    }

    /// `word` and the nominatives it may be a case of: a noun's (``caseEndings``: Каменска is Каменск) and an adjective's
    /// (``adjectiveCases``: Нижнего is Нижний).
    static func nominatives(of word: String) -> [String] {
        var forms = [word]
        let scalars = word.unicodeScalars
        for (ending, endings) in adjectiveCases where word.hasSuffix(ending) && scalars.count > ending.unicodeScalars.count + 2 {
            let stem = String(scalars.dropLast(ending.unicodeScalars.count))
            forms += endings.map { stem + $0 }
        }
        for cut in 1...2 where scalars.count > cut + 3 {
            guard let endings = caseEndings[String(String.UnicodeScalarView(scalars.suffix(cut)))] else { continue }
            let stem = String(String.UnicodeScalarView(scalars.dropLast(cut)))
            forms += endings.map { stem + $0 }
        }
        return forms
    }

    /// Whether `word` is `nominative` in another case, a noun's or an adjective's (Тагила, Осколе: Тагил, Оскол; Сахалинске:
    /// Сахалинск; Уральского: Уральский).
    static func declines(_ word: String, to nominative: String) -> Bool {
        word != nominative && nominatives(of: word).contains(nominative)
    }

    /// (ru) The endings of an adjective's cases, folded (й is и), each with the nominative's endings it declines from: Нижнего,
    /// Нижнем are Нижний; Старого, Старом Старый; Камчатского Камчатский (-ский after к); Старой Старая.
    static let adjectiveCases: [(String, [String])] = [
        ("ого", ["ыи", "ии", "ои", "ое"]), ("его", ["ии", "ее"]), ("ому", ["ыи", "ии", "ои", "ое"]), ("ему", ["ии", "ее"]),
        ("ым", ["ыи", "ое"]), ("им", ["ии", "ее"]), ("ом", ["ыи", "ии", "ое", "ои"]), ("ем", ["ии", "ее"]), ("ои", ["ая"]),
        ("ую", ["ая"]), ("еи", ["яя"]), ("юю", ["яя"]),
    ]

    /// A Russian consonant, folded (й is и, so no consonant here).
    static func isConsonant(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x0431 && s.value <= 0x0449 && !"еиоу".unicodeScalars.contains(s)
    }

    /// The endings of Russian adjectives made with -ск- or -цк- (Уральская, Свердловской, Донецкого),
    /// which no city's name declines into (Омск: Омска, Омску, Омске).
    /// (Folded, as the tokens are: й is и.)
    static let adjectiveEndings: [String] = ["ая", "ой", "ий", "ый", "ое", "ую", "ого", "ому", "их", "ие", "ими", "ым", "им"]
        .flatMap { ["ск" + $0, "цк" + $0] }.map(TextFolding.fold)

    /// (ru) Whether the word at `i` is an adjective in a case (Мансийском, Кировского) before a noun of place (районе, округа,
    /// озере: ``PlaceFinder/russianPlaceNoun(at:in:)``).
    static func russianAdjectiveBeforePlaceNoun(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].text.startsCyrillic && (adjectiveEndings.contains { tokens[i].text.hasSuffix($0) } || tokens[i].text.hasSuffix("ском"))
            && PlaceFinder.russianPlaceNoun(at: i + 1, in: tokens) != nil
    }

    /// A Russian region named by an adjective and "область" or "край" in another case (Калужской области,
    /// Забайкальского края, Ростовскую область): the nominative's entry ("Калужская область"), at `i`.
    /// Two regions share the noun in the plural (в Курганской и Тюменской областях, Краснодарский и Ставропольский
    /// края): the first is its adjective alone, the second its adjective and the noun.
    func declinedRegion(_ tokens: [Token], _ i: Int) -> Match? {
        // (The flag first: a word in lower case, most of them, leaves without reading its first byte.)
        guard i + 1 < tokens.count, tokens[i].isCapitalized, tokens[i].text.startsCyrillic,
            tokens[i + 1].flags.isDisjoint(with: .boundary)
        else { return nil }
        let forms: (noun: String, endings: [(String, [String])])
        var count = 2
        if i > 1, tokens[i - 1].text == "и", tokens[i - 2].isCapitalized, let plural = Self.regionPluralNouns[tokens[i + 1].text] {
            forms = plural
        } else if let singular = Self.regionNouns[tokens[i + 1].text] {
            forms = singular
        } else if i + 3 < tokens.count, tokens[i + 1].text == "и", tokens[i + 2].isCapitalized,
            tokens[i + 2].flags.isDisjoint(with: .boundary), tokens[i + 3].flags.isDisjoint(with: .boundary),
            let plural = Self.regionPluralNouns[tokens[i + 3].text]
        {
            forms = plural
            count = 1
        } else {
            return nil
        }
        // After a body's noun in lower case it ends the body's name (Арбитражный суд Архангельской области).
        if i > 0, !tokens[i - 1].isCapitalized, OrganizationFinder.declines(tokens[i - 1].text, from: OrganizationFinder.russianHeadStems) {
            return nil
        }
        let adjective = tokens[i].text
        for (ending, nominatives) in forms.endings where adjective.hasSuffix(ending) && adjective.count > ending.count + 3 {
            let stem = String(adjective.dropLast(ending.count))
            for nominative in nominatives {
                guard let group = candidates(stem + nominative) else { continue }
                for a in group where aliases[a].count == 2 && word(aliases[a], 1, is: forms.noun) {
                    let entry = Int(aliases[a].entry)
                    guard entries.kind(entry) == .place else { continue }
                    return Match(entry: entry, start: i, count: count)
                }
            }
        }
        return nil
    }

    /// The cases of "область" and "край", each with its nominative and the adjective's endings in
    /// that case with the nominative's endings.
    static let regionNouns: [String: (noun: String, endings: [(String, [String])])] = {
        let oblast = folded([("ой", ["ая"]), ("ую", ["ая"])])
        let krai = folded([("ого", ["ий", "ый"]), ("ому", ["ий", "ый"]), ("ом", ["ий", "ый"]), ("им", ["ий", "ый"])])
        var out: [String: (noun: String, endings: [(String, [String])])] = [:]
        for form in ["области", "областью"] { out[form] = ("область", oblast) }
        out["область"] = ("область", folded([("ую", ["ая"])]))
        for form in ["края", "краю", "крае", "краем"] { out[TextFolding.fold(form)] = (TextFolding.fold("край"), krai) }
        return out
    }()

    /// The plural of "область" and "край" in the oblique cases, after two adjectives (Курганской и Тюменской
    /// областях, Краснодарском и Ставропольском краях), with the adjectives' endings. (In the nominative the
    /// adjective is an alias's first word, Тюменская область, which the aliases read.)
    static let regionPluralNouns: [String: (noun: String, endings: [(String, [String])])] = {
        let oblast = folded([("ой", ["ая"]), ("ую", ["ая"])])
        let krai = folded([("ого", ["ий", "ый"]), ("ому", ["ий", "ый"]), ("ом", ["ий", "ый"]), ("им", ["ий", "ый"])])
        var out: [String: (noun: String, endings: [(String, [String])])] = [:]
        for form in ["областей", "областям", "областях", "областями"] { out[TextFolding.fold(form)] = ("область", oblast) }
        for form in ["краев", "краёв", "краям", "краях", "краями"] { out[TextFolding.fold(form)] = (TextFolding.fold("край"), krai) }
        return out
    }()

    /// Endings folded, as the tokens and aliases are (й is и).
    private static func folded(_ endings: [(String, [String])]) -> [(String, [String])] {
        endings.map { (TextFolding.fold($0.0), $0.1.map(TextFolding.fold)) }
    }

    /// German adds -s to a name in the genitive (die Wirtschaft Deutschlands, Bayerns
    /// Ministerpräsident): the one-word aliases of a capitalised word of five letters or more
    /// without its final -s, when no s, x or z comes before it (German gives such names an
    /// apostrophe: Reuss' is no Reus).
    private func withoutGenitive(_ t: Token) -> Range<Int>? {
        Self.withoutGermanGenitive(t).flatMap(oneWordAliases)
    }

    /// A capitalised word of five letters or more without a genitive's final -s, when no s, x or z
    /// comes before it; nil for any other word.
    static func withoutGermanGenitive(_ t: Token) -> String? {
        let bytes = t.text.utf8
        guard t.isCapitalized, bytes.count >= 5, bytes.last == UInt8(ascii: "s") else { return nil }
        let before = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
        guard before != UInt8(ascii: "s"), before != UInt8(ascii: "x"), before != UInt8(ascii: "z") else { return nil }
        return String(t.text.dropLast())
    }

    /// (de) The city or region whose adjective in -er (which German does not decline) stands before a capitalised noun in
    /// one sentence: the name with -er (Berliner, Vorarlberger, Südtiroler), its -en for -er (Thüringer, Bremer) or
    /// its -en for -ner (Münchner, Dresdner). Not after a given name ("Norbert Hofer"), and only a name the gazetteer takes
    /// in running text.
    func germanPlaceAdjective(_ tokens: [Token], _ i: Int) -> Match? {
        let t = tokens[i]
        guard i + 1 < tokens.count, t.isCapitalized, !t.flags.contains(.allCaps), t.text.utf8.count >= 6, t.text.hasSuffix("er"),
            tokens[i + 1].isCapitalized, tokens[i + 1].flags.isDisjoint(with: .boundary), !tokens[i + 1].flags.contains(.hyphenated),
            !tokens[i].flags.contains(.hyphenated), i == 0 || !Self.givenName(tokens[i - 1])
        else { return nil }
        for name in Self.germanAdjectiveNames(t.text) {
            guard let group = oneWordAliases(name) else { continue }
            for a in group {
                let alias = aliases[a], entry = Int(alias.entry)
                guard [.city, .capital, .place].contains(entries.kind(entry)), !alias.datelineOnly, !alias.small, !alias.afterComma,
                    extra(alias)?.exact == nil
                else { continue }
                return Match(entry: entry, start: i, count: 1)
            }
        }
        return nil
    }

    /// (de) The names a place's adjective in -er may come from: without -er (Berliner), with -en for -er (Thüringer), with
    /// -en for -ner (Münchner).
    static func germanAdjectiveNames(_ word: String) -> [String] {
        [String(word.dropLast(2)), word.dropLast(2) + "en", word.dropLast(3) + "en"]
    }

    /// (de) A place's name in the genitive beside the nouns that German capitalises: a region after
    /// its noun and the noun's article ("die Wirtschaft Bayerns") or with no capitalised word before it
    /// ("Niedersachsens Ministerpräsident"; not "George Washingtons Erbe"), a city before a title only
    /// ("Hamburgs Bürgermeister"; "Jonas Hofmann" is no Jona). Countries keep the plain check ("Michael
    /// Jordans Rekord" is no Jordan).
    private func genitiveStands(_ tokens: [Token], _ i: Int, entry: Int) -> Bool {
        switch entries.kind(entry) {
        case .place:
            guard i > 0, tokens[i - 1].isCapitalized, tokens[i].flags.isDisjoint(with: [.afterPunctuation, .sentenceStart, .lineStart])
            else { return true }
            return i > 1 && Self.germanArticles.contains(tokens[i - 2].text)
        case .city, .capital: return i + 1 < tokens.count && Self.germanTitles?.isTitle(tokens, i + 1) == true
        default: return false
        }
    }

    /// German articles before a noun, folded.
    static let germanArticles: Set<String> = ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"]

    /// The one-word aliases whose word is `word` (a group is sorted longest first: they are its end).
    private func oneWordAliases(_ word: String) -> Range<Int>? {
        guard let group = candidates(word), let one = group.firstIndex(where: { aliases[$0].count == 1 }) else { return nil }
        return one..<group.upperBound
    }

    /// True when the token's first letter is a lower-case one (scripts without case never are).
    @inline(__always)
    private func startsLowercase(_ t: Token) -> Bool {
        guard !t.isCapitalized, let s = t.original.unicodeScalars.first else { return false }
        if s.value < 0x80 { return s.value >= 0x61 && s.value <= 0x7A }
        return s.properties.isLowercase
    }

    /// A state abbreviation (", Va.", ", Calif.") counts right after a comma that follows a
    /// capitalised word, as in an AP dateline or an address.
    private func followsName(_ tokens: [Token], _ i: Int, after previous: Match?) -> Bool {
        guard i > 0, tokens[i].flags.contains(.afterPunctuation), tokens[i].isCapitalized else { return false }
        return tokens[i - 1].isCapitalized
    }

    /// Words that, right before or after a name, make it a thing and not a country
    /// ("roast turkey", "guinea pig", "fine china", "New Jersey" is a longer name).
    static let vetoBefore: [String: Set<String>] = [
        "turkey": ["roast", "wild", "thanksgiving", "christmas", "smoked", "stuffed", "frozen", "cold", "talking", "cooked", "whole"],
        "china": ["fine", "bone", "porcelain", "blue", "willow"],
        // A state's own house, a party's congress: not the US Congress.
        "senate": ["state"], "congress": ["state", "party", "national"],
        "jersey": ["a", "the", "his", "her", "their", "yellow", "pink", "green", "polka", "match", "football", "rugby",
                   "cycling", "club", "home", "away", "team", "replica", "signed"],
        // A nationality word in the name of a dish or a game (tortilla francesa, ensalada rusa,
        // montaña rusa "roller coaster", salade russe, roulette russe) is about neither country.
        "francesa": ["tortilla"], "rusa": ["ensalada", "montana", "ruleta"], "russe": ["salade", "roulette"],
        "russes": ["montagnes"], "russa": ["roleta", "insalata", "montanha"],
    ]
    static let vetoAfter: [String: Set<String>] = [
        "turkey": ["dinner", "dinners", "meat", "sandwich", "sandwiches", "breast", "breasts", "farm", "farms", "farmers",
                   "leg", "legs", "roast", "feathers", "vulture", "vultures", "trot", "shoot", "bacon", "burger", "burgers",
                   "hunting", "hunters", "flock", "flocks", "gravy", "stuffing", "pardon", "recipe", "recipes", "eggs",
                   "poults", "growers", "slices", "carcass", "carcasses", "feed", "fryer", "fryers", "baster"],
        "guinea": ["pig", "pigs", "fowl", "fowls", "hen", "hens", "worm", "worms"],
        "china": ["plate", "plates", "cup", "cups", "cabinet", "cabinets", "clay", "doll", "dolls", "shop", "pattern",
                  "teapot", "dishes", "tableware", "ware"],
        "jordan": ["shoes", "sneakers", "sneaker", "brand", "almonds"],
        // Dishes, breeds and sayings named after a nation ("French toast", "Danish pastries", "Dutch
        // courage"), which say nothing of the country.
        "french": ["toast", "fries", "kiss", "kissing", "horn", "horns", "polish", "manicure", "windows", "dressing", "bulldog",
                   "bulldogs", "braid", "braids", "onion", "loaf", "loaves"],
        "danish": ["pastry", "pastries"], "swiss": ["cheese", "roll", "rolls", "chard"],
        "russian": ["roulette", "doll", "dolls", "dressing"], "dutch": ["courage", "auction", "oven", "ovens", "uncle", "elm"],
        "turkish": ["delight", "bath", "baths"], "german": ["shepherd", "shepherds", "measles", "cockroach", "cockroaches"],
        "irish": ["stew", "setter", "setters", "wolfhound", "wolfhounds"], "spanish": ["flu", "omelette", "omelettes", "moss"],
        "chinese": ["whispers", "checkers", "lantern", "lanterns", "cabbage"], "english": ["muffin", "muffins", "setter", "setters"],
    ]

    /// Acronyms of the lexicon that are also English words, which a line in capitals writes so.
    static let shoutedWords: WordSet = ["us"]

    /// True when `b` is written right after `a`, with no space between them.
    static func glued(_ a: Token, _ b: Token) -> Bool { b.offset == a.offset + a.original.scalarCount }

    /// Kana words run together: a katakana name with katakana right beside it is part of a
    /// longer word (タイ in タイプ, "type").

    private func vetoed(_ alias: Alias, _ tokens: [Token], _ i: Int) -> Bool {
        let end = i + alias.count
        // A listed name right after a word that begins a body's name in Arabic, Russian or Vietnamese (البنك, شركة) is
        // part of that body's ("البنك الأهلي المصري" is a bank, not the club الأهلي المصري), unless the word begins a
        // name of the same entry too (نادي before الأهلي المصري, the club's "نادي الأهلي"). Only for the entries that are
        // named with such a word too (نادي الأهلي): أطباء بلا حدود after منظمة is the same body.
        if !alias.generated, i > 0, tokens[i].flags.isDisjoint(with: .boundary), entries.kind(Int(alias.entry)) == .organization,
            namedByKind.contains(alias.entry), Self.bodyStartWords.contains(tokens[i - 1]), !startsAlias(of: alias.entry, tokens[i - 1])
        {
            return true
        }
        // A listed club named "<town> City" or "<town> United" before a body's word that is no club's is the start of
        // the town's body ("Manchester City Council", "Manchester City Police"): the town is read, and the body around it.
        if !alias.generated, alias.count > 1, end < tokens.count, entries.kind(Int(alias.entry)) == .organization,
            Self.organizationWordsAfter.contains(tokens[end - 1].text), tokens[end].isCapitalized,
            tokens[end].flags.isDisjoint(with: [.afterPunctuation, .sentenceStart, .lineStart]),
            Self.organizationWordsAfter.contains(tokens[end].text), !NameContext.shared.clubMarkersAfter.contains(tokens[end])
        {
            return true
        }
        // A generated city's name followed by "de"/"del" and a name is the start of a longer one
        // ("San Antonio del Táchira", "Santiago de Compostela").
        if alias.generated, end + 1 < tokens.count, Self.nameLinks.contains(tokens[end].text), tokens[end + 1].isCapitalized,
            !tokens[end].flags.contains(.afterPunctuation)
        {
            return true
        }
        // A generated city's name glued by a hyphen to the next word is part of a longer name
        // ("Beaumont-la-Ferrière", "Saint-Aubin-les-Forges" is no Beaumont or Saint-Aubin).
        // ("London-based" stays London: a capitalised word must follow the hyphenated one.)
        if alias.generated, Self.goesOnByHyphen(tokens, at: end) { return true }
        // Nor after a capitalised word and an elided "d'" ("Val d'Agri" is no Ağrı, "Cortina d'Ampezzo").
        if alias.generated, i >= 2, tokens[i - 1].text == "d", Tokenizer.isElision(tokens[i - 1], before: tokens[i]),
            tokens[i - 2].isCapitalized, tokens[i - 1].flags.isDisjoint(with: .boundary)
        {
            return true
        }
        if tokens[i].flags.contains(.ideographic) {
            // "2일 본회의": characters a space apart are two words, not 일본 (Japan).
            if alias.solid, (i + 1..<end).contains(where: { !Self.glued(tokens[$0 - 1], tokens[$0]) }) { return true }
            // (ko) A generated place's name that starts inside a Hangul word is none: 해운대구 holds 대구
            // (Daegu). Korean glues particles and suffixes after a name, not syllables before it.
            if alias.generated, i > 0, PersonFinder.isHangul(tokens[i]), PersonFinder.isHangul(tokens[i - 1]),
                Self.glued(tokens[i - 1], tokens[i]), [.city, .capital, .place].contains(entries.kind(Int(alias.entry)))
            {
                return true
            }
            // (ko) Nor one glued to a syllable that is no particle its last sound takes: 이, 을, 은, 과 follow a
            // consonant, 를, 는, 와 a vowel, so 다카이치 (Takaichi) holds no 다카 (Dhaka) and 서울는 is no Seoul.
            if alias.generated, end < tokens.count, PersonFinder.isHangul(tokens[end - 1]), PersonFinder.isHangul(tokens[end]),
                Self.glued(tokens[end - 1], tokens[end]),
                (PersonFinder.hasFinalConsonant(tokens[end - 1].text) ? Self.afterVowelOnly : Self.afterConsonantOnly).contains(tokens[end].text)
            {
                return true
            }
            // (ko) A sea's name glued to a syllable that begins no particle is a word's or a name's part: 동해에너지 (a firm),
            // 동해고속도로 (a motorway), 동해사업장 (a plant), not 동해에서.
            if !alias.generated, end < tokens.count, PersonFinder.isHangul(tokens[end - 1]), PersonFinder.isHangul(tokens[end]),
                Self.glued(tokens[end - 1], tokens[end]), !Self.beginsParticle(tokens, end),
                entries.kind(Int(alias.entry)) == .place, Self.isSea(placeName(Int(alias.entry)))
            {
                return true
            }
            guard Self.isKatakana(tokens[i]) && Self.isKatakana(tokens[end - 1]) else { return false }
            return (i > 0 && Self.isKatakana(tokens[i - 1])) || (end < tokens.count && Self.isKatakana(tokens[end]))
        }
        guard alias.count == 1 else { return false }
        let name = word(alias, 0)
        // A word in a line written in capitals ("HELP US FIND HER") is no acronym ("US").
        if Self.shoutedWords.contains(name), i > 0, tokens[i - 1].flags.contains(.allCaps), tokens[i].flags.isDisjoint(with: .boundary) {
            return true
        }
        if i > 0, !tokens[i].flags.contains(.afterPunctuation), let words = Self.vetoBefore[name],
            words.contains(tokens[i - 1].text)
        {
            return true
        }
        if end < tokens.count, !tokens[end].flags.contains(.afterPunctuation), let words = Self.vetoAfter[name],
            words.contains(tokens[end].text)
        {
            return true
        }
        return false
    }

    /// IPADIC's common nouns in katakana (organizations-ja.tsv W) as written, read once: a region's name among them is a
    /// word in running text. (Its lines only, not folded: the organisation finders' lists cost a tenth of the start.)
    static let katakanaCommonNouns: Set<String> = {
        var out = Set<String>()
        for line in EmbeddedData.text(newsd_organizations_ja_tsv).split(separator: "\n") where line.hasPrefix("W\t") {
            out.insert(String(line.dropFirst(2)))
        }
        return out
    }()

    /// Korean particles that only a word ending in a consonant (``afterConsonantOnly``) or in a vowel takes.
    static let afterConsonantOnly: Set<String> = ["이", "을", "은", "과"]
    static let afterVowelOnly: Set<String> = ["를", "는", "와"]

    private static func isKatakana(_ t: Token) -> Bool {
        guard let v = t.original.unicodeScalars.first?.value else { return false }
        return (v >= 0x30A1 && v <= 0x30FF) || (v >= 0xFF66 && v <= 0xFF9F)
    }

    /// (ko) The first syllables of the particles after a name (에, 에서, 의, 와, 과, 로, 으로, 는, 은, 도, 까지, 부터...), and 상
    /// ("on": 동해상으로, onto the East Sea).
    static let particleStarts: Set<String> = ["에", "의", "와", "과", "로", "으", "는", "은", "도", "가", "이", "을", "를", "까", "부",
                                              "만", "처", "보", "서", "쪽", "상"]

    /// (ko) True when a particle begins at syllable `k`: one of ``particleStarts``, and 에 only alone or before the
    /// syllables of 에서, 에게, 에는, 에도 (에너지 "energy" is a word).
    static func beginsParticle(_ tokens: [Token], _ k: Int) -> Bool {
        guard particleStarts.contains(tokens[k].text) else { return false }
        guard tokens[k].text == "에", k + 1 < tokens.count, PersonFinder.isHangul(tokens[k + 1]), glued(tokens[k], tokens[k + 1]) else { return true }
        return ["서", "게", "는", "도", "선", "만"].contains(tokens[k + 1].text)
    }

    /// A sea's or an ocean's name (Pacific Ocean, Baltic Sea, Sea of Japan, Mediterranean).
    static func isSea(_ name: String) -> Bool {
        name.hasSuffix(" Ocean") || name.hasSuffix(" Sea") || name.hasPrefix("Sea of ") || name == "Mediterranean" || name == "Caribbean"
    }

    /// True when the name that ends before `end` goes on with a hyphen, a link and a capitalised word: Saint-Aubin of
    /// "Saint-Aubin-les-Forges", Le Cannet of "Le Cannet-des-Maures".
    static func goesOnByHyphen(_ tokens: [Token], at end: Int) -> Bool {
        end + 1 < tokens.count && tokens[end].flags.contains(.hyphenated) && hyphenLinks.contains(tokens[end])
            && tokens[end + 1].flags.contains(.hyphenated) && tokens[end + 1].isCapitalized
    }

    /// Words in lower case, between hyphens, that join the parts of a French or Spanish town's name
    /// ("Beaumont-la-Ferrière"); not English "upon" ("Newcastle-upon-Tyne" is Newcastle).
    static let hyphenLinks: WordSet = ["de", "del", "des", "du", "la", "le", "les", "lès", "sur", "sous", "en", "aux", "au", "di", "d"]

    /// Words that join the parts of a longer place name in Romance languages.
    static let nameLinks: WordSet = ["de", "del", "da", "do", "dos", "das", "di", "du", "des", "d"]

    /// Words after a country's name that make a place of it ("Jordan Valley").
    static let landforms: WordSet = ["river", "valley", "basin", "delta", "desert", "mountains", "lake", "gulf", "strait"]

    /// Capitalised words before a city's name that keep it a city ("Greater Manchester"): a part's direction or kind
    /// (``directionQualifiers``) and a town's own words (Port, Fort, Lake, Mount, Old).
    static let placeQualifiers = WordSet(directionQualifierList + ["old", "port", "fort", "lake", "mount"])

    /// The words before a country's name that make a part of it ("south Wales", "western Scotland",
    /// ``Analyzer/namesSubdivision(_:gazetteer:in:afterPlace:)``).
    static let directionQualifiers = WordSet(directionQualifierList)
    private static let directionQualifierList = [
        "greater", "inner", "outer", "metropolitan", "downtown", "suburban", "central", "north", "south",
        "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
    ]

    /// Words before a person's name, never before a place's ("Mr Jordan", "coach Chad", "M. Jordan"),
    /// in every language of Resources/name-context.tsv.
    static let honorifics = NameContext.shared.honorifics

    /// The one-word starts of a body's name (name-context.tsv U: البنك, شركة, Министерство, Ngân hàng's first word is two).
    static let bodyStartList = NameContext.shared.languages.values.flatMap(\.organizationStarts).filter { $0.count == 1 }.map { $0[0] }
    static let bodyStartWords = WordSet(bodyStartList)

    /// Whether `token` is the first word of an alias of `entry`.
    private func startsAlias(of entry: UInt32, _ token: Token) -> Bool {
        guard let k = index.entry(token) else { return false }
        return index.values[k].range.contains { aliases[$0].entry == entry }
    }

    /// Words right before and after a city's name that make it part of an organisation's
    /// (Resources/name-context.tsv, B and E: "Borussia Dortmund", "Manchester United").
    static let organizationWordsBefore = WordSet(NameContext.shared.organizationBefore.compactMap(\.last))
    static let organizationWordsAfter = WordSet(NameContext.shared.organizationAfter.compactMap(\.first))

    /// True when a word of a club's or a firm's name stands right beside the city's name: the city
    /// is matched, for ``organization(around:in:)`` to make the whole an organisation.
    private func besideOrganizationWord(_ tokens: [Token], _ start: Int, _ count: Int) -> Bool {
        if start > 0, tokens[start].flags.isDisjoint(with: .boundary), tokens[start - 1].isCapitalized,
            Self.organizationWordsBefore.contains(tokens[start - 1].text)
        {
            return true
        }
        let end = start + count
        return end < tokens.count && tokens[end].isCapitalized && tokens[end].flags.isDisjoint(with: .boundary)
            && Self.organizationWordsAfter.contains(tokens[end].text)
    }

    /// True when a title and "of" stand before `start` ("il presidente del Veneto Luca Zaia", "the
    /// governor of Oregon Tina Kotek"): the name is the place the title holds, and the given name at
    /// `end` starts the holder's ("the president of Golden Gate Futures" is a firm's). With `german`, the title is
    /// capitalised, as German nouns are, and "von" joins it ("Oberbürgermeister von Leipzig Burkhard Jung").
    private func afterTitleOf(_ tokens: [Token], _ start: Int, _ end: Int, german: Bool) -> Bool {
        guard start >= 2, NameShapes.shared.given.contains(tokens[end]) else { return false }
        let of = tokens[start - 1], title = tokens[start - 2]
        guard !of.isCapitalized, of.text == "of" || Self.nameLinks.contains(of) || german && of.text == "von",
            !title.isCapitalized || title.flags.contains(.sentenceStart) || german,
            of.flags.isDisjoint(with: [.afterPunctuation, .lineStart])
        else { return false }
        return PersonFinder.titles.contains(title) || NameContext.shared.languages.values.contains { $0.isTitle(tokens, start - 2) }
    }

    /// Prepositions of place that start a sentence, capitalised, before a town's name ("Em Petrolina,
    /// ...", "Nel Veneto", "Dans la Nièvre"): no part of a name, though no stopword elsewhere.
    /// With the prepositions of place of one word in every language's list (`place-context.tsv`, P:
    /// "В Находке", "Tại Đà Nẵng"), but not those that also link a person's name ("De Gaulle",
    /// "Da Silva", "Di Maio") nor a Latin word of one letter ("A Jordan spokesman"; Russian "В" counts).
    static let sentencePrepositions: WordSet = {
        var set: WordSet = [
            "em", "na", "nas", "nos", "no", "en", "au", "aux", "dans", "nel", "nella", "nei", "nelle", "dal", "dalla",
            "sul", "sulla", "bei", "aus", "nach", "im", "vom", "desde", "hacia", "para", "per", "con", "sur", "entre",
            "pelo", "pela", "near", "outside", "inside", "across", "toward", "towards",
            // "According to" in one word, before the source a sentence opens with ("Theo Vietcombank,", "Según Repsol,").
            "theo", "segun", "selon", "laut", "secondo",
        ]
        for phrase in PlaceContext.shared.all.prepositions where phrase.count == 1 {
            let word = phrase[0]
            if word.utf8.count > 1, !PlaceFinder.ofWords.contains(word), !nameLinks.contains(word) { set.insert(word) }
        }
        return set
    }()

    /// True when `t` is a preposition of place that starts a sentence, so is capitalised only there:
    /// the name after it stands alone ("Em Congonhas, ...", "В Находке ...").
    static func isSentencePreposition(_ t: Token) -> Bool {
        t.flags.contains(.sentenceStart) && sentencePrepositions.contains(t)
    }

    /// True when `t` reads as a word in lower case before a name: written so, or a preposition of place
    /// capitalised only because it starts a sentence ("in Commerce City", "Em Congonhas").
    static func readsLowercase(_ t: Token) -> Bool {
        !t.isCapitalized || isSentencePreposition(t)
    }

    /// True when a name made of a common word (an alias marked `=`) at `start` stands inside a
    /// sentence, or at its start with a capitalised word of the same phrase after it ("Labour MP"),
    /// and no capitalised word of the same phrase stands before it: that is a longer name's word
    /// ("Parliamentary Labour Party", "Federal Labour Agency").
    static func midSentenceName(_ tokens: [Token], _ start: Int, _ count: Int, after previous: Match?, bodyStart: Int) -> Bool {
        // "Ministry of Labour", "the Institute for the Study of Labour", "Minister for Labour": a body's field.
        if start > 0, !tokens[start].flags.contains(.afterPunctuation), ["of", "for"].contains(tokens[start - 1].text) { return false }
        guard start == 0 || start == bodyStart || !tokens[start].flags.isDisjoint(with: [.sentenceStart, .lineStart]) else {
            let p = tokens[start - 1]
            let matched = previous.map { $0.start + $0.count == start } ?? false
            // (A short word that starts the sentence is an article or a preposition: "O Chega", "Em Podemos".)
            return tokens[start].flags.contains(.afterPunctuation) || !p.isCapitalized || matched || stopwords.contains(p.text)
                || PersonFinder.titles.contains(p.text) || (p.flags.contains(.sentenceStart) && p.text.count <= 3)
        }
        let end = start + count
        return end < tokens.count && tokens[end].isCapitalized && tokens[end].flags.isDisjoint(with: .boundary)
    }

    /// True when an alias that passes `test` starts at `start`, all its words there.
    @inline(__always)
    private func startsAlias(_ tokens: [Token], _ start: Int, where test: (Alias) -> Bool) -> Bool {
        guard let group = candidates(tokens[start].text) else { return false }
        return group.contains { a in
            let alias = aliases[a]
            return start + alias.count <= tokens.count && test(alias)
                && (0..<alias.count).allSatisfy { word(alias, $0, is: tokens[start + $0].text) }
        }
    }

    /// True when an alias that is not ambiguous starts at `start` ("Japan" after "Jordan"); a combining form counts only
    /// before its hyphen ("Lynn Franco" is a person's name, "Lynn Franco-German" would not be).
    private func startsPlainAlias(_ tokens: [Token], _ start: Int) -> Bool {
        startsAlias(tokens, start) { alias in
            !alias.ambiguous && (alias.extra == 0 || extra(alias)?.combining != true
                || start + alias.count < tokens.count && tokens[start + alias.count].flags.contains(.hyphenated))
        }
    }

    /// (de) A capitalised word of five letters or more that is no given name: German capitalises every noun, and a
    /// noun beside a town's name makes no person's or firm's name of it ("an den Standorten Augsburg und Chemnitz",
    /// "beim Amtsgericht Augsburg Insolvenz beantragt").
    static func germanCommonNoun(_ t: Token) -> Bool {
        t.isCapitalized && !t.flags.contains(.allCaps) && t.text.utf8.count >= 5 && !givenName(t)
    }

    /// True when a title begins at token `k`, or one capitalised word and a title do ("Ontario Premier Doug Ford",
    /// "Kerala Ports Minister V.N. Vasavan"): the name before it is the place the title holds.
    static func placesTitle(_ tokens: [Token], at k: Int) -> Bool {
        // (Not after a given name: "Mary Queen of Scots", "Graham King".)
        guard k > 0, !givenName(tokens[k - 1]) else { return false }
        if PersonFinder.titles.contains(tokens[k].text) { return true }
        return k + 1 < tokens.count && tokens[k + 1].isCapitalized && tokens[k + 1].flags.isDisjoint(with: .boundary)
            && !OrganizationFinder.headsEverywhere.contains(tokens[k]) && PersonFinder.titles.contains(tokens[k + 1].text)
    }

    /// A country's name or adjective right after a given name in one phrase is the person's family name ("Ricardo Brasil",
    /// "Rolando España", "Marco Francia", "Luca Greco"), no mention of the country. (The given names of name-shapes.tsv G only,
    /// not those that are English words too: "Will Brazil win".)
    /// (And after a given name that is a word too where an apposition of a person follows: "Peter Holland, an oil analyst".)
    /// A country's name that is a given name too, before a capitalised word that no name the gazetteer knows begins, then
    /// a comma, a full stop or a word in lower case, is the person's given name ("India Cartwright, a Pacific analyst",
    /// "Israel Guerreiro."): not before a body's head, a title or a word that is no name's ("Israel Police", "India Today").
    private func dropCountriesAfterGivenNames(_ out: inout [Match], _ tokens: [Token]) {
        var drop: [Int] = []
        let shapes = NameShapes.shared
        for (n, m) in out.enumerated() where m.start > 0 && tokens[m.start].flags.isDisjoint(with: .boundary) {
            let g = tokens[m.start - 1]
            let end = m.start + m.count
            let apposition = end + 1 < tokens.count && tokens[end].flags.contains(.afterPunctuation)
                && tokens[end].flags.isDisjoint(with: [.sentenceStart, .lineStart]) && ["a", "an"].contains(tokens[end].original)
            guard g.isCapitalized, !g.flags.contains(.allCaps), tokens[m.start].isCapitalized,
                [.country, .demonym].contains(entries.kind(m.entry)),
                shapes.given.contains(g) && !shapes.givenWords.contains(g) || apposition && shapes.givenWords.contains(g), !Self.stopwords.contains(g.text),
                !PersonFinder.titles.contains(g.text), n == 0 || out[n - 1].start + out[n - 1].count != m.start
            else { continue }
            drop.append(n)
        }
        for (n, m) in out.enumerated() where m.count == 1 && m.start >= 0 && !drop.contains(n) && m.start + 2 <= tokens.count {
            let k = m.start, s = k + 1
            guard s < tokens.count, entries.kind(m.entry) == .country, tokens[k].isCapitalized, !tokens[k].flags.contains(.allCaps),
                shapes.given.contains(tokens[k]), tokens[s].isCapitalized, !tokens[s].flags.contains(.allCaps),
                tokens[s].flags.isDisjoint(with: .boundary), tokens[s].hasSeveralScalars,
                // (One space between them: not a possessive, whose "'s" the tokens lost: "France's Dechy".)
                tokens[s].offset - tokens[k].offset - tokens[k].original.unicodeScalars.count == 1,
                !out.contains(where: { $0.start == s }), !Self.stopwords.contains(tokens[s].text),
                !PersonFinder.titles.contains(tokens[s].text), !PersonFinder.notNames.contains(tokens[s].text),
                !OrganizationFinder.headsEverywhere.contains(tokens[s]), !Self.organizationWordsAfter.contains(tokens[s].text),
                !Self.landforms.contains(tokens[s].text), !shapes.given.contains(tokens[s]),
                s + 1 == tokens.count || !tokens[s + 1].flags.isDisjoint(with: .boundary) || !tokens[s + 1].isCapitalized
            else { continue }
            drop.append(n)
        }
        for n in drop.sorted().reversed() { out.remove(at: n) }
    }

    /// A given name of name-shapes.tsv (G, W): Petra, Florence.
    static func givenName(_ t: Token) -> Bool { NameShapes.shared.given.contains(t) || NameShapes.shared.givenWords.contains(t) }

    /// True when a town the gazetteer takes in running text starts at `start`: a pair of towns joined by a hyphen is
    /// a route or a link ("the Agadir-Marrakech line", "Strecke Hamburg-Berlin"), and each stands alone.
    private func startsTown(_ tokens: [Token], _ start: Int) -> Bool {
        startsAlias(tokens, start) { !$0.datelineOnly && [.city, .capital].contains(entries.kind(Int($0.entry))) }
    }

    /// German nouns for a place or a kind of place before its name (Resources/place-context.tsv, B:
    /// "die Stadt Hamburg", "am Flughafen Frankfurt", "Freistaat Bayern"), and German titles before the
    /// place the holder serves ("Ministerpräsident Bayerns"): German capitalises them, and they make no
    /// firm's or person's name of the place.
    static let germanPlaceNouns = PlaceContext.shared.languages["de"]?.beforeEnds ?? []
    static let germanTitles = NameContext.shared.languages["de"]

    /// An ambiguous name ("Jordan", "Washington") is taken only when no capitalised word that
    /// could belong to a person's or a firm's name stands right beside it.
    /// The title's last word does not stand beside the body's first (at `bodyStart`). With `german`, nor
    /// does a noun for a place or a title (``germanPlaceNouns``).
    /// With `organization`, a firm's word before it (``Gazetteer/opensFirm(_:german:)``) is no name's either.
    /// With `germanNouns` (a German town of running text's size whose name is no given name), nor does a capitalised noun
    /// (``germanCommonNoun(_:)``).
    private func standsAlone(_ tokens: [Token], _ start: Int, _ count: Int, after previous: Match?, german: Bool, bodyStart: Int,
                             possessives: [Int] = [],
                             organization: Bool = false, germanNouns: Bool = false) -> Bool
    {
        if start > 0 && start != bodyStart && !tokens[start].flags.contains(.afterPunctuation) {
            let p = tokens[start - 1]
            let matched = previous.map { $0.start + $0.count == start } ?? false
            // (A sentence's end between them: "salito in Borsa. Pirelli ha firmato"; not after an initial or "Mr.".)
            let newSentence = tokens[start].flags.contains(.sentenceStart) && p.hasSeveralScalars && !p.flags.contains(.allCaps)
                && !Self.honorifics.contains(p.text)
            if p.isCapitalized && !matched && !newSentence && !Self.stopwords.contains(p.text) && !PersonFinder.titles.contains(p.text)
                && !(german && (Self.germanPlaceNouns.contains(p) || Self.germanTitles?.isTitle(tokens, start - 1) == true))
                && !Self.isSentencePreposition(p) && !(organization && Self.opensFirm(p, german: german))
                && !(german && OrganizationFinder.isGermanHead(p)) && !(germanNouns && Self.germanCommonNoun(p))
            {
                return false
            }
            if Self.honorifics.contains(p.text) { return false }
        }
        let end = start + count
        if end < tokens.count {
            let next = tokens[end]
            if next.isCapitalized && !next.flags.contains(.afterPunctuation) && !next.flags.contains(.sentenceStart)
                && !Self.stopwords.contains(next.text) && !startsPlainAlias(tokens, end) && !afterTitleOf(tokens, start, end, german: german)
                && !(next.flags.contains(.hyphenated) && startsTown(tokens, end)) && !(germanNouns && Self.germanCommonNoun(next))
                && !possessives.contains(end) && !Self.placesTitle(tokens, at: end)
            {
                return false
            }
        }
        return true
    }
}
