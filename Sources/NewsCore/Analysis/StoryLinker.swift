/// Links each new article to what came before: `duplicate_of` when its SimHash is within a few
/// bits of an earlier article's, and a `story` shared with earlier articles about the same event
/// (weighted overlap of people, places, organisations, countries and key terms, within a time
/// window). A story's id is the sequence number of its first article.
///
/// Owned by one writer. Changes made during a transaction are undone by ``rollback()`` when
/// the transaction fails, and kept by ``commit()``.
public final class StoryLinker {
    public struct Configuration: Sendable {
        /// Differing bits at most for a near-duplicate (of 64).
        public var duplicateDistance = 8
        /// Articles further apart than this (ms) are not of one story.
        public var storyWindowMillis: Int64 = 72 * 3_600_000
        /// Weighted overlap needed to join a story (0...1).
        public var storySimilarity = 0.35
        /// Fingerprints kept in memory: reprints of the latest this many articles are found.
        public var fingerprints = 200_000
        /// Open stories kept in memory (the most recent ones).
        public var stories = 20_000
        public init() {}
    }

    public struct Link: Sendable, Equatable {
        public var duplicateOf: Int64?
        public var story: Int64
        public init(duplicateOf: Int64?, story: Int64) {
            self.duplicateOf = duplicateOf
            self.story = story
        }
    }

    private struct Known {
        var seq: Int64
        var fingerprint: UInt64
        var story: Int64
    }

    private struct Story {
        var keys: [String: Double]
        var lastMillis: Int64
    }

    private enum Undo {
        case known(bands: [UInt64])
        case story(id: Int64, previous: Story?, newKeys: [String])
    }

