/// Names that the finders of people read after a word of role ("the plant's owner Lyondell Chemical said") but that no
/// person bears: one whose last word is a firm's trade (Chemical, Mining, Commodities) or a family firm's (Mastellone
/// Hermanos), or whose first is a club's word (Stade Toulousain, Virtus Entella). They are organisations. (Trades that
/// are surnames too stay people's: Steel, Power, Land.)
extension Analyzer {
    /// Trades that end a firm's name and no person's, folded.
    static let tradeLastWords: WordSet = [
        "chemical", "chemicals", "mining", "minerals", "metals", "foods", "logistics", "shipping", "refining", "exploration",
        "securities", "investments", "communications", "software", "manufacturing", "construction", "engineering", "insurance",
        "properties", "energy", "electric", "electrical", "smelting", "pharmaceuticals", "petroleum", "airlines", "airways",
        "commodities", "brothers", "hermanos", "irmaos", "fratelli",
    ]

    /// Words that begin a club's name and no person's, folded.
    static let clubFirstWords: WordSet = ["stade", "virtus", "sporting", "racing", "olympique", "dinamo", "dynamo", "deportivo"]

    /// Whether the person's name `name` (two words or more) is such a firm's or club's.
    static func firmReadAsPerson(_ name: String) -> Bool {
        let words = Tokenizer.tokenize(name)
        guard words.count >= 2, let first = words.first, let last = words.last, first.isCapitalized, last.isCapitalized else { return false }
        return tradeLastWords.contains(last) || clubFirstWords.contains(first)
    }
}
