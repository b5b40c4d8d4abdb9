import CNewsData
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

    /// The data files (CNewsData) lie in a read-only mapping of the program, one the trimmer
    /// advises: in a writable one (where the linker lays out .rodata) their 6.7 MiB would stay
    /// resident for good.
    @Test func theDataFilesLieInAReadOnlyMapping() throws {
        var count = 0
        let towns = UInt(bitPattern: newsd_small_towns_tsv(&count))
        let lexicon = UInt(bitPattern: newsd_lexicon_tsv(&count))
        let maps = try String(contentsOfFile: "/proc/self/maps", encoding: .utf8)
        for address in [towns, lexicon] {
            let line = maps.split(separator: "\n").first { line in
                let range = line.prefix { $0 != " " }.split(separator: "-").compactMap { UInt($0, radix: 16) }
                return range.count == 2 && range[0] <= address && address < range[1]
            }
            let permissions = line?.split(separator: " ").dropFirst().first ?? ""
            #expect(permissions.hasPrefix("r") && !permissions.contains("w"), "\(line ?? "no mapping")")
        }
    }

    /// RssFile of this process (resident file-backed pages), in KiB.
    static func fileResidentKiB() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("RssFile:") } ?? ""
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}
