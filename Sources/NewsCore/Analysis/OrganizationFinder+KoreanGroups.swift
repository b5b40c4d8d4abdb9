/// Korean firms whose names begin with their business group's (LG에너지솔루션, SK온, 삼성SDI, 카카오페이): a word of Hangul
/// and Latin letters side by side, its particle left out, that begins with a group's name (Resources/name-context.tsv,
/// KG) and goes on after it.
extension OrganizationFinder {
    /// Single syllables after a group's name that make a place's or a common word of it (삼성동, 삼성역, DB화), not a firm.
    static let koreanGroupWordEnds: Set<String> = [
        "동", "역", "로", "길", "시", "구", "점", "화", "용", "형", "급", "상", "식", "적", "별", "측", "내", "외", "간", "전", "후", "등",
    ]

    /// The firms' words, their particles left out, at most one a word; not the group alone (삼성은) nor a product's name
    /// (name-context.tsv KGX: 카카오톡).
    static func koreanGroupFirms(_ tokens: [Token], _ context: NameContext.Words) -> [Range<Int>] {
        guard !context.koreanGroups.isEmpty else { return [] }
        let groups = context.koreanGroups
        let firstTokens = context.koreanGroupFirstTokens
        func isLetter(_ t: Token) -> Bool {
            PersonFinder.isHangul(t) || t.text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
                && t.text.utf8.first.map { $0 >= 0x61 } ?? false
        }
        var out: [Range<Int>] = []
        // The words: letters side by side, at most twelve tokens.
        for word in PersonFinder.gluedRuns(tokens, limit: 12, where: isLetter) {
            let i = word.lowerBound
            let end = word.upperBound
            // (The word's start: not the middle of a longer run that the bound cut; one look-up before any other work.)
            guard firstTokens.contains(tokens[i].text), i == 0 || !(isLetter(tokens[i - 1]) && PersonFinder.glued(tokens, i - 1)),
                end - i >= 2
            else { continue }
            var stop = end
            if PersonFinder.isHangul(tokens[end - 1]), let p = koreanParticle(tokens, i..<end) { stop = end - p }
            let text = tokens[i..<stop].map(\.text).joined()
            guard !context.koreanGroupProducts.contains(text),
                let group = groups.first(where: { text.count > $0.count && text.hasPrefix($0) })
            else { continue }
            // The group's name ends at a token's end: "lg" of "lg에너지솔루션", not "lgd" (no Latin run is cut).
            var k = i
            var length = 0
            while k < stop, length < group.count {
                length += tokens[k].text.count
                k += 1
            }
            let rest = String(text.dropFirst(group.count))
            guard length == group.count, !koreanGroupWordEnds.contains(rest) else { continue }
            out.append(i..<stop)
        }
        return out
    }

    /// Particles of two syllables or more and a particle with the copula or another particle after it (삼성전자로부터,
    /// 카카오뱅크에서는, SK온이라고), longest first.
    static let koreanLongEndings: [[String]] = [
        "으로부터", "이라고는", "에서부터", "로부터", "에서는", "에서도", "에서의", "에게는", "에게도", "에게서", "으로는", "으로도", "으로서", "으로써",
        "이라고", "이라는", "이었다", "이지만", "와의", "과의", "와는", "과는", "에는", "에도", "에의", "에선", "까지", "부터", "보다", "처럼",
        "만큼", "마저", "조차", "라고", "라는", "로서", "로써", "로는", "로도", "였다", "이며", "이고", "만의",
    ].map { $0.map(String.init) }
    /// The particles (PersonFinder's), each with its syllables.
    static let koreanParticleSyllables: [(String, [String])] = PersonFinder.koreanParticles.map { ($0, $0.map(String.init)) }

    /// The number of tokens of the particle that ends the word `w`, or nil: the particles that follow a final consonant
    /// (은, 이, 을, 과, 으로) only after one, those that follow a vowel (는, 가, 를, 와) only after one (LG디스플레이 keeps its
    /// 이; SK온은, SK온도).
    static func koreanParticle(_ tokens: [Token], _ w: Range<Int>) -> Int? {
        /// True when the word's last tokens are the syllables of `p`.
        func ends(with p: [String]) -> Bool {
            let n = p.count
            return (0..<n).allSatisfy { tokens[w.upperBound - n + $0].text == p[$0] }
        }
        for p in koreanLongEndings where w.count > p.count + 1 && ends(with: p) { return p.count }
        for (p, syllables) in koreanParticleSyllables {
            let n = syllables.count
            guard w.count > n, ends(with: syllables) else { continue }
            let before = tokens[w.upperBound - n - 1]
            let v = before.original.unicodeScalars.first?.value ?? 0
            // A syllable ends in a consonant when its index leaves a remainder by 28; Latin letters are read as a vowel's.
            let consonant = (0xAC00...0xD7A3).contains(v) && (v - 0xAC00) % 28 != 0
            switch p {
            case "은", "이", "을", "과", "으로": if !consonant { continue }
            case "는", "가", "를", "와": if consonant { continue }
            default: break
            }
            return n
        }
        return nil
    }
}
