extension PlaceFinder {
    /// `run` when it is the whole name of a small town (``SmallTowns``: 500 to 15,000 people) in a
    /// country the article names ("Der Verkehr wird über Kötzting umgeleitet" in an article on Germany),
    /// and no possessor ("in Starbuck's": a café); or in one of `home`, the countries whose press writes the article's
    /// language (place-context.tsv Y), unless it is a village (fewer than 1,000 people).
    static func smallTown(_ run: Range<Int>, in tokens: [Token], countries: OrderedSet, home: Set<String> = []) -> Range<Int>? {
        // (At most ``longestName`` capitalised words and the words that link them: Saint-Chély-d'Apcher.)
        guard !run.isEmpty, run.count <= 2 * longestName, !PersonFinder.isPossessive(tokens, run.upperBound - 1) else { return nil }
        let key = smallTownKey(run, in: tokens)
        // (A village's country, in lower case, only where the article names it.)
        guard SmallTowns.countries(named: key).contains(where: { c in
            SmallTowns.isVillage(c) ? countries.contains(c.uppercased()) : countries.contains(String(c)) || home.contains(String(c))
        }) else {
            return nil
        }
        return run
    }

    /// The country of the small town `run` when the article names none of its towns' countries: the first of `home`
    /// among them ("un incendie près de Puget-sur-Argens" is in France).
    static func homeCountry(ofSmallTown run: Range<Int>, in tokens: [Token], countries: OrderedSet, home: Set<String>) -> String? {
        guard !home.isEmpty else { return nil }
        let key = smallTownKey(run, in: tokens)
        let towns = SmallTowns.countries(named: key)
        guard !towns.contains(where: { countries.contains($0.uppercased()) }) else { return nil }
        return towns.first { !SmallTowns.isVillage($0) && home.contains(String($0)) }.map(String.init)
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
