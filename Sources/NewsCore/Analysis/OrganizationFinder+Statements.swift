/// English organisations named by what they say of themselves, whatever their words: a name, a verb
/// of a statement and "it" or "its" for the name itself ("Ferguson Marine said on Monday it had won",
/// "Kenya Power said it had cut electricity", "Live Nation, which owns Ticketmaster, said it would
/// appeal", "Georgia Pacific ... said its plant"). A person is "he" or "she"; the "it" a person says
/// is another thing's ("Smith said it was unfair", "it would take months"), which the words after
/// "it" tell (name-context.tsv OS, OW, OI, OB). The name is the organisation's at its other mentions
/// too (``markRepeats(of:in:taken:)``, which the caller runs over what this finds).
extension OrganizationFinder {
    /// The most names ``statementNames(_:_:_:verbs:)`` reads in one article: each reads the article's tokens once more for
    /// the person's test (a surname named in full elsewhere), so the work is bounded at this many passes.
    static let maxStatementNames = 16

    /// The verbs of a statement (name-context.tsv OS) in lower case after a word, which ``statementNames(_:_:_:verbs:)`` and
    /// ``reportingNames(_:_:_:verbs:)`` read from.
    static func statementVerbPositions(_ tokens: [Token], _ context: NameContext.Words) -> [Int] {
        guard context.statementVerbs.count > 0 else { return [] }
        // (The flags first: a verb in lower case after a word; one look-up for those.)
        return tokens.indices.filter { v in
            v >= 1 && !tokens[v].isCapitalized && !tokens[v].flags.contains(.sentenceStart) && context.statementVerbs.contains(tokens[v])
        }
    }

    /// Names before a statement's verb that "it" or "its" after the verb stands for.
    /// - Parameter verbs: ``statementVerbPositions(_:_:)``.
    static func statementNames(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words, verbs: [Int]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var tried = 0
        for v in verbs where speaksOfItself(tokens, after: v, context) {
            // The name ends right before the verb, or before ", which ...," between them.
            var end = v
            if tokens[v].flags.contains(.afterPunctuation) {
                var k = v - 1
                end = -1
                while k > 0, v - k <= 16, !tokens[k].flags.contains(.sentenceStart), !tokens[k].flags.contains(.lineStart) {
                    if tokens[k].flags.contains(.afterPunctuation) {
                        if tokens[k].text == "which" { end = k }
                        break
                    }
                    k -= 1
                }
                guard end > 0 else { continue }
            }
            if tried == maxStatementNames { break }
            tried += 1
            if let r = speaker(tokens, taken, endingAt: end, context), !out.contains(r) { out.append(r) }
        }
        return out
    }

    /// Whether "its", or "it" and a word of OI not followed by one of OB, stands after the verb at `v`, over the
    /// words of OW at most ("said on Monday it had won", "said in a statement that it would appeal").
    private static func speaksOfItself(_ tokens: [Token], after v: Int, _ context: NameContext.Words) -> Bool {
        var k = v + 1
        while k < tokens.count, k - v <= 6, tokens[k].flags.isDisjoint(with: .boundary) {
            let t = tokens[k]
            if t.text == "its" { return true }
            if t.text == "it" {
                guard k + 1 < tokens.count, tokens[k + 1].flags.isDisjoint(with: .boundary),
                    context.statementPronounVerbs.contains(tokens[k + 1])
                else { return false }
                // ("it would not be", "it had not been": the word after "not" tells.)
                var next = k + 2
                if next < tokens.count, tokens[next].text == "not" { next += 1 }
                return next >= tokens.count || !tokens[next].flags.isDisjoint(with: .boundary)
                    || !context.statementImpersonal.contains(tokens[next])
            }
            guard context.statementFillers.contains(t) || t.flags.contains(.numeric) else { return false }
            k += 1
        }
        return false
    }

