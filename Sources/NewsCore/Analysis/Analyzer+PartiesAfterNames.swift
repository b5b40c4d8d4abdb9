/// A party's or a union's acronym in parentheses right after a person's name is an organisation, known or not: "le
/// ministre-président Adrien Dolimont (MR)", "Innenminister Roman Poseck (CDU)", "Laurent Pibouleau (CFDT)".
extension Analyzer {
    /// The acronyms, two to six capitals alone in parentheses, right after the last word of one of `people` (found
    /// whole before it), not taken, and no capital that names no body (I: CEO); and apart, `codes`, those that are a
    /// country's code of three letters (name-context.tsv CC), a sports result's ("Marco Odermatt (SUI)"), which name no
    /// body either, taken or not.
    static func partiesAfterNames(_ people: [String], in tokens: [Token], taken: [Bool]) -> (parties: [Int], codes: [Int]) {
        guard !people.isEmpty else { return ([], []) }
        // (The names' words made at the first acronym in parentheses only: most articles have none.)
        var names: [[String]]?
        var out: [Int] = []
        var codes: [Int] = []
        for a in tokens.indices.dropFirst() where tokens[a].flags.contains(.allCaps) {
            let t = tokens[a], previous = tokens[a - 1]
            let letters = t.original.unicodeScalars.count
            // " (" between the name and the acronym, and ")" after it: punctuation before the next word.
            guard letters >= 2, letters <= 6, t.flags.isDisjoint(with: [.numeric, .ideographic, .sentenceStart, .lineStart]),
                t.flags.contains(.afterPunctuation), t.offset == previous.offset + previous.original.scalarCount + 2,
                a + 1 == tokens.count || tokens[a + 1].flags.contains(.afterPunctuation) && tokens[a + 1].offset >= t.offset + letters + 1,
                !NameContext.shared.notAcronyms.contains(t.text)
            else { continue }
            if names == nil { names = people.map { Tokenizer.words($0) }.filter { !$0.isEmpty } }
            let named = names!.contains { words in
                words.count <= a && words.indices.allSatisfy { tokens[a - words.count + $0].text == words[$0] }
            }
            guard named else { continue }
            if letters == 3 && NameContext.shared.countryCodes.contains(t) { codes.append(a) } else if !taken[a] { out.append(a) }
        }
        return (out, codes)
    }
}
