/// Korean firms whose names end in no suffix (무신사, 쿠팡), found by the words around one of their
/// mentions: a word for a kind of firm right before the name ("플랫폼 무신사가", "경쟁사인 쿠팡은"), or a word
/// for a firm's staff, side or shares right after it ("무신사 관계자는", "쿠팡 측은"); Resources/name-context.tsv,
/// D and DA.
extension OrganizationFinder {
    /// Words that are no firm's name though a firm's word may stand beside them (정부 관계자, 업계 관계자), folded.
    static let koreanCommonNouns: Set<String> = [
        "정부", "업계", "당국", "회사", "기업", "업체", "시장", "금융권", "재계", "학계", "노동계", "경찰", "검찰", "군", "병원", "학교",
        "해당", "이", "그", "두", "세", "양사", "자사", "국내", "해외", "글로벌", "대형", "중소", "신생", "온라인", "오프라인", "모바일",
        // Days, which market news puts before a firm's shares ("상장 첫날 주가가", "이날 주가는").
        "첫날", "이날", "당일", "전날", "다음날", "오늘", "어제", "내일", "올해", "지난해", "작년", "내년", "연초", "연말", "최근",
    ]

    /// The names (their first mention) and all their mentions, each a word of two to six syllables with its
    /// particle left out, none of whose characters a name holds.
    static func koreanByContext(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> (names: [Range<Int>], mentions: [Range<Int>]) {
        guard !context.firmWordsBeforeName.isEmpty || !context.firmWordsAfterName.isEmpty else { return ([], []) }
        // Words: runs of Hangul side by side.
        var words: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard PersonFinder.isHangul(tokens[i]) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, PersonFinder.isHangul(tokens[end]), PersonFinder.glued(tokens, end - 1) { end += 1 }
            words.append(i..<end)
            i = end
        }
        func text(_ r: Range<Int>) -> String { tokens[r].map(\.text).joined() }
        /// The word without its particle.
        func stem(_ w: Range<Int>) -> Range<Int> {
            let s = text(w)
            for p in PersonFinder.koreanParticles where s.count > p.count + 1 && s.hasSuffix(p) {
                return w.lowerBound..<w.upperBound - p.count
            }
            return w
        }
        /// One space between words `a` and `b`.
        func adjacent(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            PlaceFinder.gap(tokens[a.upperBound - 1], tokens[b.lowerBound]) == 1
        }
        /// A word for a kind of firm, alone or with a particle or 인 ("경쟁사인").
        func isFirmWord(_ w: Range<Int>) -> Bool {
            let s = text(w)
            return context.firmWordsBeforeName.contains { word in
                s == word || s.hasPrefix(word) && ["인", "이자", "의"].contains(String(s.dropFirst(word.count)))
            }
        }
        func beginsWithWordAfter(_ w: Range<Int>) -> Bool {
            let s = text(w)
            return context.firmWordsAfterName.contains { word in
                s.hasPrefix(word) && (s.count == word.count || PersonFinder.koreanParticles.contains(String(s.dropFirst(word.count))))
            }
        }
        /// Whether no name holds the word's characters, or one holds only its first ones and two syllables or more follow
        /// (동해에너지: a place's name that begins a firm's).
        func free(_ s: Range<Int>) -> Bool {
            guard let k = s.firstIndex(where: { !taken[$0] }) else { return false }
            return !(k..<s.upperBound).contains(where: { taken[$0] }) && (k == s.lowerBound || s.upperBound - k >= 2)
        }
        // Each candidate's mentions and whether a word before or after one of them names a firm.
        var candidates: [(name: String, first: Range<Int>, mentions: Int, before: Bool, after: Bool)] = []
        var index: [String: Int] = [:]
        // Each word's candidate and its own context, for two names joined by 와 or 과.
        var own: [(candidate: Int, before: Bool, after: Bool)?] = Array(repeating: nil, count: words.count)
        for (n, w) in words.enumerated() {
            let s = stem(w)
            guard (2...6).contains(s.count), free(s), PersonFinder.title(context.koreanTitles, tokens, at: s.lowerBound) == nil
            else { continue }
            let name = text(s)
            guard !koreanCommonNouns.contains(name), !context.firmWordsBeforeName.contains(name), !context.firmWordsAfterName.contains(name)
            else { continue }
            let before = n > 0 && adjacent(words[n - 1], w) && isFirmWord(words[n - 1])
            // (The name bare before the word after it: "무신사 관계자는", not "무신사가 측근".)
            let after = s == w && n + 1 < words.count && adjacent(w, words[n + 1]) && beginsWithWordAfter(words[n + 1])
            let c = index[name] ?? candidates.count
            if c < candidates.count {
                candidates[c].mentions += 1
                candidates[c].before = candidates[c].before || before
                candidates[c].after = candidates[c].after || after
            } else {
                index[name] = c
                candidates.append((name, s, 1, before, after))
            }
            own[n] = (c, before, after)
        }
        // "경쟁사인 이마트와 롯데쇼핑 주가는": two names joined by 와 or 과 share the words before the first and after the second.
        for n in words.indices.dropLast() {
            guard let a = own[n], stem(words[n]) != words[n], adjacent(words[n], words[n + 1]),
                ["와", "과"].contains(tokens[words[n].upperBound - 1].text)
            else { continue }
            // (A second name that another pattern read, a group's firm: "이마트와 롯데쇼핑 주가는" still names two firms.)
            guard let b = own[n + 1] ?? (words[n + 1].allSatisfy({ taken[$0] }) ? (a.candidate, false,
                n + 2 < words.count && adjacent(words[n + 1], words[n + 2]) && beginsWithWordAfter(words[n + 2])) : nil)
            else { continue }
            let before = a.before || b.before
            let after = a.after || b.after
            for c in [a.candidate, b.candidate] {
                candidates[c].before = candidates[c].before || before
                candidates[c].after = candidates[c].after || after
            }
        }
        // ("기업 가치가": a firm's word before a common noun; such a noun is seldom named twice with one.)
        let found = candidates.filter { ($0.before || $0.after) && ($0.mentions >= 2 || $0.before && $0.after) }
        let accepted = found.map(\.name)
        let names = found.map(\.first)
        guard !accepted.isEmpty else { return ([], []) }
        // Every mention of a name found: the word, its particle left out.
        var mentions: [Range<Int>] = []
        for w in words {
            let s = stem(w)
            if free(s), accepted.contains(text(s)) { mentions.append(s) }
        }
        return (names, mentions)
    }
}
