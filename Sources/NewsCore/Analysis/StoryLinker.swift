/// Links each new article to what came before: `duplicate_of` when its SimHash is within a few
/// bits of an earlier article's, and a `story`: the articles about one event.
///
/// **A story is a connected component of strong pairwise links.** Two articles are of one event
/// when they are near-duplicates, or when their event dates (``EventDate``) are within the story
/// window and they share a person, place or organisation, a key term, and a key in the title or
/// lead of both, with enough weighted overlap (``StoryFeatures/overlap(_:)``). The relation is
/// symmetric and looks at the two articles only, never at what a story accumulated, so the
/// partition into stories is the same whatever order the articles arrive in, and a story cannot
/// grow by chaining through its own accumulated keys. When a new article links stories that were
/// apart, they merge into the oldest (the smallest id, its first article's `seq`), and the merge is
/// reported in ``Link/merged`` so the store records it as an event instead of rewriting anything.
///
/// **Bounded cost.** Candidates come from an inverted index of keys and of SimHash bands; each
/// posting list is read from its newest end for at most ``Configuration/postingScan`` entries (an
/// article's lists all at once, so that their cache misses overlap), and
/// at most ``Configuration/candidates`` candidates are compared in full. So linking one article
/// costs the same with ten articles in the window or a million. What is kept in memory is bounded
/// too: the fingerprints of the latest ``Configuration/fingerprints`` articles, and the keys of the
/// latest ``Configuration/stories`` articles (at most ``StoryFeatures/keyLimit`` each); the store
/// holds the rest and refills this cache at start (``restore(seq:atMillis:fingerprint:story:keys:leadKeys:)``).
///
/// **Flat.** Nothing is allocated per article or per key: the records are parallel arrays; the
/// SimHash bands are 1,280 fixed rings of the newest 64 entries (what a scan reads); each
/// distinct key held is interned (its 56-bit hash, ``StoryFeatures/hash(_:)``, gets an id in an
/// open-addressed table), and an article's keys are 4-byte ids with their kind and flags, in one
/// array, each with a 4-byte link to the next older article holding the same key: a posting
/// list is threaded through the key store, and only each key's newest posting is kept apart.
/// Entries name records by arrival number, so the oldest records and keys are dropped from the
/// front, in batches, without rewriting any index. Two keys are one when their 56-bit hashes
/// are: see ``StoryFeatures/hash(_:)`` for why a collision cannot join two events on its own.
///
/// Owned by one writer. Changes made during a transaction are undone by ``rollback()`` when the
/// transaction fails, and kept by ``commit()``.
public final class StoryLinker {
    public struct Configuration: Sendable {
        /// Differing bits at most for a near-duplicate (of 64).
        public var duplicateDistance = 8
        /// Articles whose event dates are further apart than this (ms) are not of one story.
        public var storyWindowMillis: Int64 = 72 * 3_600_000
        /// Weighted overlap of two articles' keys needed to link them (0...1).
        public var storySimilarity: Float = 0.18
        /// Fingerprints kept in memory: reprints of the latest this many articles are found.
        public var fingerprints = 200_000
        /// Articles whose story keys are kept in memory (the latest ones; at most 8,000,000).
        public var stories = 50_000
        /// Entries read from the newest end of one key's posting list.
        public var postingScan = 64
        /// Candidates compared in full, the ones sharing most weight first.
        public var candidates = 48
        public init() {}
    }

    /// Why an article joined its story: the article it is most strongly linked to.
    public struct Evidence: Sendable, Equatable, Codable {
        /// The article it links to.
        public var via: Int64
        /// A near-duplicate of `via`.
        public var duplicate: Bool
        /// Weighted overlap of their keys (0...1).
        public var similarity: Double
        /// The keys they share (`p:` people, `l:` places, `o:` organisations, `c:` countries, `t:` terms).
        public var shared: [String]
        /// Hours between their event dates.
        public var hours: Double
        /// Other articles it links to strongly (at most a few).
        public var also: [Int64]

        public init(via: Int64, duplicate: Bool, similarity: Double, shared: [String], hours: Double, also: [Int64] = []) {
            self.via = via
            self.duplicate = duplicate
            self.similarity = similarity
            self.shared = shared
            self.hours = hours
            self.also = also
        }
    }

    public struct Link: Sendable, Equatable {
        public var duplicateOf: Int64?
        public var story: Int64
        /// Stories this article joined together, now part of `story`.
        public var merged: [Int64]
        public var evidence: Evidence?

        public init(duplicateOf: Int64?, story: Int64, merged: [Int64] = [], evidence: Evidence? = nil) {
            self.duplicateOf = duplicateOf
            self.story = story
            self.merged = merged
            self.evidence = evidence
        }
    }

    /// What linking reads of a record only once it is a candidate; when and its fingerprint are in ``Hot``.
    private struct Record {
        var seq: Int64
        var story: Int64
    }

