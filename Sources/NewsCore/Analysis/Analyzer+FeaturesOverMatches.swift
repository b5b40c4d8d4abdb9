/// (fr, es, it, pt) A lake's, a cape's or a gulf's name that holds a town's or a region's the gazetteer reads: "la Laguna
/// de Rocha", "el Salar de Uyuni", "il Lago di Scutari", "el Golfo San Matías" are the features, named by their capitalised
/// word (place-context.tsv I) and the town, which is no mention of the town. The feature is a place of no country: a lake
/// named after a town may lie beyond it (Lake Geneva).
extension Analyzer {
    /// Removes from `matches` each city's or region's match (or a name that counts where the article names its country: Scutari) right after such a word (and "de", "di", "do"), and returns the
    /// feature's tokens. Not after a capitalised word of the same phrase (a longer name's), nor over a comma.
    static func featuresOverMatches(_ matches: inout [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer,
                                    featureWords: WordSet) -> [Range<Int>] {
        guard featureWords.count > 0 else { return [] }
        var out: [Range<Int>] = []
        var drop: [Int] = []
        for (index, m) in matches.enumerated() where m.start >= 1 && [.city, .place, .contextual].contains(gazetteer.entries.kind(m.entry)) {
            guard tokens[m.start].flags.isDisjoint(with: .boundary) else { continue }
            var s = m.start - 1
            if Gazetteer.nameLinks.contains(tokens[s]), s >= 1, tokens[s].flags.isDisjoint(with: .boundary) { s -= 1 }
            let word = tokens[s]
            guard word.isCapitalized, !word.flags.contains(.allCaps), featureWords.contains(word),
                s == 0 || Gazetteer.readsLowercase(tokens[s - 1]) || !word.flags.isDisjoint(with: .boundary),
                !matches.contains(where: { $0.start >= 0 && $0.start <= s && $0.start + $0.count > s })
            else { continue }
            out.append(s..<m.start + m.count)
            drop.append(index)
        }
        for index in drop.reversed() { matches.remove(at: index) }
        return out
    }
}
