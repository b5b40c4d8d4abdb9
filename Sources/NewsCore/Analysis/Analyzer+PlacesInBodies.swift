/// A town or region named only inside the name of a body that the language's patterns found (東京証券取引所, 서울대학교,
/// 뉴욕증권거래소, "Verbraucherzentrale Sachsen", "Landesbank Baden-Württemberg") is the name's, no place of the
/// article's, unless it is named outside such a name too; nor is a city's country one of the article's then.
extension Analyzer {
    /// Where a place or a country was read: `range` of -1..<0 lies in no name.
    struct Mention {
        var name: String
        var range: Range<Int> = -1 ..< 0
        /// Inside a name only after its first word ("Landesbank Baden-Württemberg", not "Suez Canal Authority").
        var afterStart = false
    }

    /// Languages whose bodies' names hold a region's, a canal's or an island's name that the article means as well
    /// (هيئة قناة السويس, the Suez Canal Authority, on the canal's traffic; 广东省统计局 on the province's figures):
    /// only a city's counts as inside a name there. Russian too: a region's body is named with the region in the genitive
    /// (министерство транспорта Сахалинской области), and the article is about the region's affairs.
    static let languagesWithRegionsInBodies: Set<String> = ["ar", "zh", "ja", "ko", "ru"]

    /// The mention of place or country `name` by match `m` of an entry of `kind`: a city's or capital's anywhere in a
    /// name; a region's, sea's or island's only after a name's first word, and not in ``languagesWithRegionsInBodies``;
    /// a dateline's nowhere.
    static func mention(_ name: String, _ m: Gazetteer.Match, kind: Gazetteer.Kind, language: String?) -> Mention {
        guard m.start >= 0 else { return Mention(name: name) }
        let range = m.start..<m.start + max(m.count, 1)
        switch kind {
        case .city, .capital: return Mention(name: name, range: range)
        default:
            guard !languagesWithRegionsInBodies.contains(language ?? "") else { return Mention(name: name) }
            // (A sea's adjective of one word that begins a name is the name's, as a city's is: "Pacific Gas and Electric",
            // "the Baltic Exchange", "the Pacific Tsunami Warning Center"; "Suez Canal Authority" names the canal.)
            if m.count == 1, Gazetteer.isSea(name) { return Mention(name: name, range: range) }
            return Mention(name: name, range: range, afterStart: true)
        }
    }

    /// Drops from `places` the places whose every mention lies inside one of `names`, and from `countries` the countries
    /// whose every city lies there ("Bank of New York Mellon" is no mention of the United States).
    static func dropPlacesOnlyInNames(_ names: [Range<Int>], placeMentions: [Mention], countryMentions: [Mention],
                                      places: inout OrderedSet, countries: inout OrderedSet)
    {
        let inside = placesOnlyInNames(placeMentions, names: names)
        if !inside.isEmpty { places.removeAll { inside.contains($0) } }
        let countriesInside = placesOnlyInNames(countryMentions, names: names)
        if !countriesInside.isEmpty { countries.removeAll { countriesInside.contains($0) } }
    }

    /// The names among `mentions` whose every mention lies inside one of `names`.
    static func placesOnlyInNames(_ mentions: [Mention], names: [Range<Int>]) -> Set<String> {
        var inside = Set<String>(), outside = Set<String>()
        for m in mentions {
            let r = m.range
            if r.lowerBound >= 0
                && names.contains(where: { ($0.lowerBound < r.lowerBound || !m.afterStart && $0.lowerBound == r.lowerBound) && r.upperBound <= $0.upperBound })
            {
                inside.insert(m.name)
            } else {
                outside.insert(m.name)
            }
        }
        return inside.subtracting(outside)
    }
}
