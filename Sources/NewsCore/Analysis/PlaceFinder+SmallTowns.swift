extension PlaceFinder {
    /// `run` when it is the whole name of a small town (``SmallTowns``: 1,000 to 15,000 people) in a
    /// country the article names ("Der Verkehr wird über Kötzting umgeleitet" in an article on Germany),
    /// and no possessor ("in Starbuck's": a café); or in one of `home`, the countries whose press writes the article's
    /// language (place-context.tsv Y).
    static func smallTown(_ run: Range<Int>, in tokens: [Token], countries: OrderedSet, home: Set<String> = []) -> Range<Int>? {
        guard !run.isEmpty, run.count <= longestName, !PersonFinder.isPossessive(tokens, run.upperBound - 1) else { return nil }
        let key = smallTownKey(run, in: tokens)
        guard SmallTowns.countries(named: key).contains(where: { countries.contains(String($0)) || home.contains(String($0)) }) else {
            return nil
        }
        return run
    }

    /// The country of the small town `run` when the article names none of its towns' countries: the first of `home`
    /// among them ("un incendie près de Puget-sur-Argens" is in France).
    static func homeCountry(ofSmallTown run: Range<Int>, in tokens: [Token], countries: OrderedSet, home: Set<String>) -> String? {
        guard !home.isEmpty else { return nil }
        let key = smallTownKey(run, in: tokens)
        let towns = SmallTowns.countries(named: key).map(String.init)
        guard !towns.contains(where: { countries.contains($0) }) else { return nil }
        return towns.first { home.contains($0) }
    }

    /// The key of small-towns.tsv for the words of `run`: their folded texts, a space between.
    static func smallTownKey(_ run: Range<Int>, in tokens: [Token]) -> [UInt8] {
        var key: [UInt8] = []
        for k in run {
            if k > run.lowerBound { key.append(0x20) }
            key.append(contentsOf: tokens[k].text.utf8)
        }
        return key
    }
}
