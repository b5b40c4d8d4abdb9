/// Vietnamese writes a country's short name as one syllable (Mỹ, Pháp, Anh, Nhật), and many words of two syllables
/// begin with one: "Mỹ phẩm nhập khẩu tăng" (cosmetics), "Pháp luật quy định" (the law), "Nhật ký" (a diary), "Anh cho
/// biết" (he said). At a sentence's start they are capitalised as the country is.
extension Analyzer {
    /// Whether `m`, a name of one token, begins such a word with the token after it (place-context.tsv G).
    static func beginsVietnameseCompound(_ m: Gazetteer.Match, tokens: [Token], compounds: [[String]]) -> Bool {
        guard m.count == 1, m.start >= 0, m.start + 1 < tokens.count else { return false }
        let next = tokens[m.start + 1]
        guard next.flags.isDisjoint(with: .boundary), !next.isCapitalized else { return false }
        return compounds.contains { $0.count == 2 && $0[0] == tokens[m.start].text && $0[1] == next.text }
    }
}
