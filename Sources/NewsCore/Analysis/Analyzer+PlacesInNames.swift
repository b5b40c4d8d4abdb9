/// A town's name inside a person's ("Santiago Carbó", "Michele De Palma", "Martín de los Santos"): no place, and
/// no cut in the name. The gazetteer reads such a word as the town; these matches are held back from the places
/// so that the name finders see the whole name, and given back when no name found holds them.
extension Analyzer {
    /// Words that link a given name to a family name made of a place's ("De Palma", "de los Santos", "Di Roma",
    /// "van Breda"), folded.
    static let familyNameLinks: WordSet = ["de", "del", "della", "di", "da", "do", "dos", "das", "du", "los", "las", "la", "van", "von"]

    /// The indices in `matches` of towns of one word that stand inside a person's name: after a given name and
    /// one to three of ``familyNameLinks`` ("Michele De Palma"); or themselves a given name with a capitalised
    /// word after them that starts no other name the gazetteer knows and is no thing's word ("Santiago Carbó",
    /// not "Santiago Bernabéu Stadium", "Santiago, Chile"). The second not in English, whose news writes teams
    /// by their town and a capitalised name ("Orlando Magic", "Phoenix Suns").
    static func placesInPersonNames(_ matches: [Gazetteer.Match], tokens: [Token], gazetteer: Gazetteer, language: String) -> [Int] {
        let shapes = NameShapes.shared
        // (A search per candidate, not a set per article: few words pass the first tests.)
        func startsMatch(_ k: Int) -> Bool { matches.contains { $0.start == k } }
        var out: [Int] = []
        if language == "ar" { arabicPlacesInNames(matches, tokens: tokens, gazetteer: gazetteer, into: &out) }
        if language == "ja" { japanesePlacesInNames(matches, tokens: tokens, gazetteer: gazetteer, into: &out) }
        for (index, m) in matches.enumerated() where m.start >= 0 && m.count == 1 && !out.contains(index) {
            guard [.city, .capital, .place].contains(gazetteer.entries.kind(m.entry)) else { continue }
            let i = m.start
            let t = tokens[i]
            guard t.isCapitalized, !t.flags.contains(.allCaps), !t.flags.contains(.ideographic) else { continue }
            // After a given name and its links: "Michele De Palma", "Martín de los Santos".
            if t.flags.isDisjoint(with: .boundary) {
                var j = i - 1
                var links = 0
                while j >= 0, links < 3, familyNameLinks.contains(tokens[j]), tokens[j].flags.isDisjoint(with: .boundary) {
                    links += 1
                    j -= 1
                }
                // (A given name that is a word too, "Martin", "Grace" (name-shapes.tsv W), only before two links: "Martín de los
                // Santos".)
                if links > 0, j >= 0, tokens[j].isCapitalized, !tokens[j].flags.contains(.allCaps),
                    links >= 2 ? shapes.given.contains(tokens[j]) || shapes.givenWords.contains(tokens[j])
                        : shapes.given.contains(tokens[j]) && !shapes.givenWords.contains(tokens[j]),
                    !startsMatch(j),
                    beginsName(tokens, j)
                {
                    out.append(index)
                    continue
                }
            }
            // A given name before a family name: "Santiago Carbó".
            guard language != "en", i + 1 < tokens.count, shapes.given.contains(t), !shapes.givenWords.contains(t), beginsName(tokens, i)
            else { continue }
            let next = tokens[i + 1]
            guard next.isCapitalized, !next.flags.contains(.allCaps), next.flags.isDisjoint(with: .boundary),
                !next.flags.contains(.hyphenated), !t.flags.contains(.hyphenated), !startsMatch(i + 1),
                !Gazetteer.stopwords.contains(next), !Gazetteer.landforms.contains(next), !shapes.things.contains(next),
                !Gazetteer.organizationWordsAfter.contains(next), !PersonFinder.notNames.contains(next),
                !familyNameLinks.contains(next)
            else { continue }
            out.append(index)
        }
        return out.sorted()
    }

    /// True when the given name at `k` can begin a name: no capitalised word right before it in its clause ("Istituto
    /// Bancario San Paolo di Torino" is a bank's; "il segretario, Michele De Palma", "chairman Henri de Villiers").
    /// (A line's start is none, nor a sentence's the cleaner guessed there: wires wrap their lines inside names, "San\nPaolo di Torino".)
    private static func beginsName(_ tokens: [Token], _ k: Int) -> Bool {
        k == 0 || tokens[k].flags.contains(.afterPunctuation) || !tokens[k - 1].isCapitalized
    }

    /// (ar) A town with the article as the family name after a given name that is a town too (سالم الخليل, not Hebron):
    /// the given name one of name-context.tsv's AN, a title or a verb of speech within the three words before it, and
    /// the name's end after it (إن, punctuation). Both towns' matches are held back.
    private static func arabicPlacesInNames(_ matches: [Gazetteer.Match], tokens: [Token], gazetteer: Gazetteer, into out: inout [Int]) {
        let context = NameContext.shared.words(for: "ar")
        for (index, m) in matches.enumerated() where m.start >= 1 && m.count == 1 {
            let k = m.start
            guard [.city, .capital, .place].contains(gazetteer.entries.kind(m.entry)), PersonFinder.hasArabicArticle(tokens[k]),
                tokens[k].flags.isDisjoint(with: .boundary), context.arabicGivenPlaces.contains(tokens[k - 1]),
                PersonFinder.endsArabicName(tokens, at: k, context: context),
                (max(0, k - 4)..<k - 1).contains(where: { context.arabicTitles.contains(tokens[$0]) || context.arabicVerbs.contains(tokens[$0]) })
            else { continue }
            out.append(index)
            if let given = matches.firstIndex(where: { $0.start == k - 1 && $0.count == 1 }), !out.contains(given) { out.append(given) }
        }
    }
}
