/// Two organisations that "and" joins where the finder by shape read one name: "do Ibama e da Polícia Federal", "La
/// Sonatel et la Société africaine de raffinage", "Shares in Commonwealth Bank and Westpac".
extension OrganizationFinder {
    /// The most capitalised words of the name without a head on the other side of "and".
    static let coordinatedWords = 3

    /// Whether "and" and an article or a preposition stand at `k` ("e da", "et la", "y el", "and the"): a second
    /// phrase begins there, so a name without a head so far ends before them (one with a head may go on: "Chambre de
    /// commerce et d'industrie", "Ministerio de Hacienda y de Función Pública").
    static func coordinatedArticle(_ tokens: [Token], at k: Int) -> Bool {
        k + 2 < tokens.count && coordinators.contains(tokens[k]) && !tokens[k].isCapitalized
            && !tokens[k + 1].isCapitalized && connectorsEverywhere.contains(tokens[k + 1])
            && tokens[k].flags.isDisjoint(with: .boundary) && tokens[k + 1].flags.isDisjoint(with: .boundary)
    }

    /// The name without a head at `r` before "e da" and a body's name with a head ("do Ibama e da Polícia Federal"): the
    /// first member of the pair, which is no person's name (not a given name nor a title first) nor begins a sentence; or
    /// nil. Not in English, whose "and the" as often joins a person's name and a body.
    static func headlessBeforeBody(_ tokens: [Token], _ taken: [Bool], _ r: Range<Int>, language: String?) -> Range<Int>? {
        guard language != "en", language != nil else { return nil }
        var start = r.lowerBound
        while start < r.upperBound, Gazetteer.stopwords.contains(tokens[start]) { start += 1 }
        let end = r.upperBound
        guard start < end, end - start <= coordinatedWords, coordinatedArticle(tokens, at: end) else { return nil }
        // The body after the article: its first word is a head ("da Polícia Federal", "la Société africaine").
        var k = end + 1
        while k < tokens.count, k - end <= 2, !tokens[k].isCapitalized, connectorsEverywhere.contains(tokens[k]) { k += 1 }
        guard k < tokens.count, tokens[k].isCapitalized, headsEverywhere.contains(tokens[k]), !firmEnds.contains(tokens[k]) else {
            return nil
        }
        guard plainWords(tokens, taken, start..<end),
            // (Not a sentence's first word, which may be an adverb: "Ieri Ferrovalle e la Regione"; but "La Sonatel".)
            !tokens[start].flags.contains(.sentenceStart),
            start == 0 || !tokens[start - 1].isCapitalized || Gazetteer.stopwords.contains(tokens[start - 1])
        else { return nil }
        return start..<end
    }

    /// The "and" in `r` right after a head whose other side is one to three capitalised words with no head ("Commonwealth
    /// Bank and Westpac", "the Liberal Party and Labor"): the first name has two words at least; the second is no
    /// firm's sector ("Tarrow Oil and Gas") nor a title. Or nil. (A person's name may be the second: "Bank of England
    /// and Andrew Bailey" is two names, of which the caller takes the first.)
    static func headThenHeadless(_ tokens: [Token], _ taken: [Bool], in r: Range<Int>) -> Int? {
        guard r.count >= 4 else { return nil }
        for k in r.lowerBound + 2..<r.upperBound - 1 where coordinators.contains(tokens[k]) && !tokens[k].isCapitalized {
            // (Or a head earlier and a given name after "and": "the Bank of Erewhon and Andrew Keller"; not "Department of
            // Health and Social Care", one name.)
            let person = isGivenName(tokens[k + 1]) && (r.lowerBound..<k).contains { headsEverywhere.contains(tokens[$0]) }
            // (A name the gazetteer knows after "and" is one already: "Commonwealth Bank and Westpac".)
            let known = (k + 1..<r.upperBound).allSatisfy { taken[$0] }
            let plain = plainWords(tokens, taken, k + 1..<r.upperBound, givenName: true)
            guard headsEverywhere.contains(tokens[k - 1]) && (known || plain) || person && plain,
                r.upperBound - (k + 1) <= coordinatedWords, !(k + 1..<r.upperBound).contains(where: { sectorWords.contains(tokens[$0]) })
            else { return nil }
            return k
        }
        return nil
    }

    /// Whether the only head of the name `start..<end` is its last word, one of the Romance languages' (which come first in
    /// their names), right after "and": "sobre a Amazônia e Defesa" names a topic, not a body ("Defesa Civil" is one).
    static func trailingHeadAfterAnd(_ tokens: [Token], from start: Int, lastHead: Int, to end: Int) -> Bool {
        guard lastHead == end - 1, lastHead - 1 > start, coordinators.contains(tokens[lastHead - 1]) else { return false }
        let head = tokens[lastHead]
        guard !heads.contains(head), !firmEnds.contains(head), !legalForms.contains(head) else { return false }
        return !(start..<lastHead - 1).contains { headsEverywhere.contains(tokens[$0]) }
    }

    /// Whether token `k` follows a word in capitals with more than a space between them: a dateline's place and its dash
    /// ("LISBOA - O Conselho de Ministros", "PORTO - A Assembleia"), which the tokens keep no mark of (an ASCII hyphen
    /// between spaces is no punctuation to the tokenizer).
    /// The words in capitals begin a line or a sentence, four at most ("CIUDAD DE MÉXICO -"): a ticker in a sentence is
    /// none ("Monsanto Co's <MCT> G.D. Searle", whose run the rule of a head's tail cuts as before).
    static func afterDateline(_ tokens: [Token], at k: Int) -> Bool {
        guard k > 0, tokens[k - 1].flags.contains(.allCaps), !tokens[k].flags.contains(.allCaps),
            tokens[k].offset - tokens[k - 1].offset - tokens[k - 1].original.scalarCount > 1
        else { return false }
        var j = k - 1
        while j > 0, k - j < 4, tokens[j].flags.isDisjoint(with: [.lineStart, .sentenceStart]), tokens[j - 1].flags.contains(.allCaps) {
            j -= 1
        }
        return !tokens[j].flags.isDisjoint(with: [.lineStart, .sentenceStart])
    }

    /// Capitalised words that no other name took, none of them a head, a connector, a title, capitals of three letters or
    /// fewer, and not a given name first.
    /// - Parameter givenName: a given name may come first.
    private static func plainWords(_ tokens: [Token], _ taken: [Bool], _ r: Range<Int>, givenName: Bool = false) -> Bool {
        !r.isEmpty && (givenName || !isGivenName(tokens[r.lowerBound])) && r.allSatisfy { k in
            let t = tokens[k]
            return t.isCapitalized && !taken[k] && !t.flags.contains(.numeric) && !t.flags.contains(.ideographic)
                && !headsEverywhere.contains(t) && !connectorsEverywhere.contains(t) && !PersonFinder.titles.contains(t)
                && !(t.flags.contains(.allCaps) && t.text.unicodeScalars.count <= 3)
                && (k == r.lowerBound || t.flags.isDisjoint(with: .boundary))
        }
    }
}
