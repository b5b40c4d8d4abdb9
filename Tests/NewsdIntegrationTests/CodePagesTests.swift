import CShims
import Foundation
import NewsCore
import Testing

/// The trimmer drops the resident pages of the binary's read-only segments (CShims
/// `newsd_release_code_pages`): what start-up ran and never runs again leaves the resident set,
/// and the code that runs next, or a data file read in place (the small towns), is read back from
/// the page cache.
@Suite struct CodePagesTests {
    @Test func theProgramsReadOnlyPagesLeaveTheResidentSetAndRunAgain() {
        let article = Article(title: "Talks in Hanoi", body: "Japan and Vietnam agreed on Tuesday in Hanoi to hold defence talks.", format: "text")
        let town = Article(title: "Floods close roads", body: "Floods closed roads near Thirsk on Monday, police in England said.", format: "text")
        let before = Analyzer().analyze(article).analysis
        #expect(Analyzer().analyze(town).analysis.places.contains("Thirsk"))
        let resident = Self.fileResidentKiB()
        let released = newsd_release_code_pages()
        // The test program's code segment (the whole package's code) is tens of MiB.
        #expect(released > 8 << 20, "\(released) bytes advised")
        // The pages the suite's code and the analyzer's start mapped leave (file-backed RSS).
        #expect(resident - Self.fileResidentKiB() >= 2048, "RssFile \(resident) -> \(Self.fileResidentKiB()) KiB")
        let after = Analyzer().analyze(article).analysis
        // SmallTowns searches small-towns.tsv in the binary's own bytes: its pages were just dropped.
        #expect(Analyzer().analyze(town).analysis.places.contains("Thirsk"))
        #expect(after.countries == before.countries && after.places == before.places && after.topics.map(\.id) == before.topics.map(\.id))
        #expect(before.countries.contains("JP") && before.places.contains("Hanoi"), "\(before.countries) \(before.places)")
    }

    /// RssFile of this process (resident file-backed pages), in KiB.
    static func fileResidentKiB() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("RssFile:") } ?? ""
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}
