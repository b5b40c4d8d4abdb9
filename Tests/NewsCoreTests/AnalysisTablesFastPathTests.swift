import Testing

@testable import NewsCore

/// The fast paths of branch speed6 answer as the code they replaced.
@Suite struct AnalysisTablesFastPathTests {
    static let words = [
        "minister", "k", "K", "\u{212A}", "café", "cafe\u{301}", "ελλάδα", "a-very-long-word-of-many-bytes", "", "x\r\ny",
        "smith", "q", "résumé",
    ]

    /// ``LeadWords`` holds a word when a `Set<String>` of the same words does (canonical
    /// equivalence included: the Kelvin sign is "K", "e" with a combining accent is "é"), for
    /// lead words that are all ASCII and for leads with other words.
    @Test(arguments: [["minister", "smith", "k", "a-very-long-word-of-many-bytes", "x\r\ny"], ["minister", "café", "k"], ["\u{212A}", "smith"], []])
    func leadWordsAnswerAsASet(_ lead: [String]) {
        let tokens = lead.enumerated().map { Token(text: $1, original: $1, offset: $0, flags: []) }
        var words = LeadWords(tokens[...])
        var stems = LeadWords(lead[...], keys: WordKeys(lead, key: { $0 }))
        let set = Set(lead)
        for word in Self.words {
            #expect(words.contains(Substring(word)) == set.contains(word), "\(word.debugDescription) in \(lead)")
            #expect(stems.contains(Substring(word)) == set.contains(word), "\(word.debugDescription) in \(lead)")
        }
    }

    /// The chrome prefixes found by bytes are those `hasPrefix` finds: each prefix alone, followed by
    /// a letter, a combining mark or a carriage return, and lines that only start alike.
    @Test func findsChromePrefixesAsHasPrefixDoes() {
        var lines = ["", "c", "the post", "the postman", "© 2026 bbc", "copyright ©", "— advertisement", "tags:\u{301} x", "\r\ntags:", "tags:\r\n"]
        for p in ArticleCleaner.chromePrefixes {
            lines += [p, p + "x", p + "\u{301}", p + "\r\n", String(p.dropLast()), "x" + p, p.uppercased()]
        }
        for line in lines {
            #expect(ArticleCleaner.hasChromePrefix(line) == ArticleCleaner.chromePrefixes.contains { line.hasPrefix($0) }, "\(line.debugDescription)")
        }
    }

    /// A body is kept as it is only when every line stays; blank lines run together, trailing ones
    /// and spaces around lines still go.
    @Test(arguments: [
        ("Title line\n\nA paragraph.\n\nAnother one.", "Title line\n\nA paragraph.\n\nAnother one."),
        ("a\n\n\nb", "a\n\nb"), (" a\nb", "a\nb"), ("a\nb\n\n", "a\nb"), ("\na", "a"), ("a\n \nb", "a\n\nb"),
        ("a\r\nb", "a\r\nb"), ("a\nShare this\nb", "a\nb"), ("", ""),
    ])
    func keepsABodyWhoseLinesAllStay(_ body: String, _ expected: String) {
        #expect(ArticleCleaner.clean(body).body == expected)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(ArticleCleaner.joinedLines(lines) == lines.joined(separator: "\n"))
    }

    /// The language of title and body, read without joining them, is that of the joined text, at
    /// lengths around the 1,024 bytes read, with characters of two and three bytes at the cut.
    @Test func identifiesTitleAndBodyAsTheJoinedText() {
        let sentence = "The government said on Tuesday that the new budget would raise taxes on fuel. "
        for title in ["", "Budget raises fuel taxes", String(repeating: "Budget ", count: 160)] {
            for length in [0, 10, 1000, 1020, 1022, 1023, 1024, 1025, 1030, 3000] {
                for tail in ["", "é", "€", "日本"] {
                    var body = String(String(repeating: sentence, count: 40).utf8.prefix(length))!
                    body += tail + sentence
                    #expect(LanguageIdentifier.identify(title: title, body: body) == LanguageIdentifier.identify(title + "\n" + body))
                }
            }
        }
    }
}
