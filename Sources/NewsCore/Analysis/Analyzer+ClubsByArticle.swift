/// (es, it) A city's name after a masculine article is a club's: Spanish and Italian cities take no article, clubs do
/// ("frente al Eibar", "el Racing ... ganó al Oviedo", "il Napoli ha battuto il Torino").
extension Analyzer {
    /// The masculine articles, bare and joined to a preposition, and the bare article each stands for.
    static let clubArticles: [String: [String: String]] = [
        "es": ["el": "el", "al": "el", "del": "el"],
        "it": ["il": "il", "al": "il", "del": "il", "dal": "il", "nel": "il", "col": "il", "sul": "il"],
    ]

    /// Whether the city or capital of `m` stands right after such an article written in lower case, and the city's
    /// name does not itself begin with the article (al Cairo is El Cairo's, il Cairo Il Cairo's) nor goes on.
    /// (`articles`: ``clubArticles``' of the article's language, looked up once an article.)
    static func namesClubByArticle(_ m: Gazetteer.Match, in tokens: [Token], articles: [String: String], gazetteer: Gazetteer) -> Bool {
        guard m.start > 0, [.city, .capital].contains(gazetteer.entries.kind(m.entry)) else { return false }
        let before = tokens[m.start - 1]
        // (In lower case, or capitalised as a sentence's first word: "Il Napoli ha battuto".)
        guard before.original == before.text || before.flags.contains(.sentenceStart), let article = articles[before.text],
            tokens[m.start].isCapitalized,
            tokens[m.start].flags.isDisjoint(with: .boundary), !tokens[m.start].flags.contains(.hyphenated)
        else { return false }
        // (Not a longer name's first word: "El Santiago Bernabéu", a stadium.)
        let end = m.start + m.count
        if end < tokens.count, tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary) { return false }
        let written = tokens[m.start..<m.start + m.count].map(\.original).joined(separator: " ")
        let withArticle = Tokenizer.tokenize(article + " " + written)
        return !gazetteer.matches(in: withArticle, reading: .query).contains { $0.start == 0 && $0.count == withArticle.count }
    }
}

/// (en) A city's name on either side of "v" or "vs" between two capitalised names is a club's: a fixture ("Blackburn v
/// Burnley", "Plymouth v Everton"), not the town.
extension Analyzer {
    static let fixtureWords: WordSet = ["v", "vs"]

    static func namesClubInFixture(_ m: Gazetteer.Match, in tokens: [Token], gazetteer: Gazetteer) -> Bool {
        guard m.start >= 0, [.city, .capital].contains(gazetteer.entries.kind(m.entry)) else { return false }
        func fixture(at k: Int) -> Bool {
            k > 0 && k + 1 < tokens.count && fixtureWords.contains(tokens[k]) && tokens[k].original == tokens[k].text
                && tokens[k].flags.isDisjoint(with: .boundary) && tokens[k + 1].flags.isDisjoint(with: .boundary)
                && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized
        }
        return fixture(at: m.start + m.count) || fixture(at: m.start - 1)
    }
}
