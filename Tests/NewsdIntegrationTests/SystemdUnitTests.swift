import Foundation
import Testing

let systemdAnalyze = "/usr/bin/systemd-analyze"

/// The shipped unit must verify and stay hardened (exposure 1.0 or lower).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: systemdAnalyze), "no systemd-analyze"))
struct SystemdUnitTests {
    static let unit = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../systemd/newsd.service").standardized.path

    /// The unit with ExecStart pointing at the binary just built, in a temp folder.
    func builtUnit() throws -> String {
        let text = try String(contentsOfFile: Self.unit, encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/newsd", with: DaemonHarness.binary)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("newsd.service").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func analyze(_ arguments: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: systemdAnalyze)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func verifies() throws {
        let (status, output) = try analyze(["verify", try builtUnit()])
        #expect(status == 0, "\(output)")
        #expect(!output.contains("newsd.service:"), "\(output)")
    }

    @Test func exposureIsAtMostOne() throws {
        let (_, output) = try analyze(["security", "--offline=true", "--no-pager", try builtUnit()])
        let line = try #require(output.split(separator: "\n").first { $0.contains("Overall exposure level") })
        let score = line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }
        let value = try #require(score, "\(line)")
        #expect(value <= 1.0, "\(line)")
    }
}
