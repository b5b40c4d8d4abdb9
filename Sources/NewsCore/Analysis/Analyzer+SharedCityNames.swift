extension Analyzer {
    /// A city's name that cities of other countries share (Brest in Belarus and in France, Córdoba in
    /// Argentina and in Spain, Hyderabad in India and in Pakistan; places.tsv lists them): the city of a
    /// country that the article's other names name, the largest of them where it names none or its own.
    /// Small towns, people and other such cities name no country here. The same for a region by a name that towns
    /// abroad have too (Piedmont in Italy and in South Carolina).
    static func chooseCitiesCountries(_ matches: inout [Gazetteer.Match], gazetteer: Gazetteer) {
        let entries = gazetteer.entries
        func shared(_ m: Gazetteer.Match) -> Bool {
            m.country == nil && [.city, .place].contains(entries.kind(m.entry)) && !entries.meanings(m.entry).isEmpty
        }
        guard matches.contains(where: shared) else { return }
        let named = countriesNamed(by: matches, gazetteer: gazetteer, except: shared)
        for k in matches.indices where shared(matches[k]) {
            if let own = entries.country(matches[k].entry), named.contains(own) { continue }
            if let other = entries.meanings(matches[k].entry).first(where: { named.contains($0.country) }) {
                matches[k].country = other.country
            }
        }
    }

    /// The countries that the gazetteer's names other than small towns and people give (a match's own, or its
    /// entry's), leaving out the matches `except` picks.
    static func countriesNamed(by matches: [Gazetteer.Match], gazetteer: Gazetteer,
                               except: (Gazetteer.Match) -> Bool = { _ in false }) -> Set<String> {
        var named = Set<String>()
        for m in matches where !m.small && gazetteer.entries.kind(m.entry) != .person && !except(m) {
            if let c = m.country ?? gazetteer.entries.country(m.entry) { named.insert(c) }
        }
        return named
    }
}
