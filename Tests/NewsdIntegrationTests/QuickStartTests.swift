import Foundation
import Glibc
import NewsRuntime
import Testing

/// Runs the README's quick start as written, so that it cannot rot: every `sh` block of the
/// "Quick start" section, line by line, in a fresh folder, with the binary under test as the
/// `newsd` that `make` built. `make run` and `newsd run` start the daemon there (Ctrl-C is
/// SIGINT), `make test` is left out (it is this), and `journalctl -t newsd` reads the test
/// run's own identifier (a test's alerts are marked, see ``JournalMark``).
@Suite(.serialized, .timeLimit(.minutes(2)))
struct QuickStartTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../README.md").standardized.path

    /// The command lines of the section's `sh` blocks, in order.
    static func quickStart() throws -> [String] {
        let text = try String(contentsOfFile: readme, encoding: .utf8)
        guard let start = text.range(of: "\n## Quick start\n") else { return [] }
        let rest = text[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        var lines: [String] = []
        var inBlock = false
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock = !inBlock && line == "```sh"
                continue
            }
            if inBlock, !line.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(String(line)) }
        }
        return lines
    }

    @Test func theSectionHasTheCommandsThisTestKnows() throws {
        let lines = try Self.quickStart()
        #expect(lines.contains { $0.hasPrefix("make run") })
        #expect(lines.contains { $0.hasPrefix("newsd run --config") })
        #expect(lines.contains { $0.hasPrefix("newsd alerts") })
    }

    @Test func theQuickStartWorksAsWritten() throws {
        let h = try DaemonHarness()
        // The folder of a fresh clone, as far as the quick start reaches: examples/ and the build.
        let examples = URL(fileURLWithPath: Self.readme).deletingLastPathComponent().appendingPathComponent("examples").path
        try FileManager.default.createDirectory(atPath: h.root + "/examples", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: examples + "/subscriptions.yaml", toPath: h.root + "/examples/subscriptions.yaml")
        try FileManager.default.createDirectory(atPath: h.root + "/.build/debug", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: h.root + "/.build/debug/newsd", withDestinationPath: DaemonHarness.binary)
        let journald = journaldIsRunning && FileManager.default.isExecutableFile(atPath: "/usr/bin/journalctl")

        var path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        var dropped = 0  // files dropped since the daemon started
        var alertsExpected = false
        var outputs: [String: String] = [:]
        let started = Int(Date().timeIntervalSince1970) - 1
        for line in try Self.quickStart() {
            let command = line.components(separatedBy: "  #").first!.trimmingCharacters(in: .whitespaces)
            if command.hasPrefix("make test") { continue }
            if command.hasPrefix("make run") || command.hasPrefix("newsd run") {
                if h.process != nil {
                    h.signal(SIGINT)  // Ctrl-C
                    #expect(h.waitForExit(timeout: 30) == 0, "\(h.log)")
                }
                let arguments = command.hasPrefix("make run") ? [] : Array(command.split(separator: " ").dropFirst(2).map(String.init))
                alertsExpected = arguments.contains("--config")
                let socket = try h.launch(arguments: arguments, paths: false, directory: h.root)
                try socket.wait(for: "READY=1", timeout: 30) { $0.contains("READY=1") }
                dropped = 0
                continue
            }
            if command.hasPrefix("export PATH=") {
                #expect(command.contains("$PWD/.build/debug"), "the quick start puts the built newsd on PATH")
                path = h.root + "/.build/debug:" + path
                continue
            }
            var shell = command
            if command.hasPrefix("journalctl") {
                guard journald else { continue }
                // The test run's alerts carry their own identifier; only this run's are looked at.
                shell = command.replacingOccurrences(of: "-t newsd ", with: "-t \(JournalMark.testIdentifier) ")
                    + " --since @\(started) --no-pager -o cat --output-fields=NEWSD_ALERT,MESSAGE"
            }
            let result = try Self.sh(shell, in: h.root, path: path)
            #expect(result.status == 0, "`\(command)` exited \(result.status): \(result.err)")
            outputs[String(command.prefix(while: { $0 != " " })) + " " + (command.split(separator: " ").dropFirst().first.map(String.init) ?? "")] = result.out
            if command.contains("> inbox/") {
                dropped += 1
                let want = dropped
                try h.waitForStatus("\(want) ingested") { $0.ingested >= want }
                if alertsExpected && journald {
                    try h.notify!.wait(for: "the alert's delivery", timeout: 30) { $0.contains(", 1 alerts") }
                }
            }
        }
        #expect(outputs["newsd list"]?.contains("Japan and Vietnam agree to deepen defence ties") == true, "\(outputs)")
        #expect(outputs["newsd search"]?.contains("Japan and Vietnam") == true)
        let show = outputs["newsd show"] ?? ""
        #expect(show.contains("countries: JP, VN") && show.contains("defense"), "\(show)")
        #expect(outputs["newsd rules"]?.contains("4 subscriptions, all valid") == true)
        if journald {
            #expect(outputs["newsd alerts"]?.contains("jp-vn-defence") == true, "\(outputs)")
            #expect(outputs["journalctl -t"]?.contains("jp-vn-defence") == true, "\(outputs)")
        }
        h.signal(SIGINT)
        #expect(h.waitForExit(timeout: 30) == 0)
        #expect(h.files(in: h.root + "/var/failed").isEmpty, "\(h.files(in: h.root + "/var/failed"))")
        #expect(h.files(in: h.root + "/inbox").isEmpty)
    }

    static func sh(_ command: String, in directory: String, path: String) throws -> (status: Int32, out: String, err: String) {
        try DaemonHarness.run("/bin/bash", ["-c", command], directory: directory, environment: ["PATH": path, "PWD": directory])
    }
}
