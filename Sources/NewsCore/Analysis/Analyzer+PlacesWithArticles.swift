/// (Romance) A place's name that begins with its article, capitalised inside a sentence: "cerca de El Chaco" is El Chaco in
/// Ecuador, not Chaco in Argentina; "por la barranca Las Lajas". The gazetteer reads a name with its article whole where it
/// knows one (La Rioja, Le Havre); here it read the name without it.
extension Analyzer {
    /// The Romance articles that begin a place's name when capitalised inside a sentence (El Chaco, La Mesa, Le Cannet),
    /// folded: those a name may begin with in French, Spanish, Italian and Portuguese (``OrganizationFinder/nameArticles``).
    static let capitalisedArticles = WordSet(["fr", "es", "it", "pt"].flatMap { OrganizationFinder.nameArticleWords[$0] ?? [] })

    /// Removes from `matches` each region's or city's name of one word right after such an article, and returns the
    /// article and the name: a place all the same, of no country the gazetteer knows. Not a title's or the body's first
    /// word, a sentence's start, nor after a capitalised word ("Il Napoli batte la Juventus", "MILANO - Il Milan batte la
    /// Lazio", whose dash the tokens do not mark), nor an article another match holds.
    static func placesWithArticles(_ matches: inout [Gazetteer.Match], in tokens: [Token], titleCount: Int, gazetteer: Gazetteer)
        -> [Range<Int>]
    {
        // (The matches to drop found first: most articles have none, and are left without a copy of their matches.)
        let drop = matches.indices.filter { index in
            let m = matches[index]
            guard m.start >= 2, m.start - 1 != titleCount, !tokens[m.start - 2].isCapitalized, m.count == 1,
                [.place, .city].contains(gazetteer.entries.kind(m.entry))
            else { return false }
            let article = tokens[m.start - 1]
            return article.isCapitalized && !article.flags.contains(.allCaps) && capitalisedArticles.contains(article)
                && article.flags.isDisjoint(with: .boundary) && tokens[m.start].flags.isDisjoint(with: .boundary)
                && !matches.contains { $0.start >= 0 && $0.start <= m.start - 1 && $0.start + $0.count > m.start - 1 }
        }
        guard !drop.isEmpty else { return [] }
        let out = drop.map { matches[$0].start - 1..<matches[$0].start + 1 }
        for index in drop.reversed() { matches.remove(at: index) }
        return out
    }
}
