import CNewsData

/// Japanese firms and bodies named in kanji alone with no suffix that marks them (関西電力, 任天堂, 良品計画): a whole run
/// of three kanji or more that IPADIC names as an organisation and no other IPADIC list holds (Resources/organizations-ja.tsv,
/// K; scripts/generate-japanese-organizations.py). A run longer than the name (関西電力管内) or glued to katakana or
/// Latin letters (JR西日本) is part of another word and left alone.
extension OrganizationFinder {
    /// The K names of organisations-ja.tsv as written (kanji, which folding leaves as they are), read once on first use;
    /// and the length of the longest, in characters.
    static let japaneseKanjiNames: (names: Set<String>, longest: Int) = {
        var names = Set<String>()
        var longest = 0
        for line in EmbeddedData.text(newsd_organizations_ja_tsv).split(separator: "\n") where line.hasPrefix("K\t") {
            let name = line.dropFirst(2)
            longest = max(longest, name.count)
            names.insert(String(name))
        }
        return (names, longest)
    }()

    /// The maximal runs of glued kanji, three or more, that are one of `japaneseKanjiNames`, none of whose tokens is taken.
    static func kanjiFirms(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in PersonFinder.gluedRuns(tokens, where: isKanji) {
            let i = r.lowerBound, end = r.upperBound
            guard end - i >= 3, end - i <= japaneseKanjiNames.longest, !r.contains(where: { taken[$0] }) else { continue }
            // Glued to a word of another script before or after it (hiragana, a particle, is no part of a name).
            if i > 0, PersonFinder.glued(tokens, i - 1), !isHiragana(tokens[i - 1]) { continue }
            if end < tokens.count, PersonFinder.glued(tokens, end - 1), !isHiragana(tokens[end]) { continue }
            var run = ""
            for k in i..<end { run += tokens[k].original }
            if japaneseKanjiNames.names.contains(run) { out.append(i..<end) }
        }
        return out
    }

    private static func isKanji(_ t: Token) -> Bool {
        guard let v = t.original.unicodeScalars.first?.value else { return false }
        return v >= 0x4E00 && v <= 0x9FFF || v == 0x3005
    }

    private static func isHiragana(_ t: Token) -> Bool {
        guard let v = t.original.unicodeScalars.first?.value else { return false }
        return v >= 0x3041 && v <= 0x309F
    }
}
