/// All subscriptions, indexed by a presearcher (as Lucene's Monitor does): each query is filed
/// under sets of keys (a word, a word's first bytes, an entity word, a country, a topic, a
/// language, or a pair of countries and topics for a conjunction of two such) of which an
/// article must hold one from every set to match it, so an article is matched in full only
/// against the queries whose every set it hits. A conjunction is filed under its rarest set
/// (by the words' document frequencies in news, ``PresearchCosts``), and its rarest other
/// condition that is a single word, country, topic or language is tested on each posting (as
/// Monitor's multipass presearcher requires a second term, without walking a second list): an
/// article holding only one of "a AND b" is not a candidate. Where those are the whole query
/// (`a AND b`, `country:JP AND topic:defense`, `a OR b`), a candidate is a match, and no
/// program runs.
///
/// Every word and value the queries name is interned once: keys and queries refer to terms by
/// id. An article is presearched from its words directly (one table probe a word, then one
/// posting list per distinct term it holds), and only an article with candidates has its
/// values and names looked up; candidates are verified by ``MatchProgram``, the queries
/// compiled to flat instructions over term ids.
public struct SubscriptionIndex: Sendable {
    public let subscriptions: [Subscription]
    /// Every word and value the queries name -> its term id (its entry).
    let terms: WordTable<Int32>
    /// The short terms again, key and term id side by side: an article's words are looked up here.
    let termSlots: TermSlots
    /// Per first byte, a bit per byte length (63: longer) of the terms that start with it: most
    /// words of an article are no term, and this tells so without hashing them.
    let termShapes: [UInt64]
    /// The terms' hashes as the tokenizer makes them: a token no term can be costs a bit test.
    let termFilter: TermFilter
    /// The prefix keys' first two bytes: a token that starts none is not looked up by prefix.
    let prefixFilter: PrefixFilter
    /// The first two or three bytes of `pre*` queries' words -> prefix key id (its entry).
    let prefixKeys: WordTable<Int32>
    /// Which prefix key lengths (2, 3 bytes) are filed.
    let prefixLengths: [Int]
    let program: MatchProgram
    /// A query filed under a key: the bit of the anchor set that names it, and the check tested
    /// on the article before the bit counts.
    struct Posting: Sendable {
        var query: Int32
        var bits: UInt8
        /// ``Check`` raw value, with ``decisive`` set when completing the query's bits here is a
        /// match (its plan, or its branch's, is exact) and ``alone`` when its bit is all the bits
        /// the query requires.
        var check: UInt8 = 0
        /// A topic check's minimum score (its place in ``minimums``); a phrase check's offset; a
        /// name check's kind.
        var argument: UInt16 = 0
        /// The checked term.
        var term: Int32 = -1
        /// In a name kind's postings: the term that must stand right before the walked word in
        /// the same name (-1: none).
        var nameBefore: Int32 = -1

        static let decisive: UInt8 = 0x80
        static let alone: UInt8 = 0x40
        /// A posting that alone decides a match: the walk adds its query to the matches and
        /// sets no hit bit.
        static let decidesAlone: UInt8 = decisive | alone
        /// The ``Check`` in ``check``.
        static let checkBits: UInt8 = 0x3F
    }

    /// What a posting tests before it counts: nothing, a word of the text, a country, a topic
    /// with its minimum, the language.
    enum Check: UInt8 {
        case unchecked, word, country, topic, language
        /// A word next to the walked one (``Posting/argument`` is the offset, +1 or -1).
        case phrase
        /// A word of one of the article's names of a kind (``Posting/argument``: the
        /// ``MatchState/NameKind`` raw value).
        case name
    }

    /// The topic checks' minimum scores (the first is 0), compared as the program compares them.
    let minimums: [Double]

    /// Per key kind (``PresearchKey/Kind`` raw value): postings by term id (prefix key id for
    /// ``PresearchKey/Kind/wordPrefix``).
    let postings: [PostingLists]
    /// Pairs of common keys (``pairCode(_:_:)``) -> their postings' key in ``pairPostings``.
    let pairs: [UInt64: Int32]
    let pairPostings: PostingLists
    /// Per query, the bits of all its anchor sets: a candidate once an article sets them all
    /// (a match, when a ``Posting/decisive`` posting sets the last).
    let required: [UInt8]
    /// Whether a posting tests a word: the article's words are then recorded even when no query
    /// reads positions.
    let checksWords: Bool
    /// Per ``MatchState/NameKind``: whether a posting tests a word of the article's names of
    /// that kind (they are then looked up before the walks).
    let checkedNames: [Bool]
    /// Queries with no anchor (pure NOT): matched against every article.
    let always: [Int32]
    let states: MatchStatePool

