/// A name after a title and the words of the office it holds, which stand between them in
/// Vietnamese and Russian ("Bộ trưởng Bộ Tài chính Đinh Quang Thắng", "Губернатор Калужской
/// области Владислав Шапша", "с министром транспорта Романом Старовойтом").
extension PersonFinder {
    /// Endings of Russian patronymics in any case (Петрович, Петровичем, Сергеевна, Ильинична).
    /// (Folded as the words are: й is и.)
    static let patronymicEndings = ["вич", "вича", "вичу", "вичем", "виче", "вна", "вны", "вне", "вну", "вной", "ична", "ичны", "ичне", "ичну", "ичной"]
        .map { Tokenizer.words($0).first ?? $0 }

    static func isPatronymic(_ word: String) -> Bool {
        guard word.startsCyrillic else { return false }
        return patronymicEndings.contains { word.hasSuffix($0) }
    }

    /// Case endings of Russian given names and what the nominative ends in instead (Алексеем ->
    /// Алексей, folded Алексеи; Ольгой -> Ольга; Денисом -> Денис).
    /// (Folded: й is и, so Ольгой ends in "ои".)
    private static let givenNameCases: [(ending: String, nominative: [String])] = [
        ("ом", [""]), ("ем", ["и", "ь"]), ("ои", ["а"]), ("еи", ["я"]), ("а", [""]), ("я", ["и", "ь"]), ("у", [""]),
        ("ю", ["и", "ь"]), ("ы", ["а"]), ("е", ["", "а", "и", "ь"]), ("и", ["я", "ь"]),
    ]

    /// True when `word` (folded, Cyrillic) is a Russian given name (Resources/name-shapes.tsv, G) in any case.
    static func isRussianGivenName(_ word: String) -> Bool {
        guard word.startsCyrillic else { return false }
        let given = NameShapes.shared.given
        if given.contains(word) { return true }
        for (ending, nominatives) in givenNameCases where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let stem = word.dropLast(ending.count)
            if nominatives.contains(where: { given.contains(stem + $0) }) { return true }
        }
        return false
    }

    /// True when the Cyrillic run `r` reads as a Russian name: a given name first, a surname last, or
    /// a patronymic inside.
    static func hasRussianNameShape(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        return isRussianGivenName(tokens[r.lowerBound].text) || isRussianSurname(tokens[r.upperBound - 1].text, declined: true)
            || r.dropFirst().contains { isPatronymic(tokens[$0].text) }
    }

    /// "Мэр Екатеринбурга Алексей Орлов": three Cyrillic words after a title with no patronymic among
    /// the last two and a given name second are the office's place and a name of two words.
    static func trimmedRussian(_ tokens: [Token], _ r: Range<Int>) -> Range<Int> {
        guard r.count == 3, !isPatronymic(tokens[r.lowerBound + 1].text), !isPatronymic(tokens[r.lowerBound + 2].text),
            !isRussianGivenName(tokens[r.lowerBound].text), isRussianGivenName(tokens[r.lowerBound + 1].text)
        else { return r }
        return r.lowerBound + 1..<r.upperBound
    }

    /// German compounds that name a body, not a person ("Fahrgastverband", "Bauernverband").
    static let germanBodyEndings = ["verband", "verein", "gewerkschaft", "gesellschaft", "konzern", "ministerium", "behorde", "partei", "stiftung", "institut"]

    static func isGermanBody(_ t: Token) -> Bool {
        t.text.utf8.count > 8 && germanBodyEndings.contains { t.text.hasSuffix($0) }
    }

    /// True when token `i` begins a Vietnamese name of three syllables or more: a common family name,
    /// then two capitalised syllables in the same clause (Đinh Quang Thắng).
    static func beginsVietnameseName(_ tokens: [Token], at i: Int) -> Bool {
        guard i + 2 < tokens.count, tokens[i].isCapitalized, NameShapes.shared.vietnameseFamily.contains(tokens[i]) else { return false }
        return (i + 1...i + 2).allSatisfy { tokens[$0].isCapitalized && tokens[$0].flags.isDisjoint(with: .boundary) }
    }

    /// (ru) Nouns of a region after its adjective ("Губернатор Калужской области"): the adjective after a
    /// title is the office's, no person's.
    static let russianRegionNouns: Set<String> = ["области", "края", "краем", "района", "округа", "республики", "губернии", "региона"]

    /// True when the single word at `i` is a Russian region's adjective before its noun.
    static func isRussianRegionAdjective(_ tokens: [Token], at i: Int) -> Bool {
        i + 1 < tokens.count && !tokens[i + 1].isCapitalized && russianRegionNouns.contains(tokens[i + 1].text)
    }
}
