import Foundation

/// Organisations whose names are not a run of capitalised words (Resources/name-context.tsv, G, U,
/// R and I): glued before a word that ends one in Japanese, Chinese and Korean (トヨタ自動車, 外交部,
/// 삼성전자), after a word that begins one in Russian, Arabic and Vietnamese (Министерство обороны
/// России, وزارة الخارجية, Trung tâm Dự báo Khí tượng), after a word for a firm in Russian
/// (компании «Газпром»), and acronyms written in capitals (SBB, ЦСКА).
extension OrganizationFinder {
    /// - Parameter taken: the tokens that names hold; the other mentions of the names found by the
    ///   language's patterns and by a firm's word are marked (``markRepeats(of:in:taken:)``).
    /// - Returns: the names as written with their tokens, in order of first mention.
    /// - Parameter countryOrBody: whether the gazetteer read a run as a country or a body (no team's name: 中国女排).
    static func findByLanguage(in tokens: [Token], taken: inout [Bool], titleCount: Int, context: NameContext.Words, language: String?,
                               joiners: NameJoiners = .none, countryOrBody: (Range<Int>) -> Bool = { _ in false })
        -> [(name: String, range: Range<Int>)]
    {
        var found: [Range<Int>] = []
        switch language {
        case "ja", "zh": found = glued(tokens, taken, context.organizationSuffixes, chinese: language == "zh",
                                           personTitles: language == "zh" ? context.before + context.familyTitles
                                               : context.after + context.departmentTitles,
                                           generics: context.organizationGenerics,
                                           context: context)
            // (A state's embassy or consulate: 中国驻泰国大使馆, 在タイ日本大使館.)
            let missions = language == "zh" ? chineseMissions(tokens, taken) : japaneseMissions(tokens, taken)
            found += missions.filter { r in !found.contains { $0.overlaps(r) } }
            // (A team: 江苏队, 天津渤海银行队.)
            if language == "zh" { chineseTeams(tokens, taken, found: &found, countryOrBody: countryOrBody) }
        case "ko":
            found = korean(tokens, taken, context.organizationSuffixes) + koreanMarkedFirms(tokens, taken)
            // (An embassy: 주태국 한국대사관.)
            found += koreanMissions(tokens, taken).filter { r in !found.contains { $0.overlaps(r) } }
            let byContext = koreanByContext(tokens, taken, context)
            found += byContext.names
            // (Its other mentions are no one's name: "조만호 무신사 의장은".)
            for r in byContext.mentions where !byContext.names.contains(r) { for k in r { taken[k] = true } }
        case "ru":
            let named = russian(tokens, taken, context)
            // (A legal form in capitals before its firm's name is no acronym of its own: ПАО «Камская сталь».)
            for r in named where r.lowerBound > 0 && tokens[r.lowerBound - 1].flags.contains(.allCaps) && context.firmWords.contains(tokens[r.lowerBound - 1]) {
                taken[r.lowerBound - 1] = true
            }
            found = named + russianAdjectiveNames(tokens, taken)
        case "ar": found = arabic(tokens, taken, context)
        case "vi": found = vietnamese(tokens, taken, context)
        default: break
        }
        if language != "ru" && context.firmWords.count > 0 {
            let named = afterFirmWord(tokens, taken, context)
            // ("Carmaker Harbury Motors": the kind's word that opens the sentence is no name's; nor, at a second such
            // sentence, is the name after it, which the names' list below holds once.)
            for r in named where r.lowerBound > 0 && sentenceFirmWord(tokens, at: r.lowerBound - 1, context) {
                for k in r.lowerBound - 1..<r.upperBound { taken[k] = true }
            }
            found += named
        }
        if language == "de" {
            // (The kind's word and its article are no name's: not a place's, "Der Konkurrent".)
            let kinds = germanAfterKindWord(tokens, taken)
            for r in kinds {
                taken[r.lowerBound - 1] = true
                if r.lowerBound >= 2, Gazetteer.stopwords.contains(tokens[r.lowerBound - 2]) { taken[r.lowerBound - 2] = true }
            }
            found += germanCompounds(tokens, taken) + kinds
        }
        if language == "en" {
            let verbs = statementVerbPositions(tokens, context)
            found += englishAppositions(tokens, taken) + statementNames(tokens, taken, context, verbs: verbs)
                + reportingNames(tokens, taken, context, verbs: verbs)
        }
        found += articleNames(tokens, taken, language: language)
        // ("l'Inps", "la Sac": a body's acronym written as a word, after an article.)
        if language == "it" { found += italianAcronyms(tokens, taken, notBodies: NameContext.shared.wordAcronymsNotBodies) }
        // ("Dunmore Rovers", "AS Calanques": a club's marker, whatever its town; not in the scripts without capitals.)
        if language != "ja" && language != "zh" && language != "ko" { found += clubNames(tokens, taken) }
        if Self.romanceLanguages.contains(language ?? "") {
            found += sourceNames(tokens, taken, context)
            // ("la Fundación Carlos Slim": a body named after a person or a place.)
            found += namedInstitutions(tokens, taken).filter { r in !found.contains { $0.overlaps(r) } }
        }
        if ["fr", "es", "it", "pt", "de"].contains(language ?? "") {
            found += romanceAppositions(tokens, taken, context, german: language == "de")
        }
        if language == "de" { found += germanStatementNames(tokens, taken, context) }
        if language == "ja" {
            found += katakanaFirms(tokens, taken) + afterMajor(tokens, taken) + katakanaByContext(tokens, taken, context)
            found += kanjiFirms(tokens, taken) + japaneseLetterPrefixed(tokens, taken)
        }
        // What the language's patterns and a firm's word named is the same organisation at its other mentions, which
        // the patterns below leave alone ("the lender Bradley Hart ... Bradley Hart's shares"). (Not a spokesperson's
        // phrase's: "a spokesman for Michael Howard" is as often a person's.)
        markRepeats(of: found, in: tokens, taken: &taken)
        var out: [(name: String, range: Range<Int>)] = []
        var defined: [String] = []
        if language != "ja" && language != "zh" && language != "ko" {
            // "the Korea Development Institute (KDI)": the long name, with the acronym, here and elsewhere, as its alias.
            let sentenceCase = Self.romanceLanguages.contains(language ?? "")
            for d in definitions(in: tokens, taken: taken, starts: context.organizationStarts, sentenceCase: sentenceCase) {
                let name = text(d.name, tokens, separator: " ", joiners: joiners, commas: true)
                if !out.contains(where: { $0.name == name }) { out.append((name, d.name.lowerBound..<d.acronym + 1)) }
                defined.append(tokens[d.acronym].text)
            }
            found += mentions(in: tokens, taken: taken, context: context)
            if Self.romanceLanguages.contains(language ?? "") {
                found += lowerCaseHeadNames(in: tokens, taken: taken)
            }
            // (Not the head of a name found above: "UBND" of "UBND tỉnh Quảng Nam".)
            found += acronyms(tokens, taken, titleCount: titleCount).filter { a in
                !defined.contains(tokens[a.lowerBound].text) && !found.contains { $0.count > 1 && $0.contains(a.lowerBound) }
            }
        }
        for r in found {
            var name = text(r, tokens, separator: language == "ja" || language == "zh" || language == "ko" ? "" : " ", joiners: joiners,
                            commas: language == "vi" || language == "ru")
            // والبنك, لوزارة: the name without the conjunction or preposition glued to it.
            if language == "ar", !isHead(tokens[r.lowerBound].text, context), let s = withoutProclitic(tokens[r.lowerBound].text),
                isHead(s, context)
            {
                name = String(name.unicodeScalars.dropFirst())
            }
            if !out.contains(where: { $0.name == name }) { out.append((name, r)) }
        }
        return out
    }

    /// With `commas`, a word after punctuation in the name has a comma before it (a defined acronym's name:
    /// "Construction, Forestry and Maritime Employees Union").
    private static func text(_ r: Range<Int>, _ tokens: [Token], separator: String, joiners: NameJoiners, commas: Bool = false) -> String {
        var s = ""
        for k in r {
            if commas, k > r.lowerBound, tokens[k].flags.contains(.afterPunctuation) { s += "," }
            // ("ministère de l'Économie": an elided article stands one character before the word.)
            let elided = k > r.lowerBound && tokens[k - 1].original.scalarCount == 1 && !tokens[k - 1].isCapitalized && tokens[k].offset == tokens[k - 1].offset + 2
                && elidingLetters.contains(tokens[k - 1])
            if k > r.lowerBound {
                s += tokens[k].flags.contains(.hyphenated) ? "-" : elided ? "'" : joiners.separator(before: k, tokens, otherwise: separator)
            }
            s += tokens[k].original
        }
        return s
    }

    enum Script { case han, kana, hiragana, hangul, other }

    static func script(_ t: Token) -> Script {
        guard t.flags.contains(.ideographic), let v = t.original.unicodeScalars.first?.value else { return .other }
        if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || v == 0x3005 { return .han }
        if v >= 0x30A1 && v <= 0x30FC && v != 0x30FB { return .kana }
        if v >= 0x3041 && v <= 0x3096 { return .hiragana }
        if v >= 0xAC00 && v <= 0xD7A3 { return .hangul }
        return .other
    }

    /// Characters of direction and part before a suffix, which make a word and not a name (北部, 内部, 일부; 签署 "sign").
    static let parts: Set<String> = ["签", "东", "西", "南", "北", "中", "内", "外", "全", "局", "干", "東", "동", "서", "남", "북", "중", "내", "외", "전", "일", "세", "간", "정"]

    /// Words that begin with a one-character suffix (部门 "department", 局势 "situation", 党员 "party member").
    static let wordStarts: Set<String> = [
        "部门", "部分", "部队", "部长", "部位", "部件", "部落", "部署", "局势", "局面", "局长", "局部", "署长", "党员", "党委",
        "军队", "军人", "军事", "军方", "省长", "庁舎", "省内", "党内", "部門", "部長", "部隊", "局長", "黨員", "軍隊", "軍事",
        "厅长", "廳長",
    ]

