/// (fr, es, it, pt) A national service named by a capitalised noun and adjectives in lower case, the last its nation's or
/// a word for national, military or coastal: "la Marine nationale", "la Guardia costiera greca", "la Armada argentina",
/// "la Gendarmerie nationale". The Romance press writes such names in sentence case, with no head word the shape finders
/// know and no acronym after them.
extension Analyzer {
    /// Nouns of a service, capitalised, that begin such a name, folded.
    static let romanceServiceHeads = WordSet([
        "Marine", "Marina", "Guardia", "Garde", "Armada", "Polizia", "Policía", "Polícia", "Police", "Gendarmerie", "Gendarmería",
        "Aeronautica", "Esercito", "Ejército", "Exército", "Armée",
    ].flatMap { Tokenizer.words($0) })

    /// Adjectives that end one where no demonym does: national, military, coastal.
    static let romanceServiceEnds = WordSet(["nationale", "nazionale", "nacional", "national", "militare", "militar", "costiera", "costera",
                                             "costeira"].flatMap { Tokenizer.words($0) })

    /// The ranges of such names: the head capitalised inside a sentence (or after its article), then one to three words in
    /// lower case in one phrase, the last a demonym (`isDemonym`) or one of ``romanceServiceEnds``.
    static func romanceServices(in tokens: [Token], taken: [Bool], isDemonym: (Int) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in tokens.indices where i > 0 && !taken[i] && romanceServiceHeads.contains(tokens[i]) {
            let head = tokens[i]
            guard head.isCapitalized, !head.flags.contains(.allCaps), head.flags.isDisjoint(with: [.sentenceStart, .lineStart]) else { continue }
            var end = i + 1
            var last: Int?
            // (The demonym is taken, as its country's mention.)
            while end < tokens.count, end - i <= 3, !taken[end] || isDemonym(end), !tokens[end].isCapitalized,
                tokens[end].flags.isDisjoint(with: .boundary)
            {
                if isDemonym(end) || romanceServiceEnds.contains(tokens[end]) { last = end }
                end += 1
            }
            if let last { out.append(i..<last + 1) }
        }
        return out
    }
}
