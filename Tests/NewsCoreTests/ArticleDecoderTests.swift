import Foundation
import Testing

@testable import NewsCore

@Suite struct ArticleDecoderTests {
    let decoder = ArticleDecoder()

    func decode(_ text: String, name: String = "a.txt") throws(IntakeError) -> [Article] {
        try decoder.decode(Array(text.utf8), fileName: name)
    }

    @Test func plainTextTakesAHeadlineAsTitle() throws {
        let a = try #require(try decode("\n\nJapan and Vietnam agree on defence\n\nHANOI — Both sides signed.\nMore text.\n").first)
        #expect(a.title == "Japan and Vietnam agree on defence")
        #expect(a.body == "HANOI — Both sides signed.\nMore text.")
        #expect(a.format == "text")
    }

    @Test(arguments: [
        "The ministers met on Tuesday in Hanoi and signed an agreement on maritime cooperation.",
        "lowercase start is not a headline",
        "Ends with a colon:",
    ])
    func plainTextWithoutHeadlineHasNoTitle(firstLine: String) throws {
        let a = try #require(try decode(firstLine + "\nSecond line.").first)
        #expect(a.title == "")
        #expect(a.body.hasPrefix(firstLine))
    }

    @Test func markdownHeadingAndInlineSyntax() throws {
        let text = """
            # Senkaku **patrols** rise

            The [coast guard](https://example.org/cg) reported *four* ships.
            ![map](https://example.org/map.png)

            - one item
            > a quote
            """
        let a = try #require(try decode(text, name: "x.md").first)
        #expect(a.title == "Senkaku patrols rise")
        #expect(a.format == "markdown")
        #expect(a.body == "The coast guard reported four ships.\n\none item\na quote")
    }

    @Test func frontMatterGivesMetadata() throws {
        let text = """
            ---
            title: "Typhoon nears Okinawa"
            date: 2026-11-24T08:00:00+09:00
            source: Kyodo
            url: https://example.org/t
            lang: en-GB
            ---
            Typhoon nears Okinawa

            Schools closed.
            """
        let a = try #require(try decode(text, name: "t.md").first)
        #expect(a.title == "Typhoon nears Okinawa")
        #expect(a.source == "Kyodo")
        #expect(a.url == "https://example.org/t")
        #expect(a.language == "en")
        #expect(a.published == DateParser.parse("2026-11-23T23:00:00Z"))
        #expect(a.body.contains("Schools closed."))
    }

    @Test func setextHeading() throws {
        let a = try #require(try decode("Storm warning\n=============\nBody here.", name: "s.md").first)
        #expect(a.title == "Storm warning")
        #expect(a.body == "Body here.")
    }

    @Test func jsonObjectWithAliases() throws {
        let json = #"{"headline":"Talks in Manila","articleBody":"Para one.\n\nPara two.","link":"https://e/1","datePublished":"Tue, 24 Nov 2026 10:00:00 +0800","publisher":{"name":"Reuters"},"inLanguage":"en"}"#
        let a = try #require(try decode(json, name: "a.json").first)
        #expect(a.title == "Talks in Manila")
        #expect(a.body == "Para one.\n\nPara two.")
        #expect(a.url == "https://e/1")
        #expect(a.source == "Reuters")
        #expect(a.language == "en")
        #expect(a.published == DateParser.parse("2026-11-24T02:00:00Z"))
        #expect(a.format == "json")
    }

    @Test func jsonArrayAndJSONLines() throws {
        let array = try decode(#"[{"title":"One","body":"a"},{"title":"Two","body":"b"}]"#, name: "x.dat")
        #expect(array.map(\.title) == ["One", "Two"])
        let lines = try decode("{\"title\":\"One\"}\n{\"title\":\"Two\"}\n\n{\"title\":\"Three\"}\n", name: "x.jsonl")
        #expect(lines.map(\.title) == ["One", "Two", "Three"])
    }

    @Test func jsonErrorsSayWhere() {
        #expect(throws: IntakeError.self) { try decode(#"{"title": "x""#, name: "a.json") }
        do {
            _ = try decode("{\"title\":\"One\"}\n{\"title\": broken}\n", name: "a.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == "invalid-json")
            #expect(error.description.contains("line 2"))
        }
        do {
            _ = try decode(#"[{"title":"ok"},{"url":"https://e"}]"#, name: "a.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == "no-article")
            #expect(error.description.contains("element 2"))
        }
    }

    @Test func markdownLinkAtStartIsNotJSON() throws {
        let a = try #require(try decode("[Breaking](https://e/x) news from Seoul\n\nText.", name: "n.md").first)
        #expect(a.title == "Breaking news from Seoul")
    }
}
