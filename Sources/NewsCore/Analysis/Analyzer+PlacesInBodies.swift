/// A place inside a body's name that the language's patterns found ("Verbraucherzentrale Sachsen", "Landesbank
/// Baden-Württemberg"): the place is the name's, no place of the article's, unless it is named outside such a name too.
/// Not in Arabic, Chinese, Japanese and Korean, whose bodies' names hold a canal's or a city's that the article means as
/// well (هيئة قناة السويس, the Suez Canal Authority, on the canal's traffic).
extension Analyzer {
    /// The names of the towns and regions whose every match lies inside one of `bodies`.
    static let languagesWithPlacesInBodies: Set<String> = ["ar", "zh", "ja", "ko"]

    static func placesOnlyInBodies(_ bodies: [Range<Int>], matches: [Gazetteer.Match], gazetteer: Gazetteer, language: String?) -> Set<String> {
        guard !bodies.isEmpty, !languagesWithPlacesInBodies.contains(language ?? "") else { return [] }
        var inside = Set<String>()
        var outside = Set<String>()
        for m in matches where m.start >= 0 && [.city, .capital, .place].contains(gazetteer.entries.kind(m.entry)) {
            let name = gazetteer.placeName(m.entry)
            if bodies.contains(where: { $0.lowerBound < m.start && m.start + m.count <= $0.upperBound }) {
                inside.insert(name)
            } else {
                outside.insert(name)
            }
        }
        return inside.subtracting(outside)
    }
}