    /// Japanese and Chinese: two or more characters of one script (at most five Han) glued before
    /// a suffix; a country's name glued before them is part of the name (日本製鉄).
    /// - Parameter personTitles: (zh) titles before a person's name: 军 after one and a name's first
    ///   characters ends the name (副市长王建军, 创始人雷军), not an army's; (ja) titles glued after one (J, JD): a family
    ///   name, a suffix and a given name's characters before one are a person's (浜田省司知事).
    private static func glued(_ tokens: [Token], _ taken: [Bool], _ suffixes: [[String]], chinese: Bool,
                              personTitles: [[String]] = [], generics: [String] = [], context: NameContext.Words? = nil) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // (The lists read once: the context is a large value, copied at each call that takes it.)
        let wordsAfterStop = context?.chineseWordsAfterStop ?? []
        let wordsEndingInASuffix = context?.wordsEndingInASuffix ?? []
        // (From 1: capitals alone may stand before a suffix, JFEホールディングス.)
        var i = 1
        while i < tokens.count {
            guard tokens[i].flags.contains(.ideographic), PersonFinder.glued(tokens, i - 1),
                let end = PersonFinder.title(suffixes, tokens, at: i)
            else {
                i += 1
                continue
            }
            let kind = script(tokens[i - 1])
            var start = i
            while start > 0, PersonFinder.glued(tokens, start - 1), script(tokens[start - 1]) == kind, kind != .other,
                kind != .han && kind != .hiragana || i - start < (kind == .han ? 5 : 6),
                !chinese || !isChineseStop(tokens, start - 1, wordsAfterStop)
            {
                start -= 1
            }
            // JFEホールディングス, SBI証券: capitals glued before a Japanese suffix are the firm's name.
            // (Not capitals glued after other characters: UFJ of 三菱UFJ銀行.)
            if !chinese, start == i, !taken[i - 1], isCapitals(tokens[i - 1]),
                i == 1 || !PersonFinder.glued(tokens, i - 2) || !tokens[i - 2].flags.contains(.ideographic)
            {
                start = i - 1
            }
            // 越後プレス工業, 日本サッカー協会, 在日ブラジル商工会議所: kanji and katakana side by side before a suffix.
            if !chinese, kind == .kana || kind == .han, let s = japaneseMixedStart(tokens, taken, from: start, kindWords: context?.firmWordsBeforeName ?? []) {
                start = s
            }
            if kind == .hiragana {
                guard let s = hiraganaName(tokens, start..<i) else {
                    i = end
                    continue
                }
                start = s
            }
            // 杭州市中级人民法院, 中国汽车工业协会: a run that fills its five characters goes on over a place or a
            // country the gazetteer knows glued before it; one that goes on over other characters is a word cut in two.
            if kind == .han, i - start == 5, start > 0, PersonFinder.glued(tokens, start - 1), script(tokens[start - 1]) == kind,
                !chinese || !PersonFinder.chineseStops.contains(tokens[start - 1].text)
            {
                if taken[start - 1] {
                    while start > 0, taken[start - 1], PersonFinder.glued(tokens, start - 1), script(tokens[start - 1]) == kind, i - start < 9 {
                        start -= 1
                    }
                } else if chinese, let s = chineseBodyAfterPlace(tokens, taken, suffixes, from: start) {
                    start = s
                } else if chinese, let context, let s = chineseStateBody(tokens, taken, suffix: i..<end, from: start, context) {
                    // 国家市场监督管理总局: a state body's first word and no place before it.
                    start = s
                } else {
                    i = end
                    continue
                }
            } else if chinese, kind == .han, start > 0, PersonFinder.glued(tokens, start - 1), ["和", "与"].contains(tokens[start - 1].text),
                let s = chineseBodyAfterPlace(tokens, taken, suffixes, from: start)
                    ?? context.flatMap({ chineseStateBody(tokens, taken, suffix: i..<end, from: start, $0) })
            {
                // 浙江省发展和改革委员会, 国家发展和改革委员会: 和 inside a body's name after a place or a state body's first word.
                start = s
            } else if chinese, kind == .han, start > 1, i - start <= 2, PersonFinder.glued(tokens, start - 1), ["和", "与"].contains(tokens[start - 1].text),
                PersonFinder.glued(tokens, start - 2), script(tokens[start - 2]) == .han, !PersonFinder.chineseStops.contains(tokens[start - 2].text),
                !(max(0, start - 6)..<start - 1).contains(where: { PersonFinder.title(suffixes, tokens, at: $0) == start - 1 })
            {
                // (A field of two characters after 和 inside a word, where no place or state body begins the name: 旅游局 of
                // 阿勒泰地区文化体育广电和旅游局, 浩特局集团 of 呼和浩特局集团; not 商务部 after 财政部和, a body's end, nor a
                // longer name after another's, 宁德时代与斯泰兰蒂斯集团.)
                i = end
                continue
            }
            // 送往东莞市人民医院: a place inside the run begins the body's name; the verb before it is the sentence's.
            if chinese, kind == .han, start + 1 < i, let f = (start + 1..<i).first(where: { taken[$0] }), !(start..<f).contains(where: { taken[$0] }) {
                start = f
            }
            // 山西省应急管理厅: a province's department only after the place (餐厅, 大厅 are rooms).
            if chinese, end - i == 1, chinesePlaceSuffixes.contains(tokens[i].text), !taken[start] {
                i = end
                continue
            }
            // 部门, 部长, 局势: a suffix of one character that begins a word is no suffix.
            let wordGoesOn = end - i == 1 && end < tokens.count && PersonFinder.glued(tokens, end - 1)
                && wordStarts.contains(tokens[i].text + tokens[end].text)
            // 清华大学微电子研究所: a suffix glued before another is inside the name, which the second ends (not 党员,
            // a word: 国民党党员).
            if !wordGoesOn, end < tokens.count, PersonFinder.glued(tokens, end - 1), let next = PersonFinder.title(suffixes, tokens, at: end),
                !(next - end == 1 && next < tokens.count && PersonFinder.glued(tokens, end) && wordStarts.contains(tokens[end].text + tokens[next].text))
            {
                i = end
                continue
            }
            // (特別委員会, "a special committee": a word that makes a common noun with the suffix alone before it.)
            let generic = !chinese && genericBodyWords.contains(tokens[start..<i].map(\.text).joined())
            if i - start >= 2 || start == i - 1 && kind == .other, !wordGoesOn, !generic, !parts.contains(tokens[i - 1].text),
                !(end - i == 1 && !wordsEndingInASuffix.isEmpty && wordsEndingInASuffix.contains(tokens[i - 1].text + tokens[i].text)), (start..<end).contains(where: { !taken[$0] }),
                !(chinese && endsAPersonsName(tokens, suffix: i, personTitles: personTitles)),
                !(!chinese && familyNameBeforeSuffix(tokens, start..<i, suffix: i..<end, titles: personTitles)),
                !(chinese && isCommonNoun(tokens, taken, start..<i, generics: generics))
            {
                // (中国汽车 ... 中国汽车工业协会: the longer name read on from the shorter one is the name.)
                while let last = out.last, last.upperBound > start { out.removeLast() }
                out.append(start..<ministryBeforeSection(tokens, start..<end, chinese: chinese))
            }
            i = end
        }
        return out
    }

    /// (ja) The end of the name `r`: after its ministry or agency (省, 庁) when a section's word is glued after it
    /// (経済産業省自動車課: 自動車 ends a firm's name elsewhere, here it names the ministry's section), else `r`'s end.
    static func ministryBeforeSection(_ tokens: [Token], _ r: Range<Int>, chinese: Bool) -> Int {
        guard !chinese, r.upperBound < tokens.count, PersonFinder.glued(tokens, r.upperBound - 1),
            japaneseSections.contains(tokens[r.upperBound].text),
            let k = (r.lowerBound + 2..<r.upperBound - 1).last(where: { ["省", "庁"].contains(tokens[$0].text) })
        else { return r.upperBound }
        return k + 1
    }

    /// (ja) Words for a ministry's section, glued after its name (自動車課, 総務室).
    static let japaneseSections: Set<String> = ["課", "室", "班", "係"]

    /// (zh) Counting words before 家 "firms" (一家, 几家), which no name begins with.
    static let chineseCounts: Set<String> = PersonFinder.chineseNumerals.union(["几", "数", "多", "每", "各", "该", "这", "那", "首"])

    /// (zh) True when the characters `r` before a suffix are only words that make a common noun with it (name-context.tsv
    /// ZG: 电动汽车, 新款电动汽车, 新材料公司), a place or a country the gazetteer knows among them (中国电动汽车), 家 after a
    /// number first (一家新材料公司, 几家俱乐部): no firm's own characters (恒远新能源公司).
    private static func isCommonNoun(_ tokens: [Token], _ taken: [Bool], _ r: Range<Int>, generics: [String]) -> Bool {
        var k = r.lowerBound
        if chineseCounts.contains(tokens[k].text), k + 1 < r.upperBound, tokens[k + 1].text == "家" {
            k += 2
        } else if tokens[k].text == "家", k > 0, chineseCounts.contains(tokens[k - 1].text) {
            k += 1
        }
        // (几家俱乐部: the count alone before the suffix.)
        if k > r.lowerBound, k == r.upperBound { return true }
        // The end of the word of `generics` that begins at `k`, or nil.
        func generic(at k: Int) -> Int? {
            for g in generics {
                var j = k
                var rest = Substring(g)
                while !rest.isEmpty, j < r.upperBound, rest.hasPrefix(tokens[j].text) {
                    rest = rest.dropFirst(tokens[j].text.count)
                    j += 1
                }
                if rest.isEmpty { return j }
            }
            return nil
        }
        var generics = 0
        while k < r.upperBound {
            if taken[k] {
                k += 1
            } else if let next = generic(at: k) {
                k = next
                generics += 1
            } else {
                return false
            }
        }
        // (A place or a firm the gazetteer knows alone before the suffix is a name: 浙江省人民政府, 比亚迪公司.)
        return generics > 0
    }

    /// (zh) True when the suffix at `i` is 军 and a person's title ends one or two characters before it: the
    /// last character of a name (副市长王建军, 创始人雷军), not an army's (人民解放军).
    private static func endsAPersonsName(_ tokens: [Token], suffix i: Int, personTitles: [[String]]) -> Bool {
        guard tokens[i].text == "军" || tokens[i].text == "軍", i >= 3 else { return false }
        for q in max(0, i - 7)..<i - 1 {
            if let e = PersonFinder.title(personTitles, tokens, at: q), i - e == 1 || i - e == 2 { return true }
        }
        return false
    }

    /// (ja) Whether the characters before a suffix of one character are a Japanese family name (name-shapes.tsv N) and one or
    /// two characters after the suffix then a title glued after a name (`titles`: J and JD) make a person's name of it: 浜田省司知事 is the
    /// governor 浜田省司, no ministry 浜田省. (No ministry or agency is named after a family.)
    private static func familyNameBeforeSuffix(_ tokens: [Token], _ stem: Range<Int>, suffix: Range<Int>, titles: [[String]]) -> Bool {
        guard suffix.count == 1, !titles.isEmpty, NameShapes.shared.japaneseFamily.contains(stem.map { tokens[$0].text }.joined()) else {
            return false
        }
        for given in 0...2 {
            let t = suffix.upperBound + given
            guard t < tokens.count, (suffix.upperBound..<t).allSatisfy({ PersonFinder.glued(tokens, $0 - 1) && script(tokens[$0]) == .han }),
                PersonFinder.glued(tokens, t - 1)
            else { break }
            if PersonFinder.title(titles, tokens, at: t) != nil { return true }
        }
        return false
    }

    /// The start of the place the gazetteer knows that a Chinese body's name begins with, reached from `start` back over
    /// up to eight characters, one 和 or 与 among them (深圳市市场监督管理局, 广东华兴新材料科技股份有限公司, 浙江省发展和改革委员会),
    /// or nil: no place there, a word that ends a name (的, 在), or a suffix before 和, which joins two names then.
    private static func chineseBodyAfterPlace(_ tokens: [Token], _ taken: [Bool], _ suffixes: [[String]], from start: Int) -> Int? {
        var k = start
        var and: Int?
        while k > 0, start - k < 8, PersonFinder.glued(tokens, k - 1), script(tokens[k - 1]) == .han, !taken[k - 1] {
            let c = tokens[k - 1].text
            if c == "和" || c == "与" {
                guard and == nil else { return nil }
                and = k - 1
            } else if PersonFinder.chineseStops.contains(c) {
                return and == nil ? chineseBodyAfterDivision(tokens, taken, from: k, to: start) : nil
            }
            k -= 1
        }
        guard k > 0, k < start, taken[k - 1], PersonFinder.glued(tokens, k - 1), script(tokens[k - 1]) == .han, and != k else {
            return chineseBodyAfterDivision(tokens, taken, from: k, to: start)
        }
        // 广州市恒远物流集团收购汕头港务公司: a firm's name ends at its own suffix (集团, 公司, 银行); what follows it, a verb
        // and another firm, is the sentence's, unless another suffix goes on (集团有限公司).
        for j in k..<start {
            if let e = PersonFinder.title(chineseFirmEnds, tokens, at: j), e <= start, PersonFinder.title(suffixes, tokens, at: e) == nil { return nil }
        }
        if let and, (k..<and).contains(where: { j in PersonFinder.title(suffixes, tokens, at: j).map { $0 <= and } ?? false }) { return nil }
        var s = k
        // (Up to eight characters of places: 黑龙江省哈尔滨市.)
        while s > 0, taken[s - 1], PersonFinder.glued(tokens, s - 1), script(tokens[s - 1]) == .han, k - s < 8 { s -= 1 }
        return s
    }

    /// (zh) Where no place the gazetteer knows stands before a body's run, a division's name by its suffix at its start (a
    /// league, a prefecture, a banner, a county: 锡林郭勒盟应急管理局, 阿勒泰地区文化体育广电和旅游局, 黔东南州文体广电旅游局): two
    /// to four Han characters that begin a word (after a mark, a character that ends a name or a preposition of place, 从),
    /// between `k` and the suffix, which stands before `start` or at it; their start, or nil.
    static func chineseBodyAfterDivision(_ tokens: [Token], _ taken: [Bool], from k: Int, to start: Int) -> Int? {
        guard k + 2 <= start else { return nil }
        for p in k + 2...start where divisionSuffixLength(tokens, at: p).map({ p + $0 - 1 <= start }) == true {
            for n in [4, 3, 2] where p - n >= k {
                let q = p - n
                guard (q..<p).allSatisfy({ script(tokens[$0]) == .han && !taken[$0] }) else { continue }
                if q == 0 || !PersonFinder.glued(tokens, q - 1) || script(tokens[q - 1]) != .han
                    || PersonFinder.chineseStops.contains(tokens[q - 1].text) || PlaceFinder.beforeNames.contains(tokens[q - 1])
                {
                    return q
                }
            }
            return nil
        }
        return nil
    }

    /// (zh) The division's name with its suffix that begins a body's name at `start`, two to four Han characters before 盟,
    /// 州, 旗, 县 or 地区 (锡林郭勒盟 of 锡林郭勒盟应急管理局); or nil.
    static func chineseDivision(startingAt start: Int, in tokens: [Token]) -> Range<Int>? {
        guard start + 2 < tokens.count else { return nil }
        for p in start + 2..<min(start + 5, tokens.count) {
            guard PersonFinder.glued(tokens, p - 1), script(tokens[p]) == .han else { return nil }
            if let n = divisionSuffixLength(tokens, at: p) { return start..<p + n }
        }
        return nil
    }

    /// (zh) The length of the division's suffix at `p`: 1 for one of ``chineseDivisionSuffixes``, 2 for 地区 (glued); or nil.
    static func divisionSuffixLength(_ tokens: [Token], at p: Int) -> Int? {
        if chineseDivisionSuffixes.contains(tokens[p].text) { return 1 }
        if tokens[p].text == "地", p + 1 < tokens.count, tokens[p + 1].text == "区", PersonFinder.glued(tokens, p) { return 2 }
        return nil
    }

    /// (zh) Suffixes of divisions before a body's name: 盟 (a league), 州 (an autonomous prefecture), 旗 (a banner), 县 (a
    /// county); 地区 (a prefecture) is read as two characters.
    static let chineseDivisionSuffixes: Set<String> = ["盟", "州", "旗", "县", "縣"]

    /// (zh) Suffixes that end a firm's name, as characters.
    static let chineseFirmEnds: [[String]] = [["集", "团"], ["集", "團"], ["公", "司"], ["银", "行"], ["銀", "行"]]

    /// Particles that end the word before a name in hiragana (傘下のみずほ証券, りそな銀行とみずほ証券).
    static let hiraganaParticles: Set<String> = ["と", "や", "の", "は", "が", "を", "に", "で", "も", "へ"]
    /// Characters of the endings of verbs and adjectives and of particles, which no name in hiragana holds (大きな銀行 is
    /// the adjective's: its run has the kanji before it; 預金のための銀行, 出している銀行).
    static let hiraganaEndings: Set<String> = ["の", "は", "が", "を", "で", "に", "る", "た", "て", "っ", "す", "い", "し"]

    /// The start of a name in hiragana of two to four characters that ends the run `r` before a suffix (みずほ証券,
    /// りそな銀行), or nil: a word of its own, after punctuation or a space, or after a particle glued to the word
    /// before it, which is left out.
    private static func hiraganaName(_ tokens: [Token], _ r: Range<Int>) -> Int? {
        var start = r.lowerBound
        if start > 0, PersonFinder.glued(tokens, start - 1) {
            guard r.count > 2, script(tokens[start - 1]) != .hiragana, hiraganaParticles.contains(tokens[start].text) else { return nil }
            start += 1
        }
        guard (2...4).contains(r.upperBound - start), !(start..<r.upperBound).contains(where: { hiraganaEndings.contains(tokens[$0].text) })
        else { return nil }
        return start
    }

    /// (ja, ko) Words that make a common noun with a body's suffix when they alone stand before it (特別委員会, 특별위원회,
    /// "a special committee"; 비상대책위원회, "an emergency committee"; 第三者委員会, "an outside panel"; 研究グループ, "a research
    /// group"; 市立病院, "the city hospital"; 재판부, "the bench").
    static let genericBodyWords: Set<String> = ["特別", "第三者", "専門", "研究", "市立", "특별", "비상대책", "운영", "윤리", "인사", "재판"]

    /// (ko) The two syllables before 부 that make a division of a body or a firm (수사부, 사업부), not a ministry (국방부).
    static let koreanDivisionEnds: Set<String> = ["수사", "사업"]

    /// The end of the Hangul word `word` without the particle that ends it (서해케미칼 of 서해케미칼도), when one does and
    /// at least `leaving` syllables stand before it; else nil.
    static func withoutKoreanParticle(_ tokens: [Token], _ word: Range<Int>, leaving: Int) -> Int? {
        for particle in PersonFinder.koreanParticles where word.count >= particle.scalarCount + leaving {
            let n = particle.scalarCount
            if tokens[(word.upperBound - n)..<word.upperBound].map(\.text).joined() == particle { return word.upperBound - n }
        }
        return nil
    }

    /// Korean: a word (Hangul side by side, its particle left out) that ends in a suffix, with one
    /// syllable or more before a suffix of two, two or more before one of one (외교부, not 정부).
    private static func korean(_ tokens: [Token], _ taken: [Bool], _ suffixes: [[String]]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard script(tokens[i]) == .hangul else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, script(tokens[end]) == .hangul, PersonFinder.glued(tokens, end - 1) { end += 1 }
            defer { i = end }
            var candidates = [end]
            if let stop = withoutKoreanParticle(tokens, i..<end, leaving: 1) { candidates.append(stop) }
            for stop in candidates {
                guard let suffix = suffixes.first(where: { s in
                    stop - i > s.count && (0..<s.count).allSatisfy { tokens[stop - s.count + $0].text == s[$0] }
                }) else { continue }
                let before = stop - suffix.count - i
                // (A part only in a short word: 행정부 is no body, 기획재정부 is one.)
                // (반부패수사부, 파운드리사업부: a prosecutors' or a firm's division, not a body.)
                let division = suffix == ["부"] && stop - i >= 3 && koreanDivisionEnds.contains(tokens[stop - 3].text + tokens[stop - 2].text)
                    || genericBodyWords.contains(tokens[i..<stop - suffix.count].map(\.text).joined())
                if before >= (suffix.count == 1 ? 2 : 1), before >= 3 || !parts.contains(tokens[stop - suffix.count - 1].text), !division,
                    (i..<stop).contains(where: { !taken[$0] })
                {
                    out.append(i..<stop)
                }
                break
            }
        }
        return out
    }

    /// Endings of Russian words in the genitive, which follow a head word in a name
    /// (Министерство иностранных дел, Федерация футбола).
    static let genitiveEndings = ["ы", "и", "а", "я", "ого", "его", "ой", "ей", "их", "ых", "ов", "ев"]

    /// Russian: a head word, up to three words in the genitive and up to two capitalised words
    /// (Министерство обороны России); a word for a firm or club and the capitalised name after it
    /// (компании «Газпром»).
    private static func russian(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            // (A body's head in lower case only before its region's name: "министерство спорта Сахалинской области".)
            let lowerHead = !t.isCapitalized && !t.flags.contains(.hyphenated) && declines(t.text, from: russianLowerCaseHeads)
            // (Not "Совет директоров ПАО «Северная медь»", a firm's board: the firm's name follows.)
            let board = i + 1 < tokens.count && russianBoards.contains(tokens[i + 1])
            if t.isCapitalized || lowerHead, !taken[i], !board, lowerHead || context.organizationStarts.contains(where: { $0.count == 1 && $0[0] == t.text }) {
                var end = i + 1
                // (And "и" between two: Министерство природных ресурсов и экологии; and a list of them parted by commas that
                // "и" ends: Министерство торговли, промышленности и рыболовства.)
                var longest = 4
                while end < tokens.count, end - i <= longest, !tokens[end].isCapitalized,
                    tokens[end].flags.isDisjoint(with: .boundary) || end > i + 1 && russianListGoesOn(tokens, at: end),
                    tokens[end].text == "дел" || genitiveEndings.contains(where: { tokens[end].text.hasSuffix($0) })
                        // (And the first part of a compound adjective: "жилищно-коммунального хозяйства".)
                        || end + 1 < tokens.count && tokens[end + 1].flags.contains(.hyphenated) && !tokens[end + 1].isCapitalized
                        || tokens[end].text == "и" && end > i + 1 && end + 1 < tokens.count
                        && genitiveEndings.contains(where: { tokens[end + 1].text.hasSuffix($0) })
                        // ("по" and what the body deals with: Федеральное агентство по рыболовству, комиссия по рыболовству.)
                        || tokens[end].text == "по" && end + 1 < tokens.count && !tokens[end + 1].isCapitalized
                        && tokens[end + 1].flags.isDisjoint(with: .boundary)
                {
                    if tokens[end].text == "по" {
                        // (Two words after it at most: "по чрезвычайным ситуациям".)
                        longest = end - i + 2
                        end += 1
                        if end + 1 < tokens.count, !tokens[end + 1].isCapitalized, tokens[end + 1].flags.isDisjoint(with: .boundary),
                            !genitiveEndings.contains(where: { tokens[end].text.hasSuffix($0) }) || tokens[end].text.hasSuffix("ым")
                        {
                            end += 1
                        }
                    }
                    end += 1
                }
                let lower = end
                // (Not into the name of the body's head: "Председатель Банка России Эльвира Набиуллина".)
                while end < tokens.count, end - lower < 2, tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary),
                    !(end + 1 < tokens.count && tokens[end + 1].isCapitalized && PersonFinder.isRussianGivenName(tokens[end].text))
                {
                    end += 1
                }
                // "Министерство спорта Сахалинской области": the region's noun after its adjective.
                var region = lower > i + 1 && tokens[lower - 1].text == "города" && end > lower
                if end > lower, end < tokens.count, !tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary),
                    russianRegionNouns.contains(tokens[end]), isRussianAdjective(tokens[end - 1])
                {
                    end += 1
                    region = true
                }
                if lowerHead && !region {
                    i += 1
                    continue
                }
                if end > i + 1 || t.text.hasPrefix("мин") || t.text.hasPrefix("рос") {
                    out.append(i..<end)
                    i = end
                    continue
                }
            }
            // (Not after a title: "директор компании Игорь Сомов" is the firm's director.)
            // (Or first in its sentence before a name in quotes: "Компания «Северсталь» увеличила ...".)
            if !t.isCapitalized || t.flags.contains(.allCaps)
                || !t.flags.isDisjoint(with: .boundary) && i + 1 < tokens.count && tokens[i + 1].flags.contains(.afterPunctuation),
                i + 1 < tokens.count, tokens[i + 1].isCapitalized, !taken[i + 1],
                !tokens[i + 1].flags.contains(.sentenceStart),
                i == 0 || tokens[i + 1].flags.contains(.afterPunctuation) || !context.isTitle(tokens, i - 1),
                declines(t.text, from: context.organizationTypes)
            {
                var end = i + 2
                // ПАО «Камская сталь», АО «Дальмостстрой-7»: a name in quotes runs to the closing quote, over words in lower
                // case and numbers (the word after the quote starts a phrase), within five words.
                var quoted = i + 2
                if tokens[i + 1].flags.contains(.afterPunctuation) {
                    while quoted < tokens.count, quoted - i <= 5, !taken[quoted], tokens[quoted].flags.isDisjoint(with: .boundary) { quoted += 1 }
                }
                if quoted > i + 2, quoted - i <= 5, quoted == tokens.count || !tokens[quoted].flags.isDisjoint(with: .boundary) {
                    end = quoted
                } else {
                    while end < tokens.count, end - i <= 3, tokens[end].isCapitalized, !taken[end], tokens[end].flags.isDisjoint(with: .boundary) {
                        end += 1
                    }
                }
                out.append(i + 1..<end)
                i = end
                continue
            }
            i += 1
        }
        return out
    }

    /// (ru) True when the word at `k`, after a comma (or a colon or a dash: the tokens keep one flag for them), is a
    /// genitive of a list that "и" and a genitive end within three words ("торговли, промышленности и рыболовства").
    static func russianListGoesOn(_ tokens: [Token], at k: Int) -> Bool {
        guard tokens[k].flags.contains(.afterPunctuation), tokens[k].flags.isDisjoint(with: [.sentenceStart, .lineStart]) else { return false }
        var j = k + 1
        while j < tokens.count, j - k <= 3, tokens[j].flags.isDisjoint(with: [.sentenceStart, .lineStart]), !tokens[j].isCapitalized {
            if tokens[j].text == "и" { return j + 1 < tokens.count && genitiveEndings.contains(where: { tokens[j + 1].text.hasSuffix($0) }) }
            j += 1
        }
        return false
    }

    /// A word for a firm, a union or a club in lower case (one look-up: their plurals are listed too), at most one adjective after it, then one to
    /// three capitalised words (la società turca Baykar, a empresa Embraer, chipmaker Nvidia).
    private static func afterFirmWord(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i + 1 < tokens.count {
            // (Flags first: the words are compared only before a capitalised word.)
            // (Or the third: "le fabricant de vélos Cyclal".)
            guard tokens[i + 1].isCapitalized || (i + 2 < tokens.count && tokens[i + 2].isCapitalized)
                || i + 3 < tokens.count && tokens[i + 3].isCapitalized && romanceOf.contains(tokens[i + 1]),
                !tokens[i].isCapitalized && context.firmWords.contains(tokens[i]) || sentenceFirmWord(tokens, at: i, context)
            else {
                i += 1
                continue
            }
            let t = tokens[i]
            var start = i + 1
            // "le fabricant de vélos Cyclal", "la compañía de seguros Mapfre": what the firm makes or sells, in lower case
            // after "de", stands where an adjective would.
            if start + 2 < tokens.count, romanceOf.contains(tokens[start]), !englishFirmWords.contains(t), !tokens[start + 1].isCapitalized,
                tokens[start + 2].isCapitalized, tokens[start].flags.isDisjoint(with: .boundary), tokens[start + 1].flags.isDisjoint(with: .boundary),
                !Gazetteer.stopwords.contains(tokens[start + 1]), !connectorsEverywhere.contains(tokens[start + 1]),
                !tokens[start + 1].flags.contains(.numeric), tokens[start + 1].text.scalarCount >= 4
            {
                start += 2
            }
            // (English puts the adjective first: "the betting firm X"; after the word stands a verb, "the club named X".)
            if !tokens[start].isCapitalized, start + 1 < tokens.count, tokens[start].flags.isDisjoint(with: .boundary),
                !englishFirmWords.contains(t),
                !Gazetteer.stopwords.contains(tokens[start]), !connectorsEverywhere.contains(tokens[start]),
                !tokens[start].flags.contains(.numeric)
            {
                // "club manager Sir Alex Ferguson", "the club like Michael Owen": a role or a comparison, not an adjective.
                if PersonFinder.titles.contains(tokens[start]) || context.isTitle(tokens, start)
                    || comparisons.contains(tokens[start])
                {
                    i += 1
                    continue
                }
                start += 1
            }
            // (Not a person's honorific: "the club Sir ...".)
            if NameContext.shared.honorifics.contains(tokens[start]) {
                i += 1
                continue
            }
            var end = run(tokens, taken, from: start)
            // ("the Spanish carrier Air Europe": one word before a capitalised word that a name holds is a name cut short; when
            // the name ends with that word or two, a place's, it is the whole: "the charity Streetball Scotland".)
            if end == start + 1, end < tokens.count, taken[end], tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary) {
                var tail = end
                while tail < tokens.count, tail - end < 2, taken[tail], tokens[tail].isCapitalized, tokens[tail].flags.isDisjoint(with: .boundary),
                    !tokens[tail].flags.contains(.ideographic)
                {
                    tail += 1
                }
                guard tail == tokens.count || !tokens[tail].isCapitalized || !tokens[tail].flags.isDisjoint(with: .boundary) else {
                    i = end
                    continue
                }
                end = tail
            }
            if end > start {
                out.append(start..<end)
                // "Leonardo e la società turca Baykar": a name joined to the word is a firm's too.
                if let before = coordinatedBefore(tokens, taken, i) { out.append(before) }
                // "I sindacati Fiom e Fim Cisl": and the names joined after it.
                while end + 1 < tokens.count, coordinators.contains(tokens[end]), tokens[end].flags.isDisjoint(with: .boundary) {
                    let next = run(tokens, taken, from: end + 1)
                    guard next > end + 1 else { break }
                    out.append(end + 1..<next)
                    end = next
                }
            }
            i = max(end, i + 1)
        }
        return out
    }

    /// True when token `i` is a word for a kind of firm capitalised as its sentence's first word, before a capitalised
    /// name (name-context.tsv RS: "Carmaker Harbury Motors", "Rivals Stellantis and Renault").
    static func sentenceFirmWord(_ tokens: [Token], at i: Int, _ context: NameContext.Words) -> Bool {
        let t = tokens[i]
        // (Not before a given name: "Broadcaster Chris Evans" is a person.)
        return t.flags.contains(.sentenceStart) && t.isCapitalized && !t.flags.contains(.allCaps) && i + 1 < tokens.count
            && tokens[i + 1].isCapitalized && context.sentenceFirmWords.contains(t) && !isGivenName(tokens[i + 1])
    }

    /// The English words for a firm (name-context.tsv R, en), which every language's list holds.
    static let englishFirmWords = NameContext.shared.words(for: "en").firmWords

    /// Words that compare, after which a name is no firm's ("a club like Real Madrid").
    static let comparisons: WordSet = ["like", "unlike", "including", "than", "versus", "vs", "against"]

    /// Words that join two names of one kind ("Fiom e Fim Cisl", "Airbus and Boeing").
    static let coordinators: WordSet = ["and", "e", "y", "et", "und", "ed"]

    /// The end of one to three capitalised words from `start` that no name or title holds.
    private static func run(_ tokens: [Token], _ taken: [Bool], from start: Int) -> Int {
        var end = start
        while end < tokens.count, end - start < 3, tokens[end].isCapitalized, !taken[end], !tokens[end].flags.contains(.ideographic),
            tokens[end].flags.isDisjoint(with: .boundary), !Gazetteer.stopwords.contains(tokens[end]),
            !PersonFinder.titles.contains(tokens[end])
        {
            end += 1
        }
        // "la empresa Hidrovalle S.A.".
        return withoutLetters(tokens, from: start, to: end)
    }

    /// One or two capitalised words joined to the firm word at `i` by "and" and an article at most
    /// ("Leonardo e la società Baykar"), or nil.
    private static func coordinatedBefore(_ tokens: [Token], _ taken: [Bool], _ i: Int) -> Range<Int>? {
        var k = i - 1
        if k >= 0, PersonFinder.articles.contains(tokens[k]) { k -= 1 }
        guard k >= 1, coordinators.contains(tokens[k]), tokens[k].flags.isDisjoint(with: .boundary),
            tokens[k + 1].flags.isDisjoint(with: .boundary)
        else { return nil }
        var start = k
        while start > 0, k - start < 2, tokens[start - 1].isCapitalized, !taken[start - 1], !tokens[start - 1].flags.contains(.ideographic),
            !Gazetteer.stopwords.contains(tokens[start - 1]), !PersonFinder.titles.contains(tokens[start - 1]),
            !PersonFinder.notNamesEverywhere.contains(tokens[start - 1])
        {
            start -= 1
            if !tokens[start].flags.isDisjoint(with: .boundary) { break }
        }
        // (Not a sentence's first word alone: "Doch und ...".)
        guard start < k, !(k - start == 1 && tokens[start].flags.contains(.sentenceStart)) else { return nil }
        return start..<k
    }

    /// Arabic: a head word (وزارة, البنك) and up to four words after it that carry the article or
    /// are names the gazetteer knows (الخارجية المصرية); the first may be a name without it (شركة أرامكو).
    private static func isHead(_ word: String, _ context: NameContext.Words) -> Bool {
        context.organizationStarts.contains { $0.count == 1 && $0[0] == word }
    }

    /// An Arabic word without the one-letter conjunction or preposition glued before it (و, ب, ل, ف).
    private static func withoutProclitic(_ word: String) -> String? {
        guard let first = word.unicodeScalars.first, [0x0648, 0x0628, 0x0644, 0x0641].contains(first.value),
            word.scalarCount > 3
        else { return nil }
        return String(String.UnicodeScalarView(word.unicodeScalars.dropFirst()))
    }

    private static func arabic(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            let word = tokens[i].text
            if let exchange = arabicExchange(tokens, at: i, taken: taken) {
                out.append(exchange)
                i = exchange.upperBound
                continue
            }
            // (A head inside a name the gazetteer read, صندوق النقد الدولي, is that name's: the words with the article after
            // it are the sentence's, "الشريحة المقبلة", the next tranche.)
            guard !taken[i], isHead(word, context) || withoutProclitic(word).map({ isHead($0, context) }) ?? false else {
                i += 1
                continue
            }
            // A head with the article (الشركة) before a word without it is a sentence's subject and its
            // verb's object ("وتتوقع الشركة ارتفاع ...", the company expects a rise), not a name.
            let definite = (isHead(word, context) ? word : withoutProclitic(word) ?? word).hasPrefix("ال")
            // جامعة الملك سعود: a head without the article, a title and the one it is named after (عبد and a word: two).
            if !definite, i + 2 < tokens.count, context.arabicTitles.contains(tokens[i + 1]), isArabic(tokens[i + 2]),
                tokens[i + 1].flags.isDisjoint(with: .boundary), tokens[i + 2].flags.isDisjoint(with: .boundary)
            {
                var end = i + 3
                if tokens[i + 2].text == "عبد", end < tokens.count, tokens[end].flags.isDisjoint(with: .boundary) { end += 1 }
                out.append(i..<end)
                i = end
                continue
            }
            let bare = isHead(word, context) ? word : withoutProclitic(word) ?? word
            var end = i + 1
            while end < tokens.count, end - i <= 4, tokens[end].flags.isDisjoint(with: .boundary),
                !context.nameStops.contains(tokens[end]) || bodyAdjective(tokens, at: end, after: i, context),
                !context.arabicTitles.contains(tokens[end])
            {
                let t = tokens[end]
                // (لل: "for the", which joins what a body is for: شركة الواحة للإسمنت, الهيئة العامة للإحصاء.)
                // (And وال, "and the": وزارة الصناعة والثروة المعدنية.)
                // (And ل on a word without the article before one with it: الاتحاد السعودي لكرة القدم, "for football".)
                let forThe = end > i + 1 && end + 1 < tokens.count && t.text.hasPrefix("ل") && t.text.scalarCount > 3
                    && PersonFinder.hasArabicArticle(tokens[end + 1]) && tokens[end + 1].flags.isDisjoint(with: .boundary)
                let article = PersonFinder.hasArabicArticle(t) || forThe
                    || end > i + 1 && (t.text.hasPrefix("لل") || t.text.hasPrefix("وال")) && t.text.scalarCount > 4
                // (Not an adjective of origin alone: شركة صينية is "a Chinese company".)
                // (ة is folded as ه.)
                // (Nor one with the article, which names the body's field: وزارة التربية, وزارة الخارجية.)
                let nisba = end == i + 1 && !definite && !PersonFinder.hasArabicArticle(t) && t.text.hasSuffix("يه")
                    && (end + 1 == tokens.count || !tokens[end + 1].flags.isDisjoint(with: .boundary) || !PersonFinder.hasArabicArticle(tokens[end + 1]))
                guard !nisba, article || taken[end] || (end == i + 1 && !definite && Self.isArabic(t))
                    || (end == i + 2 && firmHeads.contains(bare) && firmNameGoesOn(tokens, taken, at: end))
                else { break }
                end += 1
                // An adjective of origin with the article that the gazetteer read ends the name (وزارة الداخلية السعودية,
                // then القبض "the arrest" is the sentence's), unless what the body is for follows (الهيئة السعودية للمواصفات),
                // or a name the gazetteer read goes on (الإمارات العربية المتحدة), or another such adjective (الأردنية الهاشمية).
                if end > i + 2, taken[end - 1], PersonFinder.hasArabicArticle(t), t.text.hasSuffix("يه") {
                    if end == tokens.count || !tokens[end].flags.isDisjoint(with: .boundary) { break }
                    let next = tokens[end]
                    if !taken[end], !next.text.hasPrefix("ل"), !(PersonFinder.hasArabicArticle(next) && next.text.hasSuffix("يه")) { break }
                }
            }
            // مجلس إدارة الشركة, "the company's board", and المركز الرابع, "fourth place": a role's and a rank's words, no name.
            if end > i + 1, arabicRoleHeads.contains(bare) && arabicRoleWords.contains(tokens[i + 1]) || arabicOrdinals.contains(tokens[i + 1]) {
                i = end
                continue
            }
            // شركة سينوبك الصينية: a firm's head, a name without the article and an adjective of origin that the gazetteer
            // read (a demonym's) are "the Chinese company Sinopec": the name alone (شركة الاتصالات السعودية, whose word has
            // the article, is read whole; أرامكو السعودية is the gazetteer's). The same with a name of two words (شركة
            // كامكو إنفست الكويتية).
            let named = end - 1 - (i + 1)
            if end == i + 3 || end == i + 4 && !PersonFinder.hasArabicArticle(tokens[i + 2]), firmHeads.contains(bare), taken[end - 1],
                !taken[i + 1], !PersonFinder.hasArabicArticle(tokens[i + 1]), tokens[end - 1].text.hasSuffix("يه")
            {
                out.append(i + 1..<i + 1 + named)
                i = end
                continue
            }
            if end > i + 1 {
                out.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// True when the word at `k` (name-context.tsv AG: العام "general") goes on the body's name that begins at `head`: after
    /// a word with the article (the head's too: الاتحاد العام), and before no word of time (مديرية الأمن العام, but "العام
    /// الماضي", last year).
    static func bodyAdjective(_ tokens: [Token], at k: Int, after head: Int, _ context: NameContext.Words) -> Bool {
        guard k > head, context.bodyAdjectives.contains(tokens[k]), PersonFinder.hasArabicArticle(tokens[k - 1]) else { return false }
        return k + 1 == tokens.count || !tokens[k + 1].flags.isDisjoint(with: .boundary) || !PersonFinder.arabicTimeWords.contains(tokens[k + 1])
    }

    /// True when the word at `k`, the second after a firm's head, is still its name's (مجموعة طلعت مصطفى القابضة, شركة
    /// كامكو إنفست الكويتية): a word without the article that no name holds, before a word of the firm's kind or origin
    /// with the article and the feminine ending (القابضة "holding", العقارية) or one with لل (للاتصالات). A family name with
    /// the article after a person's given name seldom has that ending: "شركة كامكو محمد الشطي" does not go on.
    static func firmNameGoesOn(_ tokens: [Token], _ taken: [Bool], at k: Int) -> Bool {
        guard k + 1 < tokens.count, !taken[k], !taken[k - 1], isArabic(tokens[k]), !PersonFinder.hasArabicArticle(tokens[k]),
            tokens[k + 1].flags.isDisjoint(with: .boundary)
        else { return false }
        let next = tokens[k + 1].text
        return PersonFinder.hasArabicArticle(tokens[k + 1]) && next.hasSuffix("ه") || next.hasPrefix("لل") && next.scalarCount > 4
    }

    /// (ar) Heads and the word after them that name a body's organ or a role, not a body (مجلس إدارة, "board of directors").
    static let arabicRoleHeads: Set<String> = Set(["مجلس", "المجلس"].flatMap { Tokenizer.words($0) })
    static let arabicRoleWords: WordSet = WordSet(["إدارة", "أمناء"].flatMap { Tokenizer.words($0) })

    /// (ar) Ordinals with the article, after a head that makes it a rank (المركز الرابع, "fourth place"), folded.
    static let arabicOrdinals: WordSet = WordSet(
        ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأخير"].flatMap { Tokenizer.words($0) })

    /// Arabic heads of a firm's name ("company"), folded as the tokens are.
    static let firmHeads: Set<String> = Set(["شركة", "الشركة", "مجموعة"].flatMap { Tokenizer.words($0) })

    private static func isArabic(_ t: Token) -> Bool {
        guard let v = t.original.unicodeScalars.first?.value else { return false }
        return v >= 0x0620 && v <= 0x06FF
    }

    /// Vietnamese: a head (Bộ, Tập đoàn, Trung tâm) written capitalised, then capitalised
    /// syllables, each with at most one lower-case syllable after it that is no function word
    /// (Dự báo, Quốc gia), joined by "và" (Bộ Kế hoạch và Đầu tư).
    private static func vietnamese(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, let head = vietnameseHead(tokens, at: i, context) else {
                i += 1
                continue
            }
            var end = i + head
            var names = 0
            var lowerRun = 0
            // "Hãng hàng không Vietjet": Hãng and words in lower case are a kind of firm, whose name follows them.
            var nameStart = i
            // (A firm's name ends in its own, which may read as a person's: "Công ty Cổ phần Địa ốc Hoàng Kim Phát"; but not
            // after a brand's, in capitals or a word of no Vietnamese letters: "Tập đoàn FPT Trương Gia Bình" is its chairman.)
            let firm = vietnameseFirmHeads.contains(tokens[i..<i + head].map(\.text))
            while end < tokens.count, end - i < 12, tokens[end].flags.isDisjoint(with: .boundary) || names > 0 && listGoesOn(tokens, at: end) {
                let t = tokens[end]
                // A person's name of three syllables after the body's ("Bộ Tài chính Đinh Quang Thắng") ends it;
                // right after the head it is the body's ("Bệnh viện Nguyễn Tri Phương"), but not after a province's or a
                // city's word, which a place follows ("UBND tỉnh Trịnh Xuân Trường" is the committee and its chairman).
                if names > 0 || end > i + head, !taken[end], PersonFinder.beginsVietnameseName(tokens, at: end) {
                    guard firm, !tokens[i + head..<end].contains(where: { $0.flags.contains(.allCaps) || $0.original.utf8.count >= 5 && $0.original.allSatisfy(\.isASCII) })
                    else { break }
                    // (The firm's own name ends it: "Công ty CP Vận tải Hoàng Liên bắt đầu" takes no verb.)
                    while end < tokens.count, tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary), end - i < 12 { end += 1 }
                    names += 1
                    break
                }
                // "Ủy ban nhân dân tỉnh Quảng Nam": words in lower case that a name goes on over to a capitalised one.
                if !t.isCapitalized, let next = goesOn(tokens, from: end, context), next < tokens.count, tokens[next].isCapitalized,
                    tokens[next].flags.isDisjoint(with: .boundary)
                {
                    if end == i + head, head == 1, toneKey(tokens[i].original) == kindHead { nameStart = next }
                    // "UBND tỉnh Quảng Ninh": after a province's word the place's name ends the body's.
                    if let place = placeAfter(tokens, taken, at: next, context) {
                        if place > next {
                            names += 1
                            end = place
                        } else if end == i + head, head == 1, tokens[i].flags.contains(.allCaps) {
                            // ("Chủ tịch UBND tỉnh Hồ Văn Mười": the committee of the province, its chairman's name after it.)
                            names += 1
                            end = next
                        }
                        break
                    }
                    end = next
                    lowerRun = 0
                    continue
                }
                // "Viện Kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao": a phrase that ends a body's name, right after
                // the head or after the one word of two syllables that names the body ("Kiểm sát", "Dự báo"; not after a
                // firm's name: "Công ty Vinamilk quốc gia").
                if !t.isCapitalized, end == i + head || names == 1 && lowerRun == 1,
                    let phrase = lowerCasePhrase(context.nameEnds, at: end, in: tokens)
                {
                    end += phrase.count
                    names += 1
                    break
                }
                // "UBND TP Cần Thơ": "TP" is "thành phố", and the city's name ends the body's.
                if t.original == "TP", end + 1 < tokens.count, let place = placeAfter(tokens, taken, at: end + 1, context) {
                    if place > end + 1 {
                        names += 1
                        end = place
                    }
                    break
                }
                // "Tổng công ty Hàng không Việt Nam": such a phrase capitalised is a word of the name ("không" alone would end it).
                if t.isCapitalized, let next = goesOn(tokens, from: end, context, capitalisedFirst: true), next > end + 1 {
                    names += 1
                    lowerRun = 0
                    end = next
                    continue
                }
                if t.isCapitalized {
                    names += 1
                    lowerRun = 0
                } else if t.text == "va", end + 1 < tokens.count, tokens[end + 1].isCapitalized, names > 0 {
                    // (A second body's head after it begins a name of its own: "Đại học Quốc gia Hà Nội và Đại học Bách khoa".)
                    if vietnameseHead(tokens, at: end + 1, context) != nil { break }
                    lowerRun = 1
                } else if lowerRun == 0, names > 0, !context.nameStops.contains(t), !t.flags.contains(.numeric),
                    // (Not after a place the gazetteer knows, whose name takes no word in lower case: "Quảng Nam cam kết".)
                    !taken[end - 1] || taken[end]
                {
                    lowerRun = 1
                } else {
                    break
                }
                end += 1
            }
            if names > 0, let bracket = vietnameseNameBeforeAcronym(tokens, from: end) { end = bracket }
            end = withoutAbbreviation(tokens, i..<end).upperBound
            if names > 0, end > i + head, (i..<end).contains(where: { !taken[$0] }) {
                out.append(nameStart..<end)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// (vi) The end of the words in lower case (or a number) from `k` up to an acronym in brackets right after them, which
    /// the name they end defines: "Cục Cảnh sát điều tra tội phạm về ma túy (C04)", "Tổng công ty Xây dựng công trình giao
    /// thông 4 (Cienco4)". At most eight words, in one phrase; nil where no such acronym follows.
    static func vietnameseNameBeforeAcronym(_ tokens: [Token], from k: Int) -> Int? {
        var j = k
        while j < tokens.count, j - k < 8, tokens[j].flags.isDisjoint(with: .boundary), !tokens[j].isCapitalized || tokens[j].flags.contains(.numeric) {
            j += 1
        }
        guard j > k, j < tokens.count, !tokens[j - 1].isCapitalized || tokens[j - 1].flags.contains(.numeric) else { return nil }
        let a = tokens[j], previous = tokens[j - 1]
        // " (" between: one space and one character; and an acronym: capitals, a digit, or a word's capital (Cienco4).
        guard a.flags.contains(.afterPunctuation), a.flags.isDisjoint(with: [.sentenceStart, .lineStart]),
            a.offset == previous.offset + previous.original.scalarCount + 2, a.isCapitalized,
            a.flags.contains(.allCaps) || a.original.contains(where: \.isNumber) || wordAcronym(a)
        else { return nil }
        return j
    }

    /// (vi) True when a comma at `k` parts the fields of a body's name that "và" ends with the last one: "Sở Văn hóa, Thể
    /// thao và Du lịch". The word after the comma is capitalised, and "và" and a capitalised word follow within four words
    /// of one phrase.
    static func listGoesOn(_ tokens: [Token], at k: Int) -> Bool {
        guard tokens[k].isCapitalized, tokens[k].flags.intersection(.boundary) == .afterPunctuation else { return false }
        var j = k + 1
        while j + 1 < tokens.count, j - k <= 4, tokens[j].flags.isDisjoint(with: .boundary) {
            if tokens[j].text == "va", !tokens[j].isCapitalized, tokens[j + 1].isCapitalized, tokens[j + 1].flags.isDisjoint(with: .boundary) {
                return true
            }
            j += 1
        }
        return false
    }

    /// (vi) The end of the place's name at `k`, right after a word for a province, a city or a district (name-context.tsv VP)
    /// inside a body's name, or nil when no such word stands before `k`: the capitalised syllables there; `k` itself when a
    /// person's name begins right there (UBND tỉnh Trần Văn Hưng); where four syllables or more stand in a row, a place's
    /// and a person's (the committee and its chairman), the place's that the gazetteer read; where it read none there (it
    /// holds a place back before a person's name for the name finders), the syllables before a person's name of three that
    /// begins after one to three of them (UBND tỉnh Quảng Ninh Cao Tường Huy), else `k`: the body's name is then left to the
    /// other finders ("UBND").
    /// Reads six syllables at most.
    static func placeAfter(_ tokens: [Token], _ taken: [Bool], at k: Int, _ context: NameContext.Words) -> Int? {
        // (In lower case, but "TP", thành phố's capitals.)
        guard context.placeWords.contains(where: { w in
            k >= w.count && (0..<w.count).allSatisfy {
                tokens[k - w.count + $0].text == w[$0] && (!tokens[k - w.count + $0].isCapitalized || tokens[k - w.count + $0].original == "TP")
            }
        }) else { return nil }
        if !taken[k], PersonFinder.beginsVietnameseName(tokens, at: k) { return k }
        var end = k
        while end < tokens.count, end - k < 6, tokens[end].isCapitalized, end == k || tokens[end].flags.isDisjoint(with: .boundary) { end += 1 }
        guard end - k >= 4 else { return end }
        // (Where the gazetteer read the place, it ends there: UBND tỉnh Bến Tre Trần Ngọc Tam.)
        var place = k
        while place < end, taken[place] { place += 1 }
        if place > k { return place }
        // (Where it read none, a person's name of three syllables that begins after the place's two, three or one ends it
        // there: UBND tỉnh Quảng Ninh Cao Tường Huy.)
        for s in [2, 3, 1] where k + s + 3 <= end && PersonFinder.beginsVietnameseName(tokens, at: k + s) {
            return k + s
        }
        return k
    }

    /// The number of words of the body's head that begins at `i` (Bộ, Tập đoàn), written with its tone marks (Đảng, not
    /// the name Đặng nor Đăng; Cục, not Cúc), or nil.
    private static func vietnameseHead(_ tokens: [Token], at i: Int, _ context: NameContext.Words) -> Int? {
        context.organizationStarts.first(where: { h in
            i + h.count <= tokens.count && (0..<h.count).allSatisfy { tokens[i + $0].text == h[$0] }
                && (1..<max(h.count, 1)).allSatisfy { tokens[i + $0].flags.isDisjoint(with: .boundary) }
                && (0..<h.count).allSatisfy { context.organizationStartsWritten.contains(toneKey(tokens[i + $0].original)) }
        })?.count
    }

    /// (vi) The heads of a firm's name (công ty, tổng công ty, tập đoàn), folded.
    static let vietnameseFirmHeads: Set<[String]> = Set(["Công ty", "Tổng công ty", "Tập đoàn"].map { Tokenizer.words($0) })

    /// (vi) The head that words in lower case after it make a kind of firm ("hãng hàng không", airline).
    private static let kindHead = toneKey("hãng")

    /// Vietnamese tone marks (grave, acute, tilde, hook above, dot below), as combining scalars.
    private static let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    /// A Vietnamese word in lower case with its tone mark last, wherever it was written: "Toà" and "Tòa", "Uỷ" and
    /// "Ủy" (the old and the new placing) give one key; Đảng, Đặng and Đăng three.
    static func toneKey(_ word: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var tone: Unicode.Scalar?
        for s in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if tones.contains(s.value) { tone = s } else { out.append(s) }
        }
        if let tone { out.append(tone) }
        return String(out)
    }

    /// The end of the phrases in lower case (name-context.tsv VL) that begin at `k`, one after another, or nil.
    /// - Parameter capitalisedFirst: one phrase only, its first word capitalised ("Hàng không").
    private static func goesOn(_ tokens: [Token], from k: Int, _ context: NameContext.Words, capitalisedFirst: Bool = false) -> Int? {
        var end = k
        while end < tokens.count, let p = lowerCasePhrase(context.nameGoesOn, at: end, in: tokens, capitalisedFirst: capitalisedFirst) {
            end += p.count
            if capitalisedFirst { break }
        }
        return end > k ? end : nil
    }

    /// (vi) The first of `phrases` that stands at `k` in lower case (its first word capitalised with `capitalisedFirst`),
    /// all in one clause, or nil.
    private static func lowerCasePhrase(_ phrases: [[String]], at k: Int, in tokens: [Token], capitalisedFirst: Bool = false) -> [String]? {
        phrases.first { p in
            k + p.count <= tokens.count && (0..<p.count).allSatisfy {
                tokens[k + $0].text == p[$0] && tokens[k + $0].isCapitalized == (capitalisedFirst && $0 == 0)
                    && tokens[k + $0].flags.isDisjoint(with: .boundary)
            }
        }
    }

    /// Acronyms of three to six capitals standing alone (SBB, ÖBB, ЦСКА): not a dateline's or an
    /// all-capitals title's words, not a Roman numeral, not one of the capitals that name no body.
    private static func acronyms(_ tokens: [Token], _ taken: [Bool], titleCount: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in tokens.indices where tokens[i].flags.contains(.allCaps) && !taken[i] && i != titleCount {
            let t = tokens[i]
            let n = t.text.scalarCount
            guard n >= 3, n <= 6, !t.flags.contains(.numeric), !t.flags.contains(.ideographic) else { continue }
            if i > 0, tokens[i - 1].flags.contains(.allCaps), !taken[i - 1] { continue }
            if i + 1 < tokens.count, tokens[i + 1].flags.contains(.allCaps) { continue }
            // Part of a longer name ("IG Metall", "BMW Group").
            if i + 1 < tokens.count, tokens[i + 1].isCapitalized, tokens[i + 1].flags.isDisjoint(with: .boundary) { continue }
            if t.text.unicodeScalars.allSatisfy({ "ivxlcdm".unicodeScalars.contains($0) }) { continue }
            // (A settlement's name after its word: "от посёлка МРС до Хужира".)
            if i > 0, settlementWords.contains(tokens[i - 1]), tokens[i].flags.isDisjoint(with: .boundary) { continue }
            // (A legal form alone is no firm: "Atlantique Coque SAS".)
            if notAcronyms.contains(t) || legalForms.contains(t) || t.text.unicodeScalars.contains(where: { $0.value < 0x80 && ($0.value < 0x61 || $0.value > 0x7A) }) {
                continue
            }
            out.append(i..<i + 1)
        }
        return out
    }

    /// Words for a settlement in lower case, whose name in capitals follows (посёлок МРС), folded.
    static let settlementWords = WordSet(["посёлок", "посёлка", "посёлке", "поселок", "поселка", "поселке", "село", "села", "селе",
                                          "деревня", "деревни", "деревне"].flatMap { Tokenizer.words($0) })

    /// Capitals that name no organisation (Resources/name-context.tsv, I).
    static let notAcronyms = WordSet(NameContext.shared.notAcronyms)
}

extension OrganizationFinder {
    /// Endings of German compounds that name a body (Bundesnetzagentur, Stadtwerke, Verbraucherzentrale,
    /// Landgericht), folded.
    static let germanHeadEndings = [
        "werke", "zentrale", "kasse", "agentur", "gericht", "ministerium", "verband", "behorde", "amt", "bank", "partei",
        "gewerkschaft", "kammer", "stiftung", "konzern", "versicherung", "gesellschaft", "anstalt", "direktion", "prasidium", "polizei",
        // (branch orgs26: Deutscher Wetterdienst, Österreichische Finanzmarktaufsicht.)
        "dienst", "aufsicht",
        // (branch orgs31: genitives, "eines Sprechers des Handelsverbands Deutschland".)
        "verbands", "verbandes", "amts", "amtes", "gerichts", "ministeriums",
        // (Thirty-fourth session: prosecutors' offices and hospitals, Staatsanwaltschaft Düsseldorf, Klinikum Fulda.)
        "anwaltschaft", "klinikum",
        // (Forty-second session: rescue services, a town's utility, a district's government: Bergrettung Sölden, Stadtwerk
        // Regensburg, Bezirksregierung Arnsberg, Feuerwehr Hamburg.)
        "rettung", "stadtwerk", "regierung", "feuerwehr",
    ]

    /// Heads of fewer than eight letters that name a body before a place the gazetteer knows (Bauamt, Messe Leipzig).
    static let germanShortHeads: WordSet = ["bauamt", "messe", "zollamt", "bauhof"]

    /// (de) Endings of a capitalised adjective that a body's name begins with before its head (Staatliches Bauamt,
    /// Bayerisches Landesamt, Städtisches Klinikum).
    static let germanAdjectiveHeadEndings = ["liches", "licher", "liche", "lichen", "isches", "ischer", "ische", "ischen"]

    /// A capitalised compound of eight letters or more that ends in one of ``germanHeadEndings``.
    static func isGermanHead(_ t: Token) -> Bool {
        t.isCapitalized && !t.flags.contains(.allCaps) && t.text.utf8.count >= 8 && germanHeadEndings.contains { t.text.hasSuffix($0) }
    }

    /// German: a federal or a state body's compound alone (Bundesnetzagentur, Landeskriminalamt), and a
    /// compound head before a place the gazetteer knows (Sparkasse Hannover, Verbraucherzentrale Sachsen).
    static func germanCompounds(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            let short = germanShortHeads.contains(tokens[i]) && tokens[i].isCapitalized
            guard !taken[i], isGermanHead(tokens[i]) || short else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, end - i <= 2, taken[end], tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary) {
                end += 1
            }
            // ("Bundesregierung", "Landesregierung" alone are any land's; a short head alone is a word: "die Messe".)
            let text = tokens[i].text
            if end == i + 1, short || text.hasSuffix("regierung") {
                i += 1
                continue
            }
            // ("Staatliches Bauamt Regensburg": an adjective of the name before its head.)
            let ownAdjective = end > i + 1 && i > 0 && !taken[i - 1] && tokens[i - 1].isCapitalized
                && tokens[i - 1].flags.isDisjoint(with: [.sentenceStart, .lineStart]) && tokens[i].flags.isDisjoint(with: .boundary)
                && germanAdjectiveHeadEndings.contains(where: { tokens[i - 1].text.hasSuffix($0) })
            // ("Bundesministerium für Wirtschaft": the name goes on, for the finder of names by their shape.)
            // ("Bundesverband deutscher Banken": and over an adjective in lower case.)
            let goesOn = end == i + 1 && end < tokens.count
                && (connectorsEverywhere.contains(tokens[end]) || germanAdjectives(tokens, from: end) != nil)
            // ("der Deutsche Bauernverband", "Deutscher Wetterdienst": a country's adjective the gazetteer read before the head.)
            let adjective = i > 0 && taken[i - 1] && tokens[i - 1].isCapitalized && tokens[i].flags.isDisjoint(with: .boundary)
                && ["sche", "scher", "schen"].contains(where: { tokens[i - 1].text.hasSuffix($0) })
            if end > i + 1 || adjective && !goesOn
                || !goesOn && ["bundes", "landes", "staats"].contains(where: { text.hasPrefix($0) && text.utf8.count > $0.utf8.count + 4 })
            {
                out.append((adjective || ownAdjective ? i - 1 : i)..<end)
            }
            i = end
        }
        return out
    }
}