    /// What candidate search reads of each record, packed in its own array.
    private struct Hot {
        var at: Int64
        var fingerprint: UInt64
    }

    /// A record whose story keys are held: where its keys are in the flat key store, its event
    /// time, and the per-call scratch (the weight a candidate shares so far, valid where `stamp`
    /// is the current generation). All a posting entry needs but its link, in 32 bytes: one
    /// read of this and one of `previous` an entry (the time and stamp were in other arrays).
    private struct Keyed {
        /// The absolute number of its first key slot.
        var start: Int
        /// Its event time (as in ``Hot``).
        var at: Int64
        /// The keys' total weight.
        var total: Float
        var score: Float = 0
        var stamp: UInt32 = 0
        var count: UInt16
        /// At most ``StoryFeatures/keyLimit``.
        var countries: UInt8
        /// Whether it came with keys (a record restored with its fingerprint only has none).
        var present: Bool

        init(start: Int, at: Int64, count: UInt16, countries: UInt8, present: Bool, total: Float) {
            self.start = start
            self.at = at
            self.total = total
            self.count = count
            self.countries = countries
            self.present = present
        }
    }

    /// A held key in 4 bytes: its interned id, then the kind and flags as in ``StoryFeatures/Key``,
    /// so keys sorted by value are sorted by id, and two are one key when their ids are.
    struct HeldKey: StoryKeyView {
        let bits: UInt32

        init(id: Int32, flags: UInt32) {
            bits = UInt32(id) << 5 | flags
        }

        var id: Int { Int(bits >> 5) }
        var order: UInt64 { UInt64(bits >> 5) }
        var kind: StoryFeatures.Kind { StoryFeatures.Kind(rawValue: UInt8(truncatingIfNeeded: bits >> 2) & 7) ?? .term }
        var lead: Bool { bits & 2 != 0 }
        var distinctive: Bool { bits & 1 != 0 }
    }

    public let configuration: Configuration
    /// What the last ``link(seq:atMillis:analysis:)`` did: band and posting entries read and
    /// candidates compared in full. Both are bounded by the configuration, not by what is held.
    public private(set) var lastWork = (scanned: 0, compared: 0)

    // Every held record, by position (`records[p]` is arrival number `base + p`).
    private var records: [Record] = []
    private var hot: [Hot] = []
    private var stamps: [UInt32] = []
    /// The arrival number of `records[0]`: index entries name records by arrival number, so the
    /// oldest records are dropped from the front without rewriting the indexes (an entry below
    /// `base` names a record no longer held, and is skipped).
    private var base = 0
    /// Arrival numbers stay below this (Int32 entries): past it, records are renumbered from 0.
    private let numberLimit: Int

    // The story keys of the latest records, in one flat store: `keyed[k]` is arrival number
    // `keyedBase + k`, its keys are `keys[start - slotBase ..< + count]` (interned, sorted by id),
    // and `previous` beside each key names the next older record holding the same key (a posting
    // list threaded through the store, newest first: no list per key, nothing to rebuild).
    private var keyed: [Keyed] = []
    private var keyedBase = 0
    /// Records from this arrival number on have their keys searched; older ones are dead, and
    /// dropped from the front of `keyed` and `keys` in batches.
    private var keysFrom = 0
    private var keys: [HeldKey] = []
    /// The next older posting of the same key: arrival numbers back in the high 24 bits, that
    /// record's key index in the low 8; 0 for none (or one too old to be held).
    private var previous: [UInt32] = []
    private var slotBase = 0

    // Interned keys: an id per distinct key hash held, stable while any held record has the key.
    /// Each id's 56-bit key hash.
    private var idHash: [UInt64] = []
    /// Each id's newest posting, `arrival << 8 | key index`: below `keysFrom << 8` the id is dead
    /// (no held record has its key), `Int64.min` when it is free for another key.
    private var idPost: [Int64] = []
    private var freeIds: [Int32] = []
    /// Open addressing by key hash: an id, or -1.
    private var table: [Int32]
    /// Slots of `table` filled since it was last rebuilt (live ids or dead).
    private var tableUsed = 0
    /// Scratch of ``append(_:_:keys:total:countries:)``: each key's id and the posting it had.
    private var interning: [(id: Int32, post: Int64, flags: UInt32)] = []
    /// Scratch of ``link(seq:atMillis:analysis:)``: a posting list being read for each of the
    /// article's keys (``scanPostings()``), and the `keyed` positions each read, `postingScan` a key.
    private var walks: [Walk] = []
    private var walked: [Int32] = []
    private var walking: [Int32] = []

    /// One key's posting list being read: its next entry (an arrival below `keysFrom` when there
    /// is none), the entries read so far, and the key's weight.
    private struct Walk {
        var arrival: Int
        var index: Int
        var read: Int
        var weight: Float
    }

