import Testing

@testable import NewsCore

/// The index's compact term table finds every short term by the key the tokenizer makes, and
/// nothing else.
@Suite struct TermSlotsTests {
    @Test func everyTermIsFoundAndNoOtherWord() {
        var terms = WordTable<Int32>()
        // One byte, fifteen bytes (the longest in a record), sixteen (looked up in the table),
        // non-ASCII, and words that differ from a term only in their last byte or length.
        let words = ["a", "fifteenletterss", "sixteenletterss!", "défense", "straße", "navy", "navies", "nav"]
            + (0..<3000).map { "term\($0)" }
        for w in words { _ = MatchProgram.intern(w, &terms) }
        let slots = TermSlots(terms)
        for (t, w) in words.enumerated() {
            #expect(slots.term(w, in: terms) == Int32(t), "\(w)")
        }
        for w in ["b", "fifteenletterst", "sixteenletters!!", "defense", "strasse", "nava", "term3000", "term", ""] {
            #expect(slots.term(w, in: terms) == -1, "\(w)")
        }
        // As the tokenizer keys them: a token's record and hash.
        let tokens = Tokenizer.tokenize("Navy navies nav")
        #expect(tokens.map { slots.term($0.key.record, hash: $0.key.hash) } == [5, 6, 7])
    }
}