extension OrganizationFinder {
    /// Endings of Russian adjectives, in every case (Центральный, Московская, Спортивном, Российского), folded (й as и).
    static let russianAdjectiveEndings = [
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ых", "их",
    ].map { TextFolding.fold($0) }
    /// Starts of Russian nouns for a body, in lower case after the adjectives of its name (Центральный
    /// банк, Московская биржа, Верховный суд, Государственный университет).
    static let russianHeadStems = [
        "банк", "бирж", "союз", "суд", "университет", "служб", "агентств", "комитет", "фонд", "парти", "совет", "институт",
        "академи", "палат", "дум", "комисси", "федераци", "ассоциаци", "управлени", "инспекци", "корпораци", "министерств",
        "прокуратур", "завод", "собрани",
    ]

    /// Endings of the genitive singular of Russian places' names (России, Москвы, Казахстана, Китая), folded.
    static let russianPlaceGenitiveEndings = ["ы", "и", "а", "я"].map { TextFolding.fold($0) }

    /// Endings of Russian nouns in the genitive plural, after a body's noun (союз промышленников и предпринимателей).
    static let russianGenitivePluralEndings = ["ов", "ев", "ей"].map { TextFolding.fold($0) }

    /// Starts of Russian nouns for a body that begin its name in lower case before its region's (министерство
    /// жилищно-коммунального хозяйства Рязанской области, прокуратура Рязанской области, администрация города Рязани).
    static let russianLowerCaseHeads = ["министерств", "управлени", "департамент", "администраци", "прокуратур"]

