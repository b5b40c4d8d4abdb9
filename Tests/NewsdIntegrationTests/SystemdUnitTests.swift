import Foundation
import Testing

let systemdAnalyze = "/usr/bin/systemd-analyze"

/// The shipped unit must verify and stay hardened (exposure 1.0 or lower).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: systemdAnalyze), "no systemd-analyze"))
struct SystemdUnitTests {
    static let unit = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../systemd/newsd.service").standardized.path

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

    /// The unit `name` of systemd/, with ExecStart pointing at the binary just built, written to
    /// a temp folder of its own for `body`; the folder is removed afterwards.
    static func withBuiltUnit<T>(_ name: String, _ body: (String) throws -> T) throws -> T {
        let text = try String(contentsOfFile: DeliverUnitTests.unit(name), encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/newsd", with: DaemonHarness.binary)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try body(path)
    }

    /// Checks that the unit `name` verifies without a remark on it and that its overall exposure
    /// (`systemd-analyze security --offline`) is at most `limit`.
    func verifiesWithExposure(atMost limit: Double, _ name: String) throws {
        try Self.withBuiltUnit(name) { unit in
            let (status, output) = try analyze(["verify", unit])
            #expect(status == 0, "\(output)")
            #expect(!output.contains("\(name):"), "\(output)")
            let (_, security) = try analyze(["security", "--offline=true", "--no-pager", unit])
            let line = try #require(security.split(separator: "\n").first { $0.contains("Overall exposure level") })
            let value = try #require(line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }, "\(line)")
            #expect(value <= limit, "\(line)")
        }
    }

    @Test func verifiesAndExposureIsAtMostOne() throws {
        try verifiesWithExposure(atMost: 1.0, "newsd.service")
    }
}
