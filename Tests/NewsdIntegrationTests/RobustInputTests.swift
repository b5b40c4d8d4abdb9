import Foundation
import NewsCore
import Testing

@testable import NewsRuntime

/// Issue 10: YAML files that must be refused with a short reason instead of crashing or
/// echoing themselves, configuration values out of range, feeds over `max_feed_items`, and
/// gzip refusals that name the real cap and hash the file's own bytes.
@Suite(.timeLimit(.minutes(2)))
struct RobustInputTests {
    let defaults = NewsdConfiguration(environment: [:])

    static let deepList = "[" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_001)

    // MARK: YAML loaders

    @Test func yamlNested100000DeepIsRefusedBrieflyByEveryLoader() throws {
        let config = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.parse("ignore_suffixes: \(Self.deepList)\n", file: "c.yaml", over: defaults)
        }
        let subscriptions = try #require(throws: ConfigurationError.self) {
            try SubscriptionLoader.parse("subscriptions: \(Self.deepList)\n", file: "s.yaml")
        }
        let topics = try #require(throws: TaxonomyError.self) {
            try Taxonomy.parse(yaml: "topics: \(Self.deepList)\n", file: "t.yaml")
        }
        for d in [config.description, subscriptions.description, topics.description] {
            #expect(d.contains(":1:"), "\(d.prefix(300))")
            #expect(d.contains("nests deeper than 64 levels"), "\(d.prefix(300))")
            #expect(d.count < 300, "the error echoes the file: \(d.count) characters")
        }
        // Indented mappings 200 deep: the same refusal, at the line where depth 65 opens.
        let mappings = (0..<200).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let deep = try #require(throws: ConfigurationError.self) { try ConfigurationLoader.parse(mappings, file: "c.yaml", over: defaults) }
        #expect(deep.description.hasPrefix("c.yaml:65:"), "\(deep.description)")
    }

    @Test func aSyntaxErrorOnAHundredKilobyteLineQuotesAtMost120Characters() throws {
        let line = "inbox: [" + String(repeating: "x,", count: 50_000) + " ] ]\n"
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.parse(line, file: "c.yaml", over: defaults)
        }
        #expect(error.description.hasPrefix("c.yaml:1:"), "\(error.description.prefix(300))")
        #expect(error.description.contains("not valid YAML"))
        #expect(error.description.contains("(a line of 100012 characters)"), "\(error.description.prefix(400))")
        #expect(error.description.count < 400, "\(error.description.count) characters")
        // A value quoted in an error is clipped too.
        let value = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.parse("min_file_age: \(String(repeating: "9", count: 100_000))x\n", file: "c.yaml", over: defaults)
        }
        #expect(value.description.count < 400, "\(value.description.count) characters")
    }

    @Test func aliasesThatExpandToMillionsOfValuesAreRefused() throws {
        // "Billion laughs": 10 levels of 10 aliases each.
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        text += "subscriptions: *a9\n"
        let error = try #require(throws: ConfigurationError.self) { try SubscriptionLoader.parse(text, file: "s.yaml") }
        #expect(error.description.contains("expands to more than 1000000 values"), "\(error.description)")
    }

    @Test(arguments: [
        ("min_file_age: 99999999999h\n", "c.yaml:1: min_file_age: 99999999999h is out of range: use from 0s to 24h"),
        ("rescan_interval: 0s\n", "c.yaml:1: rescan_interval: 0s is out of range: use from 1s to 24h"),
        ("batch_max_wait: 1h\n", "c.yaml:1: batch_max_wait: 1h is out of range: use from 0s to 10s"),
        ("story_window: 400d\n", "c.yaml:1: story_window: 400d is out of range: use from 1m to 365d"),
        ("alert_window: 1e300s\n", "c.yaml:1: alert_window: 1e300s is out of range: use from 0s to 365d"),
        ("max_file_size: 99999999999999GiB\n", "c.yaml:1: max_file_size: 99999999999999GiB is out of range: use from 1 byte to 1GiB"),
        ("max_file_size: 0\n", "c.yaml:1: max_file_size: 0 is out of range: use from 1 byte to 1GiB"),
        ("max_feed_items: 0\n", "c.yaml:1: max_feed_items: expected a whole number from 1 to 10000000"),
    ])
    func durationsAndSizesOutOfRangeAreRefusedWithTheRange(text: String, message: String) {
        do {
            let accepted = try ConfigurationLoader.parse(text, file: "c.yaml", over: defaults)
            Issue.record("accepted: \(text) as \(accepted)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func aSubscriptionWindowOutOfRangeIsRefused() {
        let text = "subscriptions:\n  - id: w\n    query: navy\n    window: 99999999999h\n"
        #expect(throws: ConfigurationError.self) { try SubscriptionLoader.parse(text, file: "s.yaml") }
    }

    @Test func rulesCheckRefusesDeepYAMLWithAShortMessage() throws {
        let h = try DaemonHarness()
        try "subscriptions: \(Self.deepList)\n".write(toFile: h.root + "/s.yaml", atomically: true, encoding: .utf8)
        let check = try h.cli(["rules", "check", h.root + "/s.yaml"], store: false)
        #expect(check.status == 78)
        #expect(check.err.contains("s.yaml:1:"), "\(check.err.prefix(300))")
        #expect(check.err.contains("the YAML nests deeper than 64 levels"), "\(check.err.prefix(300))")
        #expect(check.err.utf8.count < 400, "\(check.err.utf8.count) bytes on stderr")
    }

    // MARK: feeds

    static func feed(items: Int) -> String {
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>"
            + (0..<items).map { "<item><title>Item \($0) about things</title><description>Desc \($0) navy summit.</description></item>" }.joined()
            + "</channel></rss>"
    }

    @Test func aFeedOverMaxFeedItemsIsRefusedWithTheCountAndTheSetting() throws {
        let h = try DaemonHarness()
        h.write("ten.xml", Self.feed(items: 10), into: h.root)
        h.write("eleven.xml", Self.feed(items: 11), into: h.root)
        try "max_feed_items: 10\n".write(toFile: h.root + "/newsd.yaml", atomically: true, encoding: .utf8)
        let ingest = try h.cli(["ingest", "--config", h.root + "/newsd.yaml", h.root + "/ten.xml", h.root + "/eleven.xml"])
        #expect(ingest.status == 65)
        #expect(ingest.out.contains("2 files: 10 articles stored, 0 duplicates, 1 failed"), "\(ingest.out)")
        #expect(
            ingest.err.contains("eleven.xml: the feed has 11 items, over max_feed_items (10); raise max_feed_items in the configuration or split the feed"),
            "\(ingest.err)")
        let analyze = try h.cli(["analyze", "--config", h.root + "/newsd.yaml", h.root + "/eleven.xml"])
        #expect(analyze.err.contains("over max_feed_items (10)"), "\(analyze.err)")
    }

    @Test func aDateInAnUnknownTimeZoneIsLoggedWithTheFileAndTheArticleKept() throws {
        let h = try DaemonHarness()
        h.write("zoned.md", "---\ntitle: Talks in Hanoi\ndate: Tue, 24 Nov 2026 10:00:00 XYZ\n---\n\nOfficials met in Hanoi on Tuesday.\n", into: h.root)
        let ingest = try h.cli(["ingest", "--state-dir", h.root + "/var", h.root + "/zoned.md"])
        #expect(ingest.status == 0, "\(ingest.err)")
        #expect(ingest.err.contains("zoned.md: the date \"Tue, 24 Nov 2026 10:00:00 XYZ\" names a time zone newsd does not know (XYZ)"), "\(ingest.err)")
        let analyze = try h.cli(["analyze", h.root + "/zoned.md"])
        #expect(analyze.status == 0)
        #expect(analyze.err.contains("zoned.md: the date"), "\(analyze.err)")
        #expect(analyze.err.contains("without a publication time"), "\(analyze.err)")
    }

    /// `analyze` walks a folder as `ingest` does (in name order, dotfiles and temp files left out),
    /// and a file it cannot read is named with the system's reason and what to do, exit 65.
    @Test func analyzeWalksFoldersAndSaysWhyAFileCannotBeRead() throws {
        let h = try DaemonHarness()
        let folder = h.root + "/articles"
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        h.write("b.txt", "Talks in Hanoi\n\nJapan and Vietnam agreed on defence talks in Hanoi on Tuesday.\n", into: folder + "/sub")
        h.write("a.txt", "Floods in Hanoi\n\nFloods closed roads in Hanoi on Monday, officials said.\n", into: folder)
        h.write(".hidden.txt", "Hidden\n\nNot an article.\n", into: folder)
        h.write("c.txt.part", "Partial\n\nA file being written.\n", into: folder)
        let walked = try h.cli(["analyze", "--json", folder])
        #expect(walked.status == 0, "\(walked.err)")
        let files = walked.out.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) .flatMap { ($0 as? [String: Any])?["file"] as? String }
        }
        #expect(files == [folder + "/a.txt", folder + "/sub/b.txt"], "\(walked.out)")
        let missing = try h.cli(["analyze", h.root + "/missing.txt"])
        #expect(missing.status == 65)
        #expect(missing.err.contains("missing.txt: cannot read it: No such file or directory; check the path"), "\(missing.err)")
        // A FIFO is refused at once, not waited on (analyze reads as intake does); a symbolic link
        // named by hand is followed.
        #expect(mkfifo(h.root + "/pipe.txt", 0o600) == 0)
        #expect(symlink(folder + "/a.txt", h.root + "/link.txt") == 0)
        let special = try h.cli(["analyze", "--json", h.root + "/pipe.txt", h.root + "/link.txt"])
        #expect(special.status == 65)
        #expect(special.err.contains("pipe.txt: is a FIFO (named pipe), not a regular file"), "\(special.err)")
        #expect(special.out.contains("link.txt") && special.out.contains("Floods"), "\(special.out)")
    }

    // MARK: gzip

    /// `gzip -9` of `data`, through a file beside the harness's inbox.
    static func gzip(_ data: Data, in folder: String) throws -> Data {
        let path = folder + "/gzip-input"
        try data.write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-c", "-9", path]
        let output = Pipe()
        p.standardOutput = output
        try p.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return out
    }

    static func sidecar(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    @Test func gzipRefusalsNameTheInflateCapAndRecordTheFilesOwnHash() throws {
        let h = try DaemonHarness()
        // 100 MB of one letter: 97 KB of gzip that inflates past the 64 MiB cap.
        let bomb = try Self.gzip(Data(repeating: 0x61, count: 100_000_000), in: h.root)
        // 400 KB of varied text: over the 256 KiB max_file_size once compressed too.
        var state: UInt64 = 7
        let noise = Data((0..<400_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(0x21 + (state >> 33) % 90)
        })
        let big = try Self.gzip(noise, in: h.root)
        #expect(bomb.count < 256 << 10 && big.count > 256 << 10, "\(bomb.count) \(big.count)")
        try "max_file_size: 256KiB\n".write(toFile: h.root + "/newsd.yaml", atomically: true, encoding: .utf8)
        try h.start(arguments: ["--config", h.root + "/newsd.yaml"])
        try bomb.write(to: URL(fileURLWithPath: h.root + "/bomb.txt.gz"))
        try big.write(to: URL(fileURLWithPath: h.root + "/big.txt.gz"))
        #expect(rename(h.root + "/bomb.txt.gz", h.inbox + "/bomb.txt.gz") == 0)
        #expect(rename(h.root + "/big.txt.gz", h.inbox + "/big.txt.gz") == 0)
        try h.waitForStatus("2 failed") { $0.failed == 2 }
        #expect(h.stop() == 0)

        let bombReport = try Self.sidecar(h.failed + "/bomb.txt.gz.error.json")
        let reason = try #require(bombReport["reason"] as? String)
        #expect(reason.contains("more than 67108864 bytes (64 MiB)"), "\(reason)")
        #expect(reason.contains("max_file_size does not change"), "\(reason)")
        #expect(!reason.contains("raise max_file_size"), "\(reason)")
        #expect(bombReport["sha256"] as? String == ContentHash.sha256Hex(Array(bomb)))

        let bigReport = try Self.sidecar(h.failed + "/big.txt.gz.error.json")
        #expect(bigReport["error"] as? String == "too-large")
        #expect(bigReport["sha256"] as? String == ContentHash.sha256Hex(Array(big)), "not the SHA-256 of nothing")
        #expect(bigReport["sha256"] as? String != ContentHash.sha256Hex([]))
    }
}
