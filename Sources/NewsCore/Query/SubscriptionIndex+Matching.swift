import CNewsData

/// Matching an article: the presearch over its words and values, then the candidates'
/// programs. The article comes as the analysis' tokens (the pipeline) or as a ``MatchDocument``
/// (the alert service after a crash, `newsd rules test`); both take the same path.
extension SubscriptionIndex {
    /// The subscriptions `doc` matches, in file order.
    public func matches(_ doc: MatchDocument) -> [Subscription] {
        matchingIndices(doc).map { subscriptions[Int($0)] }
    }

    /// Where the subscriptions `doc` matches stand in ``subscriptions``, ascending.
    public func matchingIndices(_ doc: MatchDocument) -> [Int32] {
        run(doc.words, titleCount: doc.titleCount, facts: MatchFacts(doc), verify: true)
    }

    /// The subscriptions the presearcher lets through for `doc` (a superset of the matches).
    public func candidates(_ doc: MatchDocument) -> [Int32] {
        run(doc.words, titleCount: doc.titleCount, facts: MatchFacts(doc), verify: false)
    }

    /// Where the subscriptions an analysed article matches stand in ``subscriptions``,
    /// ascending, from the tokens ``Analyzer/analyzeKeepingTokens(_:)`` returned: the same as
    /// ``matchingIndices(_:)`` of its ``MatchDocument``, which is not built. The article's names
    /// are tokenized only when a query needs them.
    public func matchingIndices(tokens: [Token], titleCount: Int, article: Article, analysis: ArticleAnalysis) -> [Int32] {
        guard !subscriptions.isEmpty else { return [] }
        return run(TokenWords(tokens: tokens), titleCount: titleCount, facts: MatchFacts(article, analysis), verify: true)
    }

    private func run<Words: MatchWords>(_ words: Words, titleCount: Int, facts: MatchFacts, verify: Bool) -> [Int32] {
        guard !subscriptions.isEmpty else { return [] }
        return states.withState { state in
            presearch(words, titleCount: titleCount, facts, &state)
            guard verify else { return state.ascending(state.candidates.values + state.exact.values) }
            for i in 0..<state.candidates.count {
                let q = state.candidates[i]
                if evaluate(Int(q), words, facts, &state) { state.exact.append(q) }
            }
            return state.ascending(state.exact.values)
        }
    }

    // MARK: Presearch

