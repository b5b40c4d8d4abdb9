extension Analyzer {
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