    // SimHash bands: nine bands of 7-8 bits make 1,280 buckets, each a ring of the newest 64
    // arrival numbers (what a scan reads), in one flat array, and beside it each entry's
    // fingerprint: a scan compares the fingerprints in the ring (eight cache lines a bucket, read
    // in order) and reads a record only when it is a near-duplicate, where it read each entry's
    // record at random (576 cache misses an article once the 200,000 records outgrow the cache).
    private var bandRing: [Int32]
    private var bandPrints: [UInt64]
    /// Entries ever appended to each bucket (its ring position is this modulo `bandScan`).
    private var bandFill: [Int]

    /// Story merges: a story's id to the story it became part of (always a smaller id).
    private var parent: [Int64: Int64] = [:]
    /// Past this many merges, those of stories no longer held are dropped.
    private var parentLimit: Int
    // Undo log of the transaction under way: records appended since the last commit, what their
    // band entries overwrote in the rings (nine for a record with a fingerprint), merges.
    private var appended = 0
    private var overwritten: [Int32] = []
    private var overwrittenPrints: [UInt64] = []
    private var mergedStories: [Int64] = []
    private var generation: UInt32 = 0
    private static let bandCount = 9
    private static let bucketCount = 8 * 128 + 256
    private static let bandScan = 64
    /// A posting's link names a record at most this many arrivals back (24 bits).
    private static let previousReach = 1 << 24

    public convenience init(configuration: Configuration = Configuration()) {
        self.init(configuration: configuration, numberLimit: Int(Int32.max))
    }

    /// - Parameter numberLimit: arrival numbers are renumbered from 0 when they reach it (a test
    ///   sets a small one; a daemon reaches Int32.max after two billion articles).
    init(configuration: Configuration, numberLimit: Int) {
        self.configuration = configuration
        self.numberLimit = numberLimit
        bandRing = Array(repeating: -1, count: Self.bucketCount * Self.bandScan)
        bandPrints = Array(repeating: 0, count: Self.bucketCount * Self.bandScan)
        bandFill = Array(repeating: 0, count: Self.bucketCount)
        table = Array(repeating: -1, count: 1024)
        parentLimit = 4 * max(configuration.stories, 1024)
    }

    /// The fullest band bucket (at most a scan's length) and the longest posting list a scan can
    /// read (at most the keyed records), for a test of the bounds.
    var longestLists: (band: Int, posting: Int) {
        var longest = 0
        for post in idPost where post >= Int64(keysFrom) << 8 {
            var n = 0
            var entry: (arrival: Int, index: Int)? = (Int(post >> 8), Int(post & 0xFF))
            while let e = entry, e.arrival >= keysFrom {
                n += 1
                entry = older(e)
            }
            longest = max(longest, n)
        }
        return (bandFill.map { min($0, Self.bandScan) }.max() ?? 0, longest)
    }

    /// Entries the posting scan's scratch holds: at most ``StoryFeatures/keyLimit`` times
    /// `postingScan` (for a test of the bound).
    var scanScratch: Int { walked.count }

    /// Key slots, interned ids and table slots held (for a test of the bound).
    var heldKeys: (slots: Int, ids: Int, table: Int) { (keys.count, idHash.count, table.count) }

    /// The position in `records` of arrival number `i`, nil when that record is no longer held.
    @inline(__always) private func position(_ i: Int32) -> Int? {
        let n = Int(i) - base
        return n >= 0 ? n : nil
    }

    /// Articles whose fingerprints are held.
    public var count: Int { records.count }
    /// Articles whose story keys are held.
    public var cachedStoryArticles: Int {
        keyed[max(0, keysFrom - keyedBase)...].reduce(0) { $0 + ($1.present ? 1 : 0) }
    }

    /// The bucket of band `b` of fingerprint `f`. Nine bands of 7-8 bits: two fingerprints within
    /// eight bits agree on one band at least. (On the BBC corpus, reprints and light edits are
    /// 0-7 bits apart, different articles 13 or more.)
    @inline(__always) private static func bucket(_ b: Int, _ f: UInt64) -> Int {
        let value = Int(truncatingIfNeeded: f >> UInt64(7 * b)) & (b == 8 ? 0xFF : 0x7F)
        return b * 128 + value
    }

    /// The posting after `entry` in its key's list (the next older record with the same key).
    @inline(__always) private func older(_ entry: (arrival: Int, index: Int)) -> (arrival: Int, index: Int)? {
        let link = previous[keyed[entry.arrival - keyedBase].start + entry.index - slotBase]
        guard link != 0 else { return nil }
        return (entry.arrival - Int(link >> 8), Int(link & 0xFF))
    }

    /// The slot of `table` for key `hash` and its id when it is held; else where it goes (an empty
    /// slot, or the first one whose id is dead).
    private func lookup(_ hash: UInt64) -> (slot: Int, id: Int32?) {
        let mask = table.count - 1
        var i = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        var reusable: Int?
        let live = Int64(keysFrom) << 8
        while true {
            let id = table[i]
            if id < 0 { return (reusable ?? i, nil) }
            if idPost[Int(id)] >= live {
                if idHash[Int(id)] == hash { return (i, id) }
            } else if reusable == nil {
                reusable = i
            }
            i = (i + 1) & mask
        }
    }