    /// One to five capitalised words that end at `end` and begin a phrase ("Ferguson Marine", "The Takeover Panel"
    /// without its article; "of" and "and" inside only with a head word: "Marlow and Finch Holdings"), or nil when
    /// they are a person's: a given name first, a title or an honorific among them or before them, or a given name,
    /// a title or an honorific before the first word anywhere else in the article ("Joanne Pike ... Pike said it would").
    private static func speaker(_ tokens: [Token], _ taken: [Bool], endingAt end: Int, _ context: NameContext.Words) -> Range<Int>? {
        guard end >= 1, tokens[end - 1].isCapitalized, !taken[end - 1], !PersonFinder.isPossessive(tokens, end - 1) else { return nil }
        let hasHead = { (r: Range<Int>) in r.contains { headsEverywhere.contains(tokens[$0]) || firmEnds.contains(tokens[$0]) } }
        var start = end
        while start > 0, end - start < 5 {
            let t = tokens[start - 1]
            if t.isCapitalized, !t.flags.contains(.ideographic), !t.flags.contains(.numeric) {
                start -= 1
            } else if start < end, start >= 2, ["and", "of"].contains(t.text), t.flags.isDisjoint(with: .boundary),
                tokens[start - 2].isCapitalized, hasHead(start..<end)
            {
                start -= 1
            } else {
                break
            }
            if !tokens[start].flags.isDisjoint(with: .boundary) { break }
        }
        // It begins a phrase: a sentence, a clause after a comma or a dash, or a word in lower case that is no title
        // ("rival Ostermann said"); not a longer run of capitals cut at five.
        // (Not a name that a line break cut: "Texas Instruments\nInc said it".)
        guard start < end, start == 0 || !brokenLine(tokens, before: start), start == 0 || !tokens[start].flags.isDisjoint(with: .boundary)
            || !tokens[start - 1].isCapitalized && !PersonFinder.titles.contains(tokens[start - 1]) && !context.isTitle(tokens, start - 1)
                // (Not the end of a longer name: "Center for Disease Control and Prevention said it had".)
                && !connectorsEverywhere.contains(tokens[start - 1]) && tokens[start - 1].text != "for"
        else { return nil }
        while start < end, Gazetteer.stopwords.contains(tokens[start]) || connectorsEverywhere.contains(tokens[start]) && !tokens[start].isCapitalized {
            start += 1
        }
        guard start < end else { return nil }
        let first = tokens[start]
        // (Known places may begin it, "Kenya Power"; a known name after an unknown word is another's.)
        var own = start
        while own < end, taken[own] { own += 1 }
        guard (own..<end).allSatisfy({ !taken[$0] }) else { return nil }
        let honorifics = Gazetteer.honorifics
        guard !isGivenName(first), !PersonFinder.notNamesEverywhere.contains(first), !sentenceAdverbs.contains(first),
            // (An acronym alone is the acronyms' finder's, which knows those an article defines: "the Trades Union Congress (TUC)".)
            !numberWords.contains(first), end - start > 1 || first.text.utf8.count > 1 && !first.flags.contains(.allCaps),
            !(start..<end).contains(where: { PersonFinder.titles.contains(tokens[$0]) || honorifics.contains(tokens[$0]) || context.isTitle(tokens, $0) })
        else { return nil }
        // One word at a sentence's start is capitalised by its place: it is a name only where the article writes it
        // so inside a sentence too ("Cbus Super ... Cbus, which manages savings, said it had").
        if end - start == 1, first.flags.contains(.sentenceStart) || first.flags.contains(.lineStart) {
            guard tokens.indices.contains(where: { $0 != start && tokens[$0].isCapitalized && tokens[$0].readsSame(as: first)
                && tokens[$0].flags.isDisjoint(with: [.sentenceStart, .lineStart]) })
            else { return nil }
        }
        // A person's surname named in full elsewhere ("Joanne Pike ... Pike said it"), or after a title.
        for j in tokens.indices where j > 0 && j != start && tokens[j].isCapitalized && tokens[j].readsSame(as: first) {
            let before = tokens[j - 1]
            if tokens[j].flags.isDisjoint(with: .boundary), before.isCapitalized && isGivenName(before)
                || PersonFinder.titles.contains(before) || honorifics.contains(before) || context.isTitle(tokens, j - 1)
            {
                return nil
            }
        }
        return start..<end
    }

