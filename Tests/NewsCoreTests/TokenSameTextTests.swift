import Testing

@testable import NewsCore

/// ``Token/readsSame(as:)`` answers as String's equality of the folded words does, by keys where it can.
@Suite struct TokenSameTextTests {
    static let words = [
        "", "a", "the", "brexit", "Brexit", "fifteen-letter", "fifteenletters!", "sixteen-letters!", "sixteen-letters?",
        "a-very-long-hyphenated-word", "a-very-long-hyphenated-worm", "K", "\u{212A}", "caf\u{E9}", "cafe\u{301}", "cafe",
        "서울", "東京", "\u{1100}\u{1161}", "\u{AC00}",
    ]

    @Test func answersAsStringEquality() {
        for a in Self.words {
            for b in Self.words {
                let x = Token(text: a, original: a, offset: 0, flags: [])
                let y = Token(text: b, original: b, offset: 3, flags: [])
                #expect(x.readsSame(as: y) == (a == b), "\(a) / \(b)")
            }
        }
    }

    @Test func countsOccurrencesOfAWord() {
        let tokens = Tokenizer.tokenize("Acme shares rose. Rivals of ACME fell, and acme-style firms held.")
        let acme = tokens.firstIndex { $0.original == "Acme" }!
        let rivals = tokens.firstIndex { $0.original == "Rivals" }!
        #expect(Token.occurs(tokens, wordAt: acme, atLeast: 2))
        #expect(Token.occurs(tokens, wordAt: acme, atLeast: 3))
        #expect(!Token.occurs(tokens, wordAt: rivals, atLeast: 2))
        #expect(Token.occurs(tokens, wordAt: rivals, atLeast: 1))
    }
}
