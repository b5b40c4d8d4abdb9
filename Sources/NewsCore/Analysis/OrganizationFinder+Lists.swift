/// Organisations named beside another in a list: "rivals easyJet and Wizz Air" after Ryanair, "i sindacati Fim, Fiom e
/// Uilm", "Bosch und Continental": a list joins names of one kind, so a capitalised name in a list whose other member is
/// an organisation is one too. The word that closes the list is the language's (Resources/name-context.tsv, LJ).
extension OrganizationFinder {
    /// The most words of one member (longer runs are a title's or a headline's).
    static let listMemberWords = 3
    /// The most members read on each side of an organisation.
    static let listMembers = 6

    /// The members of lists beside the organisations at `anchors` that no finder took: one to three capitalised words
    /// each, separated by commas, the last two by the list's word ("A, B and C"); a comma alone makes no list (an
    /// apposition, a parenthesis), so members after commas count only when the list's word closes the list.
    /// - Parameter people: words of the people's names found; a member that holds one is no firm ("Ryanair and O'Leary").
    /// - Parameter leftwards: per anchor, whether members before it count too: not after a name found by its shape,
    ///   whose "and" may be inside a firm's name ("Standard and Poor's Corp", "Marlow and Finch Holdings").
    static func listMembers(in tokens: [Token], taken: [Bool], anchors: [Range<Int>], leftwards: [Bool], people: Set<String>,
                            context: NameContext.Words) -> [Range<Int>] {
        guard context.listConjunctions.count > 0 else { return [] }
        var out: [Range<Int>] = []
        /// No member: one letter, a head word alone ("Administration"), capitals of three letters or fewer (a rating,
        /// "AA"; a ticker) or capitals beside capitals (a headline's "NL INDUSTRIES INC").
        func plausible(_ r: Range<Int>) -> Bool {
            if r.count == 1, tokens[r.lowerBound].text.unicodeScalars.count < 2 || headsEverywhere.contains(tokens[r.lowerBound]) {
                return false
            }
            guard r.allSatisfy({ tokens[$0].flags.contains(.allCaps) }) else { return true }
            if r.contains(where: { tokens[$0].text.unicodeScalars.count <= 3 }) { return false }
            return !(r.lowerBound > 0 && tokens[r.lowerBound - 1].flags.contains(.allCaps))
                && !(r.upperBound < tokens.count && tokens[r.upperBound].flags.contains(.allCaps))
        }
        func word(_ k: Int) -> Bool {
            let t = tokens[k]
            return t.isCapitalized && !taken[k] && !t.flags.contains(.ideographic) && !t.flags.contains(.numeric)
                && !Gazetteer.stopwords.contains(t) && !PersonFinder.titles.contains(t) && !context.isTitle(tokens, k)
                && !people.contains(t.text) && !context.listConjunctions.contains(t)
        }
        /// A member from `k` rightwards: its end, or nil.
        func member(from k: Int) -> Int? {
            guard k < tokens.count, word(k), !isGivenName(tokens[k]), !tokens[k].flags.contains(.sentenceStart),
                !tokens[k].flags.contains(.lineStart)
            else { return nil }
            var end = k + 1
            while end < tokens.count, tokens[end].flags.isDisjoint(with: .boundary), word(end) { end += 1 }
            guard end - k <= listMemberWords, end == tokens.count || !tokens[end].isCapitalized || !tokens[end].flags.isDisjoint(with: .boundary)
            else { return nil }
            // "la Caja Rural de Teruel": a connector and one or two capitalised words go on.
            if end + 1 < tokens.count, connectorsEverywhere.contains(tokens[end]), !context.listConjunctions.contains(tokens[end]),
                !tokens[end].isCapitalized,
                tokens[end].flags.isDisjoint(with: .boundary), tokens[end + 1].flags.isDisjoint(with: .boundary), word(end + 1)
            {
                var e = end + 2
                while e < tokens.count, e - end < 3, tokens[e].flags.isDisjoint(with: .boundary), word(e) { e += 1 }
                if e == tokens.count || !tokens[e].isCapitalized || !tokens[e].flags.isDisjoint(with: .boundary) { return e }
            }
            return end
        }
        /// A member that ends right before `end`: its start, or nil.
        func member(endingAt end: Int) -> Int? {
            guard end > 0, word(end - 1) else { return nil }
            if end < tokens.count, tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary) { return nil }
            var start = end - 1
            while start > 0, end - start < listMemberWords + 1, tokens[start].flags.isDisjoint(with: .boundary), word(start - 1) { start -= 1 }
            guard end - start <= listMemberWords, !isGivenName(tokens[start]), !tokens[start].flags.contains(.lineStart),
                start == 0 || !tokens[start - 1].isCapitalized || !tokens[start].flags.isDisjoint(with: .boundary)
            else { return nil }
            // (A sentence's first word alone is no member: "Ryanair and easyJet. Analysts and ...".)
            if tokens[start].flags.contains(.sentenceStart), end - start == 1 { return nil }
            return start
        }
        // (Not after a comma: "cut the rating to BB, and Moody's said" joins two clauses.)
        func isConjunction(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && !tokens[k].isCapitalized && context.listConjunctions.contains(tokens[k])
                && tokens[k].flags.isDisjoint(with: .boundary)
        }
        for (index, anchor) in anchors.enumerated() {
            // Rightwards: ", B, C and D" or " and B" (a preposition repeated after the word at most: "et de General Electric").
            var found: [Range<Int>] = []
            var k = anchor.upperBound
            var closed = false
            while k < tokens.count, found.count < listMembers {
                if isConjunction(k) {
                    var s = k + 1
                    if s + 1 < tokens.count, !tokens[s].isCapitalized, Gazetteer.stopwords.contains(tokens[s]) { s += 1 }
                    if let e = member(from: s) { found.append(s..<e) }
                    closed = true
                    break
                }
                guard tokens[k].flags.contains(.afterPunctuation), !tokens[k].flags.contains(.sentenceStart),
                    let e = member(from: k)
                else { break }
                found.append(k..<e)
                k = e
            }
            if closed { out += found }
            // Leftwards: "A, B and" before it.
            guard leftwards[index], anchor.lowerBound > 1, isConjunction(anchor.lowerBound - 1),
                !tokens[anchor.lowerBound].flags.contains(.afterPunctuation)
            else { continue }
            var end = anchor.lowerBound - 1
            var left = 0
            while left < listMembers, let s = member(endingAt: end) {
                out.append(s..<end)
                left += 1
                // (The member before it came after a comma, not a full stop.)
                guard tokens[s].flags.contains(.afterPunctuation), !tokens[s].flags.contains(.sentenceStart) else { break }
                end = s
            }
        }
        // (Each member once; none inside an anchor.)
        var seen = Set<Int>()
        return out.filter { r in
            plausible(r) && !anchors.contains(where: { $0.overlaps(r) }) && seen.insert(r.lowerBound).inserted
        }
    }
}
