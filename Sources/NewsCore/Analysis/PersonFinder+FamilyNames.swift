/// Chinese and Korean names told by their family name (Resources/name-shapes.tsv, C and K) where a
/// title stands on the other side of them: before a Chinese title (李海峰总理) and after a Korean
/// title word (대변인 정혜린은).
extension PersonFinder {
    /// (zh) The name of three characters, a family name first, glued before the title at `i`
    /// (王建国主席表示), standing apart from the words before it; none before a title that a body's or a
    /// place's name may end in as well (文化部长, 林业局长, 常州市长), and none of two characters,
    /// which are as often a word (高级主任).
    static func chineseNameBefore(_ tokens: [Token], _ taken: [Bool], title i: Int) -> Range<Int>? {
        guard i >= 3, !chineseBodyEnds.contains(tokens[i].text) else { return nil }
        let start = i - 3
        let name = start..<i
        guard NameShapes.shared.chineseFamily.contains(tokens[start]),
            name.allSatisfy({ isHan(tokens[$0]) && !taken[$0] && !chineseStops.contains(tokens[$0].text) && glued(tokens, $0) }),
            !chineseBodyEnds.contains(tokens[i - 1].text)
        else { return nil }
        // (Apart: after punctuation, a space, another script, a name the gazetteer took, or a verb.)
        let before = start - 1
        guard start == 0 || !tokens[start].flags.isDisjoint(with: .boundary) || !glued(tokens, before) || !isHan(tokens[before])
            || taken[before] || chineseStops.contains(tokens[before].text)
        else { return nil }
        return name
    }

    /// (ko) Syllables that end a body's or a group's word, not a name (이사회, 선수단, 정부).
    static let koreanBodyEnds: Set<String> = ["회", "단", "부", "당", "청", "국", "실", "측", "팀", "들", "사", "군"]

    /// (ko) The name in the Hangul word `w` right after a title word ("대변인 정혜린은", "투수 이민호와"):
    /// three syllables, a family name first (four after a family name of two: 남궁민수), a particle at
    /// most after them; not a body's word (이사회는) nor one with a title inside (이사장은).
    static func koreanNameAfterTitle(_ tokens: [Token], _ w: Range<Int>, context: NameContext.Words) -> Range<Int>? {
        let family = NameShapes.shared.koreanFamily
        guard w.count >= 3 else { return nil }
        let first = tokens[w.lowerBound].original
        let length: Int
        if family.contains(first + tokens[w.lowerBound + 1].original) && w.count >= 4 {
            length = 4
        } else if family.contains(first) {
            length = 3
        } else {
            return nil
        }
        // (Three syllables, the last a particle, are a word of two and its particle: 감독 선임은.)
        if w.count == 3, koreanParticles.contains(tokens[w.upperBound - 1].original) { return nil }
        let name = w.lowerBound..<w.lowerBound + length
        let rest = tokens[name.upperBound..<w.upperBound].map(\.original).joined()
        guard rest.isEmpty || koreanParticles.contains(rest), !koreanBodyEnds.contains(tokens[name.upperBound - 1].original),
            !name.dropFirst().contains(where: { title(context.koreanTitles, tokens, at: $0) != nil })
        else { return nil }
        return name
    }
}
