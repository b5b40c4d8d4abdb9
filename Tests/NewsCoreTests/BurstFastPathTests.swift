import Foundation
import Testing

@testable import NewsCore

/// The burst's fast paths give what the plain code gave: prefixes of a string's bytes copied at
/// once, the tokenizer's answer for general punctuation without a look-up, the tag columns'
/// JSON written as bytes.
@Suite struct BurstFastPathTests {
    /// Whatever the limit, the bytes are those of `text.utf8.prefix(limit)`, a character cut in
    /// two at the limit included (the language identifier trims that itself).
    @Test(arguments: ["", "Talks resume", "Zürich räumt auf", "東京で会談", "Cimeira em Lisboa 🇵🇹 termina"])
    func copiesTheFirstBytesOfAString(_ text: String) {
        for limit in [0, 1, 2, 5, 6, 7, 12, 13, 40, 1_000] {
            #expect([UInt8](utf8Of: text, upTo: limit) == Array(text.utf8.prefix(limit)), "\(text) \(limit)")
            var bytes: [UInt8] = [0x41]
            bytes.append(utf8Of: text, upTo: limit)
            #expect(bytes == [0x41] + Array(text.utf8.prefix(limit)))
        }
        // A string made from a substring, and a negative limit.
        let part = String("Prime Minister resigns".dropFirst(6))
        #expect([UInt8](utf8Of: part, upTo: 8) == Array("Minister".utf8))
        #expect([UInt8](utf8Of: part, upTo: -3).isEmpty)
    }

    /// General punctuation (U+2000-U+206F) holds no letter, digit or mark: the tokenizer's fast
    /// answer for it is what the scalar's properties say.
    @Test func generalPunctuationIsNoPartOfAWord() {
        for v in UInt32(0x1FF0)...0x2080 {
            guard let s = Unicode.Scalar(v) else { continue }
            let byProperties = TextFolding.isMark(v) || s.properties.isAlphabetic || s.properties.numericType != nil
            #expect(Tokenizer.isWordScalar(s) == byProperties, "U+\(String(v, radix: 16))")
        }
    }

    /// Quotes, dashes and ellipses around words, and a word after them, as news writes them.
    @Test(arguments: [
        ("The minister’s ‘final’ offer — rejected…", ["the", "minister", "final", "offer", "rejected"]),
        ("“Nie wieder”, sagte sie – und ging.", ["nie", "wieder", "sagte", "sie", "und", "ging"]),
        ("Les élus‚ «inquiets»‥ ont voté", ["les", "elus", "inquiets", "ont", "vote"]),
        ("x²⁰ and ⁱ stay", ["x²⁰", "and", "ⁱ", "stay"]),
    ])
    func tokenizesAroundGeneralPunctuation(_ text: String, _ words: [String]) {
        #expect(Tokenizer.words(text) == words)
    }

    /// A tag column's list written as bytes, beside what `JSONEncoder` writes.
    @Test(arguments: [
        [String](), [""], ["Hà Nội", "Zürich"], ["the \"Gang of Four\""], ["C:\\temp", "tab\there", "line\nbreak"],
        ["\u{01}control", "日本経済新聞", "🇬🇭 Accra"], ["o:bank of england", "p:jane doe", "t:tariff"],
    ])
    func writesListsOfStringsAsTheEncoder(_ strings: [String]) {
        #expect(JSONLine.encode(strings) == JSONLineTests.encoded(strings))
    }
}