    /// Russian words after a council's head that make it a firm's board (Совет директоров, наблюдательный совет).
    static let russianBoards = WordSet(["директоров", "акционеров"].flatMap { Tokenizer.words($0) })

    /// Russian nouns for a region after "по" and its adjective (по Иркутской области, по Приморскому краю).
    static let russianRegionNounsAfterPo = WordSet(["области", "краю", "округу", "району", "республике"].flatMap { Tokenizer.words($0) })

    /// Russian nouns for a region in the genitive, after its adjective (Сахалинской области, Пермского края).
    static let russianRegionNouns = WordSet(["области", "края", "округа", "района", "республики"].flatMap { Tokenizer.words($0) })

    /// Whether `word` is one of `stems` with an ending of at most three letters (суд, суда, судом;
    /// министерство, министерства).
    static func declines(_ word: String, from stems: [String]) -> Bool {
        stems.contains { word.hasPrefix($0) && word.scalarCount - $0.scalarCount <= 3 }
    }

    /// Endings of Russian adjectives in the genitive (тяжёлого, лесных), folded.
    static let russianGenitiveAdjectiveEndings = ["ого", "его", "ых", "их"].map { TextFolding.fold($0) }

    private static func isRussianAdjective(_ t: Token) -> Bool {
        t.text.scalarCount >= 5 && russianAdjectiveEndings.contains { t.text.hasSuffix($0) }
    }