    /// Leaves in `state.candidates`, in no particular order, the queries whose every anchor set the article
    /// hits and whose check it passes (those of exact plans in `state.exact`), and in `state` the
    /// article's terms and values for ``evaluate(_:_:_:_:)``.
    private func presearch<Words: MatchWords>(_ words: Words, titleCount: Int, _ facts: MatchFacts, _ state: inout MatchState) {
        state.begin(words: words.count, titleCount: titleCount)
        state.candidates.append(contentsOf: always)
        // The article's terms and values first, then the postings: a posting's check reads them.
        // (Values and names are looked up in ``termSlots``, a line each, not in ``terms``: two.)
        let wordLists = postings[PresearchKey.Kind.word.rawValue]
        if program.usesPositions || !wordLists.isEmpty || checksWords {
            words.noteTerms(in: self, pending: &state.pending, positions: &state.termPositions, terms: &state.positionTerms)
            state.markFirstOccurrences()
        }
        for c in facts.countries {
            let t = termSlots.term(c, in: terms)
            if t >= 0 { state.countries.append(t) }
        }
        for c in facts.mainCountries {
            let t = termSlots.term(c, in: terms)
            if t >= 0 { state.mainCountries.append(t) }
        }
        // (The closures here and in ``names(_:_:_:)`` read locals: one that read `termSlots` captured the whole
        // index, a copy with a retain a field at each call: 4-6k instructions an article.)
        let termSlots = termSlots
        let terms = terms
        facts.forEachTopic { id, score in
            if !(score >= 0) { state.topicsNonNegative = false }
            let t = termSlots.term(id, in: terms)
            if t >= 0 { state.topics.append((t, score)) }
        }
        if let l = facts.language { state.language = termSlots.term(l, in: terms) }
        state.markValues()
        // The names a posting tests or a walk starts from, all before the walks: the checks then
        // read values that no longer change (``PostingChecks``).
        for kind in MatchState.NameKind.allCases where checkedNames[kind.rawValue] || !postings[Self.keyKind(kind).rawValue].isEmpty {
            _ = names(kind, facts, &state)
        }
        let checks = PostingChecks(state)

        if !wordLists.isEmpty { walkWords(wordLists, checks, &state) }
        let prefixLists = postings[PresearchKey.Kind.wordPrefix.rawValue]
        if !prefixLists.isEmpty {
            for i in 0..<words.count where words.mayStartAPrefixKey(at: i, in: self) {
                walkPrefixes(of: words[i], prefixLists, checks, &state)
            }
        }
        let countryLists = postings[PresearchKey.Kind.country.rawValue]
        if !countryLists.isEmpty {
            for c in checks.countries { walk(countryLists, Int(c), checks, &state) }
        }
        let topicLists = postings[PresearchKey.Kind.topic.rawValue]
        if !topicLists.isEmpty {
            for t in checks.topics { walk(topicLists, Int(t.term), checks, &state) }
        }
        let languageLists = postings[PresearchKey.Kind.language.rawValue]
        if checks.language >= 0 && !languageLists.isEmpty { walk(languageLists, Int(checks.language), checks, &state) }
        for kind in MatchState.NameKind.allCases {
            let lists = postings[Self.keyKind(kind).rawValue]
            guard !lists.isEmpty, let names = checks.names[kind.rawValue] else { continue }
            for name in names {
                for j in name.indices where name[j] >= 0 { walk(lists, Int(name[j]), after: j > 0 ? name[j - 1] : -1, checks, &state) }
            }
        }
        if !pairs.isEmpty { walkPairs(checks, &state) }
        if !state.nextTo.isEmpty { testPhrases(&state) }
        state.resetHits()
        // A walked topic key stands for a topic part only for scores of 0 and more.
        if !state.topicsNonNegative {
            state.candidates.append(contentsOf: state.exact.values)
            state.exact.removeAll()
        }
        // Positions only for an article with something to verify: most have no candidate.
        if program.usesPositions && !state.candidates.isEmpty && state.termAt.isEmpty { state.placeTerms() }
    }

    private static func keyKind(_ kind: MatchState.NameKind) -> PresearchKey.Kind {
        switch kind {
        case .person: .personWord
        case .organization: .orgWord
        case .place: .placeWord
        case .source: .sourceWord
        }
    }

    /// Walks the postings of each of the article's distinct terms. In a large index a term's
    /// bounds and its first postings are each a miss: they are fetched a few terms ahead.
    private func walkWords(_ lists: PostingLists, _ checks: PostingChecks, _ state: inout MatchState) {
        let n = state.distinctTerms.count
        lists.starts.withUnsafeBufferPointer { starts in
            lists.items.withUnsafeBufferPointer { items in
                for k in 0..<n {
                    if k + 8 < n { newsd_prefetch(starts.baseAddress! + Int(state.distinctTerms[k + 8])) }
                    if k + 4 < n { newsd_prefetch(items.baseAddress! + Int(starts[Int(state.distinctTerms[k + 4])])) }
                    walk(lists, Int(state.distinctTerms[k]), checks, &state)
                }
            }
        }
    }

