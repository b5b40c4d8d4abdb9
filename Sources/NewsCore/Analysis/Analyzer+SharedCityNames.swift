extension Analyzer {
    /// A city's name that cities of other countries share (Brest in Belarus and in France, Córdoba in
    /// Argentina and in Spain, Hyderabad in India and in Pakistan; places.tsv lists them): the city of a
    /// country that the article's other names name, the largest of them where it names none or its own.
    /// Small towns, people and other such cities name no country here.
    static func chooseCitiesCountries(_ matches: inout [Gazetteer.Match], gazetteer: Gazetteer) {
        let entries = gazetteer.entries
        func shared(_ m: Gazetteer.Match) -> Bool {
            m.country == nil && entries.kind(m.entry) == .city && !entries.meanings(m.entry).isEmpty
        }
        guard matches.contains(where: shared) else { return }
        var named = Set<String>()
        for m in matches where !m.small && !shared(m) && entries.kind(m.entry) != .person {
            if let c = m.country ?? entries.country(m.entry) { named.insert(c) }
        }
        for k in matches.indices where shared(matches[k]) {
            if let own = entries.country(matches[k].entry), named.contains(own) { continue }
            if let other = entries.meanings(matches[k].entry).first(where: { named.contains($0.country) }) {
                matches[k].country = other.country
            }
        }
    }
}
