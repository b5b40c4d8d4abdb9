/// Clubs named by a club's marker whatever their other words, where no list holds their town (Resources/
/// name-context.tsv, CB and CE): the capitalised words before a marker that ends a club's name ("Kelvinside Athletic
/// FC", "Dunmore Rovers") or after one that begins it ("AS Calanques", "SV Isartal 1908"). (A club around a town the
/// gazetteer knows is read by the gazetteer's path: "Tamworth FC".)
extension OrganizationFinder {
    static let clubMarkersBefore = NameContext.shared.clubMarkersBefore
    static let clubMarkersAfter = NameContext.shared.clubMarkersAfter

    /// The clubs' names in `tokens`, markers with them, three words besides the markers at most.
    static func clubNames(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for m in tokens.indices where !taken[m] && tokens[m].isCapitalized && !tokens[m].flags.contains(.ideographic) {
            let after = clubMarkersAfter.contains(tokens[m])
            guard after || clubMarkersBefore.contains(tokens[m]), writtenAsMarker(tokens[m]) else { continue }
            if after, let r = clubBefore(marker: m, tokens, taken) {
                // (A plural whose singular the article writes capitalised is a product's: "sales of Land Rovers", "MG Rover".)
                if tokens[m].text.hasSuffix("s"), tokens.contains(where: { $0.isCapitalized && $0.text + "s" == tokens[m].text }) { continue }
                out.append(r)
            } else if clubMarkersBefore.contains(tokens[m]), let r = clubAfter(marker: m, tokens, taken) {
                out.append(r)
            }
        }
        return out
    }

    /// Whether `t` is written as a marker: a short one in capitals or with a capital inside (FC, AS, VfB, SpVgg; not
    /// "As" that opens a sentence, "As Chris Rock said").
    private static func writtenAsMarker(_ t: Token) -> Bool {
        t.text.utf8.count > 5 || t.original.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2
    }

    /// Whether `t` may be a club's own word: capitalised, not in capitals (a headline's "FANS FINED AS CLUB ..."), no
    /// article, title or word for a body.
    private static func clubWord(_ t: Token) -> Bool {
        t.isCapitalized && !t.flags.contains(.allCaps) && !t.flags.contains(.ideographic) && !t.flags.contains(.numeric)
            && !Gazetteer.stopwords.contains(t) && !PersonFinder.titles.contains(t) && !heads.contains(t)
    }

    /// "Dunmore Rovers", "Kelvinside Athletic FC": one to three words before the marker at `m`, side by side in one
    /// phrase, and no capitalised word after it that would go on with the name ("Wisconsin Athletic Association" is the
    /// finder of names by their shape's); a marker before another ("Athletic FC") is read with that one.
    private static func clubBefore(marker m: Int, _ tokens: [Token], _ taken: [Bool]) -> Range<Int>? {
        guard m >= 1, tokens[m].flags.isDisjoint(with: .boundary) else { return nil }
        if m + 1 < tokens.count, tokens[m + 1].isCapitalized, tokens[m + 1].flags.isDisjoint(with: .boundary) { return nil }
        var start = m
        while start > 0, m - start < 3, !taken[start - 1], clubWord(tokens[start - 1]), tokens[start].flags.isDisjoint(with: .boundary) {
            start -= 1
        }
        // (A marker's own word alone is no name: "Athletic FC" with nothing before it.)
        guard start < m, (start..<m).contains(where: { !clubMarkersAfter.contains(tokens[$0]) }) else { return nil }
        return start..<m + 1
    }

    /// "AS Calanques", "SV Isartal 1908": one to three words after the marker at `m`, side by side in one phrase (the
    /// year a club is named with is left out, as the people who name it often do).
    private static func clubAfter(marker m: Int, _ tokens: [Token], _ taken: [Bool]) -> Range<Int>? {
        // (Not in a headline in capitals: the word before the marker is none.)
        guard m + 1 < tokens.count, m == 0 || tokens[m].flags.contains(.lineStart) || !tokens[m - 1].flags.contains(.allCaps)
        else { return nil }
        var end = m + 1
        while end < tokens.count, end - m <= 3, !taken[end], clubWord(tokens[end]), tokens[end].flags.isDisjoint(with: .boundary) {
            end += 1
        }
        // (Not a name cut by an abbreviation's full stop: "FC St. Pauli".)
        guard end > m + 1, tokens[end - 1].text.utf8.count > 2 || tokens[end - 1].flags.contains(.allCaps) else { return nil }
        return m..<end
    }
}