    /// Sets the bits of each of `key`'s postings whose check the article passes; a query whose
    /// every bit is set is a candidate (a match, for an exact plan). A posting that alone decides
    /// a match adds its query to the matches and sets no bit (``MatchState/ascending(_:)`` makes
    /// them distinct). In a name, `previous` is the term of the word before the walked one.
    @inline(__always)
    private func walk(_ lists: PostingLists, _ key: Int, after previous: Int32 = -1, _ checks: PostingChecks, _ state: inout MatchState) {
        let start = Int(lists.starts[key])
        let end = Int(lists.starts[key + 1])
        guard start < end else { return }
        // A posting touches one query at most and adds it to one list at most: room for them all,
        // once a key, and then no runtime call a posting.
        state.touched.reserve(end - start)
        state.exact.reserve(end - start)
        state.candidates.reserve(end - start)
        let generation = state.generation
        // The closures below capture no `self`: a capture copied the whole index (a retain a field) at each walk.
        let required = required
        let minimums = minimums
        lists.items.withUnsafeBufferPointer { items in
            required.withUnsafeBufferPointer { required in
                state.stamp.withUnsafeBufferPointer { stamp in
                    state.valueStamp.withUnsafeBufferPointer { valueStamp in
                        state.hits.withUnsafeMutableBufferPointer { hits in
                            state.touched.withAppender { touched in
                                state.exact.withAppender { exact in
                                    state.candidates.withAppender { candidates in
                                        /// Counts posting `p`, whose check the article passes.
                                        @inline(__always)
                                        func count(_ p: Posting) {
                                            if p.check & Posting.decidesAlone == Posting.decidesAlone {
                                                exact.append(p.query)
                                                return
                                            }
                                            let q = Int(p.query)
                                            let before = hits[q]
                                            guard before | p.bits != before else { return }
                                            if before == 0 { touched.append(p.query) }
                                            hits[q] = before | p.bits
                                            guard before | p.bits == required[q] else { return }
                                            if p.check & Posting.decisive != 0 { exact.append(p.query) } else { candidates.append(p.query) }
                                        }
                                        // A key's postings that check a word come first (``PostingLists``): most
                                        // fail, each at the cost of its term's stamp.
                                        var i = start
                                        while i < end {
                                            let p = items[i]
                                            guard p.check & Posting.checkBits == Check.word.rawValue && p.nameBefore < 0 else { break }
                                            i += 1
                                            if stamp[Int(p.term)] == generation { count(p) }
                                        }
                                        while i < end {
                                            let p = items[i]
                                            i += 1
                                            guard p.nameBefore < 0 || p.nameBefore == previous else { continue }
                                            // The check first: most postings fail it, and then the query's hit
                                            // bits (a random read, a miss in a large index) are not read.
                                            let check = p.check & Posting.checkBits
                                            if check == Check.phrase.rawValue {
                                                // Positions are placed once all terms are known: tested after the
                                                // walks (with the hit bits), when the other word is in the article.
                                                if stamp[Int(p.term)] == generation { state.nextTo.append((p, Int32(key))) }
                                                continue
                                            }
                                            if check == Check.word.rawValue {
                                                guard stamp[Int(p.term)] == generation else { continue }
                                            } else if check >= Check.country.rawValue && check <= Check.language.rawValue {
                                                // A value the article lacks fails at its stamp; one it has, at its score.
                                                guard valueStamp[Int(p.term)] == generation, Self.passes(p, checks, minimums) else { continue }
                                            } else if check != 0 && !Self.passes(p, checks, minimums) {
                                                continue
                                            }
                                            count(p)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Tests the postings whose check is a word next to the walked one, now that the article's
    /// positions are placed, and counts those that pass as ``walk(_:_:after:_:_:)`` does.
    private func testPhrases(_ state: inout MatchState) {
        state.placeTerms()
        for (p, walked) in state.nextTo {
            let alone = p.check & Posting.decidesAlone == Posting.decidesAlone
            let q = Int(p.query)
            let before = alone ? 0 : state.hits[q]
            guard alone || before | p.bits != before, state.follows(walked, by: p.term, at: Int(Int16(bitPattern: p.argument))) else { continue }
            if alone {
                state.exact.append(p.query)
                continue
            }
            if before == 0 { state.touched.append(p.query) }
            state.hits[q] = before | p.bits
            guard before | p.bits == required[q] else { continue }
            if p.check & Posting.decisive != 0 { state.exact.append(p.query) } else { state.candidates.append(p.query) }
        }
    }

    /// Whether the article passes posting `p`'s check of a value or a name (a word's is tested in
    /// ``walk(_:_:after:_:_:)``), from `checks`: no array is retained a posting.
    @inline(__always)
    private static func passes(_ p: Posting, _ checks: PostingChecks, _ minimums: [Double]) -> Bool {
        switch Check(rawValue: p.check & Posting.checkBits) {
        case .country:
            for c in checks.countries where c == p.term { return true }
            return false
        case .topic:
            let minimum = minimums[Int(p.argument)]
            for t in checks.topics where t.term == p.term && t.score >= minimum { return true }
            return false
        case .language: return checks.language == p.term
        case .name:
            guard let names = checks.names[Int(p.argument)] else { return false }
            for name in names where name.contains(p.term) { return true }
            return false
        case .unchecked, .word, .phrase, nil: return true
        }
    }

    /// Walks the prefix keys `word` starts with (its first two and three bytes), each once an article.
    private func walkPrefixes(of word: String, _ lists: PostingLists, _ checks: PostingChecks, _ state: inout MatchState) {
        var word = word
        word.makeContiguousUTF8()
        word.utf8.withContiguousStorageIfAvailable { bytes in
            for length in prefixLengths where bytes.count >= length {
                guard let k = prefixKeys.entry(bytes: UnsafeBufferPointer(rebasing: bytes[0..<length])),
                    state.prefixStamp[k] != state.generation
                else { continue }
                state.prefixStamp[k] = state.generation
                walk(lists, k, checks, &state)
            }
        }
    }

    /// Walks each pair of the article's common keys (countries, topics, language) that a query is filed under.
    private func walkPairs(_ checks: PostingChecks, _ state: inout MatchState) {
        var common = checks.countries.map { Self.commonCode(.country, $0) }
        for t in checks.topics { common.append(Self.commonCode(.topic, t.term)) }
        if checks.language >= 0 { common.append(Self.commonCode(.language, checks.language)) }
        common.sort()
        var distinct = 0
        for c in common where distinct == 0 || common[distinct - 1] != c {
            common[distinct] = c
            distinct += 1
        }
        for i in 0..<distinct {
            for j in i + 1..<distinct {
                if let key = pairs[Self.pairCode(common[i], common[j])] { walk(pairPostings, Int(key), checks, &state) }
            }
        }
    }

    /// The article's names of `kind` as term ids of their words (-1: a word no query names),
    /// tokenized the first time they are asked for.
    private func names(_ kind: MatchState.NameKind, _ facts: MatchFacts, _ state: inout MatchState) -> [[Int32]] {
        if let known = state.names[kind.rawValue] { return known }
        let termSlots = termSlots
        let terms = terms
        let ids = facts.names(kind).map { name in name.map { termSlots.term($0, in: terms) } }
        state.names[kind.rawValue] = ids
        return ids
    }

    // MARK: Verification

    /// Runs query `q`'s program on the article in `state`.
    private func evaluate<Words: RandomAccessCollection<String>>(_ q: Int, _ words: Words, _ facts: MatchFacts,
                                                                  _ state: inout MatchState) -> Bool where Words.Index == Int {
        var pc = Int(program.entries[q])
        var acc = false
        while true {
            let ins = program.code[pc]
            switch ins.op {
            case .word:
                acc = state.has(ins.a) && (!ins.flag || Int(state.firstAt[Int(ins.a)]) < state.titleCount)
            case .text: acc = occurs(program.texts[Int(ins.a)], words, state)
            case .countries: acc = anyOf(ins, in: state.countries)
            case .mainCountries: acc = anyOf(ins, in: state.mainCountries)
            case .topic:
                let minimum = program.minimums[Int(ins.b)]
                acc = state.topics.contains { $0.term == ins.a && $0.score >= minimum }
            case .person: acc = contains(names(.person, facts, &state), ins)
            case .org: acc = contains(names(.organization, facts, &state), ins)
            case .place: acc = contains(names(.place, facts, &state), ins)
            case .source: acc = contains(names(.source, facts, &state), ins)
            case .lang: acc = state.language >= 0 && state.language == ins.a
            case .near: acc = near(program.nears[Int(ins.a)], words, &state)
            case .jumpIfFalse:
                if !acc {
                    pc = Int(ins.a)
                    continue
                }
            case .jumpIfTrue:
                if acc {
                    pc = Int(ins.a)
                    continue
                }
            case .not: acc.toggle()
            case .constant: acc = ins.flag
            case .ret: return acc
            }
            pc += 1
        }
    }

    /// Whether one of the terms `ins` names is in `values`.
    private func anyOf(_ ins: MatchInstruction, in values: [Int32]) -> Bool {
        for k in Int(ins.a)..<Int(ins.a + ins.b) where values.contains(program.pool[k]) { return true }
        return false
    }

    /// Whether the words `ins` names follow one another in one of `names` (as ``MatchDocument/contains(_:_:)``).
    private func contains(_ names: [[Int32]], _ ins: MatchInstruction) -> Bool {
        let query = Int(ins.a)..<Int(ins.a + ins.b)
        return names.contains { name in
            guard name.count >= query.count else { return false }
            outer: for start in 0...(name.count - query.count) {
                for k in 0..<query.count where name[start + k] != program.pool[query.lowerBound + k] { continue outer }
                return true
            }
            return false
        }
    }

    /// Whether `leaf` occurs (as ``MatchDocument/occurs(_:titleOnly:)``).
    private func occurs<Words: RandomAccessCollection<String>>(_ leaf: MatchProgram.TextLeaf, _ words: Words, _ state: MatchState) -> Bool
    where Words.Index == Int {
        if leaf.count == 1 && leaf.prefix >= 0 {
            let prefix = program.prefixes[Int(leaf.prefix)]
            let end = leaf.titleOnly ? min(state.titleCount, words.count) : words.count
            for i in 0..<end where Self.hasPrefix(words[i], prefix) { return true }
            return false
        }
        let first = program.pool[Int(leaf.start)]
        guard state.has(first) else { return false }
        if leaf.count == 1 { return !leaf.titleOnly || Int(state.firstAt[Int(first)]) < state.titleCount }
        var s = Int(state.firstAt[Int(first)])
        while s >= 0 {
            if leaf.titleOnly && s >= state.titleCount { break }
            if phrase(leaf, at: s, words, state) { return true }
            s = Int(state.nextAt[s])
        }
        return false
    }

    /// Whether the words of `leaf` follow one another from position `s` on, not across title
    /// and body; its first word is known to be there.
    private func phrase<Words: RandomAccessCollection<String>>(_ leaf: MatchProgram.TextLeaf, at s: Int, _ words: Words, _ state: MatchState)
        -> Bool where Words.Index == Int
    {
        let n = Int(leaf.count)
        guard s + n <= state.termAt.count, s >= state.titleCount || s + n <= state.titleCount else { return false }
        for k in 1..<n {
            if leaf.prefix >= 0 && k == n - 1 {
                if !Self.hasPrefix(words[s + k], program.prefixes[Int(leaf.prefix)]) { return false }
            } else if state.termAt[s + k] != program.pool[Int(leaf.start) + k] {
                return false
            }
        }
        return true
    }

    /// Appends where `leaf` occurs to `out`: (first word, last word) of each occurrence (as
    /// ``MatchDocument/spans(_:titleOnly:)``).
    private func spans<Words: RandomAccessCollection<String>>(_ leaf: MatchProgram.TextLeaf, _ words: Words, _ state: MatchState,
                                                             into out: inout [(Int32, Int32)]) where Words.Index == Int {
        let n = Int32(leaf.count)
        if leaf.count == 1 && leaf.prefix >= 0 {
            let prefix = program.prefixes[Int(leaf.prefix)]
            let end = leaf.titleOnly ? min(state.titleCount, words.count) : words.count
            for i in 0..<end where Self.hasPrefix(words[i], prefix) { out.append((Int32(i), Int32(i))) }
            return
        }
        let first = program.pool[Int(leaf.start)]
        guard state.has(first) else { return }
        var s = Int(state.firstAt[Int(first)])
        while s >= 0 {
            if leaf.titleOnly && s >= state.titleCount { break }
            if n == 1 || phrase(leaf, at: s, words, state) { out.append((Int32(s), Int32(s) + n - 1)) }
            s = Int(state.nextAt[s])
        }
    }

    /// Whether a span of one side ends within `distance` words of a span of the other (as
    /// ``CompiledQuery/matches(_:)`` does for NEAR).
    private func near<Words: RandomAccessCollection<String>>(_ near: MatchProgram.Near, _ words: Words, _ state: inout MatchState) -> Bool
    where Words.Index == Int {
        var left: [(Int32, Int32)] = []
        var right: [(Int32, Int32)] = []
        swap(&left, &state.leftSpans)
        swap(&right, &state.rightSpans)
        defer {
            left.removeAll(keepingCapacity: true)
            right.removeAll(keepingCapacity: true)
            swap(&left, &state.leftSpans)
            swap(&right, &state.rightSpans)
        }
        for k in near.left { spans(program.texts[Int(program.pool[Int(k)])], words, state, into: &left) }
        guard !left.isEmpty else { return false }
        for k in near.right { spans(program.texts[Int(program.pool[Int(k)])], words, state, into: &right) }
        for l in left {
            for r in right {
                let gap = r.0 > l.1 ? r.0 - l.1 - 1 : (l.0 > r.1 ? l.0 - r.1 - 1 : 0)
                if gap <= near.distance && !(l.0 == r.0 && l.1 == r.1) { return true }
            }
        }
        return false
    }

    /// The term id of `word` (-1: no query names it). Most words are no term, and
    /// ``termShapes`` tells so from the first byte and the length, without hashing them.
    @inline(__always)
    func term(of word: String) -> Int32 {
        guard let first = word.utf8.first, termShapes[Int(first)] & Self.lengthBit(word.utf8.count) != 0 else { return -1 }
        return termSlots.term(word, in: terms)
    }

    /// ``term(of:)`` of a token's folded word, from the key the tokenizer made: its hash tested
    /// in ``termFilter``, then its first byte and length read from the key's record, then its
    /// record looked up in ``termSlots``, its hash not made again.
    @inline(__always)
    func term(of token: Token) -> Int32 {
        let record = token.key.record
        guard !record.isLong else { return term(of: token.text) }
        guard termFilter.mayContain(token.key.hash), mayBeShortTerm(record) else { return -1 }
        return termSlots.term(record, hash: token.key.hash)
    }

    /// Whether a term starts with the first byte of the short key `record` and has its length.
    @inline(__always)
    func mayBeShortTerm(_ record: WordRecord) -> Bool {
        let length = Int(record.high >> 56)
        return length > 0 && termShapes[Int(record.low & 0xFF)] & Self.lengthBit(length) != 0
    }

    /// `word.hasPrefix(prefix)`, first ruling out words that start with another ASCII byte.
    @inline(__always)
    static func hasPrefix(_ word: String, _ prefix: String) -> Bool {
        if let a = word.utf8.first, let b = prefix.utf8.first, a < 0x80, b < 0x80, a != b { return false }
        return word.hasPrefix(prefix)
    }
}

/// An article's values as the index reads them, from its analysis or from a ``MatchDocument``.
struct MatchFacts {
    var countries: [String]
    var mainCountries: [String]
    var language: String?
    private let origin: Origin

    private enum Origin {
        case analysed(Article, ArticleAnalysis)
        case document(MatchDocument)
    }

    init(_ article: Article, _ analysis: ArticleAnalysis) {
        countries = analysis.countries
        mainCountries = analysis.mainCountries
        language = analysis.language ?? article.language
        origin = .analysed(article, analysis)
    }

    init(_ doc: MatchDocument) {
        countries = Array(doc.countries)
        mainCountries = Array(doc.mainCountries)
        language = doc.language
        origin = .document(doc)
    }

    /// Calls `body` with each of the article's topics and its score.
    func forEachTopic(_ body: (String, Double) -> Void) {
        switch origin {
        case .analysed(_, let a): for t in a.topics { body(t.id, t.score) }
        case .document(let d): for (id, score) in d.topics { body(id, score) }
        }
    }

    /// The article's names of `kind`, each as its folded words.
    func names(_ kind: MatchState.NameKind) -> [[String]] {
        switch (origin, kind) {
        case (.document(let d), .person): d.people
        case (.document(let d), .organization): d.organizations
        case (.document(let d), .place): d.places
        case (.document(let d), .source): [d.source]
        case (.analysed(_, let a), .person): a.people.map(Tokenizer.words)
        case (.analysed(_, let a), .organization): a.organizations.map(Tokenizer.words)
        case (.analysed(_, let a), .place): a.places.map(Tokenizer.words)
        case (.analysed(let article, _), .source): [MatchDocument.sourceWords(article)]
        }
    }
}

/// An article's words as ``SubscriptionIndex`` reads them: each word, folded, and its term id.
protocol MatchWords: RandomAccessCollection<String> where Index == Int {
    /// Appends the position and term id of each word that is a term of `index`, in order, to
    /// `positions` and `terms`; `pending` is room for the positions still to look up (its
    /// contents are left undefined).
    func noteTerms(in index: SubscriptionIndex, pending: inout MatchList, positions: inout MatchList, terms: inout MatchList)
    /// False when word `i` starts none of `index`'s prefix keys (true: it may).
    func mayStartAPrefixKey(at i: Int, in index: SubscriptionIndex) -> Bool
}

extension Array: MatchWords where Element == String {
    func noteTerms(in index: SubscriptionIndex, pending: inout MatchList, positions: inout MatchList, terms: inout MatchList) {
        for i in indices {
            let t = index.term(of: self[i])
            if t >= 0 {
                positions.append(Int32(i))
                terms.append(t)
            }
        }
    }

    @inline(__always)
    func mayStartAPrefixKey(at i: Int, in index: SubscriptionIndex) -> Bool { true }
}

/// The analysis' tokens as words: each token's folded word, its term found with the key the
/// tokenizer made (no token is copied, no word hashed again).
struct TokenWords: MatchWords {
    let tokens: [Token]
    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }
    subscript(i: Int) -> String { tokens[i].text }

    /// Reads each token's key in place (no token copied): a word the term filter keeps out
    /// costs a load and a bit test. The tokens that may be terms are gathered first, each one's
    /// slot in ``TermSlots`` fetched, and then looked up: in a large index each slot is a miss,
    /// and fetched together they overlap.
    func noteTerms(in index: SubscriptionIndex, pending: inout MatchList, positions: inout MatchList, terms: inout MatchList) {
        pending.removeAll()
        pending.reserve(tokens.count)
        tokens.withUnsafeBufferPointer { tokens in
            pending.withAppender { pending in
                index.termFilter.forEachPassing(tokens) { i in
                    let key = tokens[i].key
                    if key.record.isLong {
                        pending.append(Int32(i))
                    } else if index.mayBeShortTerm(key.record) {
                        index.termSlots.prefetch(hash: key.hash)
                        pending.append(Int32(i))
                    }
                }
            }
            // Those gathered passed the filter and the shape test: looked up straight away, and
            // noted (each once at most) with no runtime call a term.
            positions.reserve(pending.count)
            terms.reserve(pending.count)
            pending.withValues { pending in
                positions.withAppender { positions in
                    terms.withAppender { terms in
                        for i in pending {
                            let key = tokens[Int(i)].key
                            let t = key.record.isLong ? index.term(of: tokens[Int(i)].text) : index.termSlots.term(key.record, hash: key.hash)
                            if t >= 0 {
                                positions.append(i)
                                terms.append(t)
                            }
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    func mayStartAPrefixKey(at i: Int, in index: SubscriptionIndex) -> Bool {
        let record = tokens[i].key.record
        return record.isLong || index.prefixFilter.mayStart(low: record.low)
    }
}