    /// Reads the posting lists of `walks`, each from its newest entry for at most `postingScan`
    /// entries held, into `walked` (key `w`'s at `w * postingScan`).
    ///
    /// All lists advance together, one entry each a round: an entry's successor is known only once
    /// the entry is read (two dependent reads, often cache misses at a full window), so reading one
    /// list after another waited for every miss in turn, where the lists of one round are
    /// independent and their misses overlap.
    /// - Returns: the entries read.
    private func scanPostings() -> Int {
        let scan = configuration.postingScan
        let needed = walks.count * scan
        if walked.count < needed { walked.append(contentsOf: repeatElement(0, count: needed - walked.count)) }
        walking.removeAll(keepingCapacity: true)
        for w in walks.indices where walks[w].arrival >= keysFrom && scan > 0 { walking.append(Int32(w)) }
        var read = 0
        let (keysFrom, keyedBase, slotBase) = (self.keysFrom, self.keyedBase, self.slotBase)
        keyed.withUnsafeBufferPointer { keyed in
            previous.withUnsafeBufferPointer { previous in
                walked.withUnsafeMutableBufferPointer { walked in
                    walks.withUnsafeMutableBufferPointer { walks in
                        walking.withUnsafeMutableBufferPointer { walking in
                            var live = walking.count
                            while live > 0 {
                                var kept = 0
                                for i in 0..<live {
                                    let w = Int(walking[i])
                                    let e = walks[w]
                                    let k = e.arrival - keyedBase
                                    walked[w * scan + e.read] = Int32(k)
                                    let link = previous[keyed[k].start + e.index - slotBase]
                                    let next = link == 0 ? -1 : e.arrival - Int(link >> 8)
                                    walks[w] = Walk(arrival: next, index: Int(link & 0xFF), read: e.read + 1, weight: e.weight)
                                    if next >= keysFrom && e.read + 1 < scan {
                                        walking[kept] = Int32(w)
                                        kept += 1
                                    }
                                }
                                read += live
                                live = kept
                            }
                        }
                    }
                }
            }
        }
        return read
    }

    /// Reads the lists as ``scanPostings()`` does, one list after another (as the linker did before
    /// it read them together): for a test that both read the same entries.
    var scansOneListAtATime = false

    private func scanPostingsOneByOne() -> Int {
        let scan = configuration.postingScan
        if walked.count < walks.count * scan { walked.append(contentsOf: repeatElement(0, count: walks.count * scan - walked.count)) }
        var read = 0
        for w in walks.indices {
            while walks[w].arrival >= keysFrom, walks[w].read < scan {
                let e = walks[w]
                let k = e.arrival - keyedBase
                walked[w * scan + e.read] = Int32(k)
                let link = previous[keyed[k].start + e.index - slotBase]
                walks[w] = Walk(arrival: link == 0 ? -1 : e.arrival - Int(link >> 8), index: Int(link & 0xFF), read: e.read + 1,
                                weight: e.weight)
                read += 1
            }
        }
        return read
    }

    /// The candidates of the last ``link(seq:atMillis:analysis:)`` and the weight each shared,
    /// in the order they were found, when ``recordsScores`` (for a test).
    private(set) var lastScores: [(candidate: Int32, score: Float)] = []
    var recordsScores = false

    /// Rebuilds `table` with the live ids only (twice as large when they fill half of it); dead
    /// ids are freed for other keys.
    private func rehash() {
        let live = Int64(keysFrom) << 8
        var count = 0
        for id in idPost.indices {
            if idPost[id] >= live {
                count += 1
            } else if idPost[id] != Int64.min {
                idPost[id] = Int64.min
                freeIds.append(Int32(id))
            }
        }
        var capacity = table.count
        while count * 2 > capacity { capacity *= 2 }
        table = Array(repeating: -1, count: capacity)
        tableUsed = count
        for id in idPost.indices where idPost[id] >= live {
            table[lookup(idHash[id]).slot] = Int32(id)
        }
    }

    /// The story `id` is part of now (following merges).
    public func story(of id: Int64) -> Int64 {
        var s = id
        var steps = 0
        while let p = parent[s], steps < 10_000 {
            s = p
            steps += 1
        }
        return s
    }

