/// (ja) Regions named by a word glued after their name (中部地方, 能登地方, 日高地方): Japan's regions, peninsulas and
/// subprefectures, which no list of cities or prefectures holds (Resources/place-context.tsv, L).
extension PlaceFinder {
    /// The name of two characters before the word for a region at `i` (中部 of 中部地方), when the word ends
    /// there (no Han character glued after it: 東京地方裁判所 is a court, 地方自治 "local government") and nothing that
    /// could open a longer name stands glued before the name (北海道日高地方: a place found, or a province's suffix,
    /// may; 全国各地方 is no region's).
    static func beforeRegionWord(at i: Int, in tokens: [Token], taken: [Bool], words: PlaceContext.Words) -> Range<Int>? {
        guard i >= 2 else { return nil }
        let name = i - 2..<i
        guard name.allSatisfy({ PersonFinder.isHan(tokens[$0]) && !taken[$0] }),
            Gazetteer.glued(tokens[i - 2], tokens[i - 1]), Gazetteer.glued(tokens[i - 1], tokens[i])
        else { return nil }
        guard let word = gluedPhrase(words.regionWords, at: i, in: tokens) else { return nil }
        let end = i + word.count
        if end < tokens.count, Gazetteer.glued(tokens[end - 1], tokens[end]), PersonFinder.isHan(tokens[end]) { return nil }
        if i >= 3, Gazetteer.glued(tokens[i - 3], tokens[i - 2]), !taken[i - 3], couldOpenName(tokens[i - 3]),
            !regionBefore.contains(tokens[i - 3])
        {
            return nil
        }
        return name
    }

    /// (zh, ja) The first of `phrases` (as characters) that stands at `i` glued to the character before it, its own
    /// characters glued together (地方 of 中部地方, 駅 of 金沢駅).
    static func gluedPhrase(_ phrases: [[String]], at i: Int, in tokens: [Token]) -> [String]? {
        guard i >= 1, Gazetteer.glued(tokens[i - 1], tokens[i]) else { return nil }
        return phrases.first { w in
            i + w.count <= tokens.count && w.indices.allSatisfy { tokens[i + $0].text == w[$0] }
                && (1..<max(w.count, 1)).allSatisfy { Gazetteer.glued(tokens[i + $0 - 1], tokens[i + $0]) }
        }
    }

    /// Suffixes of a prefecture glued before a region's name (北海道日高地方, 鹿児島県奄美地方).
    static let regionBefore: WordSet = ["道", "府", "都", "県"]
}
