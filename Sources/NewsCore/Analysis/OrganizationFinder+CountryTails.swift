/// (en) Bodies whose name ends with their country's ("Natural Resources Wales", "Cancer Research UK", "Transport for
/// Wales"): the country's name there is no mention of the country, and the words before it are no person.
extension OrganizationFinder {
    /// The name around the country's match `m`: two or three capitalised words right before it, or one to three and
    /// "for"; none a title, a place's qualifier (Northern, Greater), an event's word (World Cup), a word of a sentence's
    /// start that only begins it (The, In) nor another name the gazetteer read, each of two letters or more, the first no
    /// given name; after the country punctuation, the text's end or a verb ("said", "has": not "the Finding Neverland UK
    /// premiere", "Wales' big talk"). In the body only: a headline in title case capitalises its verbs ("Blair Visits
    /// Scotland").
    static func countryTail(_ m: Gazetteer.Match, in tokens: [Token], covered: [Bool], titleCount: Int, context: NameContext.Words) -> Range<Int>? {
        let end = m.start + m.count
        guard m.start > titleCount, tokens[m.start].flags.isDisjoint(with: .boundary) else { return nil }
        if end < tokens.count, tokens[end].flags.isDisjoint(with: .boundary) {
            let next = tokens[end]
            // (A possessive's "'" or "'s" stands between them: the tokenizer drops it.)
            let last = tokens[end - 1]
            guard !next.isCapitalized, PlaceFinder.gap(last, next) == 1,
                context.verbs.contains(next) || context.statementVerbs.contains(next) || countryTailVerbs.contains(next)
            else { return nil }
        }
        let linked = tokens[m.start - 1].text == "for" && !tokens[m.start - 1].isCapitalized
        var k = linked ? m.start - 2 : m.start - 1
        guard k >= titleCount, !linked || tokens[m.start - 1].flags.isDisjoint(with: .boundary) else { return nil }
        var start = k + 1
        while k >= titleCount, m.start - k <= (linked ? 4 : 3) {
            let t = tokens[k]
            guard t.isCapitalized, !t.flags.contains(.allCaps), !t.flags.contains(.ideographic), !t.flags.contains(.numeric), !covered[k],
                t.original.utf8.count >= 2, !PersonFinder.titles.contains(t), !Gazetteer.placeQualifiers.contains(t),
                !Gazetteer.stopwords.contains(t), !eventWords.contains(t)
            else { break }
            start = k
            if !t.flags.isDisjoint(with: .boundary) { break }
            k -= 1
        }
        let words = (linked ? m.start - 1 : m.start) - start
        guard words >= (linked ? 1 : 2), !isGivenName(tokens[start]) else { return nil }
        // (Not part of a longer name that runs on before it, "Secretary of State for Wales", nor a club a player played for
        // before "for" and his country, "for Rangers for Scotland".)
        if start > 0, tokens[start].flags.isDisjoint(with: .boundary),
            connectorsEverywhere.contains(tokens[start - 1]) || linked && countryTailPrepositions.contains(tokens[start - 1])
        {
            return nil
        }
        return start..<end
    }

    /// Verbs and auxiliaries after a body's name besides name-context.tsv's V and OS ("Natural Resources Wales has").
    static let countryTailVerbs: WordSet = [
        "has", "have", "had", "is", "was", "will", "would", "could", "can", "may", "might", "should", "must", "warned",
        "urged", "called", "wants", "believes", "welcomed", "added", "estimates", "issued", "launched", "expects",
    ]

    /// Prepositions before a club's or a body's name that a player's "for" and his country follow ("for Rangers for Scotland").
    static let countryTailPrepositions: WordSet = ["for", "to", "at", "with", "from", "against", "of", "in"]
}
