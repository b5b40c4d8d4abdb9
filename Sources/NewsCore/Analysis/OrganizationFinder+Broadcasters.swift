/// Broadcasters named by their medium's word and one to three capitalised words after it (name-context.tsv BR: Radio
/// Mitre, Radio Farda, Rádio Renascença), and airlines by "Air" (Air Tanzania, Air Calédonie International); a country's
/// or a place's name the gazetteer read may be those words (Radio New Zealand, Air Tanzania).
extension OrganizationFinder {
    /// The broadcasters' names in `tokens`: the medium's word not glued by a hyphen nor inside a name after a capitalised
    /// word ("Virgin Radio" is the finder by shape's), the words after it in one phrase, capitalised, not in capitals, none
    /// taken; a sentence's first word only with two such words after it.
    /// - Parameter places: the ranges of the countries and places the gazetteer read.
    /// - Parameter language: the article's; in English "Air" names an airline only before a country's or a place's name
    ///   ("Air Tanzania"; not "Air Marshal", "Air Quality").
    static func broadcasters(_ tokens: [Token], _ taken: [Bool], places: [Range<Int>] = [], language: String? = nil,
                             context: NameContext = .shared) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i + 1 < tokens.count {
            defer { i += 1 }
            // (The flags and the list first: the token is copied only for a medium's word.)
            guard tokens[i].isCapitalized, !taken[i] else { continue }
            let airline = tokens[i].text == "air"
            guard airline || context.broadcasterWords.contains(tokens[i]) else { continue }
            let place = places.first { $0.lowerBound == i + 1 }
            if airline, language == "en" || language == nil, place == nil { continue }
            let t = tokens[i]
            // (Not inside another name: "the Institute for Applied Radio System Technology".)
            guard !tokens[i + 1].flags.contains(.hyphenated),
                !(i > 0 && t.flags.contains(.hyphenated)),
                i == 0 || !t.flags.isDisjoint(with: .boundary) || !tokens[i - 1].isCapitalized
            else { continue }
            var end = i + 1
            // (A country's or a place's name right after the word: all its words.)
            if let place, tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary), place.count <= 3 { end = place.upperBound }
            while end < tokens.count, end - i <= 3, !taken[end], tokens[end].isCapitalized, !tokens[end].flags.contains(.allCaps),
                tokens[end].flags.isDisjoint(with: Token.Flags.boundary.union(.numeric)), !tokens[end].flags.contains(.hyphenated),
                !Gazetteer.stopwords.contains(tokens[end]), !context.broadcasterWords.contains(tokens[end])
            {
                end += 1
            }
            guard end > i + 1, end - i >= (t.flags.isDisjoint(with: [.sentenceStart, .lineStart]) || place != nil ? 2 : 3) else { continue }
            out.append(i..<end)
            i = end - 1
        }
        return out
    }
}
