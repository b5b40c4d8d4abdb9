/// (zh) 站长韩国强介绍: a country's name of two characters glued right after a title, whose first is a family name (韩), and
/// one character more before a verb of speech or meeting is a person's name (韩国强, Han Guoqiang), not South Korea.
extension Gazetteer {
    /// Whether `m` is such a name's first two characters; `titles` are those written before a name (name-context.tsv Z, ZF).
    func chineseNameHoldingCountry(_ m: Match, in tokens: [Token], titles: [[String]], context: NameContext.Words) -> Bool {
        let first = m.start
        guard m.count == 2, first >= 1, first + 3 < tokens.count, entries.kind(m.entry) == .country,
            PersonFinder.isHan(tokens[first]), NameShapes.shared.chineseFamily.contains(tokens[first]),
            PersonFinder.glued(tokens, first - 1), PersonFinder.glued(tokens, first + 1), PersonFinder.glued(tokens, first + 2),
            PersonFinder.isHan(tokens[first + 2]), !PersonFinder.chineseStops.contains(tokens[first + 2].text),
            PersonFinder.endsAChineseName(tokens, at: first + 3, context: context)
        else { return false }
        return NameContext.Words.phrase(among: titles, endsAt: first - 1, in: tokens)
    }
}
