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
                let m = gazetteer.wholeMatch(of: Array(tokens[name]), reading: .dateline),
                gazetteer.entries.kind(m.entry) == .city, gazetteer.entries.country(m.entry) == "CN"
            else { continue }
            return name
        }
        return nil
    }

    /// How far into the body a Chinese dateline's date may start: an agency's name of up to five characters
    /// (新华社, 中国新闻网) and a city's of three.
    static let chineseDatelineReach = 9

    /// (zh) The two ends of a route, "A至B" (from A to B): 乐山至西昌高速公路, 卡杜纳至卡诺铁路, 马边至昭觉段. A town the gazetteer takes
    /// only in a dateline (乐山 of 乐山市) is a place at one end; so is the other end, which no list may hold, when a route's word
    /// follows it (铁路, 高速, 段: 卡诺 of 卡杜纳至卡诺铁路); and two ends of two or three characters that no list holds before 段
    /// (a road's section). Each end of two to four characters glued to 至, not taken.
    static func chineseRouteEnds(in tokens: [Token], taken: [Bool], matches: [Gazetteer.Match], gazetteer: Gazetteer) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // (Or a place the gazetteer read there already: 卡杜纳 of 卡杜纳至卡诺铁路.)
        let bounds = placeBounds(matches, gazetteer: gazetteer)
        /// Whether `r` is Han characters glued together, none taken.
        func han(_ r: Range<Int>) -> Bool {
            r.lowerBound >= 0 && r.upperBound <= tokens.count && r.allSatisfy({ PersonFinder.isHan(tokens[$0]) && !taken[$0] })
                && (r.lowerBound..<r.upperBound - 1).allSatisfy({ Gazetteer.glued(tokens[$0], tokens[$0 + 1]) })
        }
        for k in tokens.indices where k >= 2 && k + 2 < tokens.count && tokens[k].text == "至" && !taken[k] {
            // The known town that ends right before 至 or begins right after it, longest first.
            func known(_ ranges: [Range<Int>]) -> Range<Int>? {
                ranges.first { r in
                    guard han(r), let m = gazetteer.wholeMatch(of: Array(tokens[r]), reading: .dateline) else { return false }
                    return [.city, .capital, .place].contains(gazetteer.entries.kind(m.entry))
                }
            }
            guard Gazetteer.glued(tokens[k - 1], tokens[k]), Gazetteer.glued(tokens[k], tokens[k + 1]) else { continue }
            let left = known([k - 4..<k, k - 3..<k, k - 2..<k])
            let right = known([k + 1..<k + 5, k + 1..<k + 4, k + 1..<k + 3])
            // The unknown end: the characters up to a route's word, two to four of them.
            func before(_ from: Int) -> Range<Int>? {
                for length in 2...4 where from + length < tokens.count {
                    let r = from..<from + length
                    // (Glued to the next character too, the route's word's.)
                    guard han(r), Gazetteer.glued(tokens[r.upperBound - 1], tokens[r.upperBound]) else { return nil }
                    if let w = chineseRouteWords.first(where: { w in
                        r.upperBound + w.count <= tokens.count && w.indices.allSatisfy { tokens[r.upperBound + $0].text == w[$0] }
                    }) {
                        return w == ["段"] || length <= 3 ? r : nil
                    }
                }
                return nil
            }
            let unknownRight = right == nil ? before(k + 1) : nil
            if left != nil || bounds.ends.contains(k) {
                // (卡杜纳至卡诺铁路: the other end before a route's word.)
                if let l = left { out.append(l) }
                if let r = right ?? unknownRight { out.append(r) }
            } else if let r = right {
                // (至乐山: the town the route goes to.)
                out.append(r)
            } else if let r = unknownRight, r.upperBound < tokens.count, tokens[r.upperBound].text == "段", r.count <= 3, han(k - 2..<k) {
                // (马边至昭觉段: a section's two ends, of two characters before 至.)
                out += [k - 2..<k, r]
            }
        }
        return out
    }

    /// (zh) Words of a route right after its end (铁路 "railway", 高速 "expressway", 段 "section"), as characters.
    static let chineseRouteWords: [[String]] = ["段", "铁路", "高速", "公路", "航线", "标准轨", "班列", "输电", "管道", "城际"].map { $0.map { String($0) } }
}
