extension PersonFinder {
    /// (de) True when the run `r` begins with a noun for a role, capitalised as German nouns are, before a given name:
    /// "der Ökonom Jens-Peter van den Bergh", "der tschechische Investor Daniel Křetínský". Three words or more, the
    /// first no given name, the second one, after a word in lower case, at a sentence's start or after its first word.
    static func beginsWithGermanRole(_ tokens: [Token], _ r: Range<Int>, context: NameContext.Words) -> Bool {
        guard context.language == "de", r.count >= 3, !tokens[r.lowerBound + 1].flags.contains(.hyphenated) else { return false }
        let shapes = NameShapes.shared
        let first = tokens[r.lowerBound], second = tokens[r.lowerBound + 1]
        guard !shapes.given.contains(first), !shapes.givenWords.contains(first), shapes.given.contains(second) else { return false }
        // (Or after a sentence's first word: "Der Ökonom Peter van den Brink warnte".)
        guard r.lowerBound > 0, first.flags.isDisjoint(with: [.sentenceStart, .lineStart]) else { return true }
        let before = tokens[r.lowerBound - 1]
        return !before.isCapitalized || !before.flags.isDisjoint(with: [.sentenceStart, .lineStart])
    }
}
