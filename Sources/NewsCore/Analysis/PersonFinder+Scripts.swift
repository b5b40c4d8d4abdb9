/// People's names in scripts without capitals, found next to a title (Resources/name-context.tsv):
/// Japanese writes the title glued after the name (石破茂首相), Chinese glued before it
/// (国家主席习近平), Korean as the next word (윤석열 대통령은), Arabic before it
/// (الرئيس عبد الفتاح السيسي).
extension PersonFinder {
    /// - Returns: names as written, in order of first mention, a name that begins another left out.
    static func findWithoutCase(in tokens: [Token], taken: [Bool], context: NameContext.Words, language: String?)
        -> [String]
    {
        var names: [String] = []
        switch language {
        case "ja": names = japanese(tokens, taken, context)
        case "zh":
            names = chinese(tokens, taken, context) + chineseByFamilyName(tokens, taken, context: context)
                + chineseListNames(tokens, taken, context: context) + chineseDottedNames(tokens, taken, context: context)
                + chineseAffiliatedNames(tokens, taken, context: context)
        case "ko":
            names = korean(tokens, taken, context) + koreanNamesWithBrackets(tokens, taken, context: context)
                + koreanBareNames(tokens, taken) + koreanForeignNamesAfterTitle(tokens, taken, context: context)
        case "ar": names = arabic(tokens, taken, context)
        default: return []
        }
        var out: [String] = []
        for name in names where !out.contains(name) {
            // 石破 in the title, 石破茂 in the body: one person.
            if let k = out.firstIndex(where: { name.hasPrefix($0) }) {
                out[k] = name
            } else if !out.contains(where: { $0.hasPrefix(name) || $0.hasSuffix("・" + name) || $0.hasSuffix("·" + name) || $0.hasSuffix(" " + name) }) {
                out.append(name)
            }
        }
        return out
    }

    private static func scalar(_ t: Token) -> UInt32 { t.original.unicodeScalars.first?.value ?? 0 }
    static func isHan(_ t: Token) -> Bool {
        let v = scalar(t)
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || v == 0x3005
    }
    static func isKatakana(_ t: Token) -> Bool {
        let v = scalar(t)
        return v >= 0x30A1 && v <= 0x30FC && v != 0x30FB
    }
    static func isHangul(_ t: Token) -> Bool {
        let v = scalar(t)
        return v >= 0xAC00 && v <= 0xD7A3
    }

