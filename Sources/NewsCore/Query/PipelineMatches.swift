/// The subscriptions a file's articles matched in the pipeline, on the decoding threads, from
/// the analysis' own tokens: the alert service records them after the commit without reading
/// the articles back and matching them again (it still does, from the store, after a crash or
/// whenever it cannot tell that these are all the articles committed).
public struct PipelineMatches: Sendable, Equatable {
    /// Which subscriptions matched (``PipelineMatcher``'s count of reloads): matches made with
    /// other subscriptions than the service's current ones are not used.
    public var generation: UInt64
    /// Per article of the file, in order, the indices of the subscriptions it matched.
    public var perArticle: [[Int32]]

    public init(generation: UInt64, perArticle: [[Int32]]) {
        self.generation = generation
        self.perArticle = perArticle
    }
}

/// What one commit appended, as the alert service needs it: the journal records from `first` to
/// `last` (all of them: a commit's records are consecutive), and the articles among them that
/// matched subscriptions in the pipeline.
public struct CommitMatches: Sendable, Equatable {
    public var first: Int64
    public var last: Int64
    /// The subscriptions' generation; nil when the commit held no analysed article (it fits any).
    public var generation: UInt64?
    /// Article seq and the indices of the subscriptions it matched; articles that matched none are not listed.
    public var hits: [Hit]

    public struct Hit: Sendable, Equatable {
        public var seq: Int64
        public var subscriptions: [Int32]

        public init(seq: Int64, subscriptions: [Int32]) {
            self.seq = seq
            self.subscriptions = subscriptions
        }
    }

    public init(first: Int64, last: Int64, generation: UInt64?, hits: [Hit]) {
        self.first = first
        self.last = last
        self.generation = generation
        self.hits = hits
    }

    /// The records `outcomes` appended for `items` and the pipeline's matches among them; nil
    /// when they cannot stand for the commit: an analysed article matched with no or another
    /// generation of subscriptions, or records that are not consecutive.
    public static func from(_ items: [IntakeItem], _ outcomes: [IntakeOutcome]) -> CommitMatches? {
        var generation: UInt64?
        var seqs: [Int64] = []
        var hits: [Hit] = []
        for (item, outcome) in zip(items, outcomes) {
            switch outcome {
            case .stored(let stored):
                seqs += stored
                guard !item.analyses.isEmpty else { continue }  // never matched, from the store either
                guard let matched = item.matched, generation == nil || generation == matched.generation else { return nil }
                generation = matched.generation
                for (seq, subscriptions) in zip(stored, matched.perArticle) where !subscriptions.isEmpty {
                    hits.append(Hit(seq: seq, subscriptions: subscriptions))
                }
            case .duplicate(let seq, _), .failed(let seq, _, _):
                seqs.append(seq)
            case .alreadyRecorded:
                return nil  // a commit before a crash: the store knows what it held
            }
        }
        guard let first = seqs.min(), let last = seqs.max(), last - first + 1 == Int64(seqs.count) else { return nil }
        return CommitMatches(first: first, last: last, generation: generation, hits: hits)
    }
}