    /// (fr, es, it, pt) A source's phrase of PA, an article in lower case and one to three capitalised words that a comma
    /// or a sentence's end closes ("Selon l'Insee, le climat", "Segundo a Parpública, a decisão"): a person is named
    /// without the article. Not a name with a head word, which the finder by shape reads to its end, nor one that goes
    /// on after "de" ("secondo il Corriere della Sera").
    static func sourceNames(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [Range<Int>] {
        var out: [Range<Int>] = []
        guard !context.sourcePhrases.isEmpty else { return out }
        for i in tokens.indices where i + 2 < tokens.count && !tokens[i + 2].flags.contains(.ideographic) && tokens[i + 2].isCapitalized
            && !tokens[i + 1].isCapitalized && context.sourcePhraseEnds.contains(tokens[i])
            && NameContext.Words.phrase(among: context.sourcePhrases, endsAt: i, in: tokens)
        {
            guard PersonFinder.articles.contains(tokens[i + 1]), tokens[i + 1].flags.isDisjoint(with: .boundary),
                tokens[i + 2].flags.isDisjoint(with: .boundary)
            else { continue }
            let start = i + 2
            var end = start
            while end < tokens.count, end - start < 3, tokens[end].isCapitalized, !taken[end], !tokens[end].flags.contains(.ideographic),
                !tokens[end].flags.contains(.numeric), end == start || tokens[end].flags.isDisjoint(with: .boundary),
                !Gazetteer.stopwords.contains(tokens[end]), !PersonFinder.titles.contains(tokens[end]), !context.isTitle(tokens, end)
            {
                end += 1
            }
            guard end > start, end == tokens.count || !tokens[end].flags.isDisjoint(with: .boundary),
                !(start..<end).contains(where: { headsEverywhere.contains(tokens[$0]) }),
                // ("Selon l'ANSM": an acronym alone is the acronyms' finder's, which knows those an article defines.)
                end - start > 1 || tokens[start].text.utf8.count > 1 && !tokens[start].flags.contains(.allCaps)
            else { continue }
            out.append(start..<end)
        }
        return out
    }

    /// (de) A verb of a statement (OS), "der", "die" or "das", two or three capitalised words and "mit" at the clause's
    /// end ("teilte die Deutsche Bahn mit"); one word is as often a common noun's ("teilte die Stadt mit").
    static func germanStatementNames(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for v in tokens.indices where v + 4 < tokens.count && !tokens[v].isCapitalized && ["der", "die", "das"].contains(tokens[v + 1].text)
            && context.statementVerbs.contains(tokens[v])
        {
            let start = v + 2
            var end = start
            // (A demonym or a place that the gazetteer took may begin it: "die Deutsche Bahn".)
            while end < tokens.count, end - start < 3, tokens[end].isCapitalized, !taken[end] || end == start,
                tokens[end].flags.isDisjoint(with: .boundary), !tokens[end].flags.contains(.ideographic),
                !tokens[end].flags.contains(.numeric), !PersonFinder.titles.contains(tokens[end]), !context.isTitle(tokens, end)
            {
                end += 1
            }
            guard end - start >= 2, end < tokens.count, tokens[end].text == "mit", tokens[end].flags.isDisjoint(with: .boundary),
                end + 1 == tokens.count || !tokens[end + 1].flags.isDisjoint(with: .boundary),
                !isGivenName(tokens[start])
            else { continue }
            out.append(start..<end)
        }
        return out
    }
}
