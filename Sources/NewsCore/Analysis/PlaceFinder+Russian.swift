extension PlaceFinder {
    /// The gender of a Russian noun of place, which gives its adjective's nominative ending.
    enum RussianGender { case masculine, feminine, neuter }

    /// (ru) The nouns of places a capitalised adjective names (Кировский район, Онежское озеро, Кондопожская губа, Крестовый
    /// перевал), each case's form folded (й is и) with the nominative and its gender.
    static let russianPlaceNouns: [String: (noun: String, gender: RussianGender)] = {
        var out: [String: (noun: String, gender: RussianGender)] = [:]
        func add(_ gender: RussianGender, _ forms: [String]) {
            for form in forms { out[TextFolding.fold(form)] = (forms[0], gender) }
        }
        add(.masculine, ["район", "района", "району", "районом", "районе"])
        add(.masculine, ["округ", "округа", "округу", "округом", "округе"])
        add(.masculine, ["залив", "залива", "заливу", "заливом", "заливе"])
        add(.masculine, ["перевал", "перевала", "перевалу", "перевалом", "перевале"])
        add(.masculine, ["хребет", "хребта", "хребту", "хребтом", "хребте"])
        add(.masculine, ["полуостров", "полуострова", "полуострову", "полуостровом", "полуострове"])
        add(.feminine, ["губа", "губы", "губе", "губу", "губой"])
        add(.feminine, ["бухта", "бухты", "бухте", "бухту", "бухтой"])
        add(.neuter, ["море", "моря", "морю", "морем"])
        add(.neuter, ["озеро", "озера", "озеру", "озером", "озере"])
        add(.neuter, ["водохранилище", "водохранилища", "водохранилищу", "водохранилищем"])
        add(.neuter, ["нагорье", "нагорья", "нагорью", "нагорьем"])
        return out
    }()

    /// (ru) The forms of "район" in the plural, after two adjectives joined by "и" (Уссурийский и Кировский районы).
    static let districtPlurals: Set<String> = Set(["районы", "районов", "районам", "районами", "районах"].map(TextFolding.fold))

    /// (ru) The adjectives in lower case between a name's adjective and "округ" (Хасанский муниципальный округ, Чукотский
    /// автономный округ), by their stems, folded, with their nominatives.
    static let okrugKinds: [(stem: String, nominative: String)] = [
        ("муниципальн", "муниципальный"), ("автономн", "автономный"), ("городск", "городской"),
    ].map { (TextFolding.fold($0.0), $0.1) }

    /// The endings of a Russian adjective in the cases of a masculine noun and in the plural, folded,
    /// longest first; "ой" is a nominative (Заводской) and stays.
    static let adjectiveCaseEndings = ["ого", "ому", "ыми", "ими", "ом", "ым", "им", "ых", "их", "ые", "ие", "ий", "ый"]
        .map(TextFolding.fold)
    /// The same for a feminine noun (Кондопожской губы, Великую губу), and a neuter one (Онежском озере, Восточно-Сибирское море).
    static let feminineCaseEndings = ["ой", "ую", "ая", "ей", "ею", "ою"].map(TextFolding.fold)
    static let neuterCaseEndings = ["ого", "ому", "ом", "ым", "им", "ое", "ее", "его", "ему", "ем"].map(TextFolding.fold)

    /// The noun of place at `i` (a case of "район", "озеро", "губа"...), or the one after a lower-case kind of "округ"
    /// (муниципального округа), with the index after it and the words between in their nominative.
    static func russianPlaceNoun(at i: Int, in tokens: [Token]) -> (noun: String, gender: RussianGender, end: Int, kind: String?)? {
        guard i < tokens.count, tokens[i].text.startsCyrillic, tokens[i].flags.isDisjoint(with: .boundary) else { return nil }
        if let found = russianPlaceNouns[tokens[i].text] { return (found.noun, found.gender, i + 1, nil) }
        guard i + 1 < tokens.count, tokens[i + 1].flags.isDisjoint(with: .boundary),
            let kind = okrugKinds.first(where: { tokens[i].text.hasPrefix($0.stem) }),
            let noun = russianPlaceNouns[tokens[i + 1].text], noun.noun == "округ"
        else { return nil }
        return (noun.noun, noun.gender, i + 2, kind.nominative)
    }

    /// (ru) Districts, okrugs and natural features named by a capitalised adjective before their noun (Уссурийский район, в
    /// Кировском районе, Хасанского муниципального округа, в Онежском озере, Кондопожской губы, Крестовым перевалом), and
    /// districts by each of two adjectives joined by "и" before the plural (Уссурийский и Кировский районы), each as its
    /// nominative: "Кировский район", "Онежское озеро". Not a district's court or office ("Кировский районный суд": no
    /// form of the noun). (The gazetteer reads no city in the adjective before such a noun: Кировском is no Кировск there.)
    static func russianDistricts(in tokens: [Token], taken: [Bool]) -> [(Range<Int>, String)] {
        var out: [(Range<Int>, String)] = []
        for i in tokens.indices.dropLast() where tokens[i].isCapitalized && tokens[i + 1].text.startsCyrillic {
            if districtPlurals.contains(tokens[i + 1].text), tokens[i + 1].flags.isDisjoint(with: .boundary), !taken[i + 1],
                let name = adjectiveName(tokens[i], taken[i], .masculine)
            {
                // "Уссурийский и Кировский районы".
                if i >= 2, tokens[i - 1].text == "и", tokens[i].flags.isDisjoint(with: .boundary), tokens[i - 1].flags.isDisjoint(with: .boundary),
                    let other = adjectiveName(tokens[i - 2], taken[i - 2], .masculine)
                {
                    out.append((i - 2..<i - 1, other + " район"))
                }
                out.append((hyphenatedStart(i, tokens, taken)..<i + 2, hyphenatedParts(i, tokens, taken) + name + " район"))
                continue
            }
            guard let noun = russianPlaceNoun(at: i + 1, in: tokens), !(i + 1..<noun.end).contains(where: { taken[$0] }),
                let name = adjectiveName(tokens[i], taken[i], noun.gender)
            else { continue }
            // (A name of hyphenated parts keeps the first ones as written: Кара-Сууйском, Кара-Сууйский район.)
            let words = [hyphenatedParts(i, tokens, taken) + name] + (noun.kind.map { [$0] } ?? []) + [noun.noun]
            out.append((hyphenatedStart(i, tokens, taken)..<noun.end, words.joined(separator: " ")))
        }
        return out
    }

    /// Where a name of hyphenated parts ending at `i` starts (Восточно-Сибирском).
    static func hyphenatedStart(_ i: Int, _ tokens: [Token], _ taken: [Bool]) -> Int {
        var k = i
        while k > 0, tokens[k].flags.contains(.hyphenated), tokens[k - 1].isCapitalized, !taken[k - 1] { k -= 1 }
        return k
    }

    /// The parts before `i` of a name of hyphenated parts, as written, each with its hyphen.
    static func hyphenatedParts(_ i: Int, _ tokens: [Token], _ taken: [Bool]) -> String {
        tokens[hyphenatedStart(i, tokens, taken)..<i].map { String($0.original) + "-" }.joined()
    }

    /// "Кировский", "Кондопожская", "Онежское" for a capitalised Cyrillic adjective in any case of a noun of `gender`
    /// (Кировском, Кондопожской, Онежском).
    static func adjectiveName(_ t: Token, _ taken: Bool, _ gender: RussianGender) -> String? {
        guard !taken, t.isCapitalized, t.text.startsCyrillic, t.text.scalarCount >= 5 else { return nil }
        switch gender {
        case .masculine:
            guard let ending = adjectiveCaseEndings.first(where: { t.text.hasSuffix($0) }) ?? (t.text.hasSuffix("ои") ? "" : nil)
            else { return nil }
            let stem = t.original.dropLast(ending.count)
            guard !ending.isEmpty, let last = stem.last else { return t.original }
            return String(stem) + ("кгхжшчщ".contains(last) ? "ий" : "ый")
        case .feminine:
            guard let ending = feminineCaseEndings.first(where: { t.text.hasSuffix($0) }) else { return nil }
            let soft = ending.hasPrefix("е")
            return String(t.original.dropLast(ending.count)) + (soft ? "яя" : "ая")
        case .neuter:
            guard let ending = neuterCaseEndings.first(where: { t.text.hasSuffix($0) }) else { return nil }
            let soft = ending.hasPrefix("е")
            return String(t.original.dropLast(ending.count)) + (soft ? "ее" : "ое")
        }
    }
}
