/// The words before a firm's name that the gazetteer knows only as an ambiguous single word (~Bosch, ~Ferrari,
/// ~Loblaw: also a surname or a town), which make no longer name of it: a word that opens a sentence and begins
/// no name (name-context.tsv, N: "Intanto Ferrari", "Auch Bosch"), a word for a kind of firm capitalised at a
/// sentence's start (R: "Grocers Loblaw and Sobeys"), and a German compound for a kind of firm (KE: "den
/// Zulieferern Bosch und Continental", "der Autobauer Ferrari").
extension Gazetteer {
    /// Every language's words for a kind of firm (name-context.tsv, R), folded.
    static let firmWordsEverywhere: WordSet = {
        var all = WordSet()
        for words in NameContext.shared.languages.values {
            for word in words.organizationTypes { all.insert(word) }
        }
        return all
    }()

    /// True when `p`, the capitalised word right before an ambiguous firm's name, is none of a longer name's.
    static func opensFirm(_ p: Token, german: Bool) -> Bool {
        if p.flags.contains(.sentenceStart) && PersonFinder.notNamesEverywhere.contains(p) { return true }
        if firmWordsEverywhere.contains(p) { return true }
        return german && !p.flags.contains(.allCaps) && OrganizationFinder.germanKindEndings.contains { p.text.hasSuffix($0) }
    }
}
