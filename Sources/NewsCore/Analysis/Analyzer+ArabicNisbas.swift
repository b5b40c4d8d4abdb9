/// (ar) A country's adjective as a family name: مراد التونسي, خالد المصري.
extension Analyzer {
    /// Words in Arabic that stand before an adjective with its article and are no name: prepositions, particles and
    /// conjunctions ("في التونسي" is no name).
    static let arabicNotNames: WordSet = ["في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "و", "أو", "ثم", "قد", "لا", "ما", "لم",
                                          "لن", "أن", "إن", "بعد", "قبل", "عند", "حول", "ضد", "منذ", "خلال", "لدى", "غير"]

    /// The verbs that a name follows at a sentence's start (name-context.tsv Y), read once: not each match's copy of the lists.
    static let arabicVerbs = NameContext.shared.words(for: "ar").arabicVerbs
    /// Given names written with the article (name-context.tsv AA: الحسين), read once.
    static let arabicArticleGivenNames = NameContext.shared.words(for: "ar").arabicArticleGivenNames

    /// Whether `m`, a country's masculine adjective with the article (التونسي), follows a word with neither the article
    /// nor a possessive's ending, or a given name written with the article (الحسين الجزائري): proper names take no article
    /// but those, so the adjective is the name's nisba (مراد التونسي), not
    /// the country. (Not "نظيره التونسي", "his Tunisian counterpart", nor after a preposition, nor after a place the
    /// gazetteer knows or a word for a place names, "ميناء جيهان التركي", "the Turkish port of Ceyhan".)
    static func arabicNisba(_ m: Gazetteer.Match, in tokens: [Token], matches: [Gazetteer.Match], gazetteer: Gazetteer) -> Bool {
        guard m.count == 1, m.start >= 1, gazetteer.entries.kind(m.entry) == .demonym else { return false }
        let word = tokens[m.start], before = tokens[m.start - 1]
        guard word.text.hasPrefix("ال"), word.text.hasSuffix("ي"), word.flags.isDisjoint(with: .boundary),
            before.text.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) }), before.text.scalarCount >= 3,
            !PersonFinder.hasArabicArticle(before) || arabicArticleGivenNames.contains(before),
            !before.text.hasPrefix("وال"), !before.text.hasPrefix("بال"),
            !before.text.hasPrefix("لل"), !arabicNotNames.contains(before),
            // (Nor after a verb that a name follows, "أحرز البرتغالي كريستيانو رونالدو": the player's nationality.)
            !arabicVerbs.contains(before)
        else { return false }
        return !["ره", "ها", "هم", "هما", "نا", "كم", "يه"].contains { before.text.hasSuffix($0) }
            && !matches.contains { $0.start >= 0 && $0.start + $0.count == m.start }
            && !(m.start >= 2 && PlaceContext.shared.lists(for: "ar").words.beforeEnds.contains(tokens[m.start - 2]))
    }
}
