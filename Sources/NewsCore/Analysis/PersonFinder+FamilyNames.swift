/// Chinese and Korean names told by their family name (Resources/name-shapes.tsv, C and K) where a
/// title stands on the other side of them: before a Chinese title (李海峰总理) and after a Korean
/// title word (대변인 정혜린은).
extension PersonFinder {
    /// (zh) The name of three characters, a family name first, glued before the title at `i`
    /// (王建国主席表示), standing apart from the words before it; none before a title that a body's or a
    /// place's name may end in as well (文化部长, 林业局长, 常州市长), and none of two characters,
    /// which are as often a word (高级主任).
    static func chineseNameBefore(_ tokens: [Token], _ taken: [Bool], title i: Int) -> Range<Int>? {
        guard i >= 3, !chineseBodyEnds.contains(tokens[i].text) else { return nil }
        let start = i - 3
        let name = start..<i
        guard NameShapes.shared.chineseFamily.contains(tokens[start]),
            name.allSatisfy({ isHan(tokens[$0]) && !taken[$0] && !chineseStops.contains(tokens[$0].text) && glued(tokens, $0) }),
            !chineseBodyEnds.contains(tokens[i - 1].text)
        else { return nil }
        // (Apart: after punctuation, a space, another script, a name the gazetteer took, or a verb.)
        let before = start - 1
        guard start == 0 || !tokens[start].flags.isDisjoint(with: .boundary) || !glued(tokens, before) || !isHan(tokens[before])
            || taken[before] || chineseStops.contains(tokens[before].text)
        else { return nil }
        return name
    }

    /// (zh) Characters after 曾 that make it the adverb "once, ever" (曾经, 曾多次, 曾任), not a family name.
    static let zengAdverbs: Set<String> = ["经", "經", "多", "任", "先", "一", "两", "兩", "三", "几", "幾", "公", "主", "担", "擔", "获", "獲", "明", "来", "來", "去", "有", "作", "发", "發", "提", "表", "说", "說", "指", "称", "稱"]

    /// (zh) True when the 曾 at `k`, right after a title, is the family name (董事长曾毓群说), not "once" (部长曾表示,
    /// 曾多次, 曾效力于): two characters that may end a name follow it, glued, and then a verb of speech or meeting,
    /// punctuation or another script.
    static func zengBeginsAName(_ tokens: [Token], at k: Int, context: NameContext.Words) -> Bool {
        guard tokens[k].text == "曾", k + 2 < tokens.count,
            (k + 1...k + 2).allSatisfy({ isHan(tokens[$0]) && glued(tokens, $0 - 1) && !chineseStops.contains(tokens[$0].text) }),
            !zengAdverbs.contains(tokens[k + 1].text), !endsAChineseName(tokens, at: k + 1, context: context)
        else { return false }
        let after = k + 3
        return after == tokens.count || !isHan(tokens[after]) || !glued(tokens, after - 1) || !tokens[after].flags.isDisjoint(with: .boundary)
            || endsAChineseName(tokens, at: after, context: context)
    }

    /// (zh) True when a verb of speech (name-shapes.tsv, V) or of meeting (name-context.tsv, ZE) begins at `k`,
    /// which ends a name after a title (郑晓燕认为, 巴罗进行).
    static func endsAChineseName(_ tokens: [Token], at k: Int, context: NameContext.Words) -> Bool {
        k < tokens.count && (title(NameShapes.shared.chineseSpeech, tokens, at: k) != nil || title(context.chineseNameEnds, tokens, at: k) != nil)
    }

    /// (zh) Characters that end given names as often as bodies' names (振国, 建军).
    static let chineseNameEnds: Set<String> = ["国", "國", "军", "軍"]

    /// (zh) True when the characters `r` after a title are a name that ends like a body's (李振国, 王建军, 雷军): a
    /// family name first, three characters, or two before 军 (韩国 is a country).
    static func isChineseNameEnding(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        let last = tokens[r.upperBound - 1].text
        return (r.count == 3 || r.count == 2 && (last == "军" || last == "軍")) && chineseNameEnds.contains(last)
            && NameShapes.shared.chineseFamily.contains(tokens[r.lowerBound])
    }

    /// (ko) Syllables that end a body's or a group's word, or a town's, not a name (이사회, 선수단, 정부, 장항읍, 도초면).
    static let koreanBodyEnds: Set<String> = ["회", "단", "부", "당", "청", "국", "실", "측", "팀", "들", "사", "군", "읍", "면"]

    /// (ko) The name in the Hangul word `w` right after a title word ("대변인 정혜린은", "투수 이민호와"):
    /// three syllables, a family name first (four after a family name of two: 남궁민수), a particle at
    /// most after them; not a body's word (이사회는) nor one with a title inside (이사장은).
    static func koreanNameAfterTitle(_ tokens: [Token], _ w: Range<Int>, context: NameContext.Words) -> Range<Int>? {
        let family = NameShapes.shared.koreanFamily
        guard w.count >= 3 else { return nil }
        let first = tokens[w.lowerBound].original
        let length: Int
        if family.contains(first + tokens[w.lowerBound + 1].original) && w.count >= 4 {
            length = 4
        } else if family.contains(first) {
            length = 3
        } else {
            return nil
        }
        // (Three syllables, the last a particle, are a word of two and its particle: 감독 선임은.)
        if w.count == 3, koreanParticles.contains(tokens[w.upperBound - 1].original) { return nil }
        let name = w.lowerBound..<w.lowerBound + length
        let rest = tokens[name.upperBound..<w.upperBound].map(\.original).joined()
        guard rest.isEmpty || koreanParticles.contains(rest), !koreanBodyEnds.contains(tokens[name.upperBound - 1].original),
            !name.dropFirst().contains(where: { title(context.koreanTitles, tokens, at: $0) != nil })
        else { return nil }
        return name
    }

    /// (ja) The name glued before the department's title at `i` (田中健一部長, 鈴木美香課長), and the title's end: three
    /// or four kanji, the whole word, a family name (name-shapes.tsv, N) first and one or two characters after it;
    /// not a department's own word (電池開発部長, 営業部長).
    static func japaneseDepartmentHead(_ tokens: [Token], _ taken: [Bool], _ context: NameContext.Words, title i: Int)
        -> (name: Range<Int>, end: Int)?
    {
        // (Flags and script first: the titles are looked up only after a kanji glued before.)
        guard i >= 3, !context.departmentTitles.isEmpty, isHan(tokens[i]), glued(tokens, i - 1), isHan(tokens[i - 1]), !taken[i - 1],
            let end = title(context.departmentTitles, tokens, at: i)
        else { return nil }
        var start = i - 1
        while start > 0, i - start <= 4, isHan(tokens[start - 1]), !taken[start - 1], glued(tokens, start - 1) { start -= 1 }
        let count = i - start
        guard (3...4).contains(count), start == 0 || !isHan(tokens[start - 1]) || taken[start - 1] || !glued(tokens, start - 1)
        else { return nil }
        let family = NameShapes.shared.japaneseFamily
        var prefix = ""
        for k in start..<start + min(3, count - 1) {
            prefix += tokens[k].original
            if count - (k - start + 1) <= 2, family.contains(prefix) { return (start..<i, end) }
        }
        return nil
    }
}
