extension PersonFinder {
    /// (de) True when the run `r` begins with a noun for a role, capitalised as German nouns are, before a given name:
    /// "der Ökonom Jens-Peter van den Bergh", "der tschechische Investor Daniel Křetínský". Three words or more, the
    /// first no given name, the second one (and no English word: "Sprecher Mark"), after a word in lower case or at a
    /// sentence's start.
    static func beginsWithGermanRole(_ tokens: [Token], _ r: Range<Int>, context: NameContext.Words) -> Bool {
        guard context.language == "de", r.count >= 3, !tokens[r.lowerBound + 1].flags.contains(.hyphenated) else { return false }
        let shapes = NameShapes.shared
        let first = tokens[r.lowerBound], second = tokens[r.lowerBound + 1]
        guard !shapes.given.contains(first), !shapes.givenWords.contains(first), shapes.given.contains(second) else { return false }
        return r.lowerBound == 0 || !first.flags.isDisjoint(with: [.sentenceStart, .lineStart]) || !tokens[r.lowerBound - 1].isCapitalized
    }
}
