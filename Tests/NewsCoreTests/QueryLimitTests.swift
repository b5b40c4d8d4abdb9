import Foundation
import NewsCore
import Glibc
import Testing

/// Queries too deep, too long or with too many words are refused with a positioned error,
/// never a crash; the largest accepted queries compile and match quickly.
@Suite struct QueryLimitTests {
    static func refusal(_ text: String) -> QueryError? {
        do {
            _ = try Subscription(id: "q", query: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func twentyThousandParenthesesAreRefusedNotACrash() throws {
        let deep = String(repeating: "(", count: 20_000) + "x" + String(repeating: ")", count: 20_000)
        let error = try #require(Self.refusal(deep))
        #expect(error.message.contains("40001 bytes long; at most 16384"), "\(error)")
        #expect(error.line == 1 && error.column == 16_385)
    }

    @Test(arguments: [
        (String(repeating: "(", count: 8000) + "x" + String(repeating: ")", count: 8000), 65),
        (String(repeating: "-", count: 5000) + "x", 65),
        (String(repeating: "NOT ", count: 4000) + "x", 257),
        (String(repeating: "(", count: 64) + "country:(JP OR VN)" + String(repeating: ")", count: 64), 73),
        (String(repeating: "(NOT ", count: 40) + "x" + String(repeating: ")", count: 40), 161),
    ])
    func nestingDeeperThan64IsRefusedWhereItStarts(_ text: String, _ column: Int) throws {
        let error = try #require(Self.refusal(text))
        #expect(error.message.contains("deeper than 64 levels"), "\(error)")
        #expect(error.column == column, "\(error)")
    }

    @Test func sixtyFourLevelsAreAllowed() throws {
        let q = String(repeating: "(", count: 63) + "country:(JP OR VN)" + String(repeating: ")", count: 63)
        #expect(Self.refusal(q) == nil)
        #expect(Self.refusal(String(repeating: "-", count: 64) + "x") == nil)
    }

    @Test func aPhraseOfMoreThan32WordsIsRefused() throws {
        let words = (0..<33).map { "w\($0)" }
        let error = try #require(Self.refusal("a AND \"" + words.joined(separator: " ") + "\""))
        #expect(error.message.contains("has 33 words; at most 32"), "\(error)")
        #expect(error.column == 7)
        #expect(Self.refusal("\"" + words.dropLast().joined(separator: " ") + "\"") == nil)
        let hyphens = try #require(Self.refusal(words.joined(separator: "-")))
        #expect(hyphens.message.contains("the term has 33 words"))
        let huge = try #require(Self.refusal("\"" + (0..<20_000).map { "w\($0)" }.joined(separator: " ") + "\""))
        #expect(huge.message.contains("at most 16384"))
    }

    @Test func theLengthLimitCountsBytesAndPointsAtTheLineAndColumn() throws {
        let text = "a OR\n" + String(repeating: "é", count: 9000)
        let error = try #require(Self.refusal(text))
        #expect(error.line == 2 && error.column == (16_384 - 5) / 2 + 1, "\(error)")
        #expect(Self.refusal(String(repeating: "ab ", count: 5461)) == nil, "16,383 bytes")
    }

    /// The costliest queries the limits allow: thousands of distinct terms side by side, or
    /// ORed phrases of 32 words; each compiles, is filed and matches in about a second of CPU in a debug build
    /// (2.0 s seen on a machine with a load of 9 on its 2 cores: the bound is 5 s; a cost that grew with the
    /// square of the terms would take minutes).
    @Test func theLargestQueriesCompileAndMatchQuickly() throws {
        let words = (0..<2700).map { "w\($0)" }.joined(separator: " ")
        let phrase = "\"" + (0..<32).map { "p\($0)" }.joined(separator: " ") + "\""
        let phrases = Array(repeating: phrase, count: 16_000 / (phrase.count + 4)).joined(separator: " OR ")
        let nested = String(repeating: "(a OR ", count: 63) + "b" + String(repeating: ")", count: 63)
        let doc = MatchDocument(
            article: Article(title: "w1 p0 p1", body: String(repeating: "p0 p1 p2 w5 ", count: 500), format: "text"),
            analysis: ArticleAnalysis())
        // CPU time of this thread, which does all the work: steady on a loaded machine.
        func cpuSeconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        for text in [words, phrases, nested] {
            let start = cpuSeconds()
            let s = try Subscription(id: "q", query: text)
            let index = SubscriptionIndex([s])
            _ = index.matches(doc)
            _ = s.matches(doc)
            #expect(cpuSeconds() - start < 5, "\(text.prefix(40))...: \(cpuSeconds() - start) s of CPU")
        }
    }
}
