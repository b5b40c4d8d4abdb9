extension Analyzer {
    /// A place's name in Arabic or Cyrillic letters as the article writes it, where the gazetteer holds several spellings
    /// that fold alike and read the first: أنقرة, not آنقره; Рио-де-Жанейро with the article's hyphens, not Рио де Жанейро.
    /// Only where each word of the match is the name's word itself (not an inflected form, "в Корсакове", nor one with a
    /// clitic, لبغداد), and not in capitals (a dateline's ЮЖНО-САХАЛИНСК keeps the gazetteer's spelling).
    static func placeNameAsWritten(_ name: String, _ m: Gazetteer.Match, in tokens: [Token]) -> String {
        guard m.start >= 0, m.count > 0, m.start + m.count <= tokens.count,
            let first = name.unicodeScalars.first, (0x0400...0x06FF).contains(first.value)
        else { return finalYaAsWritten(name, m, in: tokens) }
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
}
