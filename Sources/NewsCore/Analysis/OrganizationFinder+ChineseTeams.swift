/// (zh) Teams by a town's, a province's or a sponsor's name and a team's word glued after it (江苏队, 上海女排).
extension OrganizationFinder {
    /// (zh) The words of a team glued after its town's, province's or sponsor's name (江苏队, 上海女排, 北京汽车队).
    static let chineseTeamWords = ["女排", "男排", "女篮", "男篮", "女足", "男足", "队"]

    /// The end of the team word glued at `k` (``chineseTeamWords``), or nil.
    static func chineseTeamWord(_ tokens: [Token], at k: Int) -> Int? {
        guard k > 0, k < tokens.count, PersonFinder.glued(tokens, k - 1) else { return nil }
        return chineseTeamWords.first(where: { spells($0, tokens, from: k) }).map { k + $0.count }
    }

    /// (zh) Teams: a body's name found (天津渤海银行, 北京汽车) or names the gazetteer took (江苏, 上海) with a team's word
    /// glued after them (天津渤海银行队, 江苏队, 上海女排): the found names are extended, the places' runs added; not a
    /// country's national side (中国女排).
    static func chineseTeams(_ tokens: [Token], _ taken: [Bool], found: inout [Range<Int>], countryOrBody: (Range<Int>) -> Bool) {
        for (n, r) in found.enumerated() {
            if let end = chineseTeamWord(tokens, at: r.upperBound) { found[n] = r.lowerBound..<end }
        }
        for k in tokens.indices.dropFirst() where taken[k - 1] && !taken[k] && !found.contains(where: { $0.contains(k - 1) || $0.contains(k) }) {
            guard let end = chineseTeamWord(tokens, at: k) else { continue }
            var start = k
            while start > 0, k - start < 6, taken[start - 1], PersonFinder.glued(tokens, start - 1), tokens[start - 1].flags.contains(.ideographic) {
                start -= 1
            }
            // (Not a country's team, 中国女排, 日本队: its people, as the other languages' national sides are; nor a club the
            // gazetteer knows, 北京国安, found as it is.)
            if !countryOrBody(start..<k) { found.append(start..<end) }
        }
    }
}
