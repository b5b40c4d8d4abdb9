/// (en) A country's name before an international body's that the lexicon lists with no country of its own names that
/// body's national branch: "the Kenya Red Cross (Society)" is no International Committee of the Red Cross, and the
/// branch is an organisation of its own.
extension Analyzer {
    /// Capitalised words that may end such a branch's name after the body's ("the Kenya Red Cross Society").
    static let branchEnds: WordSet = ["society", "association", "federation", "foundation", "council"]

    /// The range of the national branch's name around match `m`, or nil: `m` is a hand-kept organisation of two words or
    /// more with no country, right after a country's name in the same sentence.
    static func nationalBranch(_ m: Gazetteer.Match, matches: [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer) -> Range<Int>? {
        guard m.start > 0, m.count >= 2, gazetteer.isHandKept(m.entry), gazetteer.entries.country(m.entry) == nil,
            tokens[m.start].flags.isDisjoint(with: .boundary), tokens[m.start].isCapitalized,
            let country = matches.first(where: { $0.start >= 0 && $0.start + $0.count == m.start && gazetteer.entries.kind($0.entry) == .country }),
            // (Not a possessive, which the tokens lost: "Australia's Liberal Party".)
            tokens[m.start].offset - tokens[m.start - 1].offset - tokens[m.start - 1].original.unicodeScalars.count <= 1
        else { return nil }
        var end = m.start + m.count
        if end < tokens.count, tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary), branchEnds.contains(tokens[end]) {
            end += 1
        }
        return country.start..<end
    }
}

/// (ko) A national body's name glued after a province's or a city's names that body's local office: 전남경찰청 is the
/// South Jeolla police, not the Korean National Police Agency (경찰청); 서울시교육청, 여수소방서 likewise.
extension Analyzer {
    /// The range of the local body's name (the place's syllables and the body's), or nil: `m` is an organisation whose
    /// first syllable is glued to the last of a town's or region's name the gazetteer read.
    static func localBody(_ m: Gazetteer.Match, matches: [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer) -> Range<Int>? {
        guard m.start > 0, m.count >= 2, gazetteer.entries.kind(m.entry) == .organization, PersonFinder.isHangul(tokens[m.start]),
            PersonFinder.isHangul(tokens[m.start - 1]), PersonFinder.glued(tokens, m.start - 1),
            let place = matches.first(where: { p in
                p.start >= 0 && p.start + p.count == m.start && [.city, .place, .capital].contains(gazetteer.entries.kind(p.entry))
            })
        else { return nil }
        return place.start..<m.start + m.count
    }
}
