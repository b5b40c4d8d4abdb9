/// A news agency's credit at the head of a body, written with the place in brackets
/// (【ワシントン=共同】, (서울=연합뉴스)): the words after "=" name the agency.
extension OrganizationFinder {
    /// Opening and closing brackets of a credit line.
    private static let creditOpen: Set<Unicode.Scalar> = ["【", "(", "（", "["]
    private static let creditClose: Set<Unicode.Scalar> = ["】", ")", "）", "]"]

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
                // A place before the sign and one to twelve characters after it.
                guard equals > 1, offset - equals - 1 >= 1, offset - equals - 1 <= 12 else { return nil }
                return equals + 1..<offset
            } else if s == "\n" {
                return nil
            }
        }
        return nil
    }

    /// The agency of the body's credit line as written, its tokens (from `bodyStart`) marked taken;
    /// nil when there is none or the gazetteer named it already.
    static func creditAgency(_ body: String, tokens: [Token], bodyStart: Int, taken: inout [Bool]) -> String? {
        guard let credit = creditLine(body) else { return nil }
        var k = bodyStart
        while k < tokens.count, tokens[k].offset < credit.lowerBound { k += 1 }
        var end = k
        while end < tokens.count, tokens[end].offset < credit.upperBound { end += 1 }
        guard end > k, !(k..<end).contains(where: { taken[$0] }) else { return nil }
        for i in k..<end { taken[i] = true }
        return String(String.UnicodeScalarView(body.unicodeScalars.dropFirst(credit.lowerBound).prefix(credit.count)))
    }
}
