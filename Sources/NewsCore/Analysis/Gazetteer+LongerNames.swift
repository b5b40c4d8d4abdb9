/// Bodies that the gazetteer knows by a name that begins a longer one: "Congress" is the United States Congress, but not
/// in "the Irish Congress of Trade Unions"; "Senate" not in "the Senate of Canada"; "Law Society" not in "the Law Society
/// of Kenya".
extension Gazetteer {
    /// The first match of `words` read as `reading` when it spans them all (a town's whole name: "from Fleet Street" is no
    /// town of Fleet), else nil.
    func wholeMatch(of words: [Token], reading: Reading) -> Match? {
        guard let m = matches(in: words, reading: reading).first, m.start == 0, m.count == words.count else { return nil }
        return m
    }

    /// Whether `m`, an organisation's capitalised name, stands before "of" and a capitalised word in the same sentence:
    /// for a name of one word, a word that is no country's name nor the start of one ("the Congress of the United States"
    /// is the US's); for any name, a country other than the body's own (the body of that country: "the Law Society of
    /// Kenya", "the Senate of Canada").
    func beginsLongerName(_ m: Match, in tokens: [Token], matches: [Match]) -> Bool {
        let of = m.start + m.count
        guard m.start >= 0, m.count >= 1, of + 1 < tokens.count, entries.kind(m.entry) == .organization,
            tokens[m.start].isCapitalized, !tokens[m.start].flags.contains(.allCaps), tokens[of].text == "of",
            tokens[of].flags.isDisjoint(with: .boundary), tokens[of + 1].flags.isDisjoint(with: .boundary)
        else { return false }
        var k = of + 1
        if !tokens[k].isCapitalized, Self.stopwords.contains(tokens[k]), k + 1 < tokens.count, tokens[k + 1].flags.isDisjoint(with: .boundary) {
            k += 1
        }
        guard tokens[k].isCapitalized else { return false }
        if let country = matches.first(where: { $0.start == k && entries.kind($0.entry) == .country }) {
            let own = entries.country(m.entry)
            // (Not before "and" another: the finder by shape would cut "the Police Federation of England and Wales" there.)
            let after = country.start + country.count
            guard after >= tokens.count || tokens[after].text != "and" else { return false }
            return own != nil && own != (country.country ?? entries.country(country.entry))
                || own == nil && m.count > 1
        }
        return m.count == 1
    }
}
