/// (fr) A town whose name begins with "Le" or "Les" after "au", "du" or "aux", which hold the article: "évacués au Muy" is
/// at Le Muy, "le port du Havre" is Le Havre's.
extension PlaceFinder {
    /// The article that each contraction holds.
    static let contractedArticles: [String: String] = ["au": "Le", "du": "Le", "aux": "Les"]

    /// The town after a contraction at `run`, read with the words that link a longer name (`linked`): its range,
    /// its name with the article and its country. A small town counts where the article names its country or it is one of
    /// the language's home countries (a village only in the first case); a town the gazetteer holds by the name with its
    /// article ("Le Havre") counts as it does in running text.
    static func townAfterContraction(_ run: Range<Int>, linked: Range<Int>, in tokens: [Token], found: Found, gazetteer: Gazetteer)
        -> (range: Range<Int>, name: String, country: String)?
    {
        guard run.lowerBound > 0, case let before = tokens[run.lowerBound - 1], !before.isCapitalized,
            let article = contractedArticles[before.text], gap(before, tokens[run.lowerBound]) == 1
        else { return nil }
        // (The whole linked run only: "au Palais des Congrès" is no Le Palais.)
        let r = linked
        let name = article + " " + Gazetteer.name(r, in: tokens)
        let key = Array(article.lowercased().utf8) + [0x20] + smallTownKey(r, in: tokens)
        for c in SmallTowns.countries(named: key) {
            let country = c.uppercased()
            if SmallTowns.isVillage(c) ? found.countries.contains(country) : found.countries.contains(country) || found.homeCountries.contains(country) {
                return (r, name, country)
            }
        }
        let words = Tokenizer.tokenize(name)
        if let m = gazetteer.wholeMatch(of: words, reading: .dateline),
            [.city, .capital, .place].contains(gazetteer.entries.kind(m.entry)),
            let country = m.country ?? gazetteer.entries.country(m.entry)
        {
            return (r, gazetteer.placeName(m.entry), country)
        }
        return nil
    }
}
