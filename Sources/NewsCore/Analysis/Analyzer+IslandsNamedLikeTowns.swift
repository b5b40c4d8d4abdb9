/// An island named like a town of another country: "la isla San Cristóbal" is in the Galápagos, not San Cristóbal in
/// Venezuela; "la isla Santa Cruz" is not Santa Cruz in Bolivia. After a word for an island a city's name is read as a
/// small town's is: a place of the article where the article names that city's country otherwise; else the place finder
/// reads the island by its word, with no country. (Not a town of a country whose press writes the article's language:
/// "l'isola Ischia" is the town's island.)
extension Analyzer {
    /// Words for an island, right before its name (place-context.tsv B holds them too, for the islands no list holds).
    static let islandWords = WordSet(["isla", "islote", "île", "îlot", "ilha", "ilhéu", "isola", "Insel"].flatMap { Tokenizer.words($0) })

    /// Marks small the matches of cities and capitals right after a word for an island in lower case (German's capitalised),
    /// but those of the `home` countries.
    static func islandsNamedLikeTowns(_ matches: inout [Gazetteer.Match], in tokens: [Token], gazetteer: Gazetteer, home: Set<String>) {
        for k in matches.indices {
            let m = matches[k]
            guard m.start > 0, !m.small, m.country == nil, [.city, .capital].contains(gazetteer.entries.kind(m.entry)),
                islandWords.contains(tokens[m.start - 1]), tokens[m.start].flags.isDisjoint(with: .boundary),
                !home.contains(gazetteer.entries.country(m.entry) ?? "")
            else { continue }
            matches[k].small = true
        }
    }
}
