/// Embassies and consulates by the words each language names one with: 中国驻泰国大使馆, 在タイ日本大使館, 한국대사관 (and
/// Vietnamese's Đại sứ quán, a head word of name-context.tsv U).
extension OrganizationFinder {
    /// (zh) The words that end a state's embassy or consulate after 驻 and the host's name (中国驻泰国大使馆, 美国驻华大使馆).
    /// (Not a mission to a body, 中国驻欧盟使团, whose host the gazetteer reads as the body itself.)
    static let chineseMissionEnds = ["大使馆", "总领事馆", "领事馆", "使馆", "大使館", "總領事館", "領事館"]

    /// (zh) A state's mission: the sending state's name that the gazetteer took, glued before 驻, then one to six characters
    /// of the host (a country, a city, a body) and a mission's word (``chineseMissionEnds``): 中国驻泰国大使馆.
    static func chineseMissions(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in tokens.indices where i > 0 && tokens[i].text == "驻" && taken[i - 1] && PersonFinder.glued(tokens, i - 1) {
            var start = i
            while start > 0, i - start < 6, taken[start - 1], PersonFinder.glued(tokens, start - 1),
                tokens[start - 1].flags.contains(.ideographic)
            {
                start -= 1
            }
            var k = i + 1
            var text = ""
            while k < tokens.count, k - i <= 10, tokens[k].flags.contains(.ideographic), PersonFinder.glued(tokens, k - 1) {
                text += tokens[k].text
                k += 1
                if let end = chineseMissionEnds.first(where: { text.hasSuffix($0) }), text.count - end.count >= 1 {
                    out.append(start..<k)
                    break
                }
            }
        }
        return out
    }
}

extension OrganizationFinder {
    /// (ja) The words that end an embassy's or a consulate's name (在タイ日本大使館, 駐日米国大使館, 米国大使館).
    static let japaneseMissionEnds = ["大使館", "総領事館", "領事館"]

    /// (ja) An embassy or a consulate: a mission's word glued after the names the gazetteer took (the host's and the
    /// sender's), with 在 or 駐 before them and 日 after 駐 (在タイ日本大使館, 駐日米国大使館).
    static func japaneseMissions(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in tokens.indices where tokens[i].text == "館" {
            // The mission's word, read back from 館.
            guard let word = japaneseMissionEnds.first(where: { i + 1 >= $0.count && spells($0, tokens, from: i + 1 - $0.count) }) else { continue }
            let s = i + 1 - word.count
            var start = s
            var names = 0
            while start > 0, PersonFinder.glued(tokens, start - 1), s - start < 10 {
                let t = tokens[start - 1]
                if taken[start - 1] {
                    names += 1
                } else if !(["在", "駐", "国"].contains(t.text) || t.text == "日" && start >= 2 && tokens[start - 2].text == "駐") {
                    break
                }
                start -= 1
            }
            if names > 0 { out.append(start..<i + 1) }
        }
        return out
    }

    /// (ko) The words that end an embassy's or a consulate's name, glued after the sender's (한국대사관, 미국대사관).
    static let koreanMissionEnds = ["대사관", "총영사관", "영사관"]

    /// (ko) An embassy or a consulate: a mission's word glued after two to five syllables, the sender's name (한국대사관 of
    /// 주태국 한국대사관; the host's word apart, which the names' text would glue to it). Hangul is read a syllable a token.
    static func koreanMissions(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        func hangul(_ k: Int) -> Bool { tokens[k].text.unicodeScalars.first.map { (0xAC00...0xD7A3).contains($0.value) } ?? false }
        // The first syllable of the glued run that ends at `k`.
        func runStart(_ k: Int) -> Int {
            var s = k
            while s > 0, PersonFinder.glued(tokens, s - 1), hangul(s - 1) { s -= 1 }
            return s
        }
        for i in tokens.indices where tokens[i].text == "관" && i >= 2 {
            guard let end = koreanMissionEnds.first(where: { i + 1 >= $0.count && spells($0, tokens, from: i + 1 - $0.count) }) else { continue }
            let wordStart = i - end.count + 1
            guard wordStart > 0, PersonFinder.glued(tokens, wordStart - 1) else { continue }
            let start = runStart(wordStart - 1)
            guard (2...5).contains(wordStart - start) else { continue }
            out.append(start..<i + 1)
        }
        return out
    }

    /// Whether the tokens from `k`, one character each and glued together, spell `word` (大使館, 대사관, 女排).
    static func spells(_ word: String, _ tokens: [Token], from k: Int) -> Bool {
        let n = word.count
        guard k >= 0, k + n <= tokens.count else { return false }
        return (k..<k + n).map({ tokens[$0].text }).joined() == word && (k..<k + n - 1).allSatisfy({ PersonFinder.glued(tokens, $0) })
    }
}
