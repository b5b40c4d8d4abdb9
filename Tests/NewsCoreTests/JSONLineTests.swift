import Foundation
import Testing

@testable import NewsCore

/// The analysis' JSON columns are written by hand (``JSONLine``); they must say what
/// `JSONEncoder` says for the same values, byte for byte.
@Suite struct JSONLineTests {
    /// The encoder's answer, through the generic path.
    static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }

    static let characters: [String] = [
        "a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{00}", "\u{1F}", "\u{7F}", "é", "e\u{301}",
        "日", "🇯🇵", "\u{2028}", "\u{2029}", "\u{FEFF}", "\r\n", ":", "p:", "t:",
    ]

    static func randomString(_ random: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in characters.randomElement(using: &random)! }.joined()
    }

    static func randomDouble(_ random: inout SplitMix64) -> Double {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: Double.random(in: 0...1, using: &random)
        case 1: (Double.random(in: 0...1, using: &random) * 1000).rounded() / 1000
        case 2: Double(Int.random(in: 0...10_000, using: &random)) / 60
        case 3: [0, 1, 0.5, 1e-7, 1e16, 1e21, 123_456_789, -0.0][Int.random(in: 0..<8, using: &random)]
        default: Double(Int.random(in: -1_000...1_000, using: &random))
        }
    }

    @Test func listsOfStringsAreWrittenAsTheEncoderWrites() {
        var random = SplitMix64(seed: 1)
        for _ in 0..<5_000 {
            let strings = (0..<Int.random(in: 0...5, using: &random)).map { _ in Self.randomString(&random) }
            #expect(JSONLine.encode(strings) == Self.encoded(strings), "\(strings)")
        }
    }

    /// The reader takes back what the writer writes, and reads as JSONDecoder reads.
    @Test func listsOfStringsAreReadAsTheyWereWritten() throws {
        var random = SplitMix64(seed: 4)
        for _ in 0..<5_000 {
            let strings = (0..<Int.random(in: 0...5, using: &random)).map { _ in Self.randomString(&random) }
            let text = JSONLine.encode(strings)
            #expect(JSONLine.decodeStrings(text) == strings, "\(text)")
            #expect(try JSONDecoder().decode([String].self, from: Data(text.utf8)) == strings)
        }
    }

    @Test func listsOfStringsAsPostgreSQLPrintsThemOrOtherwiseAreReadToo() {
        // jsonb's text: a space after each comma.
        #expect(JSONLine.decodeStrings(#"["p:võ văn thưởng", "l:south china sea", "t:日本"]"#) == ["p:võ văn thưởng", "l:south china sea", "t:日本"])
        #expect(JSONLine.decodeStrings(" [ ] ") == [])
        // Escapes the direct path leaves to JSONDecoder.
        #expect(JSONLine.decodeStrings(#" [ "a" , "\u00e9", "\b" ] "#) == ["a", "é", "\u{08}"])
        #expect(JSONLine.decodeStrings(#"{"a": 1}"#) == nil)
        #expect(JSONLine.decodeStrings(#"["unterminated"#) == nil)
        #expect(JSONLine.decodeStrings(#"["a" "b"]"#) == nil)
        #expect(JSONLine.decodeStrings(#"["a", 1]"#) == nil)
    }

    @Test func topicsAreWrittenAsTheEncoderWrites() {
        var random = SplitMix64(seed: 2)
        for _ in 0..<5_000 {
            let topics = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                TopicScore(id: Self.randomString(&random), score: Self.randomDouble(&random),
                           evidence: (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.randomString(&random) })
            }
            #expect(JSONLine.encode(topics) == Self.encoded(topics), "\(topics)")
        }
    }

    @Test func storyEvidenceIsWrittenAsTheEncoderWrites() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<5_000 {
            let evidence = StoryLinker.Evidence(
                via: Int64.random(in: 1...Int64.max, using: &random), duplicate: Bool.random(using: &random),
                similarity: Self.randomDouble(&random), shared: (0..<Int.random(in: 0...4, using: &random)).map { _ in Self.randomString(&random) },
                hours: Self.randomDouble(&random), also: (0..<Int.random(in: 0...3, using: &random)).map { _ in Int64.random(in: 1...1_000_000, using: &random) })
            #expect(JSONLine.encode(evidence) == Self.encoded(evidence), "\(evidence)")
        }
    }
}
