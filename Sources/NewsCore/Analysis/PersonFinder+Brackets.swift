/// Korean names followed by something about the person in brackets, as Korean news writes them:
/// - the age of a private person (김민수(45)씨는, 회사원 박지영(32) 씨는): one to three digits, then 씨, 군 or 양;
/// - a player's club or a member's party (손흥민(토트넘)이, 이강인(파리 생제르맹)은, 김민석(민주당) 의원은): words of
///   which the gazetteer knows one, then a particle or a title.
/// The name is a word of three or four syllables that begins with a common family name.
extension PersonFinder {
    /// What follows the age: 씨 ("Mr", "Ms"), 군 ("boy"), 양 ("girl").
    static let koreanHonorifics: Set<String> = ["씨", "군", "양"]

    /// The oldest age read as one (a number above it is a year's or a count's: 삼성(2024)).
    static let oldestAge = 119

    /// Particles of one syllable after the closing bracket of an affiliation (손흥민(토트넘)이).
    static let koreanBracketParticles: Set<String> = ["이", "가", "은", "는", "을", "를", "의", "도", "와", "과"]

    /// (ko) Names with their age, club or party in brackets after them.
    static func koreanNamesWithBrackets(_ tokens: [Token], _ taken: [Bool], context: NameContext.Words) -> [String] {
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            guard isHangul(tokens[i]), i == 0 || !isHangul(tokens[i - 1]) || !glued(tokens, i - 1),
                NameShapes.shared.koreanFamily.contains(tokens[i].original)
            else {
                i += 1
                continue
            }
            // The word: Hangul syllables side by side.
            var end = i + 1
            while end < tokens.count, end - i < 5, isHangul(tokens[end]), glued(tokens, end - 1) { end += 1 }
            defer { i = end }
            guard (3...4).contains(end - i), end < tokens.count, !(i..<end).contains(where: { taken[$0] }) else { continue }
            let inside = tokens[end]
            let last = tokens[end - 1]
            // One character between the name and what the brackets hold: the bracket.
            guard inside.offset == last.offset + last.original.scalarCount + 1 else { continue }
            if inside.flags.contains(.numeric) {
                guard inside.original.scalarCount <= 3, let years = Int(inside.original), years >= 1, years <= oldestAge
                else { continue }
                // Then the closing bracket and 씨, 군 or 양 ("Mr", "boy", "girl"), glued or not: a count in brackets
                // has none (정부안(12)을).
                let ageEnd = inside.offset + inside.original.scalarCount
                guard end + 1 < tokens.count, koreanHonorifics.contains(tokens[end + 1].original),
                    (1...2).contains(tokens[end + 1].offset - ageEnd)
                else { continue }
                out.append(tokens[i..<end].map(\.original).joined())
            } else if inside.flags.contains(.afterPunctuation), let close = affiliationEnd(tokens, from: end),
                (end..<close).contains(where: { taken[$0] })
            {
                // The closing bracket, then a particle of one syllable alone, or a title (의원은).
                let after = tokens[close]
                let ends = tokens[close - 1].offset + tokens[close - 1].original.scalarCount
                guard after.offset == ends + 1 || after.offset == ends + 2 && isHangul(after) else { continue }
                let particle = after.offset == ends + 1 && koreanBracketParticles.contains(after.original)
                    && (close + 1 == tokens.count || !glued(tokens, close))
                guard particle || title(context.koreanTitles, tokens, at: close) != nil else { continue }
                out.append(tokens[i..<end].map(\.original).joined())
            }
        }
        return out
    }

    /// The token after the closing bracket of an affiliation that begins at `start` (토트넘, 파리 생제르맹): the next one
    /// after punctuation, seven tokens on at most.
    private static func affiliationEnd(_ tokens: [Token], from start: Int) -> Int? {
        var k = start + 1
        while k < tokens.count, k - start < 8, !tokens[k].flags.contains(.afterPunctuation) { k += 1 }
        return k < tokens.count && tokens[k].flags.contains(.afterPunctuation) ? k : nil
    }
}
