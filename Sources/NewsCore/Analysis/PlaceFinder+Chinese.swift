extension PlaceFinder {
    /// (zh) A Chinese city by its bare name in a Chinese dateline ("新华社拉萨12月4日电", "中新网绵阳12月3日电"): the two or
    /// three Han characters right before the date's first number, within the body's first ``chineseDatelineReach``
    /// tokens, when the gazetteer takes them only in a dateline (拉萨 of 拉萨市: a bare name is often a word, 开封 "to
    /// open"). Characters glued together, the date's 月 after the number.
    static func chineseDatelineCity(in tokens: [Token], bodyStart: Int, taken: [Bool], gazetteer: Gazetteer) -> Range<Int>? {
        let end = min(tokens.count, bodyStart + chineseDatelineReach)
        guard bodyStart < end, PersonFinder.isHan(tokens[bodyStart]),
            let number = (bodyStart..<end).first(where: { !PersonFinder.isHan(tokens[$0]) }),
            tokens[number].flags.contains(.numeric), number + 1 < tokens.count, tokens[number + 1].text == "月",
            Gazetteer.glued(tokens[number - 1], tokens[number]),
            // (The agency's and the city's characters run together up to the date.)
            (bodyStart..<number - 1).allSatisfy({ Gazetteer.glued(tokens[$0], tokens[$0 + 1]) })
        else { return nil }
        for length in [3, 2] where number - length >= bodyStart {
            let name = number - length..<number
            guard !name.contains(where: { taken[$0] }),
                let m = gazetteer.matches(in: Array(tokens[name]), reading: .dateline).first, m.start == 0, m.count == length,
                gazetteer.entries.kind(m.entry) == .city, gazetteer.entries.country(m.entry) == "CN"
            else { continue }
            return name
        }
        return nil
    }

    /// How far into the body a Chinese dateline's date may start: an agency's name of up to five characters
    /// (新华社, 中国新闻网) and a city's of three.
    static let chineseDatelineReach = 9
}
