extension PlaceFinder {
    /// Where the gazetteer's towns and regions start and end in the text (token indexes), for
    /// ``coordinated(_:in:placeStarts:placeEnds:words:)``.
    static func placeBounds(_ matches: [Gazetteer.Match], gazetteer: Gazetteer) -> (starts: Set<Int>, ends: Set<Int>) {
        var starts = Set<Int>(), ends = Set<Int>()
        for m in matches where m.start >= 0 && [.capital, .city, .place].contains(gazetteer.entries.kind(m.entry)) {
            starts.insert(m.start)
            ends.insert(m.start + m.count)
        }
        return (starts, ends)
    }

    /// True when `run` is joined by a conjunction or a comma to a town or region the gazetteer knows, right
    /// before or right after it, in one sentence: "Hebden Bridge and Todmorden", "Linz und Schärding",
    /// "Plattling und Passau", "Idukki, Kozhikode and Malappuram". (For a small town, which
    /// counts where the article names its country: a list of places is a place's context, as a
    /// preposition is.)
    static func coordinated(_ run: Range<Int>, in tokens: [Token], placeStarts: Set<Int>, placeEnds: Set<Int>,
                            words: PlaceContext.Words) -> Bool
    {
        let first = tokens[run.lowerBound]
        if run.lowerBound > 0, first.flags.isDisjoint(with: [.sentenceStart, .lineStart]) {
            // "Hebden Bridge and Todmorden", "Kozhikode, Idukki"
            let before = run.lowerBound - 1
            if words.conjunctions.contains(tokens[before]), tokens[before].flags.isDisjoint(with: .boundary),
                placeEnds.contains(before)
            {
                return true
            }
            if first.flags.contains(.afterPunctuation), placeEnds.contains(run.lowerBound), tokens[before].isCapitalized {
                return true
            }
        }
        // "Plattling und Passau"
        let after = run.upperBound
        if after + 1 < tokens.count, words.conjunctions.contains(tokens[after]), tokens[after].flags.isDisjoint(with: .boundary),
            tokens[after + 1].flags.isDisjoint(with: [.boundary, .sentenceStart]), placeStarts.contains(after + 1)
        {
            return true
        }
        // "Idukki, Kozhikode and Malappuram"
        if after < tokens.count, tokens[after].flags.contains(.afterPunctuation),
            tokens[after].flags.isDisjoint(with: [.sentenceStart, .lineStart]), placeStarts.contains(after)
        {
            return true
        }
        return false
    }
}