    public init(_ subscriptions: [Subscription]) {
        self.init(subscriptions, prefilter: true)
    }

    /// The index of `subscriptions`; with `prefilter` false, its term and prefix filters let every
    /// word through (to test that they never keep out a word that matters); `costs` rank the
    /// anchor sets (by default by the words' document frequencies).
    init(_ subscriptions: [Subscription], prefilter: Bool, costs: PresearchCosts = PresearchCosts()) {
        self.subscriptions = subscriptions
        var terms = WordTable<Int32>()
        var prefixKeys = WordTable<Int32>()
        var program = MatchProgram()
        var required = [UInt8](repeating: 0, count: subscriptions.count)
        var always: [Int32] = []
        var filed = [[(key: Int32, posting: Posting)]](repeating: [], count: PresearchKey.Kind.allCases.count)
        var pairs: [UInt64: Int32] = [:]
        var pairFiled: [(key: Int32, posting: Posting)] = []
        var lengths = Set<Int>()
        var checksWords = false
        var checkedNames = [Bool](repeating: false, count: MatchState.NameKind.allCases.count)
        var minimums: [Double] = [0]
        var minimumPlaces: [Double: UInt16] = [0: 0]
        for (i, s) in subscriptions.enumerated() {
            program.append(s.compiled, terms: &terms)
            guard let plans = s.compiled.presearchPlans(costs) else {
                always.append(Int32(i))
                continue
            }
            for plan in plans {
                var template = Posting(query: Int32(i), bits: 0)
                var exact = plan.exact
                if let check = plan.check, case .single(let kind, let value) = check.key {
                    template.term = MatchProgram.intern(value, &terms)
                    switch kind {
                    case .word:
                        template.check = check.offset == 0 ? Check.word.rawValue : Check.phrase.rawValue
                        template.argument = UInt16(bitPattern: Int16(check.offset))
                        checksWords = true
                    case .country: template.check = Check.country.rawValue
                    case .topic:
                        template.check = Check.topic.rawValue
                        if let place = minimumPlaces[check.minimum] {
                            template.argument = place
                        } else if minimums.count <= Int(UInt16.max) {
                            template.argument = UInt16(minimums.count)
                            minimumPlaces[check.minimum] = template.argument
                            minimums.append(check.minimum)
                        } else {
                            // The table is full: any score of 0 or more passes, the program decides.
                            exact = false
                        }
                    default:
                        if let names = MatchState.NameKind(kind) {
                            template.check = Check.name.rawValue
                            template.argument = UInt16(names.rawValue)
                            checkedNames[names.rawValue] = true
                        } else {
                            template.check = Check.language.rawValue
                        }
                    }
                }
                if let word = plan.nameBefore { template.nameBefore = MatchProgram.intern(word, &terms) }
                if exact { template.check |= Posting.decisive }
                for (k, set) in plan.sets.enumerated() {
                    let bit = UInt8(1) << k
                    required[i] |= bit
                    var posting = template
                    posting.bits = bit
                    for key in set {
                        switch key {
                        case .pair(let a, let b):
                            let code = Self.pairCode(Self.commonCode(a, &terms), Self.commonCode(b, &terms))
                            let id = pairs[code] ?? Int32(pairs.count)
                            pairs[code] = id
                            pairFiled.append((id, posting))
                        case .single(.wordPrefix, let value):
                            var bytes = Array(value.utf8.prefix(3))
                            lengths.insert(bytes.count)
                            let next = Int32(prefixKeys.count)
                            let id = bytes.withUnsafeMutableBufferPointer { b in
                                Int32(prefixKeys.findOrInsert(bytes: UnsafeBufferPointer(b), next).entry)
                            }
                            filed[PresearchKey.Kind.wordPrefix.rawValue].append((id, posting))
                        case .single(let kind, let value):
                            filed[kind.rawValue].append((MatchProgram.intern(value, &terms), posting))
                        }
                    }
                }
            }
        }
        for k in filed.indices { Self.markAlone(&filed[k], required) }
        Self.markAlone(&pairFiled, required)
        self.terms = terms
        termSlots = TermSlots(terms)
        self.minimums = minimums
        var shapes = [UInt64](repeating: 0, count: 256)
        let keys = terms.keys
        for key in keys {
            guard let first = key.utf8.first else { continue }
            shapes[Int(first)] |= Self.lengthBit(key.utf8.count)
        }
        termShapes = shapes
        let shortKeys = keys.filter { $0.utf8.count <= 15 }
        termFilter = TermFilter(hashes: shortKeys.lazy.map { WordKey($0).hash }, count: shortKeys.count, enabled: prefilter)
        prefixFilter = PrefixFilter(keys: prefixKeys.keys, enabled: prefilter)
        self.prefixKeys = prefixKeys
        self.program = program
        self.required = required
        self.checksWords = checksWords
        self.checkedNames = checkedNames
        self.always = always
        self.pairs = pairs
        prefixLengths = lengths.sorted()
        pairPostings = PostingLists(keys: pairs.count, filed: pairFiled)
        postings = PresearchKey.Kind.allCases.map { kind in
            PostingLists(keys: kind == .wordPrefix ? prefixKeys.count : terms.count, filed: filed[kind.rawValue])
        }
        states = MatchStatePool(terms: terms.count, prefixes: prefixKeys.count, queries: subscriptions.count)
    }

