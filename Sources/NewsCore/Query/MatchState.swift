import CNewsData

/// One article as ``SubscriptionIndex`` presearches and verifies it: the term id at each word
/// position, each term's occurrences as a chain through the positions, the article's values as
/// term ids, and the presearch's per-query hit bits. Its arrays are sized to the index, not to
/// the article, and reused from article to article (the index keeps a few), so matching an
/// article allocates nothing in the common case and never clears a per-term or per-query array:
/// a term is in the article when its stamp is the article's generation, and the hit bits are
/// reset through the list of queries the article touched.
struct MatchState: Sendable {
    /// Per term: the generation of the last article that held it, its first and last position.
    var stamp: [UInt32]
    /// Per term: the generation of the last article whose countries, topics or language held it
    /// (the kinds share it: a posting's check of a value it lacks fails at once).
    var valueStamp: [UInt32]
    var firstAt: [Int32]
    var lastAt: [Int32]
    /// Per prefix key: the generation of the last article that held it.
    var prefixStamp: [UInt32]
    var generation: UInt32 = 0
    /// Per query: the anchor sets the article has hit (all zero between articles).
    var hits: [UInt8]
    /// Per query, a bit: taken by ``ascending(_:)`` (all zero between calls).
    var taken: [UInt64]
    /// Per word of ``taken``, a bit: whether it holds any (all zero between calls).
    var takenWords: [UInt64]
    var touched = MatchList()
    /// Room for the positions of the tokens that may be terms (``MatchWords/noteTerms(in:pending:positions:terms:)``).
    var pending = MatchList()
    var candidates = MatchList()
    /// Candidates of exact plans: matches without verification (a query more than once when
    /// several of its postings decide it alone), then the verified candidates.
    var exact = MatchList()
    /// Postings whose check is a word next to the walked term, tested once positions are placed.
    var nextTo: [(posting: SubscriptionIndex.Posting, walked: Int32)] = []
    /// The article's distinct terms, in the order they first occur.
    var distinctTerms = MatchList()
    /// Per position: the word's term id (-1: in no query), the next position of the same term;
    /// made by ``placeTerms()`` only for an article with candidates to verify.
    var termAt: [Int32] = []
    var nextAt: [Int32] = []
    /// The positions of the article's words that are terms, in order, and their terms.
    var termPositions = MatchList()
    var positionTerms = MatchList()
    var wordCount = 0
    var titleCount = 0
    /// The article's countries, main countries, topics and language as term ids (values no
    /// query names are left out).
    var countries: [Int32] = []
    var mainCountries: [Int32] = []
    var topics: [(term: Int32, score: Double)] = []
    var language: Int32 = -1
    /// Whether no topic of the article scores below 0 (or is not a number): a walked topic key
    /// then stands for a topic part with no minimum, and exact plans need no verification.
    var topicsNonNegative = true
    /// Per ``NameKind``: the article's names as term ids of their words, once asked for.
    var names: [[[Int32]]?] = [nil, nil, nil, nil]
    var leftSpans: [(Int32, Int32)] = []
    var rightSpans: [(Int32, Int32)] = []

    /// Names an article has: people, organisations, places, and its source (one name).
    enum NameKind: Int, CaseIterable {
        case person, organization, place, source

        /// The names whose words a presearch key of `kind` names (nil: no name's).
        init?(_ kind: PresearchKey.Kind) {
            switch kind {
            case .personWord: self = .person
            case .orgWord: self = .organization
            case .placeWord: self = .place
            case .sourceWord: self = .source
            default: return nil
            }
        }
    }

    init(terms: Int, prefixes: Int, queries: Int) {
        stamp = [UInt32](repeating: 0, count: terms)
        valueStamp = [UInt32](repeating: 0, count: terms)
        firstAt = [Int32](repeating: -1, count: terms)
        lastAt = [Int32](repeating: -1, count: terms)
        prefixStamp = [UInt32](repeating: 0, count: prefixes)
        hits = [UInt8](repeating: 0, count: queries)
        taken = [UInt64](repeating: 0, count: (queries + 63) / 64)
        takenWords = [UInt64](repeating: 0, count: (queries + 4_095) / 4_096)
    }

    /// Starts a new article of `count` words: every term and prefix is absent again.
    mutating func begin(words count: Int, titleCount: Int) {
        if generation == UInt32.max {
            for i in stamp.indices { stamp[i] = 0 }
            for i in valueStamp.indices { valueStamp[i] = 0 }
            for i in prefixStamp.indices { prefixStamp[i] = 0 }
            generation = 0
        }
        generation += 1
        self.titleCount = titleCount
        wordCount = count
        termAt.removeAll(keepingCapacity: true)
        nextAt.removeAll(keepingCapacity: true)
        termPositions.removeAll()
        positionTerms.removeAll()
        candidates.removeAll()
        exact.removeAll()
        distinctTerms.removeAll()
        nextTo.removeAll(keepingCapacity: true)
        topicsNonNegative = true
        countries.removeAll(keepingCapacity: true)
        mainCountries.removeAll(keepingCapacity: true)
        topics.removeAll(keepingCapacity: true)
        language = -1
        for k in names.indices { names[k] = nil }
    }

