import Foundation
import Testing

/// `newsd redact`, `prune`, `export` and `import`, run as the built binary on a real store.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct RetentionCommandTests {
    @Test func redactAndPruneRemoveTextAndFilesAndVerifyStillPasses() throws {
        let h = try DaemonHarness()
        try h.start()
        for i in 1...3 { h.write("a\(i).txt", DaemonHarness.article(i)) }
        try h.waitForStatus("3 ingested") { $0.ingested == 3 }
        #expect(h.stop() == 0)
        let before = h.files(in: h.processed)
        #expect(before.count == 3)

        let redact = try h.cli(["redact", "2", "--reason", "court order 42"])
        #expect(redact.status == 0, "\(redact.err)")
        #expect(redact.out.contains("record 2 redacted"), "\(redact.out)")
        #expect(redact.out.contains("removed \(h.processed)/"), "\(redact.out)")
        #expect(h.files(in: h.processed).count == 2)
        let again = try h.cli(["redact", "2", "--reason", "again"])
        #expect(again.status == 0)
        #expect(again.out.contains("already redacted") && again.out.contains("court order 42"), "\(again.out)")
        #expect(try h.cli(["redact", "99", "--reason", "x"]).status == 66)
        #expect(try h.cli(["show", "2"]).status != 0)

        var verify = try h.cli(["verify"])
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.contains("3 records verified"), "\(verify.out)")
        #expect(verify.err.contains(#/record 2 \(a\d\.txt\) was redacted at /#) && verify.err.contains("court order 42"), "\(verify.err)")

        let nothing = try h.cli(["prune", "--before", "2001-01-01"])
        #expect(nothing.status == 0)
        #expect(nothing.out.contains("nothing to prune"), "\(nothing.out)")
        let prune = try h.cli(["prune", "--before", "0d", "--batch", "2"])
        #expect(prune.status == 0, "\(prune.err)")
        #expect(prune.out.contains("pruned 3 records (3 articles) in 2 batches"), "\(prune.out)")
        #expect(prune.out.contains("2 processed files removed"), "\(prune.out)")
        #expect(prune.out.contains("checkpoint: record 3, chain "), "\(prune.out)")
        #expect(h.files(in: h.processed).isEmpty)
        verify = try h.cli(["verify"])
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.err.contains("records up to 3 were pruned"), "\(verify.err)")
    }

    @Test func exportThenImportIntoAnotherStoreOnce() throws {
        let h = try DaemonHarness()
        let archive = h.root + "/archive"
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
        for i in 0..<5 { h.write("a\(i).txt", DaemonHarness.article(i), into: archive) }
        #expect(try h.cli(["ingest", archive]).status == 0)

        let export = try h.cli(["export"])
        #expect(export.status == 0, "\(export.err)")
        let lines = export.out.split(separator: "\n")
        #expect(lines.count == 5)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["seq"] as? Int == 1)
        #expect((first["content_hash"] as? String)?.count == 64)
        #expect(((first["tags"] as? [String: Any])?["countries"] as? [String])?.isEmpty == false, "\(first)")
        let csv = try h.cli(["export", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.out.hasPrefix("seq,ingested,file,sha256,"))
        #expect(try h.cli(["export", "--format", "xml"]).status == 64)

        let file = h.root + "/export.jsonl"
        try export.out.write(toFile: file, atomically: true, encoding: .utf8)
        let other = h.root + "/other"
        let imported = try h.cli(["import", file, "--state-dir", other], store: false)
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.out.contains("imported 5 articles"), "\(imported.out)")
        let twice = try h.cli(["import", file, "--state-dir", other], store: false)
        #expect(twice.out.contains("imported 0 articles") && twice.out.contains("5 already stored"), "\(twice.out)")
        let verify = try h.cli(["verify", "--state-dir", other], store: false)
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.contains("5 records verified"))
        let shown = try h.cli(["export", "--state-dir", other], store: false)
        #expect(shown.out.contains("\"origin_at_ms\":"), "\(shown.out.prefix(500))")

        // A line edited after export, and one that is not JSON, are refused and named.
        var edited = String(lines[0]).replacingOccurrences(of: "\"title\":\"Article", with: "\"title\":\"Edited article")
        edited += "\nnot json\n"
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let bad = try h.cli(["import", file, "--state-dir", other], store: false)
        #expect(bad.status == 65)
        #expect(bad.err.contains("export.jsonl:1: the article does not match its content_hash"), "\(bad.err)")
        #expect(bad.err.contains("export.jsonl:2: not a JSON object"), "\(bad.err)")
    }
}
