/// (en) American and other English-language teams by their town and a plural nickname after "the" ("the Buffalo Bills",
/// "the Pittsburgh Steelers", "the Phoenix Suns", "the Kerala Blasters"), in an article that names a sport's word
/// (name-context.tsv TS): the team, not the town nor a person ("Buffalo Bills" read as one).
extension Analyzer {
    /// The ranges of such teams in `tokens`: "the" (or "The" opening a sentence), one to three capitalised words the
    /// gazetteer reads as a town, a state or a region, and a capitalised plural that is no feature's, event's or pact's
    /// (TN: the Kuril Islands, the Paris Games) and ends the name; none of the words taken.
    /// (The caller keeps them where the article names a word of sport: ``namesSport(_:context:)``.)
    static func teamsByTown(in tokens: [Token], taken: [Bool], gazetteer: Gazetteer, context: NameContext) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i + 2 < tokens.count {
            defer { i += 1 }
            // (The flags first: a word's text is compared only before a capitalised one.)
            guard tokens[i + 1].isCapitalized, tokens[i].text == "the",
                tokens[i].original == "the" || tokens[i].flags.contains(.sentenceStart)
            else { continue }
            // The nickname: the first capitalised word in -s after one to three words of the town.
            var k = i + 1
            while k < tokens.count, k <= i + 4, !taken[k], tokens[k].isCapitalized, !tokens[k].flags.contains(.allCaps),
                k == i + 1 || tokens[k].flags.isDisjoint(with: .boundary)
            {
                k += 1
            }
            let end = k - 1
            guard end >= i + 2, isPluralNickname(tokens[end], context: context),
                end + 1 == tokens.count || !tokens[end + 1].isCapitalized || !tokens[end + 1].flags.isDisjoint(with: .boundary)
            else { continue }
            let town = Array(tokens[i + 1..<end])
            guard let m = gazetteer.matches(in: town, reading: .query).first, m.start == 0, m.count == town.count,
                [.city, .capital, .place].contains(gazetteer.entries.kind(m.entry))
            else { continue }
            out.append(i + 1..<end + 1)
            i = end
        }
        return out
    }

    /// A capitalised plural of four letters or more ("Bills", "Suns"; not "Glass", "Status", "Tennis") that names no
    /// feature, event or pact.
    private static func isPluralNickname(_ t: Token, context: NameContext) -> Bool {
        let text = t.text
        guard text.utf8.count >= 4, text.hasSuffix("s"), !text.hasSuffix("ss"), !text.hasSuffix("us"), !text.hasSuffix("is")
        else { return false }
        return !context.notTeamPlurals.contains(t)
    }

    /// A club's one-word name before a player's position and the player's name ("Ospreys centre Keelan Giles-Moran",
    /// "Scarlets fly-half Sam Costelow", "Dragons prop Rhys Carré"): the word, inside a sentence, capitalised and no
    /// stop word, title or given name, none of the gazetteer's `matches`, with two
    /// capitalised words after the position (its hyphenated second word skipped: fly-half) in one phrase.
    /// (The caller keeps them where the article names a word of sport: ``namesSport(_:context:)``.)
    static func clubsBeforePositions(in tokens: [Token], taken: [Bool], matches: [Gazetteer.Match], context: NameContext) -> [Range<Int>] {
        let shapes = NameShapes.shared
        var out: [Range<Int>] = []
        for i in tokens.indices.dropLast(3) where !taken[i] {
            // (The flags and the position first, which few words are: the word itself is read only then.)
            var p = i + 1
            guard tokens[i].isCapitalized, !tokens[p].isCapitalized, context.positions.contains(tokens[p]), tokens[p].original == tokens[p].text,
                tokens[p].flags.isDisjoint(with: .boundary)
            else { continue }
            let t = tokens[i]
            guard !t.flags.contains(.allCaps), t.flags.isDisjoint(with: [.sentenceStart, .lineStart]),
                !t.flags.contains(.hyphenated), !Gazetteer.stopwords.contains(t), !PersonFinder.titles.contains(t.text),
                !shapes.given.contains(t), !shapes.givenWords.contains(t),
                i == 0 || !tokens[i - 1].isCapitalized || !t.flags.isDisjoint(with: .boundary),
                !matches.contains(where: { $0.start == i })
            else { continue }
            if p + 1 < tokens.count, tokens[p + 1].flags.contains(.hyphenated) { p += 1 }
            guard p + 2 < tokens.count, !taken[p + 1], !taken[p + 2],
                tokens[p + 1].isCapitalized, tokens[p + 1].flags.isDisjoint(with: .boundary),
                tokens[p + 2].isCapitalized, tokens[p + 2].flags.isDisjoint(with: .boundary)
            else { continue }
            out.append(i..<i + 1)
        }
        return out
    }

    /// True when the article names a word of sport (name-context.tsv TS), which the readers of teams above need.
    static func namesSport(_ tokens: [Token], context: NameContext) -> Bool {
        tokens.contains { context.sportWords.contains($0) }
    }
}