    /// Links a new article and remembers it.
    public func link(seq: Int64, atMillis: Int64, analysis: ArticleAnalysis) -> Link {
        let fingerprint = analysis.fingerprintValue
        let features = StoryFeatures(analysis)
        var roots = Set<Int64>()
        var duplicate: (index: Int, distance: Int)?
        var best: (index: Int, overlap: StoryFeatures.Overlap?, distance: Int)?
        var also: [Int64] = []

        func consider(_ i: Int, overlap: StoryFeatures.Overlap?, distance: Int) {
            roots.insert(self.story(of: records[i].story))
            guard let b = best else {
                best = (i, overlap, distance)
                return
            }
            // A duplicate first, then the strongest overlap, then the oldest article.
            let better: Bool
            if (overlap == nil) != (b.overlap == nil) {
                better = overlap == nil
            } else if let o = overlap, let bo = b.overlap, o.similarity != bo.similarity {
                better = o.similarity > bo.similarity
            } else {
                better = records[i].seq < records[b.index].seq
            }
            if also.count < 8 { also.append(records[better ? b.index : i].seq) }
            if better { best = (i, overlap, distance) }
        }

        // Near-duplicates: same band, few differing bits; no time limit (a reprint is a reprint).
        nextGeneration()
        var duplicates: [Int32] = []
        var scanned = 0
        var compared = 0
        if fingerprint != 0 {
            for b in 0..<Self.bandCount {
                let bucket = Self.bucket(b, fingerprint)
                let fill = bandFill[bucket]
                // The newest entries, oldest first.
                for k in max(0, fill - Self.bandScan)..<fill {
                    let slot = bucket * Self.bandScan + k % Self.bandScan
                    guard let i = position(bandRing[slot]) else { continue }
                    scanned += 1
                    // The same record in several bands is as near each time: it counts once.
                    let d = SimHash.distance(bandPrints[slot], fingerprint)
                    guard d <= configuration.duplicateDistance, stamps[i] != generation else { continue }
                    stamps[i] = generation
                    duplicates.append(Int32(i))
                    if duplicate.map({ d < $0.distance || (d == $0.distance && records[i].seq < records[$0.index].seq) }) ?? true {
                        duplicate = (i, d)
                    }
                    consider(i, overlap: nil, distance: d)
                }
            }
        }

        // Same event: candidates share a name or a key term and lie within the window.
        nextGeneration()
        var touched: [Int32] = []
        // This article's keys that are held, as held keys sorted by id (the others cannot be shared).
        var probe: [HeldKey] = []
        probe.reserveCapacity(features.keys.count)
        walks.removeAll(keepingCapacity: true)
        for key in features.keys {
            guard let id = lookup(key.hash).id else { continue }
            probe.append(HeldKey(id: id, flags: UInt32(truncatingIfNeeded: key.bits & 0x1F)))
            guard key.kind != .country else { continue }
            let post = idPost[Int(id)]
            walks.append(Walk(arrival: Int(post >> 8), index: Int(post & 0xFF), read: 0, weight: key.weight))
        }
        scanned += scansOneListAtATime ? scanPostingsOneByOne() : scanPostings()
        let window = configuration.storyWindowMillis
        let scan = configuration.postingScan
        keyed.withUnsafeMutableBufferPointer { keyed in
            walked.withUnsafeBufferPointer { walked in
                // Key by key, each list newest first: the order one walk at a time took, so every
                // score is the same sum, bit for bit.
                for (w, walk) in walks.enumerated() {
                    for k in walked[(w * scan)..<(w * scan + walk.read)] {
                        let k = Int(k)
                        guard abs(keyed[k].at - atMillis) <= window else { continue }
                        if keyed[k].stamp != generation {
                            keyed[k].stamp = generation
                            keyed[k].score = 0
                            touched.append(Int32(k + keyedBase - base))
                        }
                        keyed[k].score += walk.weight
                    }
                }
            }
        }
        if recordsScores { lastScores = touched.map { ($0, keyed[Int($0) + base - keyedBase].score) } }
        probe.sort { $0.bits < $1.bits }
        // The shared weight of two articles is at most what this one's shared keys weigh (plus its
        // countries): a candidate that cannot reach the similarity needed is dropped unread.
        let countries = features.keys.reduce(Float(0)) { $0 + ($1.kind == .country ? $1.weight : 0) }
        let needed = configuration.storySimilarity
        let ranked = self.strongest(configuration.candidates, of: touched.filter {
            let h = keyed[Int($0) + base - keyedBase]
            return h.total > 0 && h.score + countries >= needed * min(features.total, h.total)
        })
        // (Near-duplicates are a few; a Set only when a fingerprint has many copies.)
        let manyDuplicates = duplicates.count > 16 ? Set(duplicates) : nil
        for i in ranked where !(manyDuplicates?.contains(i) ?? duplicates.contains(i)) {
            let k = Int(i) + base - keyedBase
            guard keyed[k].present else { continue }
            compared += 1
            let o = overlap(probe, features, k)
            guard sameEvent(o, millisApart: abs(hot[Int(i)].at - atMillis)) else { continue }
            consider(Int(i), overlap: o, distance: 64)
        }

        lastWork = (scanned, compared)
        let story = roots.min() ?? seq
        let merged = roots.filter { $0 != story }.sorted()
        for m in merged {
            parent[m] = story
            mergedStories.append(m)
        }
        var evidence: Evidence?
        if let b = best {
            let r = records[b.index]
            let arrival = b.index + base
            let shared = b.overlap == nil || arrival < keysFrom || !keyed[arrival - keyedBase].present
                ? [] : overlap(probe, features, arrival - keyedBase, listing: true).shared
            evidence = Evidence(
                via: r.seq, duplicate: b.overlap == nil,
                similarity: (Double(b.overlap?.similarity ?? 1) * 1000).rounded() / 1000,
                shared: Self.names(of: shared, in: analysis.keys),
                hours: Double(abs(hot[b.index].at - atMillis) / 60_000) / 60,
                also: also.filter { $0 != r.seq }.sorted())
        }
        remember(Record(seq: seq, story: story), at: atMillis, fingerprint: fingerprint, features: features)
        return Link(duplicateOf: duplicate.map { records[$0.index].seq }, story: story, merged: merged, evidence: evidence)
    }

