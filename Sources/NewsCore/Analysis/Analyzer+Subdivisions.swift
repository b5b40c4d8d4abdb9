extension Analyzer {
    /// True when the country's name that `m` matched names a part of that country as a place below it (England,
    /// Scotland, Northern Ireland: ``Gazetteer/subdivisionCountryNames``), which only its context says, as sport writes
    /// the teams so ("beat England", "Scotland's players", "against Scotland"): after a preposition of place ("in
    /// England", "across Scotland"; place-context.tsv P and ``Gazetteer/sentencePrepositions``), not possessive ("in
    /// England's opener") nor before a word of a team's people ("from Wales coach Warren Gatland"), or after a comma that
    /// follows a town's name (`afterPlace`: "TRURO, England,", "Edinburgh, Scotland").
    static func namesSubdivision(_ m: Gazetteer.Match, gazetteer: Gazetteer, in tokens: [Token], afterPlace: Bool) -> Bool {
        guard m.start >= 1, !gazetteer.subdivisionCountryNames.isEmpty else { return false }
        let first = tokens[m.start], before = tokens[m.start - 1]
        guard Self.namesSubdivisionCountry(tokens[m.start..<m.start + m.count], gazetteer: gazetteer) else { return false }
        let last = m.start + m.count - 1
        // A possessive before an office the part has ("Scotland's transport secretary", "Wales's first minister").
        if PersonFinder.isPossessive(tokens, last) && Self.officeFollows(tokens, last) { return true }
        if first.flags.contains(.afterPunctuation) {
            // (One character, a comma, and a space between the two.)
            return afterPlace && first.flags.isDisjoint(with: [.sentenceStart, .lineStart])
                && PlaceFinder.gap(before, first) == 2
        }
        // ("in England's Six Nations opener", "in Wales' final game", "from Wales coach Warren Gatland": the team's.)
        // A part of it by its direction ("south Wales", "North Wales", "western Scotland"), not a body's ("North Wales
        // Police": a word after it in capitals).
        let byDirection = Gazetteer.directionQualifiers.contains(before)
            && (last + 1 == tokens.count || !tokens[last + 1].isCapitalized || !tokens[last + 1].flags.isDisjoint(with: .boundary))
        // ("the University of the West of England", "Church of England": a name's.)
        if before.text == "of" && m.start >= 2 && tokens[m.start - 2].isCapitalized { return false }
        return !PersonFinder.isPossessive(tokens, last) && !Self.bareApostrophe(tokens, last) && !Self.beforeTeamWord(tokens, last)
            && (byDirection || !before.isCapitalized
                && (PlaceContext.shared.all.preposition(endsAt: m.start - 1, in: tokens) || Gazetteer.sentencePrepositions.contains(before)))
    }

    /// True when a title (``PersonFinder/titles``) follows the name ending at `i` within three words of the same phrase,
    /// and no word of a team's people is among them ("Scotland's transport secretary"; not "England's head coach", whose
    /// "head" and "coach" are titles too).
    static func officeFollows(_ tokens: [Token], _ i: Int) -> Bool {
        var k = i + 1, title = false
        while k < tokens.count, k <= i + 3, tokens[k].flags.isDisjoint(with: .boundary) {
            if PlaceContext.shared.teamWords.contains(tokens[k]) { return false }
            title = title || PersonFinder.titles.contains(tokens[k].text)
            k += 1
        }
        return title
    }

    /// True when a word of a team's people follows the name ending at `i` in the same phrase ("Wales coach", "England
    /// manager", "Scotland captain": place-context.tsv M).
    static func beforeTeamWord(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.flags.isDisjoint(with: .boundary) && PlaceContext.shared.teamWords.contains(next)
    }

    /// True when the name at `i` ends in "s" and an apostrophe alone follows it ("Wales' squad"): the tokenizer drops
    /// the apostrophe, so the next word stands two characters on, with no punctuation flag.
    static func bareApostrophe(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i].text.hasSuffix("s") else { return false }
        let next = tokens[i + 1]
        return PlaceFinder.gap(tokens[i], next) == 2 && next.flags.isDisjoint(with: .boundary)
    }

    /// The part of a country that names it too ("England", "Scotland") right after the dateline's own place
    /// ("TRURO, England, Nov 2 -", "PERTH, SCOTLAND -"), as written (capitalised if the dateline is in capitals).
    static func datelineSubdivision(_ found: [Gazetteer.Match], _ dateline: (tokens: [Token], placeCount: Int), gazetteer: Gazetteer)
        -> String?
    {
        guard let m = found.first(where: { $0.start == dateline.placeCount }), m.count > 0,
            gazetteer.entries.kind(m.entry) == .country
        else { return nil }
        let words = dateline.tokens[m.start..<m.start + m.count]
        guard Self.namesSubdivisionCountry(words, gazetteer: gazetteer) else { return nil }
        return words.map(PlaceFinder.nameCased).joined(separator: " ")
    }

    /// True when `words` are a name of a country that is also one of its first-level subdivisions (England, Scotland).
    static func namesSubdivisionCountry(_ words: ArraySlice<Token>, gazetteer: Gazetteer) -> Bool {
        !gazetteer.subdivisionCountryNames.isEmpty && gazetteer.subdivisionCountryNames.contains(words.map(\.text).joined(separator: " "))
    }
}
