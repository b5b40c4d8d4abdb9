/// Cities inside the names of clubs, banks and universities ("Real Madrid", "Manchester United",
/// "Bank of New York Mellon", "Hà Nội FC"): such a city is no place of the story.
extension Gazetteer {
    /// The tokens of the organisation whose name holds the city of `m`, by the words around it
    /// (Resources/name-context.tsv, B and E), or nil when it stands as a place. A region or a US
    /// state may begin one too ("Colorado Rapids", "University of California").
    /// - Parameter language: the article's; in Italian an Italian city after an article is its club
    ///   ("il Milan", "del Napoli", "la Roma": Italian writes a city without one).
    func organization(around m: Match, in tokens: [Token], language: String? = nil) -> Range<Int>? {
        guard m.start >= 0, [.city, .capital, .place, .country].contains(entries.kind(m.entry)) else { return nil }
        if language == "it", m.start > 0, entries.kind(m.entry) != .place, entries.country(m.entry) == "IT",
            Self.italianArticles.contains(tokens[m.start - 1].text), !tokens[m.start - 1].flags.contains(.lineStart)
        {
            return m.start..<m.start + m.count
        }
        let context = NameContext.shared
        var start = m.start
        var end = m.start + m.count
        // A country's name only before a police force's or a university's word ("North Wales Police", "Korea University"):
        // "As Britain", "Bank of Liberia" (of the Central Bank), "India United Breweries" are none.
        let country = entries.kind(m.entry) == .country
        if country, end >= tokens.count || !Self.countryBodyWords.contains(tokens[end]) { return nil }
        // "FC Bayern München": up to two such words before it.
        var rounds = 0
        while !country, rounds < 2, start > 0, tokens[start].flags.isDisjoint(with: .boundary),
            let s = Self.sequence(context.organizationBefore, in: tokens, endingAt: start)
        {
            start = s
            rounds += 1
        }
        // (de) And a capitalised adjective before that word ("der Technischen Universität Hamburg", "die Freie Universität
        // Berlin").
        if start < m.start {
            let before = start
            while before - start < 2, start > 0, tokens[start].flags.isDisjoint(with: .boundary),
                OrganizationFinder.isGermanNameAdjective(tokens[start - 1]) || Self.germanFreeWords.contains(tokens[start - 1].original)
            {
                start -= 1
            }
        }
        if end < tokens.count, tokens[end].flags.isDisjoint(with: .boundary),
            let e = Self.sequence(context.organizationAfter, in: tokens, startingAt: end)
        {
            end = e
            // "Greater Manchester Police": a metropolitan county's word before the town is the body's; so is a direction
            // before a country's name ("North Wales Police", "South Wales Fire and Rescue Service").
            if start == m.start, start > 0, tokens[start].flags.isDisjoint(with: .boundary),
                tokens[start - 1].text == "greater" || country && tokens[start - 1].isCapitalized
                    && Self.compassWords.contains(tokens[start - 1])
            {
                start -= 1
            }
        }
        guard start < m.start || end > m.start + m.count else { return nil }
        // The name runs on over capitalised words: "Bank of New York Mellon".
        while end < tokens.count, end - start < 8, tokens[end].isCapitalized, !tokens[end].flags.contains(.ideographic),
            !tokens[end].flags.contains(.afterPunctuation), !tokens[end].flags.contains(.sentenceStart),
            !Self.stopwords.contains(tokens[end].text)
        {
            end += 1
        }
        return start..<end
    }

    /// "Free", capitalised, in German (die Freie Universität Berlin, der Freien Universität).
    static let germanFreeWords: Set<String> = ["Freie", "Freien"]

    /// Directions that begin a body's name before a country's ("North Wales Police").
    static let compassWords: WordSet = ["north", "south", "east", "west", "mid"]

    /// The first words of name-context.tsv E that make a body's name of a country's before them.
    static let countryBodyWords: WordSet = ["police", "constabulary", "university", "fire", "ambulance"]

    /// Italian articles, alone and joined to a preposition, that stand before a club's name.
    static let italianArticles: WordSet = [
        "il", "del", "al", "dal", "nel", "col", "sul", "la", "della", "alla", "dalla", "nella", "sulla",
    ]

    /// The start of a capitalised sequence of `sequences` that ends right before `end`.
    private static func sequence(_ sequences: [[String]], in tokens: [Token], endingAt end: Int) -> Int? {
        for seq in sequences where seq.count <= end {
            let s = end - seq.count
            guard tokens[s].isCapitalized else { continue }
            if (0..<seq.count).allSatisfy({ tokens[s + $0].text == seq[$0] && ($0 == 0 || !tokens[s + $0].flags.contains(.afterPunctuation)) }) {
                return s
            }
        }
        return nil
    }

    /// The end of a capitalised sequence of `sequences` that starts at `start` (in scripts without
    /// case, any: 北京国安).
    private static func sequence(_ sequences: [[String]], in tokens: [Token], startingAt start: Int) -> Int? {
        guard tokens[start].isCapitalized || tokens[start].flags.contains(.ideographic) else { return nil }
        for seq in sequences where start + seq.count <= tokens.count {
            if (0..<seq.count).allSatisfy({ tokens[start + $0].text == seq[$0] && ($0 == 0 || !tokens[start + $0].flags.contains(.afterPunctuation)) }) {
                return start + seq.count
            }
        }
        return nil
    }

    /// The organisation's name as written (characters of scripts without spaces side by side).
    static func name(_ range: Range<Int>, in tokens: [Token]) -> String {
        var text = ""
        for k in range {
            // (Han, kana and Hangul run together as the text writes them: 바이에른 뮌헨 keeps its space, 三菱商事 has none.)
            if k > range.lowerBound,
                !(tokens[k].flags.contains(.ideographic) && tokens[k - 1].flags.contains(.ideographic) && Gazetteer.glued(tokens[k - 1], tokens[k]))
            {
                text += tokens[k].flags.contains(.hyphenated) ? "-" : Tokenizer.isElision(tokens[k - 1], before: tokens[k]) ? "'" : " "
            }
            text += tokens[k].original
        }
        return text
    }
}
