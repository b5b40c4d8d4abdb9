/// Places that the gazetteer reads inside a Korean word: each Hangul syllable is a token of its own, so a city's name
/// matches in the middle of a longer word (리마, Lima, in 누리마트가, a shop's name).
extension Gazetteer {
    /// Syllables that a place's name takes after it inside one word: an administrative unit, a port, a station
    /// (남태평양에서, 신부산역).
    static let hangulPlaceEndings: Set<String> = ["시", "도", "군", "구", "읍", "면", "동", "항", "만", "섬", "산", "강", "호", "역", "공항", "권", "지역", "일대"]

    /// What a city's 시 takes after it in one word: its citizens, its mayor or market, its hall, council and
    /// authorities (뉴욕 시민, 선전 시장, 우한 시당국).
    static let hangulCityWords = ["민", "장", "청", "의회", "당국", "정부"]

    /// Whether `m`, a city's or a region's name in Hangul (not a country's: 주한미국대사관), stands inside a longer
    /// word: glued to a syllable before it and to syllables after it that are neither a particle nor a place's ending.
    ///
    /// A region's or a sea's name (not a city's) followed by 시 in one word is no mention of it either.
    ///
    /// A name of two words ending in 시, "city" (지난 시, Jinan), stands inside a word when its last syllable is
    /// glued to others that are neither: 지난 시즌 is "last season".
    func insideHangulWord(_ m: Match, in tokens: [Token]) -> Bool {
        guard m.count > 0, m.start + m.count <= tokens.count else { return false }
        let kind = entries.kind(m.entry)
        guard kind == .city || kind == .place || kind == .capital else { return false }
        let first = m.start
        let last = m.start + m.count - 1
        // A region's or a sea's name of two syllables glued after another syllable ends a word, whatever follows:
        // 이동해 ("moving", 이동하여) holds no East Sea (동해), 서해안 does not begin with 서해 either way.
        if kind == .place, m.count == 2, PersonFinder.isHangul(tokens[first]), PersonFinder.glued(tokens, first),
            Self.hangulGluedBefore(tokens, first)
        {
            return true
        }
        guard m.start + m.count < tokens.count else { return false }
        // A region's or a sea's name with 시 glued after it is a city's of the same name (동해시와 is Donghae, not
        // the East Sea).
        if kind == .place, PersonFinder.glued(tokens, last), tokens[last + 1].text == "시" { return true }
        let gluedBefore = Self.hangulGluedBefore(tokens, first)
        let twoWords = (first..<last).contains { !PersonFinder.glued(tokens, $0) }
        guard PersonFinder.isHangul(tokens[first]), gluedBefore || twoWords,
            PersonFinder.isHangul(tokens[last + 1]), PersonFinder.glued(tokens, last)
        else { return false }
        let rest = Self.hangulRest(tokens, after: last)
        if PersonFinder.koreanParticles.contains(rest) { return false }
        if !gluedBefore, Self.hangulCityWords.contains(where: { rest.hasPrefix($0) }) { return false }
        return !Self.hangulPlaceEndings.contains { rest.hasPrefix($0) }
    }

    /// Whether token `first`, a Hangul syllable, is glued to a Hangul syllable before it (one word with what precedes).
    static func hangulGluedBefore(_ tokens: [Token], _ first: Int) -> Bool {
        first > 0 && PersonFinder.isHangul(tokens[first - 1]) && PersonFinder.glued(tokens, first - 1)
    }

    /// The rest of the Hangul word after token `last` (six syllables at most); empty when nothing is glued after it.
    static func hangulRest(_ tokens: [Token], after last: Int) -> String {
        guard last + 1 < tokens.count, PersonFinder.glued(tokens, last) else { return "" }
        var rest = ""
        var k = last + 1
        while k < tokens.count, k - last <= 6, PersonFinder.isHangul(tokens[k]) {
            rest += tokens[k].text
            if k + 1 >= tokens.count || !PersonFinder.glued(tokens, k) { break }
            k += 1
        }
        return rest
    }
}
