import Foundation
import Testing

/// The delivery unit must verify, stay hardened (exposure 1.0 or lower) and keep its network
/// to the listed addresses; the ingest unit keeps no network at all.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: systemdAnalyze), "no systemd-analyze"))
struct DeliverUnitTests {
    static func unit(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../systemd/\(name)").standardized.path
    }

    func builtUnit() throws -> String {
        let text = try String(contentsOfFile: Self.unit("newsd-deliver.service"), encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/newsd", with: DaemonHarness.binary)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("newsd-deliver.service").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func verifiesAndExposureIsAtMostOne() throws {
        let unit = try builtUnit()
        let (status, output) = try SystemdUnitTests().analyze(["verify", unit])
        #expect(status == 0, "\(output)")
        #expect(!output.contains("newsd-deliver.service:"), "\(output)")
        let (_, security) = try SystemdUnitTests().analyze(["security", "--offline=true", "--no-pager", unit])
        let line = try #require(security.split(separator: "\n").first { $0.contains("Overall exposure level") })
        let value = try #require(line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }, "\(line)")
        #expect(value <= 1.0, "\(line)")
    }

    @Test func onlyTheDeliveryUnitHasANetworkAndOnlyToListedAddresses() throws {
        let deliver = try String(contentsOfFile: Self.unit("newsd-deliver.service"), encoding: .utf8)
        let ingest = try String(contentsOfFile: Self.unit("newsd.service"), encoding: .utf8)
        let settings = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init) }
        #expect(settings(ingest).contains("PrivateNetwork=yes"))
        #expect(settings(deliver).contains("IPAddressDeny=any"))
        #expect(settings(deliver).contains { $0.hasPrefix("IPAddressAllow=") })
        #expect(settings(deliver).contains("ExecStart=/usr/local/bin/newsd deliver"))
    }
}
