/// Organisations named before an apposition that says what kind of body they are, in French, Spanish, Italian,
/// Portuguese and German, as ``englishAppositions(_:_:)`` reads English's: a name, a comma, an article, up to three
/// words in lower case and the language's word for a firm, a union or a club (name-context.tsv R; in German a compound
/// of KE): "Navilis, un armateur basé à Toulon", "Cóndor Andino, la segunda aerolínea del país", "Alvorada, uma
/// empresa do grupo", "Alpenwerk, ein Familienunternehmen aus Rosenheim".
extension OrganizationFinder {
    /// The articles that begin such an apposition.
    static let appositionArticles: WordSet = [
        "un", "une", "le", "la", "l", "el", "uno", "una", "il", "lo", "um", "uma", "o", "a", "ein", "eine", "der", "die", "das",
    ]

    static func romanceAppositions(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words, german: Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for a in tokens.indices where a >= 1 && tokens[a].flags.contains(.afterPunctuation) && !tokens[a].flags.contains(.sentenceStart)
            && !tokens[a].flags.contains(.lineStart) && !tokens[a].isCapitalized && appositionArticles.contains(tokens[a])
        {
            // The noun within four words after the article, the others in lower case and no function word ("la
            // segunda aerolínea"), and no capitalised word after it, which would be a second name ("la société Renault").
            var k = a + 1
            while k < tokens.count, k - a <= 4, tokens[k].flags.isDisjoint(with: .boundary), !tokens[k].isCapitalized,
                !isKindNoun(tokens[k], context, german: german), !Gazetteer.stopwords.contains(tokens[k]),
                !connectorsEverywhere.contains(tokens[k]), !tokens[k].flags.contains(.numeric)
            {
                k += 1
            }
            guard k < tokens.count, k - a <= 4, tokens[k].flags.isDisjoint(with: .boundary), isKindNoun(tokens[k], context, german: german),
                k + 1 == tokens.count || !tokens[k + 1].isCapitalized || !tokens[k + 1].flags.isDisjoint(with: .boundary)
            else { continue }
            let start = appositionNameStart(before: a, tokens, taken)
            // (From a phrase's start: not the end of "... a Bruno Martin, un ami"; no given name first, "Marie Dubois, une
            // salariée"; no word that opens a sentence, "Ensuite, la société", nor a day or a month, "Mardi, le groupe".)
            guard start < a, start == 0 || !tokens[start].flags.isDisjoint(with: .boundary) || !tokens[start - 1].isCapitalized,
                !Gazetteer.stopwords.contains(tokens[start]), !isGivenName(tokens[start]),
                !PersonFinder.notNamesEverywhere.contains(tokens[start]), !PlaceContext.shared.notPlaces.contains(tokens[start]),
                !NameContext.shared.weekdays.contains(tokens[start]),
                !connectorsEverywhere.contains(tokens[start]), !tokens[start].flags.contains(.allCaps) || a - start == 1,
                // (A name with a head is the finder of names by their shape's.)
                !(start..<a).contains(where: { headsEverywhere.contains(tokens[$0]) })
            else { continue }
            let end = withoutLetters(tokens, from: start, to: a)
            if end - start > 1 || tokens[start].text.utf8.count > 2 { out.append(start..<end) }
        }
        return out
    }

    /// The language's word for a firm, a union or a club (la société, el grupo), or in German a compound of one
    /// (Familienunternehmen, Sportartikelhersteller).
    private static func isKindNoun(_ t: Token, _ context: NameContext.Words, german: Bool) -> Bool {
        // (A firm, "ein Familienunternehmen", only here: before a name "Unternehmen" is as often a plural, "viele
        // Unternehmen Stellen streichen".)
        if german {
            return t.isCapitalized && !t.flags.contains(.allCaps)
                && (t.text.hasSuffix("unternehmen") || germanKindEndings.contains(where: { t.text.hasSuffix($0) }))
        }
        return !t.isCapitalized && context.firmWords.contains(t)
    }
}
