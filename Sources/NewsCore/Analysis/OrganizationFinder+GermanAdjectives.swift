/// German bodies whose names go on in lower case after their head: an adjective in the genitive before
/// a noun ("Verband kommunaler Unternehmen", "Bundesverband deutscher Banken"), or after "der", "des" or
/// "für" ("Institut der deutschen Wirtschaft", "Institut für angewandte Ökologie").
extension OrganizationFinder {
    /// Words in lower case that end as such an adjective does but are adverbs, pronouns or prepositions
    /// ("dass die Bank wieder Gewinne macht", "die Sparkasse früher Filialen").
    static let germanNotAdjectives = WordSet(
        [
        "aber", "oder", "unter", "hinter", "über", "außer", "wieder", "weiter", "später", "früher", "immer", "sicher", "bisher",
        "daher", "näher", "länger", "stärker", "schneller", "besser", "leider", "lieber", "jeder", "jener", "dieser", "mancher",
        "welcher", "solcher", "unser", "euer", "ihrer", "seiner", "einer", "keiner", "beider", "nieder", "wider", "entweder",
        "jenen", "diesen", "einen", "keinen", "seinen", "ihren", "unseren", "welchen", "solchen", "allen", "vielen", "wenigen",
        "beiden", "anderen", "meisten", "ersten", "letzten", "nächsten", "eigenen", "jeweiligen", "übrigen",
        "diese", "jene", "eine", "keine", "seine", "ihre", "unsere", "welche", "solche", "alle", "viele", "beide", "andere",
        "eigene", "erste", "letzte", "nächste",
        ].flatMap { Tokenizer.words($0) })

    /// Genitive articles and "für" that may stand between a head and such an adjective.
    static let germanOf: WordSet = ["der", "des", "für"]

    /// After a head at `start`: "der"/"des"/"für" at most, one adjective in lower case (five letters or more, ending in
    /// -er, or after the article in -en or -e), then a capitalised word, all side by side in one sentence; the index of
    /// that capitalised word, or nil.
    static func germanAdjectives(_ tokens: [Token], from start: Int) -> Int? {
        let stop: Token.Flags = [.afterPunctuation, .sentenceStart, .lineStart, .numeric]
        var k = start
        let article = k < tokens.count && germanOf.contains(tokens[k]) && !tokens[k].isCapitalized && tokens[k].flags.isDisjoint(with: stop)
        if article { k += 1 }
        guard k + 1 < tokens.count, !tokens[k].isCapitalized, tokens[k].flags.isDisjoint(with: stop), !tokens[k].flags.contains(.hyphenated),
            tokens[k].text.scalarCount >= 5, !germanNotAdjectives.contains(tokens[k]), !Gazetteer.stopwords.contains(tokens[k]),
            !connectorsEverywhere.contains(tokens[k]),
            tokens[k].text.hasSuffix("er") || article && (tokens[k].text.hasSuffix("en") || tokens[k].text.hasSuffix("e")),
            tokens[k + 1].isCapitalized, tokens[k + 1].flags.isDisjoint(with: stop), !tokens[k + 1].flags.contains(.ideographic),
            !Gazetteer.stopwords.contains(tokens[k + 1]), !PersonFinder.titles.contains(tokens[k + 1])
        else { return nil }
        return k + 1
    }

    /// Endings of the capitalised adjectives that begin a German body's name before its compound head ("Hanseatisches
    /// Oberlandesgericht", "Staatliches Bauamt", "Österreichische Finanzmarktaufsicht", "Ständiges Schiedsgericht"):
    /// -isch, -lich and -ig with an ending. (Not a town's -er, "Hamburger Reederei", which is as often a firm's kind.)
    static let germanNameAdjectiveEndings = ["sche", "schen", "scher", "sches", "liche", "lichen", "licher", "liches", "ige", "igen", "iger", "iges"]

    /// Whether `t` is such an adjective, capitalised, of six letters or more.
    static func isGermanNameAdjective(_ t: Token) -> Bool {
        t.isCapitalized && !t.flags.contains(.allCaps) && t.text.utf8.count >= 6 && germanNameAdjectiveEndings.contains { t.text.hasSuffix($0) }
    }
}
