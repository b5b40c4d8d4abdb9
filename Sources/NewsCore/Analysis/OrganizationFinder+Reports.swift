/// (en) A body that speaks or reports after "the", whatever its words: "the Daily Record reported", "the Takeover Panel
/// said", "the Consumentenbond announced". A person is named without an article ("Smith said"), so the article in lower
/// case right before one to three capitalised words and a verb of a statement (name-context.tsv OS: said, announced, reported) after
/// them make an organisation of them. (It reads the verbs that ``statementNames(_:_:_:verbs:)`` reads.)
extension OrganizationFinder {
    /// The most capitalised words of a name before the verb (longer runs are a title's or a headline's).
    static let reportNameWords = 3

    /// The names between "the" and a verb of a statement or a report; not one with a head word (the finder by shape reads
    /// those to their ends: "the Home Office said"), a title ("the Prime Minister said"), a word that begins no name, nor
    /// one the gazetteer or another finder took ("the Kremlin said").
    /// - Parameter verbs: ``statementVerbPositions(_:_:)`` (OS holds "reported" too).
    static func reportingNames(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words, verbs: [Int]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for v in verbs where v >= 2 && !taken[v - 1] && tokens[v - 1].isCapitalized && tokens[v].flags.isDisjoint(with: .boundary) {
            var start = v
            while start > 0, v - start < reportNameWords, isReportNameWord(tokens, start - 1, taken, context) {
                start -= 1
                if !tokens[start].flags.isDisjoint(with: .boundary) { break }
            }
            guard start < v, start >= 1, tokens[start].flags.isDisjoint(with: .boundary), tokens[start - 1].text == "the",
                !tokens[start - 1].isCapitalized,
                // (Not the end of a longer name: "Economic Commission for Latin America and the Caribbean said".)
                start < 3 || !(connectorsEverywhere.contains(tokens[start - 2]) || tokens[start - 2].text == "for")
                    || !tokens[start - 3].isCapitalized,
                !(start..<v).contains(where: { headsEverywhere.contains(tokens[$0]) || firmEnds.contains(tokens[$0]) }),
                // ("the Government said", "the Guardian said": one word that begins no person's name is as often a common
                // noun's; "the Daily Record reported" is a name.)
                v - start > 1 || !PersonFinder.notNamesEverywhere.contains(tokens[start]),
                // ("the Smiths said": a family's plural; "the MPs said": a plural of capitals.)
                !(v - start == 1 && isPluralOfCapitals(tokens[start]))
            else { continue }
            out.append(start..<v)
        }
        return out
    }

    private static func isReportNameWord(_ tokens: [Token], _ k: Int, _ taken: [Bool], _ context: NameContext.Words) -> Bool {
        let t = tokens[k]
        return t.isCapitalized && !taken[k] && !t.flags.contains(.ideographic) && !t.flags.contains(.numeric)
            && !Gazetteer.stopwords.contains(t) && !PersonFinder.titles.contains(t) && !context.isTitle(tokens, k)
    }
}