    public var count: Int { subscriptions.count }

    /// Marks ``Posting/alone`` the postings whose bit is all their query requires.
    private static func markAlone(_ filed: inout [(key: Int32, posting: Posting)], _ required: [UInt8]) {
        for j in filed.indices where required[Int(filed[j].posting.query)] == filed[j].posting.bits {
            filed[j].posting.check |= Posting.alone
        }
    }

    @inline(__always)
    static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }

    /// A common key (country, topic, language) as 4 bits of kind and 28 of term id.
    static func commonCode(_ key: PresearchKey, _ terms: inout WordTable<Int32>) -> UInt32 {
        guard case .single(let kind, let value) = key else { preconditionFailure("a pair of pairs") }
        return commonCode(kind, MatchProgram.intern(value, &terms))
    }

    static func commonCode(_ kind: PresearchKey.Kind, _ term: Int32) -> UInt32 {
        UInt32(kind.rawValue) << 28 | UInt32(term)
    }

    /// Two common keys as one, the lesser first, so that either order names the same pair.
    static func pairCode(_ a: UInt32, _ b: UInt32) -> UInt64 {
        UInt64(min(a, b)) << 32 | UInt64(max(a, b))
    }
}

/// Postings grouped by key, in one flat array (compressed rows): key `k`'s postings are
/// `items[starts[k]..<starts[k + 1]]`.
struct PostingLists: Sendable {
    var starts: [Int32]
    var items: [SubscriptionIndex.Posting]

    init(keys: Int, filed: [(key: Int32, posting: SubscriptionIndex.Posting)]) {
        guard !filed.isEmpty else {
            starts = []
            items = []
            return
        }
        var starts = [Int32](repeating: 0, count: keys + 1)
        for f in filed { starts[Int(f.key) + 1] += 1 }
        for k in 0..<keys { starts[k + 1] += starts[k] }
        var next = starts
        var items = [SubscriptionIndex.Posting](repeating: SubscriptionIndex.Posting(query: 0, bits: 0), count: filed.count)
        // A key's postings that check a word (and no name's word before) first, then the others:
        // the walk tests the first by their term's stamp alone.
        for checksAWord in [true, false] {
            for f in filed where Self.checksAWord(f.posting) == checksAWord {
                items[Int(next[Int(f.key)])] = f.posting
                next[Int(f.key)] += 1
            }
        }
        self.starts = starts
        self.items = items
    }

    var isEmpty: Bool { items.isEmpty }

    /// Whether `p` checks a word anywhere in the text and no word before it in a name.
    static func checksAWord(_ p: SubscriptionIndex.Posting) -> Bool {
        p.check & SubscriptionIndex.Posting.checkBits == SubscriptionIndex.Check.word.rawValue && p.nameBefore < 0
    }
}
