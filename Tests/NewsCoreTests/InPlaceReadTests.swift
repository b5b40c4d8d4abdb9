import Testing

@testable import NewsCore

/// Words read from their storage in place, without a copy of the String, give what the copy gave:
/// the ASCII test, the fingerprint's word hash, the light stemmer.
@Suite struct InPlaceReadTests {
    /// Words and texts in five scripts, short (stored inline) and long (on the heap), and ones cut out
    /// of a longer string.
    static let words: [String] = [
        "", "a", "Talks", "resume", "counterbalancing", "internationalisations stalled overnight",
        "Zürich", "café", "Đà Nẵng", "выборы", "東京で会談", "한국은행", "السوق", "ﬁnal", "e\u{301}",
        String("Premier: Müller resigns".dropFirst(9)), String("Prime Minister resigns".dropFirst(6)),
    ]

    /// `isAllASCII` says what a walk over the UTF-8 view says, for Strings and Substrings.
    @Test func tellsASCIIAsTheUTF8ViewDoes() {
        for word in Self.words {
            #expect(word.isAllASCII == word.utf8.allSatisfy { $0 < 0x80 }, "\(word.debugDescription)")
            let tail = word.dropFirst()
            #expect(tail.isAllASCII == tail.utf8.allSatisfy { $0 < 0x80 }, "\(word.debugDescription)")
        }
        #expect("Minister".isAllASCII)
        #expect(!"Mỹ".isAllASCII)
        #expect("Mỹ x".dropFirst(2).isAllASCII)
    }

    /// The fingerprint's word hash is 64-bit FNV-1a of the UTF-8 bytes: the published vectors, and a
    /// byte-by-byte reference for every word.
    @Test func hashesWordsWithFNV1a() {
        #expect(SimHash.fnv1a("") == 0xCBF2_9CE4_8422_2325)
        #expect(SimHash.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(SimHash.fnv1a("foobar") == 0x8594_4171_F739_67E8)
        for word in Self.words {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in Array(word.utf8) { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
            #expect(SimHash.fnv1a(word) == h, "\(word.debugDescription)")
        }
    }

    /// The light stemmer's answers for short and long words, and for words it leaves alone.
    @Test(arguments: [
        ("elections", "election"), ("stopped", "stop"), ("internationalisations", "internationalisation"),
        ("counterbalancing", "counterbalanc"), ("talks", "talk"), ("bus", "bus"), ("Talks", "Talks"), ("café", "café"),
        ("выборы", "выборы"),
    ])
    func stemsWordsAsBefore(_ word: String, _ stem: String) {
        #expect(Stemmer.stem(word) == stem)
        #expect(Stemmer.stem(String("x\(word)".dropFirst())) == stem, "a word cut from a longer string")
    }

    /// A line of 200 characters or more is a paragraph, never a repeated short line: told by counting
    /// characters up to the 200th only. Lines of accented letters (two bytes each, so 200 bytes or more
    /// either way) on both sides of the bound, each written twice.
    @Test(arguments: [(199, false), (200, true), (260, true)])
    func tellsParagraphsByTheirFirst200Characters(_ count: Int, _ paragraph: Bool) {
        let line = String(repeating: "é", count: count - 1) + "."
        let body = "Ministers met on Monday.\n\n\(line)\n\nThey agreed.\n\n\(line)\n\nTalks resume."
        let kept = ArticleCleaner.clean(body).body
        #expect(kept.components(separatedBy: line).count - 1 == (paragraph ? 2 : 1), "\(count)")
    }
}
