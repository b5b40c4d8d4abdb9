import Foundation
import Testing

@testable import NewsRuntime

/// Once installed, a command run by hand finds the installed configuration and store by itself.
@Suite struct InstalledModeTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("installed-\(UUID().uuidString)").path

    func make(_ path: String) throws -> String {
        let full = root + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "log_level: info\n".write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }

    @Test func theConfigurationIsLookedForUnderSystemdThenHereThenInstalled() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let installed = try make("etc/newsd/newsd.yaml")
        let here = root + "/work"
        try FileManager.default.createDirectory(atPath: here, withIntermediateDirectories: true)
        #expect(NewsdConfiguration.defaultFile(environment: [:], workingDirectory: here, installed: installed) == installed)
        let local = try make("work/newsd.yaml")
        #expect(NewsdConfiguration.defaultFile(environment: [:], workingDirectory: here, installed: installed) == local)
        // Under systemd only $CONFIGURATION_DIRECTORY counts, even when it holds no newsd.yaml.
        let unit = ["CONFIGURATION_DIRECTORY": root + "/unit"]
        #expect(NewsdConfiguration.defaultFile(environment: unit, workingDirectory: here, installed: installed) == nil)
        let unitFile = try make("unit/newsd.yaml")
        #expect(NewsdConfiguration.defaultFile(environment: unit, workingDirectory: here, installed: installed) == unitFile)
        try FileManager.default.removeItem(atPath: local)
        try FileManager.default.removeItem(atPath: installed)
        #expect(NewsdConfiguration.defaultFile(environment: [:], workingDirectory: here, installed: installed) == nil)
    }

    @Test func theInstalledConfigurationKeepsTheStoreAndSpoolWhereTheUnitDoes() {
        let byHand = NewsdConfiguration(environment: NewsdConfiguration.installedEnvironment([:]))
        #expect(byHand.storePath == "/var/lib/newsd/newsd.db")
        #expect(byHand.inbox == "/var/spool/newsd/inbox")
        #expect(byHand.processedDirectory == "/var/spool/newsd/processed")
        #expect(byHand.failedDirectory == "/var/spool/newsd/failed")
        // What systemd sets wins.
        let unit = NewsdConfiguration(
            environment: NewsdConfiguration.installedEnvironment(["STATE_DIRECTORY": "/srv/newsd", "NEWSD_SPOOL": "/srv/spool"]))
        #expect(unit.storePath == "/srv/newsd/newsd.db")
        #expect(unit.inbox == "/srv/spool/inbox")
    }

    @Test func everyConfigurationKeyIsDocumentedInTheExampleThatTheManPageIsMadeOf() throws {
        let example = try String(
            contentsOfFile: ShippedFilesTests.root + "/examples/newsd.yaml", encoding: .utf8)
        let documented = Set(example.split(separator: "\n").compactMap { line -> String? in
            let key = line.hasPrefix("# ") ? line.dropFirst(2) : line[...]
            guard let colon = key.firstIndex(of: ":") else { return nil }
            return String(key[..<colon])
        })
        let missing = ConfigurationLoader.keys.filter { !documented.contains($0) }
        #expect(missing.isEmpty, "examples/newsd.yaml (and so newsd.yaml(5)) does not document \(missing)")
    }
}
