/// (zh) 站长韩国强介绍: a country's name of two characters glued right after a title, whose first is a family name (韩), and
/// one character more before a verb of speech or meeting is a person's name (韩国强, Han Guoqiang), not South Korea.
extension Gazetteer {
    /// Whether `m` is such a name's first two characters; `titles` are those written before a name (name-context.tsv Z, ZF).
    func chineseNameHoldingCountry(_ m: Match, in tokens: [Token], titles: [[String]], context: NameContext.Words) -> Bool {
        let first = m.start
        guard m.count == 2, first >= 1, first + 3 < tokens.count, entries.kind(m.entry) == .country,
            PersonFinder.isHan(tokens[first]), NameShapes.shared.chineseFamily.contains(tokens[first]),
            PersonFinder.glued(tokens, first - 1), PersonFinder.glued(tokens, first + 1), PersonFinder.glued(tokens, first + 2),
            PersonFinder.isHan(tokens[first + 2]), !PersonFinder.chineseStops.contains(tokens[first + 2].text),
            PersonFinder.endsAChineseName(tokens, at: first + 3, context: context)
        else { return false }
        return NameContext.Words.phrase(among: titles, endsAt: first - 1, in: tokens)
    }
}

/// (zh) 交通部长赛义德·阿尔卡利: a place's characters inside a transcribed name of parts parted by a middle dot (卡利 of
/// 阿尔卡利 is no Cali, Colombia), the name's characters all the transcription's (name-context.tsv ZT).
extension Gazetteer {
    /// Whether `m` lies inside a part of such a name: the transcription's characters glued on both sides of it run up to a
    /// middle dot, before the part or after it, with another part of two such characters or more on the dot's other side.
    func insideChineseDottedName(_ m: Match, in tokens: [Token], context: NameContext.Words) -> Bool {
        let letters = context.chineseTranscription
        guard m.start >= 0, m.count >= 1, m.start + m.count <= tokens.count, letters.count > 0,
            [.country, .city, .capital, .place].contains(entries.kind(m.entry)),
            (m.start..<m.start + m.count).allSatisfy({ letters.contains(tokens[$0]) })
        else { return false }
        var start = m.start, end = m.start + m.count
        while start > 0, m.start - start < 6, PersonFinder.glued(tokens, start - 1), letters.contains(tokens[start - 1]) { start -= 1 }
        while end < tokens.count, end - m.start < 8, PersonFinder.glued(tokens, end - 1), letters.contains(tokens[end]) { end += 1 }
        /// A dot between `a` and `a + 1`, two of the transcription's characters.
        func dotted(_ a: Int) -> Bool { PersonFinder.dotted(tokens, a) && letters.contains(tokens[a]) && letters.contains(tokens[a + 1]) }
        return dotted(start - 1) && start >= 2 && PersonFinder.glued(tokens, start - 2)
            || dotted(end - 1) && end + 1 < tokens.count && PersonFinder.glued(tokens, end)
    }
}
