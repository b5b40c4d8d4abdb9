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
        #expect(result.status == 65)  // one file failed: EX_DATAERR
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

    @Test func storyPrintsItsArticlesAndWhyEachJoined() throws {
        let h = try DaemonHarness()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/stories").path
        // A rewrite by another outlet, a reprint, and a different event between the same countries.
        let files = ["jpvn-summit-kyodo.txt", "jpvn-summit-vnexpress.txt", "jpvn-summit-japantimes-reprint.txt", "jpvn-cyber2025-kyodo.txt"]
        #expect(try h.cli(["ingest"] + files.map { fixtures + "/" + $0 }).status == 0)
        let out = try h.cli(["story", "2", "--json"])
        #expect(out.status == 0, "\(out.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.out.utf8)) as? [String: Any])
        #expect(object["story"] as? Int == 1)
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.compactMap { $0["seq"] as? Int } == [1, 2, 3])
        #expect(articles[0]["joined"] == nil)
        let rewrite = try #require(articles[1]["joined"] as? [String: Any])
        #expect(rewrite["via"] as? Int == 1)
        #expect(rewrite["duplicate"] as? Bool == false)
        #expect((rewrite["shared"] as? [String])?.contains("p:yoshiro kanda") == true, "\(rewrite)")
        #expect((articles[2]["joined"] as? [String: Any])?["duplicate"] as? Bool == true)
        #expect((articles[0]["event"] as? String)?.hasPrefix("2026-03-0") == true, "\(articles[0])")
        // The other event is a story of its own, and the text form says why articles joined.
        #expect(try h.cli(["story", "4", "--json"]).out.contains("\"story\":4"))
        let text = try h.cli(["story", "1"])
        #expect(text.out.contains("near-duplicate of 1"), "\(text.out)")
        #expect(text.out.contains("linked to 1: similarity"), "\(text.out)")
        let missing = try h.cli(["story", "99"])
        #expect(missing.status == 66)
        #expect(missing.err.contains("no story 99"))
        #expect(!missing.err.contains("Usage"))
    }

    @Test func commandsWithoutAStoreSayWhatToDo() throws {
        let h = try DaemonHarness()
        let result = try h.cli(["list"])
        #expect(result.status != 0)
        #expect(result.err.contains("no store at \(h.state)/newsd.db"))
    }

    @Test func showPrintsTheAnalysisAndReindexAppliesNewTopics() throws {
        let h = try DaemonHarness()
        h.write("a.txt", "Fishermen detained near the Paracels\n\nVietnamese fishermen were detained near the Paracel Islands by Chinese vessels, Hanoi said.", into: h.root)
        h.write("b.txt", "Fishermen detained near the Paracels\n\nVietnamese fishermen were detained near the Paracel Islands by Chinese vessels, Hanoi said on Monday.", into: h.root)
        #expect(try h.cli(["ingest", h.root + "/a.txt", h.root + "/b.txt"]).status == 0)
        let show = try h.cli(["show", "2", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        #expect(object["countries"] as? [String] == ["VN", "CN"])
        #expect((object["places"] as? [String])?.contains("Paracel Islands") == true)
        #expect(object["duplicate_of"] as? Int == 1)
        #expect(object["story"] as? Int == 1)
        #expect((object["fingerprint"] as? String)?.count == 16)
        #expect(!show.out.contains("fisheries-incident"))

        try """
            topics:
              - id: fisheries-incident
                parent: maritime-security
                threshold: 2
                terms:
                  fishermen: 3
                  detained: 2
            """.write(toFile: h.root + "/topics.yaml", atomically: true, encoding: .utf8)
        try "topics_file: \(h.root)/topics.yaml\n".write(toFile: h.root + "/newsd.yaml", atomically: true, encoding: .utf8)
        let reindex = try h.cli(["reindex", "--config", h.root + "/newsd.yaml"])
        #expect(reindex.status == 0, "\(reindex.err)")
        #expect(reindex.out.contains("2 articles reindexed"))
        let after = try h.cli(["show", "2", "--json"])
        #expect(after.out.contains("\"id\":\"fisheries-incident\""), "\(after.out)")
        #expect(after.out.contains("\"duplicate_of\":1"))
        #expect(try h.cli(["verify"]).status == 0, "the journal is untouched")
    }

    @Test func rulesTestExplainsAndRulesCheckPointsAtTheError() throws {
        let h = try DaemonHarness()
        h.write("a.txt", "Ships near the Senkakus\n\nChina Coast Guard ships sailed near the Diaoyu Islands on Friday.", into: h.root)
        let test = try h.cli(["rules", "test", "place:\"Senkaku Islands\" AND country:CN", h.root + "/a.txt"])
        #expect(test.status == 0)
        #expect(test.out.contains("match"))
        #expect(test.out.contains("place:\"senkaku islands\""), "\(test.out)")
        let none = try h.cli(["rules", "test", "country:KR", h.root + "/a.txt"])
        #expect(none.status == 1)
        let bad = try h.cli(["rules", "test", "country:JP AND (", h.root + "/a.txt"])
        #expect(bad.status == 64)
        #expect(bad.err.contains("query:17:"), "\(bad.err)")
        try "subscriptions:\n  - id: ok\n    query: senkaku\n  - id: broken\n    query: 'senkaku NEAR/x diaoyu'\n"
            .write(toFile: h.root + "/s.yaml", atomically: true, encoding: .utf8)
        let check = try h.cli(["rules", "check", h.root + "/s.yaml"], store: false)
        #expect(check.status == 78)
        #expect(check.err.contains("s.yaml:5:21: broken: query: NEAR needs a distance"), "\(check.err)")
    }
}
