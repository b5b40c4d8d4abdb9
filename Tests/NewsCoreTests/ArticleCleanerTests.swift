import Testing

@testable import NewsCore

@Suite struct ArticleCleanerTests {
    /// The dateline's dash found by bytes in an ASCII head is the one the `Character` search finds,
    /// with dashes, carriage returns, combining marks and non-ASCII text at and around the 120th
    /// character.
    @Test func findsTheDatelinesDashAsTheCharacterSearchDoes() {
        func bySearch(_ body: String) -> String.Index? {
            var inBrackets = false
            for i in body.prefix(120).indices {
                if body[i] == "(" { inBrackets = true } else if body[i] == ")" { inBrackets = false }
                if !inBrackets && (body[i] == "—" || body[i] == "–" || body[i] == "-") { return i }
            }
            return nil
        }
        var bodies = [
            "LONDON (Reuters) - Prices rose.", "TAIPEI (Taiwan News) — The", "Tokyo, Japan – The", "no dash at all",
            "", "-", "a-\u{301}b - c", "a\r\n- b", "a-\r\nb - c", "Zürich - b", "well-known - b",
            "AARAU (Keystone-SDA) - Der", "(ANSA) - NUORO, 06 DIC - Un", "ZÜRICH (Keystone-SDA) – Die",
        ]
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "B", " ", "-", "—", "–", "\r\n", "\u{301}", "é", "\n", ",", "(", ")"]
        for length in [110, 118, 119, 120, 121, 125] {
            for _ in 0..<400 {
                var body = String(repeating: "x", count: length - 3)
                for _ in 0..<3 { body += pieces.randomElement(using: &generator)! }
                body += " tail - end"
                bodies.append(body)
            }
        }
        for body in bodies {
            #expect(ArticleCleaner.firstDash(body[...]) == bySearch(body), "\(body.debugDescription)")
        }
    }
}
