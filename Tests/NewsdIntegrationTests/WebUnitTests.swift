import Foundation
import Testing

/// The web unit must verify, stay hardened (exposure 1.5 or lower, 0.9 when written), accept
/// connections from this machine only and read the store without a way to write it.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: systemdAnalyze), "no systemd-analyze"))
struct WebUnitTests {
    @Test func verifiesAndExposureIsAtMostOneAndAHalf() throws {
        try SystemdUnitTests().verifiesWithExposure(atMost: 1.5, "newsd-web.service")
    }

    @Test func listensToThisMachineOnlyAndReadsTheStoreReadOnly() throws {
        let text = try String(contentsOfFile: DeliverUnitTests.unit("newsd-web.service"), encoding: .utf8)
        let settings = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(settings.contains("IPAddressDeny=any"))
        #expect(settings.contains("IPAddressAllow=localhost"))
        #expect(settings.contains("ReadOnlyPaths=/var/lib/newsd"))
        #expect(!settings.contains { $0.hasPrefix("StateDirectory=") || $0.hasPrefix("ReadWritePaths=") }, "nothing may make the store writable")
        #expect(settings.contains("ExecStart=/usr/local/bin/newsd web"))
        // Every setting is explained: a comment stands above each group of settings.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let serviceStart = try #require(lines.firstIndex(of: "[Service]"))
        let serviceEnd = lines[(serviceStart + 1)...].firstIndex { $0.hasPrefix("[") } ?? lines.count
        var explained = true
        for i in (serviceStart + 2)..<serviceEnd where !lines[i].hasPrefix("#") && !lines[i].isEmpty {
            // Walk up over settings of the same group to the comment above it.
            var j = i - 1
            while j > serviceStart && !lines[j].isEmpty && !lines[j].hasPrefix("#") { j -= 1 }
            if !lines[j].hasPrefix("#") { explained = false; Issue.record("not explained: \(lines[i])") }
        }
        #expect(explained)
    }
}