    /// Russian: a capitalised adjective, up to two more in lower case and a noun for a body in lower case
    /// (Центральный банк, Российский футбольный союз), then a place's adjective and its noun in the
    /// genitive (Арбитражный суд Архангельской области). A country's adjective first at a sentence's
    /// start needs a second adjective ("Российский суд" is any Russian court).
    static func russianAdjectiveNames(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i + 1 < tokens.count {
            var j = i
            // "Санкт-Петербургского государственного университета".
            while j + 1 < tokens.count, tokens[j + 1].flags.contains(.hyphenated) { j += 1 }
            guard tokens[i].isCapitalized, !tokens[i].flags.contains(.allCaps), isRussianAdjective(tokens[j]) else {
                i = j + 1
                continue
            }
            // "Иркутского УГМС": a region's adjective right before a body's acronym, inside a sentence.
            if j == i, j + 1 < tokens.count, !taken[i], tokens[i].flags.isDisjoint(with: [.sentenceStart, .lineStart]),
                tokens[j + 1].flags.contains(.allCaps), (3...6).contains(tokens[j + 1].text.scalarCount),
                tokens[j + 1].flags.isDisjoint(with: .boundary), !taken[j + 1]
            {
                out.append(i..<j + 2)
                i = j + 2
                continue
            }
            var k = j + 1
            while k < tokens.count, k - j <= 2, !tokens[k].isCapitalized, tokens[k].flags.isDisjoint(with: .boundary), isRussianAdjective(tokens[k]) {
                k += 1
            }
            let start = tokens[i].flags.contains(.sentenceStart)
            guard k < tokens.count, !tokens[k].isCapitalized, tokens[k].flags.isDisjoint(with: .boundary),
                declines(tokens[k].text, from: russianHeadStems),
                !taken[i] || !start || k > j + 1
            else {
                i = j + 1
                continue
            }
            var end = k + 1
            // "Уральский завод тяжёлого машиностроения": an adjective and a noun in the genitive, in lower case.
            if end + 1 < tokens.count, !tokens[end].isCapitalized, !tokens[end + 1].isCapitalized,
                tokens[end].flags.isDisjoint(with: .boundary), tokens[end + 1].flags.isDisjoint(with: .boundary),
                russianGenitiveAdjectiveEndings.contains(where: { tokens[end].text.hasSuffix($0) }), isRussianAdjective(tokens[end]),
                !isRussianAdjective(tokens[end + 1]), genitiveEndings.contains(where: { tokens[end + 1].text.hasSuffix($0) })
            {
                end += 2
            }
            // "Российский союз промышленников и предпринимателей": up to three nouns in the genitive plural, "и" between two.
            var plural = end
            while plural < tokens.count, plural - end < 3, !tokens[plural].isCapitalized, tokens[plural].flags.isDisjoint(with: .boundary),
                russianGenitivePluralEndings.contains(where: { tokens[plural].text.hasSuffix($0) }) && !isRussianAdjective(tokens[plural])
                    || tokens[plural].text == "и" && plural > end && plural + 1 < tokens.count && !tokens[plural + 1].isCapitalized
                    && russianGenitivePluralEndings.contains(where: { tokens[plural + 1].text.hasSuffix($0) })
            {
                plural += 1
            }
            if plural > end, tokens[plural - 1].text != "и" { end = plural }
            if end + 1 < tokens.count, tokens[end].isCapitalized, isRussianAdjective(tokens[end]), tokens[end].flags.isDisjoint(with: .boundary),
                !tokens[end + 1].isCapitalized, tokens[end + 1].flags.isDisjoint(with: .boundary),
                genitiveEndings.contains(where: { tokens[end + 1].text.hasSuffix($0) })
            {
                end += 2
            }
            // "Центральный банк России", "Арбитражный суд Москвы": a country's or a city's name in the genitive that the
            // gazetteer read, one capitalised noun that no capitalised word follows (not a person's after it).
            if end < tokens.count, taken[end], tokens[end].isCapitalized, !tokens[end].flags.contains(.allCaps),
                tokens[end].flags.isDisjoint(with: .boundary),
                russianPlaceGenitiveEndings.contains(where: { tokens[end].text.hasSuffix($0) }),
                end + 1 == tokens.count || !russianRegionNouns.contains(tokens[end + 1]),
                end + 1 == tokens.count || !tokens[end + 1].isCapitalized || !tokens[end + 1].flags.isDisjoint(with: .boundary)
            {
                end += 1
            }
            // "Главное управление МЧС России по Иркутской области": a body's regional directorate, the body's acronym (and
            // России), then "по", the region's adjective and its noun.
            if end < tokens.count, tokens[end].flags.contains(.allCaps), (2...6).contains(tokens[end].text.scalarCount),
                tokens[end].flags.isDisjoint(with: .boundary)
            {
                var e = end + 1
                if e < tokens.count, tokens[e].text == "россии", tokens[e].flags.isDisjoint(with: .boundary) {
                    e += 1
                }
                if e + 2 < tokens.count, tokens[e].text == "по", (e..<e + 3).allSatisfy({ tokens[$0].flags.isDisjoint(with: .boundary) }),
                    tokens[e + 1].isCapitalized, isRussianAdjective(tokens[e + 1]), russianRegionNounsAfterPo.contains(tokens[e + 2])
                {
                    e += 3
                }
                end = e
            }
            // ("по" and what the body deals with, a word or an adjective and its noun: Федеральное агентство по
            // рыболовству, Смешанная российско-норвежская комиссия по рыболовству.)
            if end + 1 < tokens.count, tokens[end].text == "по", tokens[end].flags.isDisjoint(with: .boundary),
                !tokens[end + 1].isCapitalized, tokens[end + 1].flags.isDisjoint(with: .boundary)
            {
                end += 2
                if end < tokens.count, ["ым", "им", "ой", "ому", "ему"].contains(where: { tokens[end - 1].text.hasSuffix($0) }),
                    !tokens[end].isCapitalized, tokens[end].flags.isDisjoint(with: .boundary), tokens[end].text != "и"
                {
                    end += 1
                }
            }
            out.append(i..<end)
            i = end
        }
        return out
    }
}
