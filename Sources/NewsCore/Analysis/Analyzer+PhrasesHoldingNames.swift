/// Phrases that hold a country's or a place's name and are no mention of it (place-context.tsv G), by language:
/// Vietnamese words of two syllables that begin with a country's short name ("Mỹ phẩm", cosmetics; "Pháp luật", the
/// law; "Anh cho biết", he said), Russian "Того же" (the same) and Togo, Arabic صلاة المغرب (the sunset prayer) and
/// Morocco, Chinese 中非合作 (China-Africa cooperation) and the Central African Republic.
extension Analyzer {
    /// Whether `m` lies inside an occurrence of one of `phrases` (folded tokens). A phrase in a cased script counts only
    /// at a sentence's or a line's start, where its first word is capitalised as the name is (mid-sentence it is in lower
    /// case, and the gazetteer takes no lower-case name of these); in a caseless one, anywhere.
    static func insidePhraseHoldingName(_ m: Gazetteer.Match, tokens: [Token], titleCount: Int, phrases: [String: [[String]]]) -> Bool {
        guard m.count > 0, m.start >= 0, m.start + m.count <= tokens.count, let candidates = phrases[tokens[m.start].text] else { return false }
        for p in candidates where p.count > m.count {
            for start in max(0, m.start + m.count - p.count)...m.start where start + p.count <= tokens.count {
                guard (0..<p.count).allSatisfy({ tokens[start + $0].text == p[$0] }) else { continue }
                let first = tokens[start]
                if !first.isCapitalized || start == 0 || start == titleCount || !first.flags.isDisjoint(with: [.sentenceStart, .lineStart]) {
                    return true
                }
            }
        }
        return false
    }
}
