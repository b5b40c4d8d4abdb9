/// A small town whose name holds a city's or a region's that the gazetteer reads: "entre Ávila y Arenas de San Pedro" is
/// the Spanish town Arenas de San Pedro, not a place Arenas and Côte d'Ivoire's San-Pédro; "Villanueva de Córdoba" is no
/// Córdoba. The whole name is taken where it is a small town's (small-towns.tsv) of a country the article's other matches
/// name or whose press writes its language (a village's only where the article names its country), as
/// ``PlaceFinder/smallTown(_:in:countries:home:)`` takes one no match holds.
extension Analyzer {
    /// Removes from `matches` those inside such a town's name and returns the name's tokens and the town's country.
    static func smallTownsOverMatches(_ matches: inout [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer,
                                      home: Set<String>, context: PlaceContext) -> [(range: Range<Int>, country: String)] {
        var out: [(range: Range<Int>, country: String)] = []
        var untaken: [Bool] = []
        for m in matches where m.start >= 0 && !m.small && [.city, .capital, .place].contains(gazetteer.entries.kind(m.entry)) {
            guard !out.contains(where: { $0.range.contains(m.start) }) else { continue }
            // The run from the match, or from the capitalised word and the link before it ("Arenas de" of San Pedro).
            var starts = [m.start]
            if m.start >= 2, Gazetteer.nameLinks.contains(tokens[m.start - 1]), tokens[m.start - 2].isCapitalized,
                tokens[m.start - 1].flags.isDisjoint(with: .boundary), tokens[m.start].flags.isDisjoint(with: .boundary)
            {
                starts.insert(m.start - 2, at: 0)
            }
            for s in starts {
                // (The whole name: no capitalised word of its phrase before it, but a sentence's preposition: "A Cortina
                // d'Ampezzo".)
                guard s == 0 || Gazetteer.readsLowercase(tokens[s - 1]) || !tokens[s].flags.isDisjoint(with: .boundary) else { continue }
                if untaken.isEmpty { untaken = [Bool](repeating: false, count: tokens.count) }
                let run = PlaceFinder.linkedRun(from: s, in: tokens, taken: untaken, context: context)
                guard run.count > m.count, run.upperBound >= m.start + m.count else { continue }
                let towns = SmallTowns.countries(named: PlaceFinder.smallTownKey(run, in: tokens))
                guard !towns.isEmpty else { continue }
                // (The countries named by the matches outside the run: San Pedro's own is no evidence.)
                let named = countriesNamed(by: matches, gazetteer: gazetteer) { $0.start >= 0 && run.contains($0.start) }
                guard let town = towns.first(where: { c in
                    SmallTowns.isVillage(c) ? named.contains(c.uppercased()) : named.contains(String(c)) || home.contains(String(c))
                }) else { continue }
                out.append((run, town.uppercased()))
                break
            }
        }
        if !out.isEmpty { matches.removeAll { m in m.start >= 0 && out.contains { $0.range.contains(m.start) } } }
        return out
    }
}
