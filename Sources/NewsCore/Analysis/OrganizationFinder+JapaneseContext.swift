import CNewsData

/// Japanese firms named in katakana with no suffix (ビックカメラ, ラピダス, キーエンス): a whole run of katakana that
/// IPADIC names as an organisation (Resources/organizations-ja.tsv, scripts/generate-japanese-organizations.py), or one
/// found by the words around a mention: a word for a kind of firm and の right before the name ("家電量販店のビックカメラは",
/// "同業のヨドバシカメラと") or の and a word for its shares, head office or head right after it ("キーエンスの株価");
/// Resources/name-context.tsv, D and DA (ja).
extension OrganizationFinder {
    /// The names (O) and the common nouns (W) of organisations-ja.tsv, folded as tokens are, read once on first use.
    static let japaneseKatakanaLists: (names: Set<String>, words: Set<String>) = {
        var names = Set<String>()
        var words = Set<String>()
        for line in EmbeddedData.text(newsd_organizations_ja_tsv).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", maxSplits: 1)
            guard f.count == 2 else { continue }
            let folded = Tokenizer.words(String(f[1])).joined()
            if f[0] == "O" { names.insert(folded) } else if f[0] == "W" { words.insert(folded) }
        }
        return (names, words)
    }()

    /// The katakana runs of three characters or more that a firm's word before or after names, not taken, each once per
    /// mention; a run glued to a kanji after it is part of a longer word (メーカーのシャープ製) and is left out.
    static func katakanaByContext(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [Range<Int>] {
        let before = Set(context.firmWordsBeforeName)
        let after = Set(context.firmWordsAfterName)
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard PersonFinder.isKatakana(tokens[i]), i == 0 || !PersonFinder.isKatakana(tokens[i - 1]) || !PersonFinder.glued(tokens, i - 1)
            else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, PersonFinder.isKatakana(tokens[end]), PersonFinder.glued(tokens, end - 1) { end += 1 }
            defer { i = end }
            let word = tokens[i..<end].map(\.text).joined()
            guard end - i >= 3, !(i..<end).contains(where: { taken[$0] }), !japaneseKindsInKatakana.contains(word) else { continue }
            if end < tokens.count, PersonFinder.glued(tokens, end - 1), isHan(tokens[end]) { continue }
            // (Not a person's, "ナガイさん", nor an adjective's or a verb's stem, "フレンドリーな", "アクセスする".)
            if end < tokens.count, PersonFinder.glued(tokens, end - 1), ["さ", "な", "す", "し"].contains(tokens[end].original) { continue }
            if japaneseKatakanaLists.names.contains(word) { out.append(i..<end); continue }
            // (A kind's word before a common noun: "メーカーのエンジニアが".)
            guard !japaneseKatakanaLists.words.contains(word) else { continue }
            if i >= 2 && tokens[i - 1].text == "の" && PersonFinder.glued(tokens, i - 2) && PersonFinder.glued(tokens, i - 1)
                && glued(before, endingAt: i - 2, tokens)
                || end + 1 < tokens.count && tokens[end].text == "の" && PersonFinder.glued(tokens, end - 1)
                && glued(after, startingAt: end + 1, tokens)
            {
                out.append(i..<end)
            }
        }
        return out
    }

    private static func isHan(_ t: Token) -> Bool {
        guard let v = t.original.unicodeScalars.first?.value else { return false }
        return v >= 0x4E00 && v <= 0x9FFF
    }

    /// True when one of `words` is the text of the glued tokens that end at `last` (up to eight).
    private static func glued(_ words: Set<String>, endingAt last: Int, _ tokens: [Token]) -> Bool {
        var text = ""
        var k = last
        while k >= 0, last - k < 8 {
            text = tokens[k].text + text
            if words.contains(text) { return true }
            guard k > 0, PersonFinder.glued(tokens, k - 1) else { return false }
            k -= 1
        }
        return false
    }

    /// True when one of `words` is the text of the glued tokens that begin at `first` (up to eight).
    private static func glued(_ words: Set<String>, startingAt first: Int, _ tokens: [Token]) -> Bool {
        var text = ""
        var k = first
        while k < tokens.count, k - first < 8 {
            text += tokens[k].text
            if words.contains(text) { return true }
            guard k + 1 < tokens.count, PersonFinder.glued(tokens, k) else { return false }
            k += 1
        }
        return false
    }
}
