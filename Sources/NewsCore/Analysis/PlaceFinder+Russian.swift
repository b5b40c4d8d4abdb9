extension PlaceFinder {
    /// (ru) The forms of "район" ("district"), folded (й is и).
    static let districtNouns: Set<String> = Set(["район", "района", "району", "районом", "районе", "районы", "районов", "районам",
                                                 "районами", "районах"].map(TextFolding.fold))

    /// The endings of a Russian adjective in the cases of a masculine noun and in the plural, folded,
    /// longest first; "ой" is a nominative (Заводской) and stays.
    static let adjectiveCaseEndings = ["ого", "ому", "ыми", "ими", "ом", "ым", "им", "ых", "их", "ые", "ие", "ий", "ый"]
        .map(TextFolding.fold)

    /// (ru) Districts named by a capitalised adjective before a form of "район" (Уссурийский район, в
    /// Кировском районе), and by each of two adjectives joined by "и" before the plural (Уссурийский и
    /// Кировский районы), each as its nominative: "Кировский район". Not a district's court or office
    /// ("Кировский районный суд": no form of "район").
    static func russianDistricts(in tokens: [Token], taken: [Bool]) -> [(Range<Int>, String)] {
        var out: [(Range<Int>, String)] = []
        for i in tokens.indices.dropLast() where tokens[i + 1].text.startsCyrillic && districtNouns.contains(tokens[i + 1].text) {
            guard tokens[i + 1].flags.isDisjoint(with: .boundary), !taken[i + 1], let name = districtName(tokens[i], taken[i]) else { continue }
            // "Уссурийский и Кировский районы".
            if i >= 2, tokens[i - 1].text == "и", tokens[i].flags.isDisjoint(with: .boundary), tokens[i - 1].flags.isDisjoint(with: .boundary),
                let other = districtName(tokens[i - 2], taken[i - 2])
            {
                out.append((i - 2..<i - 1, other))
            }
            // (A name of hyphenated parts keeps the first ones as written: Кара-Сууйском, Кара-Сууйский район.)
            var k = i
            while k > 0, tokens[k].flags.contains(.hyphenated), tokens[k - 1].isCapitalized, !taken[k - 1] { k -= 1 }
            let parts = tokens[k..<i].map { String($0.original) + "-" }.joined()
            out.append((k..<i + 2, parts + name))
        }
        return out
    }

    /// "Кировский район" for a capitalised Cyrillic adjective in any case (Кировском, Кировского).
    static func districtName(_ t: Token, _ taken: Bool) -> String? {
        guard !taken, t.isCapitalized, t.text.startsCyrillic, t.text.scalarCount >= 5,
            let ending = adjectiveCaseEndings.first(where: { t.text.hasSuffix($0) }) ?? (t.text.hasSuffix("ои") ? "" : nil)
        else { return nil }
        let stem = t.original.dropLast(ending.count)
        guard !ending.isEmpty, let last = stem.last else { return t.original + " район" }
        return String(stem) + ("кгхжшчщ".contains(last) ? "ий" : "ый") + " район"
    }
}
