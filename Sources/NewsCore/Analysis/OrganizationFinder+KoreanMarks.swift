/// Korean firms and clubs marked by a legal form or a club's letters rather than a suffix: (주)서해케미칼 (주식회사 "joint-stock
/// company" in brackets before the name), 청솔FC, 수원삼성SC (the club's letters glued after it). The name's particle is left out.
extension OrganizationFinder {
    /// Latin letters glued after a club's name in Hangul (folded).
    static let koreanClubMarks: Set<String> = ["fc", "sc"]

    /// The longest run of Hangul read as one name.
    static let koreanMarkedNameLimit = 12

    static func koreanMarkedFirms(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let runs = PersonFinder.gluedRuns(tokens, limit: koreanMarkedNameLimit) { script($0) == .hangul }
        for (n, r) in runs.enumerated() {
            let end = r.upperBound
            // 청솔FC의: two syllables or more glued before the letters.
            if r.count >= 2, end < tokens.count, PersonFinder.glued(tokens, end - 1), koreanClubMarks.contains(tokens[end].text),
                r.contains(where: { !taken[$0] })
            {
                out.append(r.lowerBound..<end + 1)
                continue
            }
            // (주)서해케미칼도: 주 alone in brackets, the name right after the closing one.
            if r.count == 1, tokens[r.lowerBound].text == "주", tokens[r.lowerBound].flags.contains(.afterPunctuation), n + 1 < runs.count {
                let next = runs[n + 1]
                guard next.lowerBound == end, tokens[end].flags.contains(.afterPunctuation),
                    tokens[end].offset == tokens[r.lowerBound].offset + 2
                else { continue }
                let stop = withoutKoreanParticle(tokens, next, leaving: 2) ?? next.upperBound
                if stop - next.lowerBound >= 2, (next.lowerBound..<stop).contains(where: { !taken[$0] }) { out.append(next.lowerBound..<stop) }
            }
        }
        return out
    }
}
