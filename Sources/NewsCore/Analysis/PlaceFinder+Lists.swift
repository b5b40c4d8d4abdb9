extension PlaceFinder {
    /// Names in a list at most this long.
    static let longestList = 8

    /// The names no list holds in a list of places after a preposition of place or a word for a place
    /// ("in Thirsk, Northallerton and Bedale", "les communes de Plouguerneau, Landéda et Ploudalmézeau"):
    /// capitalised names of at most ``longestName`` words, each after a comma but the last, which
    /// follows a conjunction, and a word in lower case or a phrase's end after it. One name at least is
    /// a place: the gazetteer's city or region, or `first`, a place found by its context. A list that a
    /// taken name (a person, a firm) interrupts, that does not end with a conjunction and a name, or
    /// that runs on into another name is none ("in London, Smith Jones"; "in Leeds, Bradford City").
    /// - Parameters:
    ///   - start: the first name's first token.
    ///   - first: the first name, when a rule of its own found it.
    static func listed(from start: Int, first: Range<Int>?, in tokens: [Token], taken: [Bool], found: Found,
                       words: PlaceContext.Words, gazetteer: Gazetteer, context: PlaceContext) -> [Range<Int>]
    {
        var items: [Range<Int>] = []
        var placed = first != nil
        var i = first?.upperBound ?? start
        var closed = false
        var count = first == nil ? 0 : 1
        while i < tokens.count, !closed, count < longestList {
            let t = tokens[i]
            var at = i
            if count > 0 {
                if !t.flags.contains(.afterPunctuation) || !t.flags.isDisjoint(with: [.sentenceStart, .lineStart]) {
                    guard words.conjunctions.contains(t), t.flags.isDisjoint(with: .boundary), i + 1 < tokens.count else { break }
                    at = i + 1
                    closed = true
                }
            }
            // ("les communes d'Adjohoun, de Dangbo et de Bonou": the preposition before the first name, again before each.)
            if count > 0, at + 1 < tokens.count, start > 0, !tokens[at].isCapitalized, sameLink(tokens[at], tokens[start - 1]),
                tokens[at + 1].flags.isDisjoint(with: .boundary)
            {
                at += 1
            }
            let name = tokens[at]
            guard name.isCapitalized, !name.flags.contains(.sentenceStart), at == i || name.flags.isDisjoint(with: .boundary) else { return [] }
            count += 1
            if taken[at] {
                // A place the gazetteer knows; anything else taken (a person, a firm) ends the list.
                guard let m = found.matches.first(where: { $0.start == at }),
                    [.country, .capital, .city, .place].contains(gazetteer.entries.kind(m.entry))
                else { return [] }
                if gazetteer.entries.kind(m.entry) != .country { placed = true }
                i = at + m.count
                continue
            }
            let r = linkedRun(from: at, in: tokens, taken: taken, context: context)
            guard !r.contains(where: { found.nameWords.contains(tokens[$0].text) || OrganizationFinder.headsEverywhere.contains(tokens[$0]) }),
                !context.notPlaces.contains(name), name.hasSeveralScalars
            else { return [] }
            items.append(r)
            i = r.upperBound
        }
        // (Or three names or more where the article names a country: "à Fakarava, Toau et Anaa", atolls no list holds.)
        // (Not titles of works: "in The Basketball Diaries, Romeo + Juliet and ...".)
        guard closed, !items.isEmpty,
            placed || count >= 3 && items.count == count && !found.countries.items.isEmpty
                && items.allSatisfy({ $0.count <= 2 && !Gazetteer.stopwords.contains(tokens[$0.lowerBound]) })
        else { return [] }
        // The phrase ends, or a word in lower case follows (not a capitalised one, nor a possessive's "'s").
        if i < tokens.count, tokens[i].flags.isDisjoint(with: .boundary) {
            guard !tokens[i].isCapitalized, gap(tokens[i - 1], tokens[i]) == 1 else { return [] }
        }
        return items
    }

    /// True when `a` and `b` are one preposition, "de" and its elided "d'" too.
    static func sameLink(_ a: Token, _ b: Token) -> Bool {
        a.text == b.text || (a.text == "de" || a.text == "d") && (b.text == "de" || b.text == "d")
    }
}
