import Foundation
import NewsCore
import Testing

@testable import NewsRuntime

/// The examples and the message catalog that ship with newsd must stay valid.
@Suite struct ShippedFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    @Test func theExampleSubscriptionsAndTopicsAreValid() throws {
        let index = try SubscriptionLoader.load(file: Self.root + "/examples/subscriptions.yaml")
        #expect(index.count == 4)
        let taxonomy = try AnalyzerLoader.taxonomy(topicsFile: Self.root + "/examples/topics.yaml")
        #expect(taxonomy.topic("fisheries-incident") != nil)
        let config = try ConfigurationLoader.load(file: Self.root + "/examples/newsd.yaml")
        #expect(config.alertWindow == 86400)
        #expect(config.storyWindow == 72 * 3600)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/journalctl")))
    func theCatalogExplainsTheTopicMatchMessageID() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/usr/lib/systemd/catalog", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/var/lib/systemd/catalog", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.root + "/systemd/newsd.catalog", toPath: dir + "/usr/lib/systemd/catalog/newsd.catalog")
        func journalctl(_ args: [String]) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
            p.arguments = ["--root=\(dir)"] + args
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        _ = try journalctl(["--update-catalog"])
        #expect(try journalctl(["--list-catalog"]).contains(JournalAlertSink.realTopicMatchID))
    }

    @Test func theConfigurationKeysIncludeTheAnalysisAndAlertSettings() throws {
        let config = try ConfigurationLoader.parse(
            "topics_file: t.yaml\nsubscriptions_file: s.yaml\nstory_window: 48h\nalert_window: 6h\n", file: "c.yaml")
        #expect(config.topicsFile == "t.yaml")
        #expect(config.subscriptionsFile == "s.yaml")
        #expect(config.storyWindow == 48 * 3600)
        #expect(config.alertWindow == 6 * 3600)
    }
}
