/// How much an article is about each country it names, from where the names stand: the
/// dateline says where the story happens, the title and the lead what it is about, and the
/// count how much of it is about each. Gives ``ArticleAnalysis/mainCountries``.
struct CountryWeights {
    private var score: [String: Double] = [:]
    private var mentions: [String: Int] = [:]

    /// At most this many main countries.
    static let limit = 3
    static let dateline = 4.0
    static let title = 3.0
    static let lead = 2.0
    /// Each mention after the first adds this much, up to ``mentionCap`` mentions.
    static let mention = 1.0
    static let mentionCap = 5
    /// A country is main when its score is at least this share of the best one's...
    static let share = 0.5
    /// ...and at least this much (a single mention deep in the body is not enough).
    static let minimum = 2.0

    /// One mention of `country` at token `start` (-1: the dateline).
    mutating func add(_ country: String, at start: Int, titleCount: Int, leadEnd: Int) {
        let n = mentions[country, default: 0]
        mentions[country] = n + 1
        var s = n < Self.mentionCap ? Self.mention : 0
        if start < 0 {
            s += Self.dateline
        } else if start < titleCount {
            s += Self.title
        } else if start < leadEnd {
            s += Self.lead
        }
        score[country, default: 0] += s
    }

    /// The main countries, best first; ties keep the order of first mention (`order`).
    func main(in order: [String]) -> [String] {
        let ranked = order.enumerated().sorted { a, b in
            let sa = score[a.element] ?? 0
            let sb = score[b.element] ?? 0
            return sa != sb ? sa > sb : a.offset < b.offset
        }.map(\.element)
        guard let best = ranked.first.flatMap({ score[$0] }) else { return [] }
        let bar = max(Self.minimum, best * Self.share)
        var out = [ranked[0]]
        for c in ranked.dropFirst() where out.count < Self.limit && (score[c] ?? 0) >= bar { out.append(c) }
        return out
    }
}
