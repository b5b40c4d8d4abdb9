extension Analyzer {
    /// (ja) A foreign city's name of two kanji that begins a Japanese family name, glued to one or two kanji and a title
    /// after a name (南昌宏社長: 南 Minami, not Nanchang): the family name's and the given name's, held back for the name
    /// finder. Not a city of Japan (長野県知事, where the kanji after it are a prefecture's), nor where a kanji stands glued
    /// before it, nor over a place's suffix (市, 県, 区) or a title's prefix (元, 前) between it and the title.
    /// Bounded: each match looks at the three tokens after it.
    static func japanesePlacesInNames(_ matches: [Gazetteer.Match], tokens: [Token], gazetteer: Gazetteer, into out: inout [Int]) {
        let titles = NameContext.shared.words(for: "ja").after
        let places = PlaceContext.shared.words(for: "ja")
        for (index, m) in matches.enumerated() where m.start >= 0 && m.count == 2 && !out.contains(index) {
            let k = m.start, end = m.start + m.count
            guard [.city, .capital, .place].contains(gazetteer.entries.kind(m.entry)), end + 1 < tokens.count,
                PersonFinder.isHan(tokens[k]), PersonFinder.isHan(tokens[k + 1]), PersonFinder.glued(tokens, k),
                (m.country ?? gazetteer.entries.country(m.entry)) != "JP",
                k == 0 || !PersonFinder.isHan(tokens[k - 1]) || !PersonFinder.glued(tokens, k - 1),
                PersonFinder.beginsWithJapaneseFamily(tokens, k..<end + 1)
            else { continue }
            var t = end
            while t < tokens.count, t - end < 2, PersonFinder.isHan(tokens[t]), PersonFinder.glued(tokens, t - 1),
                PersonFinder.title(titles, tokens, at: t) == nil,
                !places.suffixes.contains(tokens[t]), !places.districtSuffixes.contains(tokens[t]),
                !PersonFinder.japaneseTitlePrefixes.contains(tokens[t].text)
            {
                t += 1
            }
            guard t > end, t < tokens.count, PersonFinder.glued(tokens, t - 1), PersonFinder.title(titles, tokens, at: t) != nil else { continue }
            out.append(index)
        }
    }
}

/// (ja, zh) A city's name glued after a direction's character that begins a longer name: 北秋田市 is not 秋田市.
extension Analyzer {
    /// The characters of a direction that begin towns' names (北秋田, 南相馬, 東松山).
    static let directionCharacters: Set<String> = ["北", "南", "東", "西", "东"]

    /// True when the city of `m` stands glued after a direction's character that begins a name: the text's start, a
    /// character that is no Han one (a particle, punctuation) or a prefecture's suffix stands before that character.
    static func afterDirectionCharacter(_ m: Gazetteer.Match, in tokens: [Token], gazetteer: Gazetteer) -> Bool {
        guard m.start >= 1, m.count >= 1, gazetteer.entries.kind(m.entry) == .city else { return false }
        let d = tokens[m.start - 1]
        guard directionCharacters.contains(d.text), d.flags.contains(.ideographic), Gazetteer.glued(d, tokens[m.start]) else { return false }
        guard m.start >= 2, Gazetteer.glued(tokens[m.start - 2], d) else { return true }
        let before = tokens[m.start - 2]
        // (A prefecture's suffix, PlaceFinder.regionBefore, or a Chinese province's, after which a town's name begins.)
        return PlaceFinder.regionBefore.contains(before) || before.text == "省" || !PersonFinder.isHan(before)
    }
}