    /// The keys among `keys` whose hashes are `hashes` (the first key of each hash), sorted: the
    /// shared keys an article's evidence names. A few hashes: compared in place, where a
    /// dictionary of every key's hash cost an allocation and a hash of each key an article.
    static func names(of hashes: [UInt64], in keys: [String]) -> [String] {
        guard !hashes.isEmpty else { return [] }
        var named = [Bool](repeating: false, count: hashes.count)
        var out: [String] = []
        out.reserveCapacity(hashes.count)
        for key in keys {
            guard let i = hashes.firstIndex(of: StoryFeatures.hash(key)), !named[i] else { continue }
            named[i] = true
            out.append(key)
            if out.count == hashes.count { break }
        }
        return out.sorted()
    }

    /// What an article (its held keys `probe`, and `features`) shares with the keyed record `keyed[k]`.
    private func overlap(_ probe: [HeldKey], _ features: StoryFeatures, _ k: Int, listing: Bool = false) -> StoryFeatures.Overlap {
        let r = keyed[k]
        let from = r.start - slotBase
        return probe.withUnsafeBufferPointer { a in
            keys.withUnsafeBufferPointer {
                StoryFeatures.overlap(a, total: features.total, countries: features.countries,
                                      UnsafeBufferPointer(rebasing: $0[from..<from + Int(r.count)]), total: r.total,
                                      countries: Int(r.countries), listing: listing ? { self.idHash[$0.id] } : nil)
            }
        }
    }

    /// Scratch space indexed like `records` is stamped per use: no hashing, no clearing.
    private func nextGeneration() {
        generation &+= 1
        if generation == 0 {
            for i in stamps.indices { stamps[i] = 0 }
            for k in keyed.indices { keyed[k].stamp = 0 }
            generation = 1
        }
    }