    /// Stamps the article's countries, main countries, topics and language, once they are looked up.
    mutating func markValues() {
        for c in countries { valueStamp[Int(c)] = generation }
        for c in mainCountries { valueStamp[Int(c)] = generation }
        for t in topics { valueStamp[Int(t.term)] = generation }
        if language >= 0 { valueStamp[Int(language)] = generation }
    }

    /// Records that the word at position `i` (after those recorded before) is term `t`; true when
    /// it is the term's first occurrence in the article.
    mutating func record(term t: Int32, at i: Int) -> Bool {
        let known = distinctTerms.count
        termPositions.append(Int32(i))
        positionTerms.append(t)
        markFirstOccurrences(from: termPositions.count - 1)
        return distinctTerms.count > known
    }

    /// Marks the terms noted from the `start`th on: each first occurrence's stamp, position and
    /// place in ``distinctTerms``. In a large index a stamp is a miss: it is fetched a few terms ahead.
    mutating func markFirstOccurrences(from start: Int = 0) {
        let n = positionTerms.count
        guard start < n else { return }
        distinctTerms.reserve(n - start)
        let generation = generation
        positionTerms.withValues { terms in
            termPositions.withValues { positions in
                stamp.withUnsafeMutableBufferPointer { stamp in
                    firstAt.withUnsafeMutableBufferPointer { firstAt in
                        distinctTerms.withAppender { distinct in
                            for j in start..<n {
                                if j + 8 < n { newsd_prefetch(stamp.baseAddress! + Int(terms[j + 8])) }
                                let k = Int(terms[j])
                                guard stamp[k] != generation else { continue }
                                stamp[k] = generation
                                firstAt[k] = positions[j]
                                distinct.append(terms[j])
                            }
                        }
                    }
                }
            }
        }
    }

    /// Makes ``termAt`` and ``nextAt`` for all ``wordCount`` positions from the recorded terms.
    mutating func placeTerms() {
        termAt.append(contentsOf: repeatElement(-1, count: wordCount))
        nextAt.append(contentsOf: repeatElement(-1, count: wordCount))
        positionTerms.withValues { terms in
            termPositions.withValues { positions in
                termAt.withUnsafeMutableBufferPointer { termAt in
                    nextAt.withUnsafeMutableBufferPointer { nextAt in
                        firstAt.withUnsafeBufferPointer { firstAt in
                            lastAt.withUnsafeMutableBufferPointer { lastAt in
                                for j in 0..<positions.count {
                                    let i = positions[j]
                                    let k = Int(terms[j])
                                    termAt[Int(i)] = Int32(k)
                                    if firstAt[k] != i { nextAt[Int(lastAt[k])] = i }
                                    lastAt[k] = i
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether term `other` stands `offset` words from an occurrence of term `t`, on the same side
    /// of the title's end (as a phrase of the two); needs ``placeTerms()``.
    func follows(_ t: Int32, by other: Int32, at offset: Int) -> Bool {
        guard has(t) else { return false }
        var s = Int(firstAt[Int(t)])
        while s >= 0 {
            let o = s + offset
            if o >= 0 && o < wordCount && termAt[o] == other && (s < titleCount) == (o < titleCount) { return true }
            s = Int(nextAt[s])
        }
        return false
    }

    @inline(__always)
    func has(_ t: Int32) -> Bool { t >= 0 && stamp[Int(t)] == generation }

    /// `found` ascending, each query once. A few are sorted; more are set as bits and read back
    /// in order through a second level of bits, one a word of 64 queries that holds any (an index
    /// of 100,000 subscriptions reads 25 such words, not 1,563).
    mutating func ascending(_ found: some Collection<Int32>) -> [Int32] {
        var out: [Int32] = []
        guard found.count > 24 else {
            out = Array(found)
            out.sort()
            var n = 0
            for i in out.indices where n == 0 || out[n - 1] != out[i] {
                out[n] = out[i]
                n += 1
            }
            out.removeLast(out.count - n)
            return out
        }
        out.reserveCapacity(found.count)
        var low = takenWords.count
        var high = 0
        for q in found {
            let w = Int(q) >> 6
            taken[w] |= 1 << UInt64(q & 63)
            takenWords[w >> 6] |= 1 << UInt64(w & 63)
            low = Swift.min(low, w >> 6)
            high = Swift.max(high, w >> 6)
        }
        for s in low...high where takenWords[s] != 0 {
            var words = takenWords[s]
            takenWords[s] = 0
            while words != 0 {
                let w = s << 6 | words.trailingZeroBitCount
                words &= words - 1
                var bits = taken[w]
                taken[w] = 0
                while bits != 0 {
                    out.append(Int32(w << 6 | bits.trailingZeroBitCount))
                    bits &= bits - 1
                }
            }
        }
        return out
    }

    /// Clears the hit bits the presearch set, for the next article.
    mutating func resetHits() {
        touched.withValues { touched in
            hits.withUnsafeMutableBufferPointer { hits in
                for q in touched { hits[Int(q)] = 0 }
            }
        }
        touched.removeAll()
    }
}
