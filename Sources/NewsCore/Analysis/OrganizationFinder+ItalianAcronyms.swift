/// (it) Acronyms written as words: Italian papers write a body's acronym that reads as a word with one capital ("l'Inps",
/// "dell'Ingv", "la Sac", "dall'Usb", "il Cipess"). After an article in lower case such a word, short and ending in a
/// consonant (no Italian word ends so), names a body; the taxes, plans and things written the same way are data
/// (name-context.tsv OW: il Pil, il Pnrr, l'Irpef, il Var).
extension OrganizationFinder {
    /// The articles and articulated prepositions, folded (the elided ones as the tokenizer parts them: "dell", "l").
    static let italianArticles: WordSet = [
        "il", "lo", "la", "l", "i", "gli", "le", "del", "dello", "della", "dell", "dei", "degli", "delle", "al", "allo", "alla",
        "all", "ai", "agli", "alle", "dal", "dallo", "dalla", "dall", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell",
        "nei", "negli", "nelle", "sul", "sullo", "sulla", "sull", "col", "coi",
    ]

    /// Those of them that are "di" and an article, over which a name goes on ("Corriere dello Sport"), folded.
    static let italianOfArticles: WordSet = ["del", "dello", "della", "dell", "dei", "degli", "delle"]

    /// The longest such word read (Cipess, Agcom, Consob); longer ones are words or names of their own.
    static let italianAcronymLength = 6

    /// Each word of two to ``italianAcronymLength`` letters, capitalised with its other letters in lower case, ending in a
    /// consonant, right after one of ``italianArticles`` in lower case: not taken, not before another capitalised word
    /// nor a connector and one (a longer name: "il Real Madrid", "il Tour de France"), not after a capitalised word
    /// inside a sentence and "di" with its article ("Corriere dello Sport"), and not one of `notBodies` (OW).
    static func italianAcronyms(_ tokens: [Token], _ taken: [Bool], notBodies: WordSet) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in tokens.indices.dropFirst() where !taken[i] && isItalianAcronym(tokens[i]) {
            let article = tokens[i - 1]
            guard article.original == article.text || article.flags.contains(.sentenceStart), italianArticles.contains(article),
                tokens[i].flags.isDisjoint(with: .boundary), !notBodies.contains(tokens[i])
            else { continue }
            // (A name goes on over "di" and its article: "Corriere dello Sport"; not over another article, "a Milano l'Atm";
            // a sentence's first word is capitalised anyway, "Secondo l'Ingv".)
            if i >= 2, tokens[i - 2].isCapitalized, !tokens[i - 2].flags.contains(.sentenceStart), article.flags.isDisjoint(with: .boundary),
                italianOfArticles.contains(article)
            {
                continue
            }
            // (Nor does a longer name begin there: "il Real Madrid", "il Tour de France", "la Birds of Prey".)
            if i + 1 < tokens.count, tokens[i + 1].flags.isDisjoint(with: .boundary) {
                if tokens[i + 1].isCapitalized { continue }
                if i + 2 < tokens.count, connectorsEverywhere.contains(tokens[i + 1]), tokens[i + 2].isCapitalized,
                    tokens[i + 2].flags.isDisjoint(with: .boundary)
                {
                    continue
                }
            }
            out.append(i..<i + 1)
        }
        return out
    }

    /// Whether `t` has the shape: letters only, the first a capital, the others in lower case, the last a consonant.
    static func isItalianAcronym(_ t: Token) -> Bool {
        guard t.isCapitalized, !t.flags.contains(.allCaps), t.flags.isDisjoint(with: [.numeric, .ideographic, .hyphenated]) else { return false }
        let scalars = t.original.unicodeScalars
        guard scalars.count >= 2, scalars.count <= italianAcronymLength else { return false }
        for (k, s) in scalars.enumerated() {
            let v = s.value
            if k == 0 { guard v >= 0x41 && v <= 0x5A else { return false } } else { guard v >= 0x61 && v <= 0x7A else { return false } }
        }
        return !"aeiou".unicodeScalars.contains(scalars.last!)
    }
}
