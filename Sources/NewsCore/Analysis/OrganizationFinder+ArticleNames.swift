/// Names that begin with a capitalised article inside a sentence ("selon Le Monde", "según El País",
/// "secondo Il Sole 24 Ore", "de acordo com O Globo", "laut Der Spiegel"): newspapers, parties and firms.
/// French, Spanish, Italian, Portuguese and German write an article in lower case there, so a capital
/// one begins a name; places with an article ("à Le Havre", "en La Rioja") are the gazetteer's, or stand
/// after a preposition of place.
extension OrganizationFinder {
    /// The articles a name may begin with, by language, folded.
    static let nameArticleWords: [String: [String]] = [
        "fr": ["le", "la", "les"],
        "es": ["el", "la", "los", "las"],
        "it": ["il", "lo", "la"],
        "pt": ["o", "os", "as"],
        "de": ["die", "der", "das"],
    ]
    static let nameArticles: [String: WordSet] = nameArticleWords.mapValues { WordSet($0) }

    /// Words before an article that make the name a place's ("à Le Cannet", "in La Spezia", "em O Porto").
    static let beforePlaceArticles: WordSet = [
        "a", "à", "au", "aux", "en", "in", "em", "no", "na", "nel", "nella", "ad", "nach", "bei", "im", "vers", "près", "hacia",
        "desde", "hasta",
    ]

    /// A person's particles, after a given name ("Jean de La Fontaine", "Johan van Der Berg"); after a name, a list's
    /// "and" begins no name either ("entre Fréjus et Le Muy").
    static let particles: WordSet = ["de", "di", "da", "du", "del", "van", "von"]

    /// Words after a capitalised article that name weather, not a body ("El Niño", "La Niña"), folded.
    static let notArticleNames: WordSet = ["nino", "nina"]

    /// The article and one to three capitalised words after it, none the gazetteer's, a title or a stop word; not
    /// at a sentence's start, after a capitalised word ("Marine Le Pen"; a sentence's "Selon" is none), a
    /// preposition of place or a person's particle.
    static func articleNames(_ tokens: [Token], _ taken: [Bool], language: String?) -> [Range<Int>] {
        guard let language, let articles = nameArticles[language] else { return [] }
        var out: [Range<Int>] = []
        var i = 1
        while i + 1 < tokens.count {
            defer { i += 1 }
            let t = tokens[i]
            guard t.isCapitalized, !t.flags.contains(.allCaps), t.flags.isDisjoint(with: .boundary), !taken[i], articles.contains(t),
                !tokens[i - 1].isCapitalized || startsNoName(tokens[i - 1]), !tokens[i - 1].flags.contains(.numeric),
                !beforePlaceArticles.contains(tokens[i - 1]),
                i < 2 || !particles.contains(tokens[i - 1]) && !coordinators.contains(tokens[i - 1]) || !tokens[i - 2].isCapitalized,
                // (One space before it, no punctuation: "MADRID, 3 dic - El Tribunal Supremo" begins a sentence.)
                t.offset == tokens[i - 1].offset + tokens[i - 1].original.scalarCount + 1,
                !PersonFinder.notNamesEverywhere.contains(tokens[i + 1])
            else { continue }
            var end = i + 1
            while end < tokens.count, end - i <= 3, isArticleNameWord(tokens, end, taken),
                end == i + 1 || tokens[end].flags.isDisjoint(with: .boundary)
            {
                end += 1
            }
            // (The first word after the article on the same line, with nothing between: "La « Une »" is none.)
            guard end > i + 1, tokens[i + 1].flags.isDisjoint(with: .boundary), !notArticleNames.contains(tokens[i + 1]) else { continue }
            // (A head's name that goes on after "de" is the finder's by shape: "el lunes El Consejo de Ministros".)
            if headsEverywhere.contains(tokens[i + 1]), end < tokens.count, connectorsEverywhere.contains(tokens[end]) { continue }
            // (A small town's name with its article: "entre Le Cannet-des-Maures et Puget-sur-Argens".)
            let town = PlaceFinder.linkedRun(from: i, in: tokens, taken: taken, context: PlaceContext.shared)
            if !SmallTowns.countries(named: PlaceFinder.smallTownKey(town, in: tokens)).isEmpty { continue }
            out.append(i..<end)
            i = end - 1
        }
        return out
    }

    /// A sentence's first word that begins no person's name ("Selon Le Monde", "Según El País").
    private static func startsNoName(_ t: Token) -> Bool {
        t.flags.contains(.sentenceStart) && (Gazetteer.stopwords.contains(t) || PersonFinder.notNamesEverywhere.contains(t))
    }

    private static func isArticleNameWord(_ tokens: [Token], _ k: Int, _ taken: [Bool]) -> Bool {
        let t = tokens[k]
        return t.isCapitalized && !t.flags.contains(.allCaps) && !t.flags.contains(.numeric) && !t.flags.contains(.ideographic) && !taken[k]
            && !Gazetteer.stopwords.contains(t) && !PersonFinder.titles.contains(t)
    }
}
