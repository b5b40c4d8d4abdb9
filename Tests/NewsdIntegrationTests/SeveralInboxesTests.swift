import Foundation
import Testing

/// `inboxes:`: one daemon, several inboxes (an engine each), one store.
@Suite(.timeLimit(.minutes(2)))
struct SeveralInboxesTests {
    @Test func eachInboxIsWatchedWithItsOwnSourceAndOptionsIntoOneStore() throws {
        let h = try DaemonHarness()
        for name in ["wire", "mail"] {
            try FileManager.default.createDirectory(atPath: h.root + "/" + name, withIntermediateDirectories: true)
        }
        try """
            state_dir: var
            inboxes:
              - path: wire
                source: wire-scraper
              - path: mail
                source: mail-gateway
                after_ingest: delete
            """.write(toFile: h.root + "/newsd.yaml", atomically: true, encoding: .utf8)
        try h.launch(arguments: ["--config", h.root + "/newsd.yaml"], paths: false, directory: h.root)
            .wait(for: "READY=1", timeout: 30) { $0.contains("READY=1") }
        for i in 0..<20 {
            h.write("w\(i).txt", DaemonHarness.article(i), into: h.root + "/wire")
            h.write("m\(i).txt", DaemonHarness.article(100 + i), into: h.root + "/mail")
        }
        // One STATUS line for both: their counters summed.
        try h.waitForStatus("40 ingested") { $0.ingested >= 40 }
        #expect(h.stop() == 0)
        #expect(h.files(in: h.root + "/wire").filter { !$0.hasPrefix(".") }.isEmpty)
        #expect(h.files(in: h.root + "/mail").filter { !$0.hasPrefix(".") }.isEmpty)
        // wire's files were moved to processed/, mail's deleted (its own after_ingest).
        #expect(h.files(in: h.state + "/processed").count == 20)
        let listed = try h.cli(["list", "--json", "--limit", "100"]).out.split(separator: "\n")
        #expect(listed.count == 40)
        #expect(listed.filter { $0.contains("\"source\":\"wire-scraper\"") }.count == 20)
        #expect(listed.filter { $0.contains("\"source\":\"mail-gateway\"") }.count == 20)
        #expect(try h.cli(["verify"]).status == 0)
        // Each inbox has its own crash ledger.
        #expect(h.files(in: h.state).filter { $0.hasSuffix(".inflight") }.count == 2)
    }

    @Test func inboxAndInboxesTogetherAreRefusedAndAMissingOneNamed() throws {
        let h = try DaemonHarness()
        try "inbox: a\ninboxes:\n  - path: b\n".write(toFile: h.root + "/both.yaml", atomically: true, encoding: .utf8)
        let both = try h.launch(arguments: ["--config", h.root + "/both.yaml"], paths: false)
        #expect(try both.wait(for: "the refusal", timeout: 30) { $0.hasPrefix("EXITED=") } == "EXITED=78")
        #expect(h.log.contains("inbox and inboxes"), "\(h.log)")
        try "state_dir: var\ninboxes:\n  - path: inbox\n  - path: nowhere\n".write(toFile: h.root + "/missing.yaml", atomically: true, encoding: .utf8)
        let missing = try h.launch(arguments: ["--config", h.root + "/missing.yaml"], paths: false)
        #expect(try missing.wait(for: "the refusal", timeout: 30) { $0.hasPrefix("EXITED=") } == "EXITED=78")
        #expect(h.log.contains("the inbox \(h.root)/nowhere does not exist"), "\(h.log)")
    }
}