    /// The runs of tokens side by side that `isPart` holds for, each at most `limit` tokens (a longer run is cut).
    static func gluedRuns(_ tokens: [Token], limit: Int = .max, where isPart: (Token) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard isPart(tokens[i]) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, end - i < limit, isPart(tokens[end]), glued(tokens, end - 1) { end += 1 }
            runs.append(i..<end)
            i = end
        }
        return runs
    }

    /// True when tokens `a` and `a + 1` are characters written side by side.
    static func glued(_ tokens: [Token], _ a: Int) -> Bool {
        tokens[a + 1].offset == tokens[a].offset + tokens[a].original.scalarCount
    }

    /// The title of `titles` that starts at `i`, as its end.
    static func title(_ titles: [[String]], _ tokens: [Token], at i: Int) -> Int? {
        for t in titles where i + t.count <= tokens.count {
            var ok = true
            for k in 0..<t.count where tokens[i + k].text != t[k] || (k > 0 && !glued(tokens, i + k - 1)) {
                ok = false
                break
            }
            if ok { return i + t.count }
        }
        return nil
    }

    /// (ja) Characters glued before a title that say which holder it is (元 former, 前 previous, 副
    /// deputy, 現 current, 新 new): no part of the name before them.
    static let japaneseTitlePrefixes: Set<String> = ["元", "前", "副", "現", "新"]

    /// What joins the parts of a foreign name in katakana: ・ (and its half-width form), ＝ (ジャン＝ピエール).
    static let japaneseNameDots: Set<String> = ["・", "･", "＝", "="]

    /// Kanji names of two to five characters, or katakana names (parts joined by ・), before a title.
    private static func japanese(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [String] {
        var out: [String] = []
        var i = 1
        while i < tokens.count {
            guard let end = title(context.after, tokens, at: i) else {
                if let head = japaneseDepartmentHead(tokens, taken, context, title: i) {
                    out.append(tokens[head.name].map(\.original).joined())
                    i = head.end
                } else {
                    i += 1
                }
                continue
            }
            // The name ends right before the title, or before the country beside it (トランプ米大統領).
            var k = i - 1
            guard glued(tokens, k) else {
                i = end
                continue
            }
            // (And before a prefix of the title: 菅義偉元首相, 河野太郎前デジタル相, バイデン前米大統領.)
            var prefixed = false
            while k > 0, glued(tokens, k - 1), taken[k] || !prefixed && japaneseTitlePrefixes.contains(tokens[k].text) {
                if !taken[k] { prefixed = true }
                k -= 1
            }
            var start = k
            if isHan(tokens[k]) && !taken[k] {
                while start > 0, isHan(tokens[start - 1]), !taken[start - 1], glued(tokens, start - 1) { start -= 1 }
                // (Five when family and given names are long: 伊原木隆太.) (選手 ends words as well: 最優秀選手, 有力選手;
                // three kanji or more before it begin with a family name.)
                if (2...5).contains(k - start + 1),
                    k - start < 2 || !japaneseTitlesOfWords.contains(tokens[i..<end].map(\.text).joined()) || beginsWithJapaneseFamily(tokens, start..<k + 1)
                {
                    out.append(tokens[start...k].map(\.original).joined())
                }
            } else if let r = japaneseNameInKana(tokens, taken, endingAt: k) {
                out.append(tokens[r].map(\.original).joined())
            } else if isKatakana(tokens[k]) && !taken[k] {
                var parts: [String] = []
                var part = ""
                var p = k
                while p >= 0, isKatakana(tokens[p]), !taken[p] {
                    part = tokens[p].original + part
                    // The ・ (or ＝) between a foreign name's parts, a token of its own: リカルド・アウバン. (Five parts at most.)
                    if p > 1, japaneseNameDots.contains(tokens[p - 1].text), isKatakana(tokens[p - 2]), !taken[p - 2], parts.count < 4 {
                        // (The part keeps the mark written before it: ジャン＝ノエル・バロ.)
                        parts.insert(tokens[p - 1].original == "・" ? part : tokens[p - 1].original + part, at: 0)
                        part = ""
                        p -= 2
                        continue
                    }
                    if p > 0, isKatakana(tokens[p - 1]), !glued(tokens, p - 1) {
                        // One character between two katakana words: the ・ of a foreign name.
                        guard tokens[p].offset - tokens[p - 1].offset == 2 else { break }
                        parts.insert(part, at: 0)
                        part = ""
                    }
                    p -= 1
                }
                parts.insert(part, at: 0)
                if part.scalarCount >= 2 || parts.count > 1 {
                    var name = parts[0]
                    for next in parts.dropFirst() { name += japaneseNameDots.contains(String(next.prefix(1))) ? next : "・" + next }
                    out.append(name)
                }
            }
            i = end
        }
        return out
    }

    /// Characters that end a Chinese name: a verb, a preposition, a conjunction, a date.
    static let chineseStops: Set<String> = [
        "说", "表", "在", "和", "与", "出", "的", "是", "对", "指", "会", "称", "将", "也", "等", "于", "到", "抵", "访", "为",
        "向", "同", "就", "今", "昨", "已", "则", "还", "曾", "并", "及", "以", "从", "被", "把", "率", "致", "讲", "谈", "参",
        "选", "府", "职", "办", "一", "等", "日", "月", "年", "均", "都", "又", "再", "应", "亲", "了", "据", "由", "涉",
    ]

    /// Two to four characters after a title (国家主席习近平); three when more run on (塞蒂恩赛后).
    private static func chinese(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [String] {
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            guard isHan(tokens[i]), let end = title(context.before, tokens, at: i) ?? title(context.familyTitles, tokens, at: i) else {
                i += 1
                continue
            }
            // (区长, 司长: only before a family name; 公司长达十年 is "the company, for ten years".)
            let familyOnly = title(context.before, tokens, at: i) == nil
            // 外交部长官: the title is 长官, not 部长.
            if (i + 1..<end).contains(where: { k in title(context.before, tokens, at: k).map { $0 > end } ?? false }) {
                i += 1
                continue
            }
            if let r = chineseNameBefore(tokens, taken, title: i) { out.append(tokens[r].map(\.original).joined()) }
            if let r = chineseCreditName(tokens, taken, from: end) {
                out.append(tokens[r].map(\.original).joined())
                i = r.upperBound
                continue
            }
            if let r = chineseTranscribedName(tokens, taken, from: end, context: context) {
                out.append(tokens[r].map(\.original).joined())
                i = r.upperBound
                continue
            }
            var stop = end
            while stop < tokens.count, stop - end < 5, isHan(tokens[stop]), !taken[stop], glued(tokens, stop - 1),
                !chineseStops.contains(tokens[stop].text) || stop == end && zengBeginsAName(tokens, at: stop, context: context)
                    || chineseDayEndsName(tokens, at: stop, from: end, context: context),
                title(context.before, tokens, at: stop) == nil, !endsAChineseName(tokens, at: stop, context: context)
            {
                stop += 1
            }
            // (Five when a verb of speech or meeting ends them and no Chinese family name begins them: a foreign
            // name, 内塔尼亚胡表示; but 汪文斌回答说 is a name and a verb.)
            let length = stop - end <= 4 ? stop - end
                : endsAChineseName(tokens, at: stop, context: context) && !NameShapes.shared.chineseFamily.contains(tokens[end]) ? 5 : 3
            // (Not a body's or a place's name: 律师事务所, 分析师协会; but 李振国, 王建军.)
            if length >= 2, !chineseBodyEnds.contains(tokens[end + length - 1].text) || isChineseNameEnding(tokens, end..<end + length),
                !familyOnly || length <= 3 && NameShapes.shared.chineseFamily.contains(tokens[end])
            {
                out.append(tokens[end..<end + length].map(\.original).joined())
            }
            i = max(end + length, end)
        }
        return out
    }

    /// (zh) The name of a credit one space after its title, up to the closing bracket: "（记者 郭佳）". Two or three characters
    /// glued together, a family name first; or nil.
    static func chineseCreditName(_ tokens: [Token], _ taken: [Bool], from start: Int) -> Range<Int>? {
        guard start > 0, start < tokens.count, isHan(tokens[start]), !taken[start], !glued(tokens, start - 1),
            tokens[start].offset - tokens[start - 1].offset - tokens[start - 1].original.unicodeScalars.count == 1,
            tokens[start].flags.isDisjoint(with: .boundary), NameShapes.shared.chineseFamily.contains(tokens[start])
        else { return nil }
        var end = start + 1
        while end < tokens.count, end - start < 3, isHan(tokens[end]), !taken[end], glued(tokens, end - 1) { end += 1 }
        guard end - start >= 2, end == tokens.count || tokens[end].flags.contains(.afterPunctuation) else { return nil }
        return start..<end
    }

    /// (zh) A transcribed foreign name of five to seven characters after a title (内阁主席卡瑟马利耶夫出席): every character one of
    /// the transcription's (name-context.tsv ZT), no Chinese family name first, and a verb of speech or meeting, a character
    /// that ends a name or punctuation after it; or nil. (The title rule reads four characters, five before such a verb.)
    static func chineseTranscribedName(_ tokens: [Token], _ taken: [Bool], from start: Int, context: NameContext.Words) -> Range<Int>? {
        guard start < tokens.count, !NameShapes.shared.chineseFamily.contains(tokens[start]) else { return nil }
        var end = start
        while end < tokens.count, end - start < 7, isHan(tokens[end]), !taken[end], end == start || glued(tokens, end - 1),
            context.chineseTranscription.contains(tokens[end]), !chineseStops.contains(tokens[end].text)
        {
            end += 1
        }
        guard end - start >= 5, end == tokens.count || !glued(tokens, end - 1) || !tokens[end].flags.isDisjoint(with: .boundary)
            || chineseStops.contains(tokens[end].text) || endsAChineseName(tokens, at: end, context: context)
        else { return nil }
        return start..<end
    }

    /// (zh) Whether 日 at `k` is a given name's last character (副市长朴成日说), not a date's: the third of a name that begins
    /// at `start`, before a verb of speech or meeting, and no numeral before it.
    static func chineseDayEndsName(_ tokens: [Token], at k: Int, from start: Int, context: NameContext.Words) -> Bool {
        k == start + 2 && tokens[k].text == "日" && !chineseNumerals.contains(tokens[k - 1].text) && k + 1 < tokens.count && glued(tokens, k)
            && endsAChineseName(tokens, at: k + 1, context: context)
    }

    /// Endings of Korean verbs at a sentence's end (발표했다), which no name has.
    /// (And 해 of a verb that joins two clauses: "서울을 방문해 조현 외교부 장관과"; and the endings that join clauses or make
    /// a verb an adjective: "외교부에 따르면 모테기 외무상은", "서명식은 ... 열렸으며 이용배 사장과", "방한 중인 제이훈 바이라모프".)
    static let koreanVerbEndings = ["했다", "한다", "었다", "았다", "였다", "된다", "됐다", "있다", "없다", "이다", "니다", "해",
                                    "으며", "하며", "되며", "이며", "라며", "다며", "면서", "지만", "는데", "르면", "하면", "으면", "되면",
                                    "중인", "하고", "되고", "했고", "있는", "하는", "되는"]

    /// Korean particles that follow a noun.
    static let koreanParticles: [String] = ["에서", "에게", "으로", "은", "는", "이", "가", "을", "를", "와", "과", "의", "도", "로", "에"]

    /// The word (two to four syllables) before a title word; two words when a country stands
    /// between them and the title (기시다 후미오 일본 총리).
    private static func korean(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [String] {
        // Words: runs of Hangul characters side by side.
        let words = gluedRuns(tokens, where: isHangul)
        func isTaken(_ w: Range<Int>) -> Bool { w.contains { taken[$0] } }
        /// A body's or a town's name, not a person's: 노동당, 외교부, 외무성, 상인회, 장항읍.
        func isBody(_ w: Range<Int>) -> Bool {
            w.count >= 3 && ["당", "부", "성", "청", "회", "읍", "면"].contains(tokens[w.upperBound - 1].text) || w.count == 2 && koreanShortBodies.contains(text(w))
                || w.count >= 4 && { let s = text(w); return koreanBodyEndings.contains { s.hasSuffix($0) } }()
        }
        /// (Not a word that begins with a title: 대통령실 대변인.)
        func isName(_ w: Range<Int>) -> Bool {
            (2...4).contains(w.count) && !isTaken(w) && !isBody(w) && title(context.koreanTitles, tokens, at: w.lowerBound) == nil
                // (Not a word for a kind of firm: 건설업체 대표.)
                && !context.firmWordsBeforeName.contains { w.count > $0.scalarCount && text(w).hasSuffix($0) }
        }
        func text(_ w: Range<Int>) -> String { tokens[w].map(\.original).joined() }
        var out: [String] = []
        for (n, w) in words.enumerated() where n > 0 {
            // A title word, then a name (대변인 정혜린은); the family name looked up first.
            if w.count >= 3, NameShapes.shared.koreanFamily.contains(tokens[w.lowerBound].original), !isTaken(w),
                tokens[w.lowerBound].offset - tokens[words[n - 1].upperBound - 1].offset == 2,
                title(context.koreanTitles, tokens, at: words[n - 1].lowerBound) == words[n - 1].upperBound
                    || title(context.koreanPositions, tokens, at: words[n - 1].lowerBound) == words[n - 1].upperBound,
                let r = koreanNameAfterTitle(tokens, w, context: context),
                // (After a position, with its particle: "투수 마이클 로렌스와" is a foreign name of two words.)
                r.upperBound < w.upperBound || title(context.koreanTitles, tokens, at: words[n - 1].lowerBound) == words[n - 1].upperBound
            {
                out.append(text(r))
            }
            guard let end = title(context.koreanTitles, tokens, at: w.lowerBound) ?? placeTitle(context, tokens, taken, in: w)
                ?? compoundTitle(context, tokens, in: w)
            else {
                continue
            }
            // The title word is the title, or the title and a particle (대통령은).
            let rest = tokens[end..<w.upperBound].map(\.text).joined()
            // (Not one that places and things take, never people: "코스닥 시장에" is "in the KOSDAQ market"; but
            // "차관에 대해", "장관에 따르면" are about a person.)
            guard rest.isEmpty || koreanParticles.contains(rest),
                !koreanPlaceParticles.contains(rest)
                    || rest == "에" && n + 1 < words.count && koreanAboutWords.contains(text(words[n + 1]))
            else { continue }
            var k = n - 1
            // (Former, current or new between them: 이준혁 전 수석코치를, and before the body: 박성훈 전 국토교통부 차관.)
            if k > 0, koreanTitlePrefixes.contains(text(words[k])) { k -= 1 }
            // (A foreign name of two words written in Hangul: 펩 과르디올라 감독은, 토마스 프랑크 감독은.)
            // (One with the particles of a Dutch, German or Romance family name: 크리스 밴 홀런, 우르줄라 폰 데어 라이엔.)
            if let name = koreanLinkedForeignName(tokens, words, k, title: n, taken: taken) {
                out.append(name)
                continue
            }
            if let foreign = koreanForeignName(tokens, words, k, title: n, taken: taken, context: context) {
                out.append(tokens[foreign.given].map(\.original).joined() + " " + tokens[foreign.family].map(\.original).joined())
                continue
            }
            var skipped = 0
            // (A body's long name the gazetteer lacks: 제롬 파월 미국 연방준비제도 의장.)
            while k > 0, isTaken(words[k]) || isBody(words[k]) || words[k].count >= 5, skipped < 2 {
                k -= 1
                skipped += 1
            }
            if skipped > 0, k > 0, koreanTitlePrefixes.contains(text(words[k])) {
                k -= 1
                skipped = 0
            }
            // Name and title in one clause, one space apart word from word ("장재훈 부회장은 "미국 시장 ...": 시장 is a market).
            // (A word and its particle: 한은 총재 is the bank's governor, 발언도 시장에 "the remarks, to the market
            // too"; of three syllables or more only particles that no name ends in.)
            let lastSyllable = tokens[words[k].upperBound - 1].original
            // (A foreign family name may end in 로 as a particle does: 스티브 체룬돌로 감독은, with its given name before it.)
            let foreign = koreanForeignFamilyName(tokens, words, k, isName: isName)
            // (A name that ends as a particle does, at a sentence's start with the body it heads before its title: 최인도
            // 서천특화시장 상인회 회장은.)
            let heads = skipped > 0 && words[k].count == 3 && !tokens[words[k].lowerBound].flags.isDisjoint(with: [.sentenceStart, .lineStart])
                && NameShapes.shared.koreanFamily.contains(tokens[words[k].lowerBound].original)
            guard isName(words[k]),
                foreign || heads
                    || (words[k].count > 2 ? !koreanParticlesNoNameEndsIn.contains(lastSyllable) : !koreanParticles.contains(lastSyllable)),
                (k + 1...n).allSatisfy({ tokens[words[$0].lowerBound].offset - tokens[words[$0 - 1].upperBound - 1].offset == 2
                    || $0 == n && k == n - 1 && acronymBetween(tokens, words[k], words[n]) })
            else { continue }
            var name = text(words[k])
            // One space apart, in the same sentence, and not a verb (발표했다) nor a word that opens a sentence (한편).
            // (A foreign first name may be one syllable: 존 스미스.)
            if skipped > 0 || foreign, k > 0, words[k - 1].count <= 4, !isTaken(words[k - 1]), !isBody(words[k - 1]),
                tokens[words[k].lowerBound].offset - tokens[words[k - 1].upperBound - 1].offset == 2
            {
                let before = text(words[k - 1])
                if !koreanParticles.contains(where: { before.hasSuffix($0) }) && !Self.koreanVerbEndings.contains(where: { before.hasSuffix($0) })
                    && !koreanAdverbs.contains(before)
                {
                    name = before + " " + name
                }
            }
            out.append(name)
        }
        return out
    }

    /// (ko) Whether one acronym in capitals stands between the words `a` and `b`, a space on each side: a body's, between a
    /// name and its title (송상근 BPA 사장은).
    static func acronymBetween(_ tokens: [Token], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard b.lowerBound == a.upperBound + 1 else { return false }
        let t = tokens[a.upperBound]
        return t.flags.contains(.allCaps) && t.offset - tokens[a.upperBound - 1].offset == 2
            && tokens[b.lowerBound].offset == t.offset + t.original.unicodeScalars.count + 1
    }

    /// (ko) Adverbs and words that open a sentence, which stand before a name but are no given name (한편 홍명보 감독은).
    static let koreanAdverbs: Set<String> = [
        "한편", "또한", "또", "이어", "특히", "다만", "이날", "그러나", "하지만", "앞서", "현재", "당시", "이에", "반면", "아울러", "이후",
        "최근", "결국", "실제로", "역시", "이번", "지난", "올해", "내년", "작년",
    ]

    /// (ko) True when the word `k` before a title is a foreign family name that ends in 로 as a particle does (스티브
    /// 체룬돌로 감독은, 카를로 안첼로티): three syllables or more, no place nor body the gazetteer knows, a given name
    /// of two or three syllables one space before it with no particle, no verb's ending and no sentence's start between.
    static func koreanForeignFamilyName(_ tokens: [Token], _ words: [Range<Int>], _ k: Int, isName: (Range<Int>) -> Bool) -> Bool {
        guard k > 0, words[k].count >= 3, tokens[words[k].upperBound - 1].original == "로", isName(words[k]) else { return false }
        let given = words[k - 1]
        let before = tokens[given].map(\.original).joined()
        return (2...3).contains(given.count) && isName(given) && tokens[words[k].lowerBound].flags.isDisjoint(with: .boundary)
            && tokens[words[k].lowerBound].offset - tokens[given.upperBound - 1].offset == 2
            && !koreanParticles.contains(where: { before.hasSuffix($0) }) && !koreanVerbEndings.contains(where: { before.hasSuffix($0) })
            && !koreanAdverbs.contains(before)
    }

    /// (ko) Syllables of ㅡ with no final consonant (그, 드, 르, 스, 크, 트, 프...), which Sino-Korean words never hold and
    /// transcriptions of foreign names write for a consonant alone (프랑크, 과르디올라, 토마스).
    static let koreanTranscriptionSyllables: Set<String> = ["그", "느", "드", "르", "므", "브", "스", "즈", "츠", "크", "트", "프", "흐"]

    /// (ko) The given name and the family name of a foreign name written in Hangul as two words, the family name at
    /// word `k` right before the title at word `title` (펩 과르디올라 감독은): one to four syllables and two to six,
    /// one space apart, neither the gazetteer's nor a body's, a firm's kind or a word that begins with a title, the
    /// given name with no particle nor verb's ending, and one of the two with a syllable of transcription.
    static func koreanForeignName(_ tokens: [Token], _ words: [Range<Int>], _ k: Int, title titleWord: Int, taken: [Bool],
                                  context: NameContext.Words) -> (given: Range<Int>, family: Range<Int>)? {
        guard k > 0, k < titleWord else { return nil }
        let given = words[k - 1], family = words[k]
        guard (1...4).contains(given.count), (2...6).contains(family.count),
            (k...titleWord).allSatisfy({ tokens[words[$0].lowerBound].offset - tokens[words[$0 - 1].upperBound - 1].offset == 2 }),
            (k - 1...k).allSatisfy({ w in
                let word = words[w]
                let text = tokens[word].map(\.original).joined()
                // (The given name may begin a sentence; the family name follows it in the same clause.)
                return !word.contains { taken[$0] } && (w < k || tokens[word.lowerBound].flags.isDisjoint(with: .boundary))
                    && title(context.koreanTitles, tokens, at: word.lowerBound) == nil
                    && !context.organizationSuffixes.contains { text.hasSuffix($0.joined()) }
                    && !context.firmWordsBeforeName.contains { text.hasSuffix($0) }
                    && !koreanVerbEndings.contains { text.hasSuffix($0) }
            }),
            given.count >= 3 || !koreanParticles.contains(tokens[given.upperBound - 1].original),
            !koreanParticlesNoNameEndsIn.contains(tokens[given.upperBound - 1].original),
            !koreanAdverbs.contains(tokens[given].map(\.original).joined()),
            (given.lowerBound..<family.upperBound).contains(where: { koreanTranscriptionSyllables.contains(tokens[$0].original) })
        else { return nil }
        return (given, family)
    }

    /// (ko) Bodies of two syllables between a name and its title (짐 리시 상원 외교위원장): the chambers of a parliament.
    static let koreanShortBodies: Set<String> = ["상원", "하원", "의회", "국회", "내각"]

    /// (ko) Endings of a body's name of four syllables or more, which a person's name before a title never has (최명호
    /// 철도노조 위원장: the union between the name and the title).
    static let koreanBodyEndings: [String] = ["노조", "공사", "공단", "협회", "재단", "조합", "연맹", "위원회", "연구원", "연구소", "은행", "병원", "학교", "공항"]

    /// (ko) The particles of Dutch, German and Romance family names as Korean writes them (van, von, der, de, di, da, del).
    static let koreanNameLinks: Set<String> = ["밴", "반", "판", "폰", "데어", "드", "디", "다", "델", "데"]

    /// (ko) A foreign name written in Hangul with one or two of ``koreanNameLinks`` between its given name and its family
    /// name, the family name at word `k` right before the title at word `title` (크리스 밴 홀런 상원의원은): the given name of
    /// one to four syllables with no particle, the family name of two to six, one space apart, none of them taken.
    static func koreanLinkedForeignName(_ tokens: [Token], _ words: [Range<Int>], _ k: Int, title titleWord: Int, taken: [Bool]) -> String? {
        func text(_ w: Range<Int>) -> String { tokens[w].map(\.original).joined() }
        guard k >= 2, k < titleWord, (2...6).contains(words[k].count) else { return nil }
        var g = k - 1
        while g > 0, k - g <= 2, koreanNameLinks.contains(text(words[g])) { g -= 1 }
        guard k - g >= 2, (1...4).contains(words[g].count), !koreanNameLinks.contains(text(words[g])),
            (g...k).allSatisfy({ !words[$0].contains { taken[$0] } }),
            (g + 1...titleWord).allSatisfy({ oneSpaceApart(tokens, words[$0 - 1], words[$0]) }),
            (g + 1...k).allSatisfy({ tokens[words[$0].lowerBound].flags.isDisjoint(with: .boundary) }),
            !koreanParticles.contains(where: { text(words[g]).hasSuffix($0) }), !koreanAdverbs.contains(text(words[g])),
            !koreanVerbEndings.contains(where: { text(words[g]).hasSuffix($0) })
        else { return nil }
        return (g...k).map { text(words[$0]) }.joined(separator: " ")
    }

    /// (ko) Whether Hangul word `b` follows word `a` with one space between (each syllable a token of its own).
    static func oneSpaceApart(_ tokens: [Token], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        tokens[b.lowerBound].offset - tokens[a.upperBound - 1].offset == 2
    }

    /// (ko) Particles of place, which a person's title does not take (에게 is "to" a person).
    static let koreanPlaceParticles: Set<String> = ["에", "에서"]

    /// (ko) Words after 에 that make it "about" or "according to" a person (차관에 대해, 장관에 따르면).
    static let koreanAboutWords: Set<String> = ["대해", "대해서", "대한", "따르면", "관해", "관한"]

    /// (ko) Particles of one syllable that no Korean name ends in (은, 이, 가 end given names: 지은, 하은).
    static let koreanParticlesNoNameEndsIn: Set<String> = ["는", "을", "를", "의", "와", "과", "도", "에", "로"]

    /// (ko) Words between a name and its title that say which holder it is: former, current, new.
    static let koreanTitlePrefixes: Set<String> = ["전", "현", "신임", "전직"]

    /// The end of a title of three syllables or more glued after a body's short name of two or more
    /// (공정거래위원장, 금융위원장).
    private static func compoundTitle(_ context: NameContext.Words, _ tokens: [Token], in w: Range<Int>) -> Int? {
        guard w.count >= 5 else { return nil }
        for start in w.lowerBound + 2...w.upperBound - 3 {
            // (A title of two syllables only where its first is the body's last: 우주항공청장, the head of 우주항공청.)
            if let end = title(context.koreanTitles, tokens, at: start),
                end - start >= 3 || end - start == 2 && context.koreanOfficeHeads.contains(tokens[start].text + tokens[start + 1].text)
            {
                return end
            }
        }
        return nil
    }

    /// The end of a title glued after a place's name of one to three syllables (제주지사, 경기도지사); 시장
    /// only after a place the gazetteer knows (서울시장: 주식시장 is a stock market).
    private static func placeTitle(_ context: NameContext.Words, _ tokens: [Token], _ taken: [Bool], in w: Range<Int>) -> Int? {
        guard !context.koreanPlaceTitles.isEmpty, w.count >= 3 else { return nil }
        for start in w.lowerBound + 1...min(w.lowerBound + 3, w.upperBound - 2) {
            guard let end = title(context.koreanPlaceTitles, tokens, at: start) else { continue }
            if tokens[start].text == "시", tokens[start + 1].text == "장", !(w.lowerBound..<start).allSatisfy({ taken[$0] }) { continue }
            return end
        }
        return nil
    }

    /// (ar) Words for a body that a title stands before, in the construct state (نادي الزمالك), folded
    /// as the tokens are (ة as ه: شركه).
    static let arabicBodies: WordSet = {
        var set = WordSet()
        for word in ["نادي", "شركة", "وزارة", "جامعة", "منتخب", "فريق", "مجلس", "هيئة", "حزب", "بنك", "مصرف", "صحيفة", "وكالة", "مؤسسة", "محكمة", "جمعية", "اتحاد", "مركز",
                     "مديرية", "دائرة", "بلدية", "حكومة", "محافظة", "ولاية", "إدارة", "سلطة", "قوات", "شرطة", "مكتب", "لجنة",
                     "منظمة", "مجموعة", "نقابة", "رابطة", "إقليم", "مدينة"] {
            if let folded = Tokenizer.words(word).first { set.insert(folded) }
        }
        return set
    }()

    /// (ar) True when the word at `k` qualifies the body or field word before it: a word with the article
    /// (وزارة الداخلية), a name the gazetteer knows (بلدية إربد), or another body's word that is qualified in
    /// turn (المتحدث باسم مديرية الأمن العام).
    static func arabicQualifier(_ tokens: [Token], _ taken: [Bool], _ k: Int) -> Bool {
        hasArabicArticle(tokens[k]) || taken[k] && tokens[k].flags.isDisjoint(with: .boundary)
            || k + 1 < tokens.count && arabicBodies.contains(tokens[k])
                && (hasArabicArticle(tokens[k + 1]) || taken[k + 1] && tokens[k + 1].flags.isDisjoint(with: .boundary))
    }

    /// (ar) The second word of a rank, after its title: first (الفريق أول), staff (اللواء ركن).
    static let arabicRankWords: WordSet = {
        var set = WordSet()
        for word in ["أول", "ركن"] { if let folded = Tokenizer.words(word).first { set.insert(folded) } }
        return set
    }()

    /// (ar) Words that join a name's parts: son of, daughter of, father of (Mauritanian ولد; أبو and its cases أبا, أبي: طارق
    /// أبا الخيل).
    static let arabicNameLinks: WordSet = ["بن", "ابن", "بنت", "ولد", "ابو", "ابا", "ابي"]

    /// Two to five words after a title and the words that qualify it (وزير الداخلية): a word with
    /// the article al- ends the name when it is a family name (-i: السيسي, الثاني) and is not
    /// part of it otherwise (الاتفاق), except after ʿAbd (عبد الله).
    private static func arabic(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [String] {
        func isArabic(_ t: Token) -> Bool {
            let v = scalar(t)
            return v >= 0x0620 && v <= 0x06FF
        }
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            var j = i + 1
            let titled = context.arabicTitles.contains(tokens[i])
            if titled, !isArabicAdjective(tokens, taken, i, context) {
                // (Six words: a body's name and its field, "رئيس الجامعة الملكية المغربية لكرة القدم".)
                while j < tokens.count, j - i <= 6, !tokens[j].flags.contains(.afterPunctuation),
                    hasArabicArticle(tokens[j]) || context.arabicTitles.contains(tokens[j])
                        || taken[j] && !isArabicGivenPlace(tokens, taken, j, context)
                        // "الرئيس التنفيذي للشركة سامي العتيبي": the article after li- (لل).
                        || tokens[j].text.hasPrefix("لل") && tokens[j].text.scalarCount > 4
                        // A rank's second word ("الفريق أول عبد الفتاح البرهان", "اللواء ركن").
                        || context.arabicTitles.contains(tokens[j - 1]) && arabicRankWords.contains(tokens[j])
                        // The body after an office and its adjective, by li- ("الرئيس التنفيذي لسوناطراك رشيد حشيشي"),
                        // where two words of a name follow it.
                        || j > i + 1 && hasArabicArticle(tokens[j - 1]) && tokens[j].text.hasPrefix("ل") && tokens[j].text.scalarCount >= 5
                            && j + 2 < tokens.count && (j + 1...j + 2).allSatisfy({ isArabic(tokens[$0]) && !hasArabicArticle(tokens[$0])
                                && tokens[$0].flags.isDisjoint(with: .boundary) && !context.arabicTitles.contains(tokens[$0]) })
                        // A second office joined by wa- ("وزير الخارجية وشؤون المغتربين أيمن الصفدي").
                        || j > i + 1 && isJoinedOffice(tokens, j, context)
                        // A field of two joined by wa- and the article ("وزير التربية والتعليم محمد عبد اللطيف").
                        || j > i + 1 && isJoinedField(tokens, j)
                        // A body's word the finders left between two they took ("المحلل في شركة كامكو إنفست الكويتية
                        // محمد الشطي": the firm and its country's adjective).
                        || j > i + 1 && taken[j - 1] && j + 1 < tokens.count && taken[j + 1] && hasArabicArticle(tokens[j + 1])
                            && tokens[j + 1].flags.isDisjoint(with: .boundary)
                        // The body the title belongs to ("لاعب نادي الزمالك عمر فتحي", "رئيس شركة النفط"), or
                        // its field ("رئيس الجامعة الملكية المغربية لكرة القدم فوزي لقجع").
                        || j + 1 < tokens.count && arabicQualifier(tokens, taken, j + 1)
                            && (arabicBodies.contains(tokens[j]) || context.arabicFields.contains(tokens[j])
                                // An expert's field after في ("الخبير في الشؤون الدولية حسن نافعة").
                                || j == i + 1 && tokens[j].text == "في" && arabicFieldTitles.contains(tokens[i])
                                // A member's constituency after عن ("النائب عن محافظة السليمانية ريبوار كريم").
                                || j == i + 1 && tokens[j].text == "عن")
                {
                    j += 1
                }
                // (A name begins in the title's clause: not after a comma, nor with bi- and the article, "بالاتفاق".)
                if j < tokens.count, j > i + 1 && !tokens[j].flags.isDisjoint(with: .boundary)
                    || tokens[j].text.hasPrefix("بال") && tokens[j].text.scalarCount > 4
                {
                    i += 1
                    continue
                }
            } else if context.arabicVerbs.contains(tokens[i]), j < tokens.count,
                case let d = j + 1 < tokens.count && taken[j] && hasArabicArticle(tokens[j]) && tokens[j].text.hasSuffix("ي")
                    && tokens[j].flags.isDisjoint(with: .boundary) ? j + 1 : j,
                !hasArabicArticle(tokens[d]), d == j || !taken[d],
                !context.arabicTitles.contains(tokens[d]), !tokens[d].flags.contains(.afterPunctuation)
            {
                // A verb, then the name at once (وسجل أشرف حكيمي); a title after the verb is read as a title. (A nationality's
                // adjective the gazetteer took may stand between: "بينما أحرز البرتغالي كريستيانو رونالدو".)
                j = d
            } else {
                i += 1
                continue
            }
            var end = j
            while end < tokens.count, end - j < 5, isArabic(tokens[end]),
                !taken[end] || end == j && isArabicGivenPlace(tokens, taken, end, context)
                    || end == j + 1 && isArabicFamilyDemonym(tokens, at: end, context: context),
                end == j || tokens[end].flags.isDisjoint(with: .boundary)
            {
                let t = tokens[end]
                // After bin or ould the next word is the name's, a title's or a stop's as it may look
                // (محمد ولد الشيخ الغزواني, عمر بن علي: علي is على folded).
                if end > j, arabicNameLinks.contains(tokens[end - 1]) {
                    end += 1
                    continue
                }
                // li- on a word after two of the name begins what the name did (باسيرو ديوماي فاي لتقاسم,
                // جورجي جيسوس لمدة); so does a verb of speech (فهد بن نافل وقال).
                if isArabicNameStop(t, context) && !((end > j || titled) && isAli(t)) || context.arabicTitles.contains(t)
                    || context.arabicVerbs.contains(t)
                    // bi- and the article begin what the name did ("مسرور بارزاني بالاتفاق").
                    || end > j && t.text.hasPrefix("بال") && t.text.scalarCount > 4
                    || end - j >= 2 && t.text.hasPrefix("ل") && t.text.scalarCount >= 4
                    // sa- and a verb in the imperfect begin what the name will do ("عبد العزيز بن سلمان سيزور").
                    || end - j >= 2 && isArabicFuture(t)
                    // wa- after the al- word a link took begins what comes next ("أحمد أبو الغيط وممثلون").
                    || end - j >= 2 && t.text.hasPrefix("و") && hasArabicArticle(tokens[end - 1])
                    // wa- and the article begin the next thing named ("محمد عرقاب والرئيس التنفيذي").
                    || end - j >= 2 && t.text.hasPrefix("وال") && t.text.scalarCount > 4
                {
                    break
                }
                if hasArabicArticle(t) {
                    // عبد الله, نور الدين: the al- word is the given name's second.
                    if end > j, tokens[end - 1].text == "عبد" || t.text == Self.arabicDin {
                        end += 1
                        continue
                    }
                    // The family name after such a given name (نور الدين النيبت, عبد الله الثاني).
                    let compound = end >= j + 2 && (tokens[end - 1].text == Self.arabicDin || tokens[end - 2].text == "عبد")
                    if t.text.hasSuffix("ي") && end > j || compound || end == j + 1 && endsArabicName(tokens, at: end, context: context)
                        || end == j + 1 && !titled && titleFollows(tokens, at: end, context: context)
                        || end == j + 1 && titled && isFamilyAfterTitle(tokens, taken, at: end)
                        // (After two words, at the phrase's end: وزير الاقتصاد والصناعة محمد نضال الشعار.)
                        || end == j + 2 && titled && isFamilyAfterTitle(tokens, taken, at: end)
                            && (end + 1 == tokens.count || !tokens[end + 1].flags.isDisjoint(with: .boundary))
                    {
                        end += 1
                    }
                    break
                }
                end += 1
            }
            if end - j >= 2 {
                out.append(tokens[j..<end].map(\.original).joined(separator: " "))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }
}
