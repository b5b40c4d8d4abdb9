extension PlaceFinder {
    /// (ja) Japanese cities by their bare name (金沢 for 金沢市, 浜松, 旭川), which the gazetteer takes only in a dateline,
    /// as a name of two or three characters may be a family name or part of a longer word: a name of its own (no Han
    /// character glued before it, but a prefecture's suffix: 石川県金沢) with a word of
    /// ``PlaceContext/Words/japaneseCityWords`` glued after it (金沢で, 金沢駅), or of
    /// ``PlaceContext/Words/japaneseCityParticles`` where the name is no family name (浜松に, not 松本に).
    /// The look-up starts at those words, so text without them costs one set look-up a character.
    static func japaneseCities(in tokens: [Token], taken: [Bool], words: PlaceContext.Words, gazetteer: Gazetteer) -> [Range<Int>] {
        guard !words.japaneseCityWords.isEmpty else { return [] }
        var out: [Range<Int>] = []
        for i in 2..<max(tokens.count, 2) where words.japaneseCityStarts.contains(tokens[i]) && !taken[i] {
            let strong = gluedPhrase(words.japaneseCityWords, at: i, in: tokens) != nil
            guard strong || gluedPhrase(words.japaneseCityParticles, at: i, in: tokens) != nil else { continue }
            for length in [3, 2] where i >= length {
                let name = i - length..<i
                guard name.allSatisfy({ PersonFinder.isHan(tokens[$0]) && !taken[$0] }),
                    (name.lowerBound..<i).allSatisfy({ Gazetteer.glued(tokens[$0], tokens[$0 + 1]) })
                else { continue }
                let before = name.lowerBound - 1
                if before >= 0, Gazetteer.glued(tokens[before], tokens[name.lowerBound]), PersonFinder.isHan(tokens[before]),
                    !regionBefore.contains(tokens[before])
                {
                    continue
                }
                guard let m = gazetteer.wholeMatch(of: Array(tokens[name]), reading: .dateline),
                    gazetteer.entries.kind(m.entry) == .city, gazetteer.entries.country(m.entry) == "JP"
                else { continue }
                if !strong && NameShapes.shared.japaneseFamily.contains(tokens[name].map(\.text).joined()) { break }
                out.append(name)
                break
            }
        }
        return out
    }
}
