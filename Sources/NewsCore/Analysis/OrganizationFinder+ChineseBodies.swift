/// Where a Chinese body's name begins when no place stands before it: a state body's first word (国家, 中央) read back
/// to from its suffix (国家市场监督管理总局, 国家发展和改革委员会), and words that begin with a character that ends a
/// name elsewhere (应急管理部); and, in Japanese, capitals before a suffix (JFEホールディングス).
extension OrganizationFinder {
    /// (zh) Suffixes of a body's name only after a place the gazetteer knows (name-context.tsv G): a province's or a
    /// city's department, 厅 (山西省应急管理厅, 广东省文化和旅游厅), which ends rooms' words too (餐厅, 大厅, 营业厅).
    static let chinesePlaceSuffixes: Set<String> = ["厅", "廳"]

    /// Characters read back over from a run's start to a state body's first word.
    static let stateBodyReach = 8

    /// (zh) True when token `k` ends the characters before a suffix: a character that ends a name (在, 应), unless it
    /// begins one of name-context.tsv ZW's words with the characters after it (应急).
    static func isChineseStop(_ tokens: [Token], _ k: Int, _ words: Set<String>) -> Bool {
        guard PersonFinder.chineseStops.contains(tokens[k].text) else { return false }
        guard !words.isEmpty else { return true }
        var text = tokens[k].text
        var j = k + 1
        while j < tokens.count, j - k < 3, PersonFinder.glued(tokens, j - 1) {
            text += tokens[j].text
            if words.contains(text) { return false }
            j += 1
        }
        return true
    }

    /// (zh) The start of a state body's first word (name-context.tsv ZB) read back to from `start` over up to
    /// ``stateBodyReach`` characters, one 和 or 与 among them, when the suffix is one of ZBE and the word begins a
    /// name (after a mark, a word that ends a name, or nothing); or nil.
    static func chineseStateBody(_ tokens: [Token], _ taken: [Bool], suffix: Range<Int>, from start: Int,
                                 _ context: NameContext.Words) -> Int? {
        guard !context.chineseBodyStarts.isEmpty,
            context.chineseBodySuffixes.contains(tokens[suffix].map(\.text).joined())
        else { return nil }
        func isHan(_ k: Int) -> Bool { tokens[k].flags.contains(.ideographic) && !PersonFinder.isHangul(tokens[k]) }
        var k = start
        var and = false
        while k > 0, start - k < stateBodyReach, PersonFinder.glued(tokens, k - 1), isHan(k - 1), !taken[k - 1] {
            let c = tokens[k - 1].text
            if c == "和" || c == "与" {
                guard !and else { return nil }
                and = true
            } else if isChineseStop(tokens, k - 1, context.chineseWordsAfterStop) {
                return nil
            }
            k -= 1
            // (A name's start: nothing glued before it, or a word that ends a name: 据国家统计局.)
            let beginsName = k == 0 || !PersonFinder.glued(tokens, k - 1) || !isHan(k - 1) || PersonFinder.chineseStops.contains(tokens[k - 1].text)
            if beginsName, context.chineseBodyStarts.contains(where: { w in
                k + w.count <= suffix.lowerBound && (0..<w.count).allSatisfy { tokens[k + $0].text == w[$0] }
            }) {
                return k
            }
        }
        return nil
    }

    /// (ja) A token of two to six capitals (JFE, SBI).
    static func isCapitals(_ t: Token) -> Bool {
        let s = t.original.utf8
        return (2...6).contains(s.count) && s.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }
}

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
            var s = i
            var word = tokens[i].text
            while s > 0, PersonFinder.glued(tokens, s - 1), i - s < 3, !japaneseMissionEnds.contains(word) {
                s -= 1
                word = tokens[s].text + word
            }
            guard japaneseMissionEnds.contains(word) else { continue }
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
            guard let end = koreanMissionEnds.first(where: { word in
                let n = word.count
                return i >= n - 1 && (i - n + 1...i).map { tokens[$0].text }.joined() == word
                    && (i - n + 1..<i).allSatisfy { PersonFinder.glued(tokens, $0) }
            }) else { continue }
            let wordStart = i - end.count + 1
            guard wordStart > 0, PersonFinder.glued(tokens, wordStart - 1) else { continue }
            let start = runStart(wordStart - 1)
            guard (2...5).contains(wordStart - start) else { continue }
            out.append(start..<i + 1)
        }
        return out
    }
}

extension OrganizationFinder {
    /// (zh) The words of a team glued after its town's, province's or sponsor's name (江苏队, 上海女排, 北京汽车队).
    static let chineseTeamWords = ["女排", "男排", "女篮", "男篮", "女足", "男足", "队"]

    /// The end of the team word glued at `k` (``chineseTeamWords``), or nil.
    static func chineseTeamWord(_ tokens: [Token], at k: Int) -> Int? {
        guard k > 0, k < tokens.count, PersonFinder.glued(tokens, k - 1) else { return nil }
        for word in chineseTeamWords {
            let n = word.count
            guard k + n <= tokens.count, (k..<k + n).map({ tokens[$0].text }).joined() == word,
                (k..<k + n - 1).allSatisfy({ PersonFinder.glued(tokens, $0) })
            else { continue }
            return k + n
        }
        return nil
    }

    /// (zh) Teams: a body's name found (天津渤海银行, 北京汽车) or names the gazetteer took (江苏, 上海) with a team's word
    /// glued after them (天津渤海银行队, 江苏队, 上海女排): the found names are extended, the places' runs added; not a
    /// country's national side (中国女排).
    static func chineseTeams(_ tokens: [Token], _ taken: [Bool], found: inout [Range<Int>]) {
        for (n, r) in found.enumerated() {
            if let end = chineseTeamWord(tokens, at: r.upperBound) { found[n] = r.lowerBound..<end }
        }
        for k in tokens.indices.dropFirst() where taken[k - 1] && !taken[k] && !found.contains(where: { $0.contains(k - 1) || $0.contains(k) }) {
            guard let end = chineseTeamWord(tokens, at: k) else { continue }
            var start = k
            while start > 0, k - start < 6, taken[start - 1], PersonFinder.glued(tokens, start - 1), tokens[start - 1].flags.contains(.ideographic) {
                start -= 1
            }
            // (Not a country's team, 中国女排, 日本队: its people, as the other languages' national sides are.)
            let gazetteer = Gazetteer.shared
            // (Nor a club the gazetteer knows, 北京国安, found as it is.)
            if let m = gazetteer.wholeMatch(of: Array(tokens[start..<k]), reading: .text),
                [.country, .organization].contains(gazetteer.entries.kind(m.entry))
            {
                continue
            }
            found.append(start..<end)
        }
    }
}