    /// The `k` candidates sharing most weight (ties: the later arrival), best first, by a bounded
    /// heap: O(n log k) where sorting all candidates would be O(n log n).
    private func strongest(_ k: Int, of candidates: [Int32]) -> [Int32] {
        let offset = base - keyedBase
        func before(_ a: Int32, _ b: Int32) -> Bool {
            let (x, y) = (keyed[Int(a) + offset].score, keyed[Int(b) + offset].score)
            return x > y || (x == y && a > b)
        }
        guard candidates.count > k else { return candidates.sorted(by: before) }
        // A min-heap (by `before`) of the best k so far: its root is the worst of them.
        var heap: [Int32] = []
        heap.reserveCapacity(k)
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var worst = i
                if l < heap.count, before(heap[worst], heap[l]) { worst = l }
                if r < heap.count, before(heap[worst], heap[r]) { worst = r }
                if worst == i { return }
                heap.swapAt(i, worst)
                i = worst
            }
        }
        for c in candidates {
            if heap.count < k {
                heap.append(c)
                var i = heap.count - 1
                while i > 0, before(heap[(i - 1) / 2], heap[i]) {
                    heap.swapAt(i, (i - 1) / 2)
                    i = (i - 1) / 2
                }
            } else if before(c, heap[0]) {
                heap[0] = c
                siftDown(0)
            }
        }
        return heap.sorted(by: before)
    }

    /// Whether two articles' overlap makes them one event: enough weighted overlap, something
    /// shared in the title or lead of both, a country in common when both name one, and either
    /// a name and key terms in common, three at least (who or where, and what), or, with no term in common (two
    /// languages, or different wording), two names of which one is no person's: the same two
    /// politicians meet in many events, a place and a body mark one.
    ///
    /// The overlap needed grows with the time between the two events, by half at the window's end:
    /// rewrites of one event come within hours, a follow-up days later must share more.
    func sameEvent(_ o: StoryFeatures.Overlap, millisApart: Int64) -> Bool {
        let needed = configuration.storySimilarity * (1 + 0.5 * Float(millisApart) / Float(max(configuration.storyWindowMillis, 1)))
        guard o.similarity >= needed, o.lead >= 1, !o.bothLocated || o.countries >= 1 else { return false }
        if o.terms >= 1 {
            let names = o.entities + o.capitals
            return names >= 1 && names + o.terms >= 3
        }
        return o.entities >= 2 && o.locating >= 1
    }

    /// Adds an article linked before (when the store is opened); `keys` nil when only its
    /// fingerprint is wanted.
    public func restore(seq: Int64, atMillis: Int64, fingerprint: UInt64, story: Int64, keys: [String]?, leadKeys: [String] = []) {
        remember(Record(seq: seq, story: story), at: atMillis, fingerprint: fingerprint,
                 features: keys.map { StoryFeatures(keys: $0, leadKeys: leadKeys) })
        commit()
    }

    /// Adds a merge recorded before (when the store is opened).
    public func restoreMerge(story: Int64, into: Int64) {
        guard into < story else { return }
        parent[story] = into
    }

    /// Keeps what was linked since the last commit or rollback.
    public func commit() {
        appended = 0
        overwritten.removeAll(keepingCapacity: true)
        overwrittenPrints.removeAll(keepingCapacity: true)
        mergedStories.removeAll(keepingCapacity: true)
        let end = base + records.count
        let slack = max(1, configuration.fingerprints / 8)
        if records.count > configuration.fingerprints + slack {
            // The oldest go; the indexes' entries for them are skipped.
            let drop = records.count - configuration.fingerprints
            records.removeFirst(drop)
            hot.removeFirst(drop)
            stamps.removeFirst(drop)
            base += drop
        }
        // Keys are searched for the latest `stories` records only; the others' are dropped
        // from the front in batches.
        keysFrom = max(keysFrom, base, end - min(max(0, configuration.stories), Self.previousReach / 2))
        let dead = keysFrom - keyedBase
        if dead > 0, dead >= max(1024, configuration.stories / 8) || dead == keyed.count {
            let slots = (dead < keyed.count ? keyed[dead].start : slotBase + keys.count) - slotBase
            keyed.removeFirst(dead)
            keys.removeFirst(slots)
            previous.removeFirst(slots)
            keyedBase += dead
            slotBase += slots
        }
        if base > 0, base + records.count >= numberLimit { renumber() }
        // Merges of stories none of whose articles are held any more can no longer matter.
        // Each merge is first pointed at its final story, so dropping the others breaks no chain.
        if parent.count > parentLimit {
            let live = Set(records.map(\.story))
            var compressed: [Int64: Int64] = [:]
            for id in parent.keys where live.contains(id) { compressed[id] = story(of: id) }
            parent = compressed
            parentLimit = max(4 * max(configuration.stories, 1024), 2 * parent.count)
        }
    }

    /// How many times the records were numbered anew (for a test).
    private(set) var renumbered = 0

    /// Numbers the records from 0 again and rebuilds the indexes (after two billion arrivals).
    private func renumber() {
        renumbered += 1
        let (oldRecords, oldHot, oldKeyed, oldKeys, oldHash) = (records, hot, keyed, keys, idHash)
        let (oldBase, oldKeyedBase, oldSlotBase, oldKeysFrom) = (base, keyedBase, slotBase, keysFrom)
        records = []
        hot = []
        stamps = []
        keyed = []
        keys = []
        previous = []
        base = 0
        keyedBase = 0
        slotBase = 0
        keysFrom = 0
        idHash = []
        idPost = []
        freeIds = []
        table = Array(repeating: -1, count: 1024)
        tableUsed = 0
        bandRing = Array(repeating: -1, count: Self.bucketCount * Self.bandScan)
        bandPrints = Array(repeating: 0, count: Self.bucketCount * Self.bandScan)
        bandFill = Array(repeating: 0, count: Self.bucketCount)
        for (p, r) in oldRecords.enumerated() {
            let arrival = oldBase + p
            var kept: (keys: [StoryFeatures.Key], total: Float, countries: UInt8)?
            if arrival >= oldKeysFrom, oldKeyed[arrival - oldKeyedBase].present {
                let k = oldKeyed[arrival - oldKeyedBase]
                kept = (oldKeys[(k.start - oldSlotBase)..<(k.start - oldSlotBase + Int(k.count))].map {
                    StoryFeatures.Key(hash: oldHash[$0.id], kind: $0.kind, lead: $0.lead, distinctive: $0.distinctive)
                }, k.total, k.countries)
            }
            append(r, oldHot[p], keys: kept?.keys[...], total: kept?.total ?? 0, countries: kept?.countries ?? 0)
        }
        appended = 0
        overwritten.removeAll(keepingCapacity: true)
        overwrittenPrints.removeAll(keepingCapacity: true)
        keysFrom = max(0, oldKeysFrom - oldBase)
    }

    /// Forgets what was linked since the last commit (the transaction failed).
    public func rollback() {
        while appended > 0 {
            appended -= 1
            let p = records.count - 1
            let arrival = base + p
            let fingerprint = hot[p].fingerprint
            if fingerprint != 0 {
                for b in (0..<Self.bandCount).reversed() {
                    let bucket = Self.bucket(b, fingerprint)
                    bandFill[bucket] -= 1
                    let slot = bucket * Self.bandScan + bandFill[bucket] % Self.bandScan
                    bandRing[slot] = overwritten.removeLast()
                    bandPrints[slot] = overwrittenPrints.removeLast()
                }
            }
            let k = keyed[keyed.count - 1]
            for slot in (k.start - slotBase)..<(k.start - slotBase + Int(k.count)) {
                // Its key's newest posting is this record's: the one before becomes the newest
                // again (none: the id is dead, freed at the next rehash).
                let link = previous[slot]
                idPost[keys[slot].id] = link == 0 ? -2 : Int64(arrival - Int(link >> 8)) << 8 | Int64(link & 0xFF)
            }
            keyed.removeLast()
            keys.removeLast(Int(k.count))
            previous.removeLast(Int(k.count))
            records.removeLast()
            hot.removeLast()
            stamps.removeLast()
        }
        while let story = mergedStories.popLast() { parent[story] = nil }
    }

    private func remember(_ record: Record, at: Int64, fingerprint: UInt64, features: StoryFeatures?) {
        if records.count == records.capacity { grow() }
        append(record, Hot(at: at, fingerprint: fingerprint), keys: features?.keys[...], total: features?.total ?? 0,
               countries: UInt8(clamping: features?.countries ?? 0))
        appended += 1
    }

    /// Adds a record to the band rings and, with its keys, to the key store and posting lists.
    private func append(_ record: Record, _ h: Hot, keys new: ArraySlice<StoryFeatures.Key>?, total: Float, countries: UInt8) {
        let arrival = base + records.count
        if h.fingerprint != 0 {
            for b in 0..<Self.bandCount {
                let bucket = Self.bucket(b, h.fingerprint)
                let at = bucket * Self.bandScan + bandFill[bucket] % Self.bandScan
                overwritten.append(bandRing[at])
                overwrittenPrints.append(bandPrints[at])
                bandRing[at] = Int32(arrival)
                bandPrints[at] = h.fingerprint
                bandFill[bucket] += 1
            }
        }
        let n = new?.count ?? 0
        // The table at most five eighths full; the key store grows by a quarter (doubling would
        // leave up to half of it unused).
        if (tableUsed + n) * 8 > table.count * 5 { rehash() }
        if keys.count + n > keys.capacity {
            let target = max(keys.count + n, keys.capacity + keys.capacity / 4, 4096)
            keys.reserveCapacity(target)
            previous.reserveCapacity(target)
        }
        keyed.append(Keyed(start: slotBase + keys.count, at: h.at, count: UInt16(n), countries: countries, present: new != nil,
                           total: total))
        // Each key's id (a new one for a key not held), then the keys in id order, each linked to
        // the key's previous posting.
        let post = Int64(arrival) << 8
        interning.removeAll(keepingCapacity: true)
        for key in new ?? [] {
            let (slot, held) = lookup(key.hash)
            let id: Int32
            var had: Int64 = -1
            if let held {
                id = held
                had = idPost[Int(id)]
            } else if table[slot] >= 0 {
                id = table[slot]  // a dead id, taken over
            } else {
                id = freeIds.popLast() ?? Int32(idHash.count)
                if Int(id) == idHash.count {
                    idHash.append(0)
                    idPost.append(0)
                }
                table[slot] = id
                tableUsed += 1
            }
            idHash[Int(id)] = key.hash
            idPost[Int(id)] = post  // live from now on, so this record's other keys do not take it
            interning.append((id, had, UInt32(truncatingIfNeeded: key.bits & 0x1F)))
        }
        interning.sort { $0.id < $1.id }
        for (index, k) in interning.enumerated() {
            keys.append(HeldKey(id: k.id, flags: k.flags))
            var link: UInt32 = 0
            if k.post >= 0, arrival - Int(k.post >> 8) < Self.previousReach {
                link = UInt32(arrival - Int(k.post >> 8)) << 8 | UInt32(k.post & 0xFF)
            }
            previous.append(link)
            idPost[Int(k.id)] = post | Int64(index)
        }
        records.append(record)
        hot.append(h)
        stamps.append(0)
    }

    /// What `records` and `hot` hold at most between commits: the fingerprints kept, the slack
    /// dropped at once, and a group of 256 files being committed.
    var recordCapacityLimit: Int { configuration.fingerprints + max(1, configuration.fingerprints / 8) + 256 }

    /// Doubles the record arrays' capacity, but not past ``recordCapacityLimit``: doubling alone
    /// would reach 262,144 records for 225,000 (2.3 MiB more, and a freed 4 MiB hole in the heap).
    private func grow() {
        let limit = recordCapacityLimit
        let target = records.capacity >= limit ? records.capacity * 2 : min(max(2 * records.capacity, 1024), limit)
        records.reserveCapacity(target)
        hot.reserveCapacity(target)
        stamps.reserveCapacity(target)
    }

    /// The record arrays' capacity (for a test of the bound).
    var recordCapacity: Int { max(records.capacity, hot.capacity, stamps.capacity) }
}
