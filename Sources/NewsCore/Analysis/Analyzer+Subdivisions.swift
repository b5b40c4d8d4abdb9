extension Analyzer {
    /// True when the country's name that `m` matched names a part of that country as a place below it (England,
    /// Scotland, Northern Ireland: ``Gazetteer/subdivisionCountryNames``): "in England", "across Scotland",
    /// "TRURO, England,", "Scotland's transport secretary". Not a team's or a people's name before a noun ("the
    /// England captain", "England beat Wales"): a word in lower case right after it, with nothing between and no
    /// stopword ("England on Tuesday", "England and Wales"), makes it none, except after a preposition of place
    /// ("doctors in England vote"); nor a body's owner, a possessive before a capitalised word ("Scotland's Court of
    /// Session").
    static func namesSubdivision(_ m: Gazetteer.Match, gazetteer: Gazetteer, in tokens: [Token]) -> Bool {
        guard m.start >= 0, m.count >= 1, !gazetteer.subdivisionCountryNames.isEmpty else { return false }
        let range = m.start..<m.start + m.count
        guard gazetteer.subdivisionCountryNames.contains(tokens[range].map(\.text).joined(separator: " ")) else { return false }
        let after = range.upperBound
        // "Scotland's Court of Session", "England's Football Association": the owner of a body the name goes on to.
        if after < tokens.count, PersonFinder.isPossessive(tokens, after - 1), tokens[after].isCapitalized { return false }
        if after < tokens.count, !tokens[after].isCapitalized, tokens[after].flags.isDisjoint(with: .boundary),
            !Gazetteer.stopwords.contains(tokens[after]),
            !PersonFinder.isPossessive(tokens, after - 1),
            m.start == 0 || !PlaceContext.shared.all.preposition(endsAt: m.start - 1, in: tokens)
        {
            return false
        }
        return true
    }
}
