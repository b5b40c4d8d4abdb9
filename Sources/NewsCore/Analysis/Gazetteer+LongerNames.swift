/// Bodies that the gazetteer knows by one word, read where that word begins a longer name: "Congress" is the United
/// States Congress, but not in "the Irish Congress of Trade Unions"; "Senate" not in "the Senate of Canada".
extension Gazetteer {
    /// Whether `m`, an organisation's name of one capitalised word, stands before "of" and a capitalised word in the
    /// same sentence, neither a country's name nor the start of one ("the Congress of the United States" is the US's).
    func beginsLongerName(_ m: Match, in tokens: [Token], matches: [Match]) -> Bool {
        guard m.start >= 0, m.count == 1, m.start + 2 < tokens.count, entries.kind(m.entry) == .organization,
            tokens[m.start].isCapitalized, !tokens[m.start].flags.contains(.allCaps), tokens[m.start + 1].text == "of",
            tokens[m.start + 1].flags.isDisjoint(with: .boundary), tokens[m.start + 2].flags.isDisjoint(with: .boundary)
        else { return false }
        var k = m.start + 2
        if !tokens[k].isCapitalized, Self.stopwords.contains(tokens[k]), k + 1 < tokens.count, tokens[k + 1].flags.isDisjoint(with: .boundary) {
            k += 1
        }
        guard tokens[k].isCapitalized else { return false }
        // (Not a country's name: the body of that country.)
        return !matches.contains { $0.start == k && entries.kind($0.entry) == .country }
    }
}
