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
