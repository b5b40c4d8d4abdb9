import Foundation
import Testing

@Suite(.timeLimit(.minutes(2)))
struct CLITests {
    @Test func ingestBackfillsAFolderAndLeavesFilesInPlace() throws {
        let h = try DaemonHarness()
        let archive = h.root + "/archive"
        try FileManager.default.createDirectory(atPath: archive + "/sub", withIntermediateDirectories: true)
        for i in 0..<30 { h.write("a\(i).txt", DaemonHarness.article(i), into: archive) }
        h.write("b.json", #"[{"title":"J1","body":"x"},{"title":"J2","body":"y"}]"#, into: archive + "/sub")
        h.write("bad.txt", "", into: archive)
        let result = try h.cli(["ingest", archive])
        #expect(result.status == 2)  // one file failed
        #expect(result.out.contains("32 files: 32 articles stored, 0 duplicates, 1 failed"), "\(result.out)")
        #expect(result.err.contains("bad.txt"))
        #expect(h.files(in: archive).count == 32)
        let again = try h.cli(["ingest", archive])
        #expect(again.out.contains("32 files: 0 articles stored, 31 duplicates, 1 failed"), "\(again.out)")
    }

    @Test func showListAndSearchPrintJSONLines() throws {
        let h = try DaemonHarness()
        h.write("s.json", #"{"title":"Coast guard near the Senkaku Islands","body":"Four ships.","url":"https://e/s","published":"2026-11-24T01:00:00Z"}"#, into: h.root)
        h.write("o.txt", "Other news\n\nNothing to see.", into: h.root)
        #expect(try h.cli(["ingest", h.root + "/s.json", h.root + "/o.txt"]).status == 0)
        let show = try h.cli(["show", "1", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == "Coast guard near the Senkaku Islands")
        #expect(object?["published"] as? String == "2026-11-24T01:00:00Z")
        #expect(object?["seq"] as? Int == 1)
        let search = try h.cli(["search", "senkaku", "--json"])
        #expect(search.out.split(separator: "\n").count == 1)
        #expect(search.out.contains("\"seq\":1"))
        let missing = try h.cli(["show", "99"])
        #expect(missing.status != 0)
        #expect(missing.err.contains("no article with sequence number 99"))
    }

    @Test func commandsWithoutAStoreSayWhatToDo() throws {
        let h = try DaemonHarness()
        let result = try h.cli(["list"])
        #expect(result.status != 0)
        #expect(result.err.contains("no store at \(h.state)/newsd.db"))
    }
}
