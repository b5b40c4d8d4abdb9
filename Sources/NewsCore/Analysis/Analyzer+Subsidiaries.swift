/// A known firm's national arm, named with "de" and its country's name ("Walmart de México", "Nestlé do Brasil",
/// "Coca-Cola de Colombia"), or, outside English, with the country's name right after it ("Iberdrola España", "Samsung Việt
/// Nam"; a body's national society: "Cruz Roja Argentina"): the name goes on over the country's, which the article tags too.
extension Analyzer {
    /// The words that join a firm's name and its country's in a subsidiary's name, in lower case.
    static let subsidiaryLinks: WordSet = ["de", "do", "da", "di", "del", "du", "des", "dos", "das", "della", "dello", "dell"]
    /// The articles after "de" before a country's name ("la Croix-Rouge de la République centrafricaine").
    static let subsidiaryArticles: WordSet = ["la", "l"]

    /// The end of the subsidiary's name when "de" and a country's name follow the known firm's `m`, else nil.
    static func subsidiaryEnd(_ m: Gazetteer.Match, matches: [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer,
                              language: String?) -> Int? {
        let k = m.start + m.count
        guard m.start >= 0, k < tokens.count, tokens[k].flags.isDisjoint(with: .boundary) else { return nil }
        if k + 1 < tokens.count, !tokens[k].isCapitalized, subsidiaryLinks.contains(tokens[k]), tokens[k + 1].flags.isDisjoint(with: .boundary) {
            // ("de la République centrafricaine", "de l'Ouganda": over the article.)
            let at = k + 2 < tokens.count && tokens[k].text == "de" && subsidiaryArticles.contains(tokens[k + 1])
                && tokens[k + 2].flags.isDisjoint(with: .boundary) ? k + 2 : k + 1
            guard let c = matches.first(where: { $0.start == at }) else { return nil }
            // (Or, outside English, a national body's regional office by the region of its country: "la Protezione civile del
            // Friuli Venezia Giulia", "la Guardia Civil de Cantabria".)
            guard gazetteer.entries.kind(c.entry) == .country
                || language != "en" && gazetteer.entries.kind(c.entry) == .place && gazetteer.entries.country(m.entry) != nil
                    && gazetteer.entries.country(c.entry) == gazetteer.entries.country(m.entry)
            else { return nil }
            return c.start + c.count
        }
        return countryAfter(m, at: k, matches: matches, in: tokens, gazetteer: gazetteer, language: language)
    }

    /// The end of a country's name written right after the known organisation `m` that has no country of its own, outside
    /// English (which writes the country first: "the Kenya Red Cross"), when no capitalised word follows it and `m` is
    /// no acronym ("el FMI Argentina" is two names); else nil.
    private static func countryAfter(_ m: Gazetteer.Match, at k: Int, matches: [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer,
                                     language: String?) -> Int? {
        // (Or a demonym in lower case after a national society's name, in the languages that write one so: "la Croix-Rouge
        // tchadienne", "la Cruz Roja boliviana".)
        guard let language, language != "en", tokens[k].isCapitalized || OrganizationFinder.romanceLanguages.contains(language),
            gazetteer.entries.country(m.entry) == nil,
            !(m.start..<k).contains(where: { tokens[$0].flags.contains(.allCaps) }),
            let c = matches.first(where: { $0.start == k }),
            tokens[k].isCapitalized ? gazetteer.entries.kind(c.entry) == .country : gazetteer.entries.kind(c.entry) == .demonym
        else { return nil }
        let end = c.start + c.count
        guard end == tokens.count || !tokens[end].isCapitalized || !tokens[end].flags.isDisjoint(with: .boundary) else { return nil }
        return end
    }
}
