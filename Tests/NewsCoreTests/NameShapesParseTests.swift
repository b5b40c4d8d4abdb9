import Foundation
import Testing

@testable import NewsCore

/// NameShapes reads its file by bytes (``StringProtocol/byteSplit(_:omittingEmptySubsequences:)``),
/// not by Character: the lists must be what the Character split gave.
@Suite struct NameShapesParseTests {
    /// The lists as the Character split read them (the parse before the byte split), kind by kind.
    static func listsByCharacter(_ text: String) -> [Substring: [Substring]] {
        var lists: [Substring: [Substring]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", maxSplits: 1)
            guard f.count == 2 else { continue }
            lists[f[0], default: []] += f[1].split(separator: "|")
        }
        return lists
    }

    @Test func aSmallFileGivesItsWordsKindByKind() {
        let text = """
            # a comment line, then a line with no tab
            G
            G\tmirela|tomasz||ingrid
            W\tgrace
            L\tgmbh|ооо|oyj
            K\t김|남궁
            N\t佐々木|林
            V\t说|表示|指出
            \tno kind
            X\t
            X\tcup|street
            """
        let shapes = NameShapes(text)
        for word in ["mirela", "tomasz", "ingrid"] { #expect(shapes.given.contains(word), "\(word)") }
        #expect(shapes.given.count == 3)
        #expect(!shapes.given.contains(""))
        #expect(shapes.givenWords.contains("grace"))
        #expect(shapes.legalForms == ["gmbh", "ооо", "oyj"])
        #expect(shapes.koreanFamily == ["김", "남궁"])
        #expect(shapes.japaneseFamily == ["佐々木", "林"])
        #expect(shapes.chineseSpeech.first?.count == 2)
        #expect(shapes.chineseSpeech.count == 3)
        #expect(shapes.things.contains("cup") && shapes.things.contains("street") && shapes.things.count == 2)
    }

    @Test func theShippedFileGivesWhatTheCharacterSplitGave() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/NewsCore/Resources/name-shapes.tsv").path
        let text = try #require(try? String(contentsOfFile: path, encoding: .utf8))
        let reference = Self.listsByCharacter(text)
        let shapes = NameShapes(text)
        #expect(shapes.legalForms == (reference["L"] ?? []).map(String.init))
        #expect(shapes.koreanFamily == Set((reference["K"] ?? []).map(String.init)))
        #expect(shapes.japaneseFamily == Set((reference["N"] ?? []).map(String.init)))
        let speech: [[String]] = (reference["V"] ?? []).map { $0.map(String.init) }
        let longestFirst: [[String]] = speech.sorted { $0.count > $1.count }
        #expect(shapes.chineseSpeech == longestFirst)
        let sets: [(String, WordSet)] = [("G", shapes.given), ("W", shapes.givenWords), ("F", shapes.vietnameseFamily), ("B", shapes.vietnameseBefore),
                                         ("X", shapes.things), ("P", shapes.thingsBefore), ("C", shapes.chineseFamily)]
        for (kind, set) in sets {
            let words = Set((reference[Substring(kind)] ?? []).map(String.init))
            #expect(set.count == words.count, "\(kind)")
            #expect(words.allSatisfy { set.contains($0) }, "\(kind)")
        }
        #expect((reference["G"] ?? []).count > 1000)
    }
}
