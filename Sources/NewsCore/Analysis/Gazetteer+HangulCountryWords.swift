/// Korean words that hold a country's name in Hangul and are no mention of it: a name that a verb's or an
/// adjective's ending follows in one word is a word of its own (인도했다 "delivered", 인도적 지원 "humanitarian aid",
/// 인도주의, 오만한 "arrogant"), and 이란 glued to the word before it is the particle "-(이)란" (행복이란, "as for
/// happiness").
extension Gazetteer {
    /// Syllables that make a verb, an adjective or another noun of the word before them (하다, 되다, 받다, -적, -주의).
    /// (Not 하고, "and": 일본하고 미국.)
    static let hangulWordEndings: [String] = ["하", "한", "할", "했", "함", "합", "되", "된", "될", "돼", "됐", "적", "받", "주의", "스러"]

    /// Syllables glued before a country's name that make a word about it: pro-, anti-, toward, visiting, resident in.
    static let hangulPrefixes: Set<String> = ["친", "반", "대", "방", "주", "재", "탈", "범"]

    /// Whether `m`, a country's name in Hangul, is part of such a word. Looks at six syllables after it at most.
    func hangulWordNotCountry(_ m: Match, in tokens: [Token]) -> Bool {
        guard m.count > 0, entries.kind(m.entry) == .country else { return false }
        let first = m.start
        let last = m.start + m.count - 1
        guard first >= 0, last < tokens.count, PersonFinder.isHangul(tokens[first]) else { return false }
        let gluedBefore = Self.hangulGluedBefore(tokens, first)
        let rest = Self.hangulRest(tokens, after: last)
        // "-(이)란" after a noun: a name of 이 that ends the word, glued to the syllable before it (not 주한이탈리아대사관,
        // nor after a prefix: 친이란 "pro-Iran", 반이란, 대이란 "toward Iran").
        if gluedBefore, rest.isEmpty, tokens[first].text == "이", !Self.hangulPrefixes.contains(tokens[first - 1].text) { return true }
        // (북한강, 남한강: the North and the South Han river, 북 and 남 before 한강, not North or South Korea's river.)
        if rest.hasPrefix("강"), !rest.hasPrefix("강경"), !rest.hasPrefix("강화") { return true }
        return !rest.hasPrefix("하고") && Self.hangulWordEndings.contains { rest.hasPrefix($0) }
    }
}

extension Gazetteer {
    /// 김영국 부장판사, 이한국 씨, 김태국(58)씨: a country's name of two syllables glued after a family name's syllable that begins the
    /// word, with a title one space on (or 씨 glued after it, or after an age in brackets), is a person's given name (영국 "Yeong-guk"), not the
    /// country. (Not after a prefix that is also a family name: 반영국 "anti-British", 대영국.)
    func koreanNameHoldingCountry(_ m: Match, in tokens: [Token], titles: [[String]]) -> Bool {
        let first = m.start
        guard m.count == 2, first >= 1, entries.kind(m.entry) == .country, PersonFinder.isHangul(tokens[first]),
            Self.hangulGluedBefore(tokens, first), !Self.hangulGluedBefore(tokens, first - 1),
            NameShapes.shared.koreanFamily.contains(tokens[first - 1].original), !Self.hangulPrefixes.contains(tokens[first - 1].text)
        else { return false }
        let rest = Self.hangulRest(tokens, after: first + 1)
        if rest.hasPrefix("씨") { return true }
        let next = first + 2
        // (An age in brackets between them: 김태국(58)씨, 김태국(58) 씨.)
        if rest.isEmpty, next + 1 < tokens.count, tokens[next].flags.contains(.numeric), tokens[next].text.utf8.count <= 3,
            tokens[next].flags.contains(.afterPunctuation), tokens[next + 1].text == "씨"
        {
            return true
        }
        guard rest.isEmpty, next < tokens.count, PersonFinder.isHangul(tokens[next]),
            PersonFinder.oneSpaceApart(tokens, first - 1..<next, next..<next + 1)
        else { return false }
        if PersonFinder.title(titles, tokens, at: next) != nil { return true }
        // (최인도 서천특화시장 상인회 회장은: the body the person heads between the name and the title, up to two words with no
        // particle, at a sentence's start.)
        guard first - 1 == 0 || !tokens[first - 1].flags.isDisjoint(with: [.sentenceStart, .lineStart]) else { return false }
        var word = next
        for _ in 0..<2 {
            var end = word
            while end + 1 < tokens.count, PersonFinder.isHangul(tokens[end + 1]), PersonFinder.glued(tokens, end) { end += 1 }
            // (A particle ends the phrase: "최인도 시장에서 회장은" is no one's title.)
            guard end + 1 < tokens.count, !PersonFinder.koreanParticles.contains(tokens[end].text),
                PersonFinder.isHangul(tokens[end + 1]), PersonFinder.oneSpaceApart(tokens, word..<end + 1, end + 1..<end + 2)
            else { return false }
            word = end + 1
            if PersonFinder.title(titles, tokens, at: word) != nil { return true }
        }
        return false
    }
}

extension Gazetteer {
    /// 페루 해군 리카르도 멘도사 제독과: a city's name in Hangul between a foreign given name (a word of two to four syllables with
    /// a syllable of transcription, no particle) and a title, one space apart, is the person's family name (Mendoza), not
    /// the city in Argentina.
    func koreanFamilyNameAsCity(_ m: Match, in tokens: [Token], titles: [[String]]) -> Bool {
        let first = m.start
        guard m.count >= 2, first >= 3, [.city, .capital, .place].contains(entries.kind(m.entry)), !Self.hangulGluedBefore(tokens, first),
            koreanCityBeforeTitle(m, in: tokens, titles: titles)
        else { return false }
        // The given name: the Hangul word right before, one space apart.
        var start = first - 1
        guard PersonFinder.isHangul(tokens[start]), tokens[start + 1].offset - tokens[start].offset == 2 else { return false }
        while start > 0, first - start < 4, Self.hangulGluedBefore(tokens, start) { start -= 1 }
        let given = start..<first
        return (2...4).contains(given.count) && !Self.hangulGluedBefore(tokens, start)
            && tokens[given].contains(where: { PersonFinder.koreanTranscriptionSyllables.contains($0.original) })
            // (Not after a case's particle; 도 and 로 end foreign given names: 리카르도, 페드로.)
            && !["는", "을", "를", "의", "와", "과", "에"].contains(tokens[given.upperBound - 1].original)
    }

    /// Whether `m`, a city's name, stands right before a title, one space apart (멘도사 제독은: the name said again).
    func koreanCityBeforeTitle(_ m: Match, in tokens: [Token], titles: [[String]]) -> Bool {
        let end = m.start + m.count
        return m.start >= 0 && end < tokens.count && PersonFinder.isHangul(tokens[m.start])
            && Self.hangulRest(tokens, after: end - 1).isEmpty && PersonFinder.oneSpaceApart(tokens, m.start..<end, end..<end + 1)
            && PersonFinder.title(titles, tokens, at: end) != nil
    }
}
