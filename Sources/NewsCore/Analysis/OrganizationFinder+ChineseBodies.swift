/// Where a Chinese body's name begins when no place stands before it: a state body's first word (国家, 中央) read back
/// to from its suffix (国家市场监督管理总局, 国家发展和改革委员会), and words that begin with a character that ends a
/// name elsewhere (应急管理部); and, in Japanese, capitals before a suffix (JFEホールディングス).
extension OrganizationFinder {
    /// (zh) Suffixes of a body's name only after a place the gazetteer knows (name-context.tsv G): a province's or a
    /// city's department, 厅 (山西省应急管理厅, 广东省文化和旅游厅), which ends rooms' words too (餐厅, 大厅, 营业厅).
    static let chinesePlaceSuffixes: Set<String> = ["厅", "廳"]

    /// Characters read back over from a run's start to a state body's first word.
    static let stateBodyReach = 8

    /// (zh) True when token `k` ends the characters before a suffix: a character that ends a name (在, 应), unless it
    /// begins one of name-context.tsv ZW's words with the characters after it (应急).
    static func isChineseStop(_ tokens: [Token], _ k: Int, _ words: Set<String>) -> Bool {
        guard PersonFinder.chineseStops.contains(tokens[k].text) else { return false }
        guard !words.isEmpty else { return true }
        var text = tokens[k].text
        var j = k + 1
        while j < tokens.count, j - k < 3, PersonFinder.glued(tokens, j - 1) {
            text += tokens[j].text
            if words.contains(text) { return false }
            j += 1
        }
        return true
    }

    /// (zh) The start of a state body's first word (name-context.tsv ZB) read back to from `start` over up to
    /// ``stateBodyReach`` characters, one 和 or 与 among them, when the suffix is one of ZBE and the word begins a
    /// name (after a mark, a word that ends a name, or nothing); or nil.
    static func chineseStateBody(_ tokens: [Token], _ taken: [Bool], suffix: Range<Int>, from start: Int,
                                 _ context: NameContext.Words) -> Int? {
        guard !context.chineseBodyStarts.isEmpty,
            context.chineseBodySuffixes.contains(tokens[suffix].map(\.text).joined())
        else { return nil }
        func isHan(_ k: Int) -> Bool { tokens[k].flags.contains(.ideographic) && !PersonFinder.isHangul(tokens[k]) }
        var k = start
        var and = false
        while k > 0, start - k < stateBodyReach, PersonFinder.glued(tokens, k - 1), isHan(k - 1), !taken[k - 1] {
            let c = tokens[k - 1].text
            if c == "和" || c == "与" {
                guard !and else { return nil }
                and = true
            } else if isChineseStop(tokens, k - 1, context.chineseWordsAfterStop) {
                return nil
            }
            k -= 1
            // (A name's start: nothing glued before it, or a word that ends a name: 据国家统计局.)
            let beginsName = k == 0 || !PersonFinder.glued(tokens, k - 1) || !isHan(k - 1) || PersonFinder.chineseStops.contains(tokens[k - 1].text)
            if beginsName, context.chineseBodyStarts.contains(where: { w in
                k + w.count <= suffix.lowerBound && (0..<w.count).allSatisfy { tokens[k + $0].text == w[$0] }
            }) {
                return k
            }
        }
        return nil
    }

    /// (ja) A token of two to six capitals (JFE, SBI).
    static func isCapitals(_ t: Token) -> Bool {
        let s = t.original.utf8
        return (2...6).contains(s.count) && s.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }
}
