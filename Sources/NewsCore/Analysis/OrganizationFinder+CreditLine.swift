/// A news agency's credit at the head of a body, written with the place in brackets
/// (【ワシントン=共同】, (서울=연합뉴스)): the words after "=" name the agency; or a dateline's agency in brackets after
/// the place, before a dash ("دبي (رويترز) -", "LYON (AFP) -").
extension OrganizationFinder {
    /// Opening and closing brackets of a credit line.
    static let creditOpen: Set<Unicode.Scalar> = ["【", "(", "（", "["]
    private static let creditClose: Set<Unicode.Scalar> = ["】", ")", "）", "]"]

    /// (ja) The agencies that Japanese credit lines glue to the place with no "=": Kyodo's and Jiji's.
    static let gluedAgencies = ["共同", "時事"]

    /// The scalar offsets, from the start of `body`, of the agency in its credit line, or nil.
    /// (Only the first 40 scalars are read: a credit line opens the body.)
    static func creditLine(_ body: String) -> Range<Int>? {
        var offset = 0
        var opened = false
        var equals = -1
        for s in body.unicodeScalars.prefix(40) {
            defer { offset += 1 }
            if !opened {
                if creditOpen.contains(s) {
                    opened = true
                } else if !s.properties.isWhitespace {
                    return nil
                }
            } else if s == "=" || s == "＝" {
                guard equals < 0 else { return nil }
                equals = offset
            } else if creditClose.contains(s) {
                // (ja) Or no sign, the agency glued after the place: 【北京共同】, 【ワシントン時事】.
                if equals < 0, s == "】" {
                    let inside = String(String.UnicodeScalarView(body.unicodeScalars.prefix(offset).drop { $0 != "【" }.dropFirst()))
                    guard let agency = gluedAgencies.first(where: { inside.hasSuffix($0) && inside.unicodeScalars.count > $0.unicodeScalars.count })
                    else { return nil }
                    return offset - agency.unicodeScalars.count..<offset
                }
                // A place before the sign and one to twelve characters after it.
                guard equals > 1, offset - equals - 1 >= 1, offset - equals - 1 <= 12 else { return nil }
                return equals + 1..<offset
            } else if s == "\n" {
                return nil
            }
        }
        return nil
    }

    /// (ja) The scalar offsets of a Japanese agency's credit at the body's end, 【共同】 or 【時事】 (the last characters but
    /// white space), or nil.
    static func closingCredit(_ body: String) -> Range<Int>? {
        let tail = Array(body.unicodeScalars.suffix(12))
        guard let close = tail.lastIndex(where: { !$0.properties.isWhitespace }), tail[close] == "】",
            let open = tail[..<close].lastIndex(of: "【")
        else { return nil }
        let inside = String(String.UnicodeScalarView(tail[open + 1..<close]))
        guard gluedAgencies.contains(inside) else { return nil }
        let start = body.unicodeScalars.count - tail.count
        return start + open + 1..<start + close
    }

    /// The scalar offsets of the agency in brackets after a dateline's place and before a dash, or nil: one to
    /// thirty scalars with no digit (not a date's) and no "=". (Only the first 60 scalars are read.)
    static func datelineAgency(_ body: String) -> Range<Int>? {
        let head = Array(body.unicodeScalars.prefix(60))
        guard let open = head.firstIndex(where: { $0 == "(" || $0 == "（" }), open > 1,
            !head[..<open].contains(where: { $0 == "\n" || $0 == "-" || $0 == "–" || $0 == "—" }),
            let close = head[open...].firstIndex(where: { $0 == ")" || $0 == "）" }), (2...31).contains(close - open)
        else { return nil }
        let inside = head[open + 1..<close]
        guard !inside.contains(where: { $0.properties.numericType != nil || $0 == "=" || $0 == "＝" || $0 == "\n" }),
            !inside.first!.properties.isWhitespace
        else { return nil }
        var k = close + 1
        while k < head.count, head[k] == " " { k += 1 }
        guard k < head.count, head[k] == "-" || head[k] == "–" || head[k] == "—" else { return nil }
        return open + 1..<close
    }

    /// The agency of the body's credit line as written, its tokens (from `bodyStart`) marked taken;
    /// nil when there is none or the gazetteer named it already. A word `isDemonym` says a demonym is no name already:
    /// "(Belga)" is the Belgian agency, whose name is the Spanish and Italian word for Belgian (its country stays).
    static func creditAgency(_ body: String, tokens: [Token], bodyStart: Int, taken: inout [Bool], isDemonym: (Int) -> Bool = { _ in false })
        -> String?
    {
        guard let credit = creditLine(body) ?? datelineAgency(body) ?? closingCredit(body) else { return nil }
        var k = bodyStart
        while k < tokens.count, tokens[k].offset < credit.lowerBound { k += 1 }
        var end = k
        while end < tokens.count, tokens[end].offset < credit.upperBound { end += 1 }
        guard end > k, !(k..<end).contains(where: { taken[$0] && !isDemonym($0) }) else { return nil }
        for i in k..<end { taken[i] = true }
        return String(String.UnicodeScalarView(body.unicodeScalars.dropFirst(credit.lowerBound).prefix(credit.count)))
    }
}
