/// A known firm's national arm, named with "de" and its country's name ("Walmart de México", "Nestlé do Brasil",
/// "Coca-Cola de Colombia"): the name goes on over the country's, which the article tags too.
extension Analyzer {
    /// The words that join a firm's name and its country's in a subsidiary's name, in lower case.
    static let subsidiaryLinks: WordSet = ["de", "do", "da", "di", "del"]

    /// The end of the subsidiary's name when "de" and a country's name follow the known firm's `m`, else nil.
    static func subsidiaryEnd(_ m: Gazetteer.Match, matches: [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer) -> Int? {
        let k = m.start + m.count
        guard m.start >= 0, k + 1 < tokens.count, !tokens[k].isCapitalized, subsidiaryLinks.contains(tokens[k]),
            tokens[k].flags.isDisjoint(with: .boundary), tokens[k + 1].flags.isDisjoint(with: .boundary)
        else { return nil }
        guard let c = matches.first(where: { $0.start == k + 1 }), gazetteer.entries.kind(c.entry) == .country else { return nil }
        return c.start + c.count
    }
}
