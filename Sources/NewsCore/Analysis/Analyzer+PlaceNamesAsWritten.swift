extension Analyzer {
    /// A place's name in Arabic or Cyrillic letters as the article writes it, where the gazetteer holds several spellings
    /// that fold alike and read the first: أنقرة, not آنقره; Рио-де-Жанейро with the article's hyphens, not Рио де Жанейро.
    /// Only where each word of the match is the name's word itself (not an inflected form, "в Корсакове", nor one with a
    /// clitic, لبغداد), and not in capitals (a dateline's ЮЖНО-САХАЛИНСК keeps the gazetteer's spelling). The same for a
    /// name in ASCII letters that the article writes with accents (München for Munchen).
    static func placeNameAsWritten(_ name: String, _ m: Gazetteer.Match, in tokens: [Token]) -> String {
        guard m.start >= 0, m.count > 0, m.start + m.count <= tokens.count, let first = name.unicodeScalars.first else { return name }
        // (Latin) A name GeoNames gives in ASCII letters only (Munchen, one of München's names; Port-Vila), where the article
        // writes the same words with their marks or other marks between them: as written (München, Port Vila).
        if name.isAllASCII {
            let words = tokens[m.start..<m.start + m.count]
            // (Each word capitalised, or a link: not "Indian ocean".)
            guard !words.contains(where: { $0.flags.contains(.allCaps) || !$0.isCapitalized && !Gazetteer.hyphenLinks.contains($0) })
            else { return name }
            let nameWords = Gazetteer.placeWords(Substring(name))
            if words.map(\.text) == nameWords { return Gazetteer.name(m.start..<m.start + m.count, in: tokens) }
            // (de) The name in the adjective read (``Gazetteer/germanPlaceAdjective(_:_:)``): Münchner, München.
            if m.count == 1, nameWords.count == 1, case let written = words[m.start].original, written.hasSuffix("er") {
                for form in Gazetteer.germanAdjectiveNames(written) where TextFolding.fold(form) == nameWords[0] {
                    return form
                }
            }
            return name
        }
        guard (0x0400...0x06FF).contains(first.value) else { return finalYaAsWritten(name, m, in: tokens) }
        let words = tokens[m.start..<m.start + m.count]
        guard !words.contains(where: { $0.flags.contains(.allCaps) }), words.map(\.text) == Gazetteer.placeWords(Substring(name)) else {
            return finalYaAsWritten(name, m, in: tokens)
        }
        return Gazetteer.name(m.start..<m.start + m.count, in: tokens)
    }

    /// (ar) A place's Arabic name as the article ends it: GeoNames writes some final yā' dotless, as
    /// Egyptian print does (دبى, هانوى, سيدنى), where the article writes ي (دبي); the matcher reads both
    /// alike, and the tag keeps the article's letter. Only the name's last letter changes, and only when
    /// the match's last word ends in ي.
    static func finalYaAsWritten(_ name: String, _ m: Gazetteer.Match, in tokens: [Token]) -> String {
        guard name.unicodeScalars.last == "\u{0649}", m.start >= 0, m.count > 0, m.start + m.count <= tokens.count,
            tokens[m.start + m.count - 1].original.unicodeScalars.last == "\u{064A}"
        else { return name }
        var scalars = name.unicodeScalars
        scalars.removeLast()
        scalars.append("\u{064A}")
        return String(scalars)
    }

    /// One name a place, where the gazetteer's name in ASCII letters (a dateline's BOGOTÁ reads Bogota) stands beside the
    /// article's with its marks (Bogotá): the marked one, at the first one's place.
    static func withoutUnmarkedTwins(_ places: [String]) -> [String] {
        guard places.count > 1, places.contains(where: { !$0.isAllASCII }) else { return places }
        var out: [String] = [], folded: [String] = []
        for name in places {
            let f = TextFolding.fold(name)
            if let j = folded.firstIndex(of: f) {
                if out[j].isAllASCII && Gazetteer.hasLatinMarks(name) { out[j] = name }
                continue
            }
            out.append(name)
            folded.append(f)
        }
        return out
    }

    /// (en) Whether `m` is a sea's adjective of one word used as an adjective ("a Pacific analyst") or as a name's second word
    /// ("Georgia Pacific", the firm): no mention of the sea.
    static func seaAdjective(_ m: Gazetteer.Match, in tokens: [Token], gazetteer: Gazetteer) -> Bool {
        guard m.count == 1, m.start > 0, tokens[m.start].flags.isDisjoint(with: .boundary), gazetteer.entries.kind(m.entry) == .place,
            Gazetteer.isSea(gazetteer.placeName(m.entry))
        else { return false }
        let p = tokens[m.start - 1]
        return OrganizationFinder.indefiniteArticles.contains(p)
            || p.isCapitalized && !Gazetteer.stopwords.contains(p.text) && !PersonFinder.titles.contains(p.text)
            && !Gazetteer.isSentencePreposition(p)
    }

    /// The continents' names in the gazetteer, which stand above a country's level: no place of the article's ("in Europe").
    static let continents: Set<String> = ["Europe", "Africa", "Asia", "Latin America", "Americas", "North America", "South America", "Oceania", "Antarctica"]
}
