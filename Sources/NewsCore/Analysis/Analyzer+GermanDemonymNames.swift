extension Analyzer {
    /// (de) A country's adjective written capitalised inside a sentence, before another capitalised word, begins a
    /// name ("die Partei Georgischer Traum", "die Polnische Nationalbank"): the country counts, and the words stay free
    /// for the finders of names.
    static func demonymInGermanName(_ m: Gazetteer.Match, _ kind: Gazetteer.Kind, in tokens: [Token], language: String?) -> Bool {
        guard language == "de", kind == .demonym, m.count == 1, m.start >= 0, m.start + 1 < tokens.count else { return false }
        let word = tokens[m.start], next = tokens[m.start + 1]
        return word.isCapitalized && !word.flags.contains(.allCaps) && word.flags.isDisjoint(with: [.sentenceStart, .lineStart, .afterPunctuation])
            && next.isCapitalized && next.flags.isDisjoint(with: .boundary) && !next.flags.contains(.ideographic)
    }
}
