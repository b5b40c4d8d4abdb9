/// Chinese names that no title stands beside: listed together (刘建华、郑思远已被; 李盈莹、龚翔宇和庄宇珊也), and
/// transcribed foreign names written with a middle dot (迈克尔·伍尔德里奇).
extension PersonFinder {
    /// (zh) Numerals, which days and dates are written with (周三晚, 十一月), never a name.
    static let chineseNumerals: Set<String> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "萬", "两", "兩"]

    /// (zh) Words that join a list's last item to the others (和, 与, 及).
    static let chineseListJoins: Set<String> = ["和", "与", "與", "及"]

    /// (zh) The names of a list of two or more items of three characters each, every one a family name
    /// (name-shapes.tsv, C) and two characters that may end a name, parted by one mark (、) or joined by
    /// 和/与/及, the last one ending where a name ends (a verb, a stop, a mark): "刘建华、郑思远已被". Not one
    /// item of the list may be a place's or a body's (黄金周、国庆节, 金融业、制造业), a stop's (于下周) or a date's
    /// (周三晚), which a list of names never mixes in.
    static func chineseListNames(_ tokens: [Token], _ taken: [Bool], context: NameContext.Words) -> [String] {
        let family = NameShapes.shared.chineseFamily
        /// True when the three characters at `s` may be a name.
        func isItem(_ s: Int) -> Bool {
            s >= 0 && s + 3 <= tokens.count && family.contains(tokens[s])
                && (s..<s + 3).allSatisfy { isHan(tokens[$0]) && !taken[$0] && ($0 == s || glued(tokens, $0 - 1)) }
                && (s..<s + 3).allSatisfy { !chineseStops.contains(tokens[$0].text) && !chineseNumerals.contains(tokens[$0].text) }
                && !chineseBodyEnds.contains(tokens[s + 2].text)
        }
        /// The next item's start after an item ending at `e`: one mark between them, or a join word.
        func nextItem(after e: Int) -> Int? {
            guard e < tokens.count, isHan(tokens[e]) else { return nil }
            if tokens[e].flags.contains(.afterPunctuation), !tokens[e].flags.contains(.sentenceStart),
                tokens[e].offset == tokens[e - 1].offset + 2
            {
                return e
            }
            if chineseListJoins.contains(tokens[e].text), glued(tokens, e - 1), e + 1 < tokens.count, glued(tokens, e) { return e + 1 }
            return nil
        }
        /// True when a name may end before `e`: a mark, another script, a stop, a verb.
        func endsName(at e: Int) -> Bool {
            e == tokens.count || !isHan(tokens[e]) || !glued(tokens, e - 1) || !tokens[e].flags.isDisjoint(with: .boundary)
                || chineseStops.contains(tokens[e].text) || endsAChineseName(tokens, at: e, context: context)
        }
        var out: [String] = []
        var k = 3
        // (A list is looked for only at a mark that parts two characters: an item ends right before it.)
        while k < tokens.count {
            guard tokens[k].flags.contains(.afterPunctuation), isHan(tokens[k]), isItem(k - 3), nextItem(after: k) == k else {
                k += 1
                continue
            }
            var items = [k - 3]
            var e = k
            while let s = nextItem(after: e), isItem(s), items.count < 12 {
                items.append(s)
                e = s + 3
            }
            if items.count >= 2, endsName(at: e) {
                out += items.map { tokens[$0..<$0 + 3].map(\.original).joined() }
            }
            k = max(e, k + 1)
        }
        return out
    }

    /// (zh) True when `a` and `a + 1` are Han characters with one mark between them that parts no phrase (the middle dot
    /// of 迈克尔·伍尔德里奇).
    static func dotted(_ tokens: [Token], _ a: Int) -> Bool {
        a >= 0 && a + 1 < tokens.count && isHan(tokens[a]) && isHan(tokens[a + 1]) && tokens[a + 1].offset == tokens[a].offset + 2
            && tokens[a + 1].flags.isDisjoint(with: .boundary)
    }

    /// (zh) Transcribed foreign names of two or more parts parted by a middle dot (迈克尔·伍尔德里奇): each part two to six characters of the transcription's (name-context.tsv, ZT), the dot
    /// the one mark between them; written with "·".
    static func chineseDottedNames(_ tokens: [Token], _ taken: [Bool], context: NameContext.Words) -> [String] {
        let letters = context.chineseTranscription
        guard letters.count > 0 else { return [] }
        func dotted(_ a: Int) -> Bool { Self.dotted(tokens, a) }
        var out: [String] = []
        var k = 1
        while k < tokens.count {
            guard dotted(k - 1), letters.contains(tokens[k]), letters.contains(tokens[k - 1]) else {
                k += 1
                continue
            }
            // The first part: its characters back from the dot.
            var start = k - 1
            while start > 0, k - start < 6, glued(tokens, start - 1), letters.contains(tokens[start - 1]) { start -= 1 }
            var parts = [start..<k]
            var s = k
            while true {
                var e = s + 1
                while e < tokens.count, e - s < 6, glued(tokens, e - 1), letters.contains(tokens[e]) { e += 1 }
                parts.append(s..<e)
                guard parts.count < 4, dotted(e - 1), e < tokens.count, letters.contains(tokens[e]) else { break }
                s = e
            }
            if parts.allSatisfy({ $0.count >= 2 }) {
                out.append(parts.map { tokens[$0].map(\.original).joined() }.joined(separator: "·"))
            }
            k = parts[parts.count - 1].upperBound + 1
        }
        return out
    }
}
