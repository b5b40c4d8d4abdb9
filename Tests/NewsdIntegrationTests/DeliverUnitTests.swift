import Foundation
import Testing

/// The delivery unit must verify, stay hardened (exposure 1.0 or lower) and keep its network
/// to the listed addresses; the ingest unit keeps no network at all.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: systemdAnalyze), "no systemd-analyze"))
struct DeliverUnitTests {
    static func unit(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../systemd/\(name)").standardized.path
    }

    @Test func verifiesAndExposureIsAtMostOne() throws {
        try SystemdUnitTests().verifiesWithExposure(atMost: 1.0, "newsd-deliver.service")
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
