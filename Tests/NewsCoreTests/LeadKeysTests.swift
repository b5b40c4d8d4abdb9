import Testing

@testable import NewsCore

@Suite struct LeadKeysTests {
    /// A person's or an organisation's last word, read by bytes from an ASCII name, is the one
    /// `split(separator: " ")` gives.
    @Test(arguments: ["john smith", "smith", "", " ", "  lead  trail  ", "bank of new york mellon ", "a\r\nb c", "nguyễn văn an", "x \u{301}y"])
    func theLastWordIsTheOneSplitGives(_ value: String) {
        #expect(Analyzer.lastWord(Substring(value)) == Substring(value).split(separator: " ").last)
    }
}
