import Testing

@testable import NewsCore

@Suite struct ByteSplitTests {
    @Test(arguments: ["", "\n", "a", "a\n", "\na", "a\n\nb", "\n\n", "one\ntwo\nthree", "é\nü\n東京\n", "x\u{301}\ny"])
    func splitsAsSplitByCharacterDoes(text: String) {
        for omitting in [true, false] {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: omitting)
            #expect(text.byteSplit(0x0A, omittingEmptySubsequences: omitting) == expected, "\(text.debugDescription) omitting: \(omitting)")
            let sub = Substring("#" + text + "#").dropFirst().dropLast()
            #expect(sub.byteSplit(0x0A, omittingEmptySubsequences: omitting) == expected)
        }
    }

    @Test func linesKeepCarriageReturnsWithTheirLineFeeds() {
        // ("\r\n" is one Character, not a line feed: split by Character keeps it inside the line.)
        #expect("a\r\nb\nc".lineSlices() == ["a\r\nb", "c"])
        #expect("a\nb\n".lineSlices() == ["a", "b", ""])
    }
}
