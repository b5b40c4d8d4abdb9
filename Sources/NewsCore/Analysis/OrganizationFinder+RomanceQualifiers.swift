/// Two capitalised words after a Romance head that comes first, which qualify it: "Servicio Sismológico Nacional",
/// "Polícia Rodoviária Federal", "Corporación Nacional Forestal". English puts its head last, and two words after one begin
/// something else ("Foreign Ministry Spokesperson Mao Ning"), as a person's name does after a Romance head ("Partido
/// Popular Alberto").
extension OrganizationFinder {
    /// Whether `head + 1..<end` are two such words: `head` is the name's first word (after an article), a head of another
    /// language than English, in an article that is not in English; neither word is a given name, a title, nor a name
    /// that another finder took.
    static func romanceQualifiers(_ tokens: [Token], _ taken: [Bool], head: Int, from start: Int, to end: Int, language: String?)
        -> Bool
    {
        guard let language, romanceLanguages.contains(language), end - head == 3,
            head == start || head == start + 1 && romanceArticles.contains(tokens[start]),
            !heads.contains(tokens[head]), !firmEnds.contains(tokens[head]), !legalForms.contains(tokens[head])
        else { return false }
        return (head + 1..<end).allSatisfy { k in
            !taken[k] && !isGivenName(tokens[k]) && !PersonFinder.titles.contains(tokens[k]) && !tokens[k].flags.contains(.allCaps)
                && tokens[k].flags.isDisjoint(with: .boundary)
        }
    }

    /// The languages whose bodies' names put their head first.
    static let romanceLanguages: Set<String> = ["es", "pt", "fr", "it"]
}