    public let configuration: Configuration
    private var known: [Known] = []
    private var bands: [[UInt64: [Int32]]]
    private var stories: [Int64: Story] = [:]
    private var keyIndex: [String: [Int64]] = [:]
    private var undo: [Undo] = []
    private static let bandCount = 9

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        bands = Array(repeating: [:], count: Self.bandCount)
    }

    public var count: Int { known.count }

    /// Nine bands of 7-8 bits: two fingerprints within eight bits agree on one band at least.
    /// (On the BBC corpus, reprints and light edits are 0-7 bits apart, different articles 13 or more.)
    private static func bandKeys(_ f: UInt64) -> [UInt64] {
        let widths: [UInt64] = [7, 7, 7, 7, 7, 7, 7, 7, 8]
        var out: [UInt64] = []
        var shift: UInt64 = 0
        for (i, w) in widths.enumerated() {
            out.append(UInt64(i) << 60 | ((f >> shift) & ((1 << w) - 1)))
            shift += w
        }
        return out
    }

    /// Links a new article and remembers it.
    public func link(seq: Int64, atMillis: Int64, analysis: ArticleAnalysis) -> Link {
        let fingerprint = analysis.fingerprintValue
        let keys = Self.weighted(analysis.keys)
        var duplicate: Known?
        if fingerprint != 0 {
            let bk = Self.bandKeys(fingerprint)
            var best = configuration.duplicateDistance + 1
            for (b, key) in bk.enumerated() {
                for i in bands[b][key] ?? [] {
                    let d = SimHash.distance(known[Int(i)].fingerprint, fingerprint)
                    if d < best || (d == best && duplicate.map { known[Int(i)].seq < $0.seq } ?? false) {
                        best = d
                        duplicate = known[Int(i)]
                    }
                }
            }
        }
        let story = duplicate?.story ?? findStory(keys, atMillis: atMillis) ?? seq
        remember(seq: seq, atMillis: atMillis, fingerprint: fingerprint, story: story, keys: keys)
        return Link(duplicateOf: duplicate?.seq, story: story)
    }

    /// Adds an article linked before (when the store is opened).
    public func restore(seq: Int64, atMillis: Int64, fingerprint: UInt64, story: Int64, keys: [String]) {
        remember(seq: seq, atMillis: atMillis, fingerprint: fingerprint, story: story, keys: Self.weighted(keys))
        undo.removeAll(keepingCapacity: true)
    }

    /// Keeps what was linked since the last commit or rollback.
    public func commit() {
        undo.removeAll(keepingCapacity: true)
        if known.count - prunedAt >= 4096 { prune() }
        if known.count > 2 * configuration.fingerprints { forgetOldFingerprints() }
    }

    /// Keeps the latest ``Configuration/fingerprints`` (amortised: done when twice as many are held).
    private func forgetOldFingerprints() {
        known.removeFirst(known.count - configuration.fingerprints)
        bands = Array(repeating: [:], count: Self.bandCount)
        for (i, k) in known.enumerated() {
            for (b, key) in Self.bandKeys(k.fingerprint).enumerated() { bands[b][key, default: []].append(Int32(i)) }
        }
        prunedAt = known.count
    }

    private var prunedAt = 0
    private var newestMillis: Int64 = 0

    /// Stories that ended more than a window before the newest article can take no more articles.
    private func prune() {
        prunedAt = known.count
        let horizon = newestMillis - configuration.storyWindowMillis
        var gone = Set<Int64>()
        for (id, story) in stories where story.lastMillis < horizon { gone.insert(id) }
        if stories.count - gone.count > configuration.stories {
            // Too many open stories in the window: the least recently fed go first.
            let open = stories.filter { !gone.contains($0.key) }.sorted { $0.value.lastMillis < $1.value.lastMillis }
            for (id, _) in open.prefix(open.count - configuration.stories) { gone.insert(id) }
        }
        guard !gone.isEmpty else { return }
        for id in gone { stories[id] = nil }
        for (key, ids) in keyIndex {
            let kept = ids.filter { !gone.contains($0) }
            keyIndex[key] = kept.isEmpty ? nil : kept
        }
    }

    /// Forgets what was linked since the last commit (the transaction failed).
    public func rollback() {
        while let step = undo.popLast() {
            switch step {
            case .known(let bk):
                for (b, key) in bk.enumerated() {
                    bands[b][key]?.removeLast()
                    if bands[b][key]?.isEmpty == true { bands[b][key] = nil }
                }
                known.removeLast()
            case .story(let id, let previous, let newKeys):
                stories[id] = previous
                for key in newKeys { keyIndex[key]?.removeAll { $0 == id } }
            }
        }
    }

    private func remember(seq: Int64, atMillis: Int64, fingerprint: UInt64, story: Int64, keys: [String: Double]) {
        if fingerprint != 0 {
            let bk = Self.bandKeys(fingerprint)
            for (b, key) in bk.enumerated() { bands[b][key, default: []].append(Int32(known.count)) }
            known.append(Known(seq: seq, fingerprint: fingerprint, story: story))
            undo.append(.known(bands: bk))
        }
        let previous = stories[story]
        var s = previous ?? Story(keys: [:], lastMillis: atMillis)
        var added: [String] = []
        // A story keeps the keys of its first articles, and the strongest when it grows large.
        for (key, w) in keys where s.keys[key] == nil && s.keys.count < 48 {
            s.keys[key] = w
            added.append(key)
        }
        s.lastMillis = max(s.lastMillis, atMillis)
        newestMillis = max(newestMillis, atMillis)
        stories[story] = s
        for key in added { keyIndex[key, default: []].append(story) }
        undo.append(.story(id: story, previous: previous, newKeys: added))
    }

    private func findStory(_ keys: [String: Double], atMillis: Int64) -> Int64? {
        let total = keys.values.reduce(0, +)
        guard total > 0 else { return nil }
        var shared: [Int64: Double] = [:]
        for (key, w) in keys where !key.hasPrefix("c:") {
            for id in keyIndex[key] ?? [] { shared[id, default: 0] += w }
        }
        var best: (Int64, Double)?
        for (id, _) in shared {
            guard let story = stories[id], abs(story.lastMillis - atMillis) <= configuration.storyWindowMillis else { continue }
            var overlap = 0.0
            var entities = 0
            for (key, w) in keys where story.keys[key] != nil {
                overlap += w
                if !key.hasPrefix("t:") && !key.hasPrefix("c:") { entities += 1 }
            }
            let storyTotal = story.keys.values.reduce(0, +)
            let similarity = overlap / min(total, storyTotal)
            guard entities >= 1, similarity >= configuration.storySimilarity else { continue }
            if best.map({ similarity > $0.1 || (similarity == $0.1 && id < $0.0) }) ?? true { best = (id, similarity) }
        }
        return best?.0
    }

    /// Keys carry their kind: people weigh most, then places and organisations, then terms.
    static func weighted(_ keys: [String]) -> [String: Double] {
        var out: [String: Double] = [:]
        for key in keys {
            switch key.prefix(2) {
            case "p:": out[key] = 3
            case "l:", "o:": out[key] = 2
            case "c:": out[key] = 0.5
            default: out[key] = 1
            }
        }
        return out
    }
}
