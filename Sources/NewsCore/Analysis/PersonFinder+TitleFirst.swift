extension PersonFinder {
    /// True when `word`, capitalised as a sentence's first before a given name ("Treasurer Jim Chalmers told"), reads
    /// as a common word (a title, a role) rather than a first name that no list holds ("Rhodri Glyn Thomas said"): an
    /// honorific (name-context.tsv H: "Sir Ian"), the article writes it in lower case elsewhere ("the treasurer"), or
    /// its English stem stands in the reference news
    /// corpus (Resources/term-document-frequency.tsv: three documents or more). `lowerWords` is the article's words in
    /// lower case, gathered on the first call: one pass over the tokens, however many names ask.
    static func readsAsWord(_ word: Token, lowerWords: inout WordSet?, in tokens: [Token]) -> Bool {
        if lowerWords == nil {
            var set = WordSet()
            for t in tokens where !t.isCapitalized && !t.flags.contains(.numeric) && !t.flags.contains(.ideographic) { set.insert(t) }
            lowerWords = set
        }
        if lowerWords?.contains(word) == true || NameContext.shared.honorifics.contains(word) { return true }
        return TermWeights.shared.isNewsWord(Stemmer.stem(word.text))
    }
}
