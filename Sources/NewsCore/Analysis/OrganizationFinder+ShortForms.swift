/// A firm that an article names once in full and then by a short form ("Calderwood Chemicals Ltd
/// ... shares of Calderwood fell", "die Brauerei Falkenhof GmbH ... Falkenhof begründete"): the
/// short form is that organisation's, not a person's or a place's, and no second organisation.
extension OrganizationFinder {
    /// Capitalised words for a kind of firm that may begin its name ("Brauerei Falkenhof",
    /// "Construtora Serrana"); Resources/name-context.tsv, K.
    static let kindsEverywhere = WordSet(NameContext.shared.organizationKinds)

    /// Legal forms (Resources/name-shapes.tsv, L), for one look-up.
    static let legalForms = WordSet(NameShapes.shared.legalForms)

    /// Head words that end a firm's name after its own word, as a legal form does ("Harwood
    /// Plastics", "Kessler Group"); Resources/name-context.tsv, X.
    static let firmEnds = WordSet(NameContext.shared.firmEnds)

    /// An organisation's name, folded, without its legal form (the letters of one written with
    /// dots too: "S.p.A."), and whether it had one.
    static func core(of name: String) -> (words: [Token], legal: Bool) {
        var words = Tokenizer.tokenize(name)
        var legal = false
        while words.count > 1, let last = words.last,
            legalForms.contains(last) || last.text.scalarCount == 1 && !last.flags.contains(.numeric)
        {
            legal = legal || legalForms.contains(last) || words.count > 2
            words.removeLast()
        }
        return (words, legal)
    }

    /// The short form of an organisation's name, folded, or nil: the one word left when the legal
    /// form and a word for its kind are taken off ("Hidrovalle S.A.", "Brauerei Falkenhof GmbH"),
    /// or the first word of a name that ends in a legal form or a firm's head word ("Calderwood
    /// Chemicals Ltd", "Harwood Plastics"). Not a
    /// head word, a given name (a firm named after a person: "Dean Witter Reynolds Inc" is no
    /// "Dean"), a word that makes no name, nor a word of fewer than four letters.
    static func shortForm(of name: String) -> String? {
        var (words, legal) = core(of: name)
        var kind = false
        if words.count > 1, kindsEverywhere.contains(words[0]) {
            kind = true
            words.removeFirst()
        }
        let firm = legal || words.count > 1 && firmEnds.contains(words[words.count - 1])
        guard let first = words.first, words.count == 1 && (legal || kind) || words.count > 1 && firm,
            first.isCapitalized, !first.flags.contains(.numeric), !first.flags.contains(.ideographic),
            !first.flags.contains(.allCaps), first.text.scalarCount >= 4,
            !headsEverywhere.contains(first), !kindsEverywhere.contains(first), !Gazetteer.stopwords.contains(first),
            !PersonFinder.notNamesEverywhere.contains(first), !PersonFinder.titles.contains(first),
            !isGivenName(first),
            words.count == 1 || !words[1].flags.contains(.hyphenated)
        else { return nil }
        return first.text
    }

    /// Other names of `names` (folded words): each firm's name without its legal form, and its
    /// short form where the article writes it again, capitalised; those words are marked taken.
    static func aliases(of names: [String], in tokens: [Token], taken: inout [Bool]) -> [[String]] {
        var out: [[String]] = []
        for name in names {
            let (words, legal) = core(of: name)
            if legal, words.count > 1 { out.append(words.map(\.text)) }
            guard let short = shortForm(of: name), !out.contains([short]) else { continue }
            var mentions = 0
            for i in tokens.indices where tokens[i].text == short && tokens[i].isCapitalized {
                taken[i] = true
                mentions += 1
            }
            if mentions > 1 { out.append([short]) }
        }
        return out
    }
}

extension OrganizationFinder {
    /// Marks taken the other mentions of the names at `ranges`, which the article's own words made
    /// organisations ("the lender Bradley Hart ... Bradley Hart said"): each is the same
    /// organisation, not a person. A mention counts when it stands alone, with no capitalised word
    /// glued before or after it ("Leonardo" is no part of "Leonardo DiCaprio") nor "of" and one after it.
    static func markRepeats(of ranges: [Range<Int>], in tokens: [Token], taken: inout [Bool]) {
        // (Not a head alone: "Banque ... Banque du Caire".)
        for r in ranges where r.count <= 4 && !tokens[r.lowerBound].flags.contains(.ideographic) && !r.allSatisfy({ headsEverywhere.contains(tokens[$0]) }) {
            let first = tokens[r.lowerBound].text
            // (The flag first: a string compared only at a capitalised word, unless the name has no case: وزارة, ministère.)
            let caseless = !tokens[r.lowerBound].isCapitalized
            for j in tokens.indices where (caseless || tokens[j].isCapitalized) && j != r.lowerBound && !taken[j] && tokens[j].text == first
                && j + r.count <= tokens.count
            {
                guard (1..<r.count).allSatisfy({ tokens[j + $0].text == tokens[r.lowerBound + $0].text }) else { continue }
                let end = j + r.count
                // (A headline in capitals has capitals all round: "LENDER BRADLEY HART OVER".)
                let capitals = tokens[j].flags.contains(.allCaps)
                if !capitals, j > 0, tokens[j - 1].isCapitalized, tokens[j].flags.isDisjoint(with: .boundary) { continue }
                if !capitals, end < tokens.count, tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary) { continue }
                // (Nor a name's first words: "Hart of Dixie".)
                if end + 1 < tokens.count, connectorsEverywhere.contains(tokens[end]), tokens[end + 1].isCapitalized,
                    tokens[end].flags.isDisjoint(with: .boundary)
                {
                    continue
                }
                for k in j..<end { taken[k] = true }
                // (A headline in capitals goes on past the name, as after a known one: "XEROX CORP PLANS TO BUY", whose rest,
                // eight words at most, is no acronym.)
                if capitals {
                    var k = end
                    while k < tokens.count, k < end + 8, !taken[k], tokens[k].flags.contains(.allCaps), tokens[k].flags.isDisjoint(with: .boundary) {
                        taken[k] = true
                        k += 1
                    }
                }
            }
        }
    }
}
