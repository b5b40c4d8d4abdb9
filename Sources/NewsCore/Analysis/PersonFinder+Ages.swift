/// Korean names followed by the person's age in brackets, as Korean news writes every private person it names
/// (김민수(45)씨는, 회사원 박지영(32) 씨는): a word of three or four syllables that begins with a common family name,
/// then one character, a number of one to three digits, one character again and 씨, 군 or 양.
extension PersonFinder {
    /// What follows the age: 씨 ("Mr", "Ms"), 군 ("boy"), 양 ("girl").
    static let koreanHonorifics: Set<String> = ["씨", "군", "양"]

    /// The oldest age read as one (a number above it is a year's or a count's: 삼성(2024)).
    static let oldestAge = 119

    /// (ko) Names with their age in brackets after them.
    static func koreanNamesWithAges(_ tokens: [Token], _ taken: [Bool]) -> [String] {
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
            let age = tokens[end]
            let last = tokens[end - 1]
            // One character between the name and the number: the bracket.
            guard age.flags.contains(.numeric), age.offset == last.offset + last.original.scalarCount + 1,
                age.original.scalarCount <= 3, let years = Int(age.original), years >= 1, years <= oldestAge
            else { continue }
            // Then the closing bracket and 씨, 군 or 양 ("Mr", "boy", "girl"), glued or not: a count in brackets
            // has none (정부안(12)을).
            let ageEnd = age.offset + age.original.scalarCount
            guard end + 1 < tokens.count, koreanHonorifics.contains(tokens[end + 1].original),
                (1...2).contains(tokens[end + 1].offset - ageEnd)
            else { continue }
            out.append(tokens[i..<end].map(\.original).joined())
        }
        return out
    }
}
