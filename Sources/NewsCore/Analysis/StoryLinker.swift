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
/// posting list is read from its newest end for at most ``Configuration/postingScan`` entries, and
/// at most ``Configuration/candidates`` candidates are compared in full. So linking one article
/// costs the same with ten articles in the window or a million. What is kept in memory is bounded
/// too: the fingerprints of the latest ``Configuration/fingerprints`` articles, and the keys of the
/// latest ``Configuration/stories`` articles; the store holds the rest
/// and refills this cache at start (``restore(seq:atMillis:fingerprint:story:keys:leadKeys:)``).
/// Index lists keep only the entries a scan can read (twice the scan length at most), and name
/// records by arrival number, so dropping the oldest records rewrites no index.
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
        /// Articles whose story keys are kept in memory (the latest ones within the window).
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
        var features: StoryFeatures?
    }

    /// What candidate search reads of each record, packed in its own array (one cache line holds
    /// two), with the per-call scratch: the weight a candidate shares so far, valid where `stamp`
    /// holds the current `generation`.
    private struct Hot {
        var at: Int64
        var fingerprint: UInt64
        /// The features' total weight (0 once they are dropped).
        var total: Float
        var stamp: UInt32 = 0
        var score: Float = 0
    }

    private enum Undo {
        case appended(bands: [UInt64], keys: [UInt64])
        case merged(story: Int64)
    }

    public let configuration: Configuration
    /// What the last ``link(seq:atMillis:analysis:)`` did: posting entries read and candidates
    /// compared in full. Both are bounded by the configuration, not by what is held.
    public private(set) var lastWork = (scanned: 0, compared: 0)
    private var records: [Record] = []
    /// The arrival number of `records[0]`: index lists name records by arrival number, so the
    /// oldest records are dropped from the front without rewriting the lists (an entry below
    /// `base` names a record no longer held, and is skipped).
    private var base = 0
    /// Arrival numbers stay below this (Int32 entries): past it, records are renumbered from 0.
    private let numberLimit: Int
    private var bands: [[UInt64: [Int32]]]
    private var postings: [UInt64: [Int32]] = [:]
    /// Story merges: a story's id to the story it became part of (always a smaller id).
    private var parent: [Int64: Int64] = [:]
    private var undo: [Undo] = []
    private var hot: [Hot] = []
    private var generation: UInt32 = 0
    private var insertedSinceTrim = 0
    private static let bandCount = 9
    private static let bandScan = 64

    public convenience init(configuration: Configuration = Configuration()) {
        self.init(configuration: configuration, numberLimit: Int(Int32.max))
    }

    /// - Parameter numberLimit: arrival numbers are renumbered from 0 when they reach it (a test
    ///   sets a small one; a daemon reaches Int32.max after two billion articles).
    init(configuration: Configuration, numberLimit: Int) {
        self.configuration = configuration
        self.numberLimit = numberLimit
        bands = Array(repeating: [:], count: Self.bandCount)
    }

    /// The longest band and posting lists: bounded by twice the scan lengths (for a test of the bound).
    var longestLists: (band: Int, posting: Int) {
        (bands.map { $0.values.map(\.count).max() ?? 0 }.max() ?? 0, postings.values.map(\.count).max() ?? 0)
    }

    /// The position in `records` of arrival number `i`, nil when that record is no longer held.
    @inline(__always) private func position(_ i: Int32) -> Int? {
        let n = Int(i) - base
        return n >= 0 ? n : nil
    }

    /// Articles whose fingerprints are held.
    public var count: Int { records.count }
    /// Articles whose story keys are held.
    public var cachedStoryArticles: Int { records.reduce(0) { $0 + ($1.features == nil ? 0 : 1) } }

    /// Nine bands of 7-8 bits: two fingerprints within eight bits agree on one band at least.
    /// (On the BBC corpus, reprints and light edits are 0-7 bits apart, different articles 13 or more.)
    private static func bandKeys(_ f: UInt64) -> [UInt64] {
        let widths: [UInt64] = [7, 7, 7, 7, 7, 7, 7, 7, 8]
        var out: [UInt64] = []
        out.reserveCapacity(widths.count)
        var shift: UInt64 = 0
        for (i, w) in widths.enumerated() {
            out.append(UInt64(i) << 60 | ((f >> shift) & ((1 << w) - 1)))
            shift += w
        }
        return out
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
        var duplicates = Set<Int32>()
        var scanned = 0
        var compared = 0
        if fingerprint != 0 {
            for (b, key) in Self.bandKeys(fingerprint).enumerated() {
                guard let list = bands[b][key] else { continue }
                for entry in list.suffix(Self.bandScan) {
                    guard let i = position(entry), hot[i].stamp != generation else { continue }
                    hot[i].stamp = generation
                    scanned += 1
                    let d = SimHash.distance(hot[i].fingerprint, fingerprint)
                    guard d <= configuration.duplicateDistance else { continue }
                    duplicates.insert(Int32(i))
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
        for key in features.keys where key.kind != .country {
            guard let list = postings[key.hash] else { continue }
            for entry in list.suffix(configuration.postingScan) {
                scanned += 1
                guard let n = position(entry), abs(hot[n].at - atMillis) <= configuration.storyWindowMillis else { continue }
                if hot[n].stamp != generation {
                    hot[n].stamp = generation
                    hot[n].score = 0
                    touched.append(Int32(n))
                }
                hot[n].score += key.weight
            }
        }
        // The shared weight of two articles is at most what this one's shared keys weigh (plus its
        // countries): a candidate that cannot reach the similarity needed is dropped unread.
        let countries = features.keys.reduce(Float(0)) { $0 + ($1.kind == .country ? $1.weight : 0) }
        let needed = configuration.storySimilarity
        let ranked = self.strongest(configuration.candidates, of: touched.filter {
            let h = hot[Int($0)]
            return h.total > 0 && h.score + countries >= needed * min(features.total, h.total)
        })
        for i in ranked where !duplicates.contains(i) {
            guard let other = records[Int(i)].features else { continue }
            compared += 1
            let o = features.overlap(other)
            guard sameEvent(o, millisApart: abs(hot[Int(i)].at - atMillis)) else { continue }
            consider(Int(i), overlap: o, distance: 64)
        }

        lastWork = (scanned, compared)
        let story = roots.min() ?? seq
        let merged = roots.filter { $0 != story }.sorted()
        for m in merged {
            parent[m] = story
            undo.append(.merged(story: m))
        }
        var evidence: Evidence?
        if let b = best {
            let r = records[b.index]
            let names = Dictionary(analysis.keys.map { (StoryFeatures.hash($0), $0) }, uniquingKeysWith: { a, _ in a })
            evidence = Evidence(
                via: r.seq, duplicate: b.overlap == nil,
                similarity: (Double(b.overlap?.similarity ?? 1) * 1000).rounded() / 1000,
                shared: (b.overlap == nil ? [] : r.features.map { features.overlap($0, listing: true).shared } ?? []).compactMap { names[$0] }.sorted(),
                hours: Double(abs(hot[b.index].at - atMillis) / 60_000) / 60,
                also: also.filter { $0 != r.seq }.sorted())
        }
        remember(Record(seq: seq, story: story, features: features), at: atMillis, fingerprint: fingerprint)
        return Link(duplicateOf: duplicate.map { records[$0.index].seq }, story: story, merged: merged, evidence: evidence)
    }

    /// Scratch space indexed like `records` is stamped per use: no hashing, no clearing.
    private func nextGeneration() {
        generation &+= 1
        if generation == 0 {
            for i in hot.indices { hot[i].stamp = 0 }
            generation = 1
        }
    }

    /// The `k` candidates sharing most weight (ties: the later arrival), best first, by a bounded
    /// heap: O(n log k) where sorting all candidates would be O(n log n).
    private func strongest(_ k: Int, of candidates: [Int32]) -> [Int32] {
        func before(_ a: Int32, _ b: Int32) -> Bool {
            let (x, y) = (hot[Int(a)].score, hot[Int(b)].score)
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
        remember(Record(seq: seq, story: story, features: keys.map { StoryFeatures(keys: $0, leadKeys: leadKeys) }),
                 at: atMillis, fingerprint: fingerprint)
        commit()
    }

    /// Adds a merge recorded before (when the store is opened).
    public func restoreMerge(story: Int64, into: Int64) {
        guard into < story else { return }
        parent[story] = into
    }

    /// Keeps what was linked since the last commit or rollback.
    public func commit() {
        // The lists this transaction appended to are cut to what a scan reads (a rollback needs
        // the entries it appended, so not before).
        for step in undo {
            if case .appended(let bk, let keys) = step { cap(bands: bk, keys: keys) }
        }
        undo.removeAll(keepingCapacity: true)
        let slack = max(1, configuration.fingerprints / 8)
        if records.count > configuration.fingerprints + slack {
            // The oldest go; the lists' entries for them are skipped, then cut.
            let drop = records.count - configuration.fingerprints
            records.removeFirst(drop)
            hot.removeFirst(drop)
            base += drop
        }
        if base > 0, base + records.count >= numberLimit {
            renumber()
        } else if insertedSinceTrim >= max(4096, configuration.stories / 2) {
            trim()
        }
    }

    /// Cuts the band lists `bk` and the posting lists `keys` to the entries a scan reads, once
    /// they hold twice that many.
    private func cap(bands bk: [UInt64], keys: [UInt64]) {
        for (b, key) in bk.enumerated() {
            if let n = bands[b][key]?.count, n > 2 * Self.bandScan { bands[b][key]!.removeFirst(n - Self.bandScan) }
        }
        let scan = max(1, configuration.postingScan)
        for key in keys {
            if let n = postings[key]?.count, n > 2 * scan { postings[key]!.removeFirst(n - scan) }
        }
    }

    /// How many times the records were numbered anew (for a test).
    private(set) var renumbered = 0

    /// Numbers the records from 0 again and rebuilds the indexes (after two billion arrivals).
    private func renumber() {
        renumbered += 1
        base = 0
        bands = Array(repeating: [:], count: Self.bandCount)
        postings = [:]
        for (i, r) in records.enumerated() {
            var bk: [UInt64] = []
            if hot[i].fingerprint != 0 {
                bk = Self.bandKeys(hot[i].fingerprint)
                for (b, key) in bk.enumerated() { bands[b][key, default: []].append(Int32(i)) }
            }
            var keys: [UInt64] = []
            if let f = r.features {
                for key in f.keys where key.kind != .country {
                    postings[key.hash, default: []].append(Int32(i))
                    keys.append(key.hash)
                }
            }
            cap(bands: bk, keys: keys)
        }
        trim()
    }

    /// Forgets what was linked since the last commit (the transaction failed).
    public func rollback() {
        while let step = undo.popLast() {
            switch step {
            case .appended(let bk, let keys):
                let index = Int32(base + records.count - 1)
                for (b, key) in bk.enumerated() where bands[b][key]?.last == index {
                    bands[b][key]?.removeLast()
                    if bands[b][key]?.isEmpty == true { bands[b][key] = nil }
                }
                for key in keys where postings[key]?.last == index {
                    postings[key]?.removeLast()
                    if postings[key]?.isEmpty == true { postings[key] = nil }
                }
                records.removeLast()
                hot.removeLast()
                insertedSinceTrim = max(0, insertedSinceTrim - 1)
            case .merged(let story):
                parent[story] = nil
            }
        }
    }

    private func remember(_ record: Record, at: Int64, fingerprint: UInt64) {
        let index = Int32(base + records.count)
        var bk: [UInt64] = []
        if fingerprint != 0 {
            bk = Self.bandKeys(fingerprint)
            for (b, key) in bk.enumerated() { bands[b][key, default: []].append(index) }
        }
        var keys: [UInt64] = []
        if let f = record.features {
            for key in f.keys where key.kind != .country {
                postings[key.hash, default: []].append(index)
                keys.append(key.hash)
            }
        }
        if records.count == records.capacity { grow() }
        records.append(record)
        hot.append(Hot(at: at, fingerprint: fingerprint, total: record.features?.total ?? 0))
        insertedSinceTrim += 1
        undo.append(.appended(bands: bk, keys: keys))
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
    }

    /// The record arrays' capacity (for a test of the bound).
    var recordCapacity: Int { max(records.capacity, hot.capacity) }

    /// Drops the story keys of the articles before the latest ``Configuration/stories`` (by arrival,
    /// not by event date, so an article about an old event that arrives late still finds the ones
    /// that arrived with it, whatever the order), and rebuilds the indexes. Amortised: done after
    /// every `stories / 2` articles.
    private func trim() {
        insertedSinceTrim = 0
        var kept = 0
        for i in records.indices.reversed() where records[i].features != nil {
            if kept >= configuration.stories {
                records[i].features = nil
                hot[i].total = 0
            } else {
                kept += 1
            }
        }
        // Posting lists keep the records that still have keys, in order.
        for (key, list) in postings {
            let kept = list.filter { position($0).map { hot[$0].total > 0 } ?? false }
            postings[key] = kept.isEmpty ? nil : kept
        }
        for b in bands.indices {
            for (key, list) in bands[b] where (list.first.map { Int($0) < base } ?? false) {
                let kept = list.filter { Int($0) >= base }
                bands[b][key] = kept.isEmpty ? nil : kept
            }
        }
        // Merges of stories none of whose articles are held any more can no longer matter.
        // Each merge is first pointed at its final story, so dropping the others breaks no chain.
        if parent.count > 4 * configuration.stories {
            let live = Set(records.map(\.story))
            var compressed: [Int64: Int64] = [:]
            for id in parent.keys where live.contains(id) { compressed[id] = story(of: id) }
            parent = compressed
        }
    }
}
