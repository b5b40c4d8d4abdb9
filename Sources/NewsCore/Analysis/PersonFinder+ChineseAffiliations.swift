/// Chinese names listed with the body each person belongs to, joined by 的 (清华大学的宋文澜、北京大学的邹平和复旦大学的
/// 贾丽娟分别发言), which no title stands beside.
extension PersonFinder {
    /// (zh) Names after a body's name and 的, listed: a family name (name-shapes.tsv, C) and one or two characters
    /// more, ending at a list's mark (、), at 和/与/及 or where a name ends (a stop, a verb of speech, a word of
    /// name-context.tsv ZE such as 分别); the body is one the gazetteer took or ends as a body does (大学, 研究院; ``chineseBodyEnds``, and
    /// ``NameContext/Words/chineseAffiliationEnds``: 学, 所).
    /// Two such names or more in one sentence, at least one of them ended by the list's mark or join, or none is
    /// read: "公司的王牌产品" is no list. Bounded: one pass, each 的 looked at once.
    static func chineseAffiliatedNames(_ tokens: [Token], _ taken: [Bool], context: NameContext.Words) -> [String] {
        let family = NameShapes.shared.chineseFamily
        /// True when a name may end before `e`, and whether a list goes on there.
        func end(at e: Int) -> (ends: Bool, list: Bool) {
            guard e < tokens.count, isHan(tokens[e]), glued(tokens, e - 1) else { return (true, false) }
            if tokens[e].flags.contains(.afterPunctuation) {
                return (true, tokens[e].flags.isDisjoint(with: .boundary) && tokens[e].offset == tokens[e - 1].offset + 2)
            }
            if chineseListJoins.contains(tokens[e].text) { return (true, true) }
            return (!tokens[e].flags.isDisjoint(with: .boundary) || chineseStops.contains(tokens[e].text)
                || endsAChineseName(tokens, at: e, context: context), false)
        }
        var items: [(name: Range<Int>, list: Bool)] = []
        var out: [String] = []
        func flush() {
            if items.count >= 2, items.contains(where: \.list) { out += items.map { tokens[$0.name].map(\.original).joined() } }
            items = []
        }
        for k in 1..<max(tokens.count - 2, 1) {
            if tokens[k].flags.contains(.sentenceStart) { flush() }
            guard tokens[k].text == "的", isHan(tokens[k - 1]), glued(tokens, k - 1), glued(tokens, k),
                taken[k - 1] || chineseBodyEnds.contains(tokens[k - 1].text) || context.chineseAffiliationEnds.contains(tokens[k - 1].text),
                family.contains(tokens[k + 1])
            else { continue }
            let s = k + 1
            for length in 2...3 where s + length <= tokens.count {
                let r = s..<s + length
                guard r.allSatisfy({ isHan(tokens[$0]) && !taken[$0] && ($0 == s || glued(tokens, $0 - 1))
                    && !chineseStops.contains(tokens[$0].text) && !chineseNumerals.contains(tokens[$0].text) })
                else { break }
                // (Not a body's end: 张国 of 张国华 goes on to a third character.)
                guard !chineseBodyEnds.contains(tokens[r.upperBound - 1].text) else { continue }
                let e = end(at: r.upperBound)
                if e.ends {
                    items.append((r, e.list))
                    break
                }
            }
        }
        flush()
        return out
    }
}
