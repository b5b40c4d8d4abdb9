import Foundation
import Testing

@testable import NewsRuntime

struct FileNamesTests {
    @Test func theEscapingIsInjectiveAndUndone() {
        let names: [[UInt8]] = [
            Array("plain.txt".utf8), Array("caf%FF.txt".utf8), Array("caf".utf8) + [0xFF] + Array(".txt".utf8),
            Array("100%.txt".utf8), Array("%25".utf8), [0x25, 0xFF], [0xFF, 0x25], Array("café.txt".utf8),
            Array("caf".utf8) + [0xC3, 0xA9, 0xFF], Array("a\nb".utf8),
        ]
        let escaped = names.map(FileNames.escape)
        #expect(Set(escaped).count == names.count, "\(escaped)")
        for (raw, name) in zip(names, escaped) { #expect(FileNames.unescape(name) == raw, "\(name)") }
        #expect(FileNames.escape(Array("plain.txt".utf8)) == "plain.txt")
        #expect(FileNames.escape(Array("caf%FF.txt".utf8)) == "caf%25FF.txt")
        #expect(FileNames.display("caf%25FF.txt") == "caf%FF.txt")
        #expect(FileNames.display("caf%FF.txt") == "caf%FF.txt")
    }

    @Test func namesAreFittedToTheFileSystemsLimit() {
        let long = String(repeating: "é", count: 127) + ".txt"  // 258 bytes
        let fitted = FileNames.fitted(long)
        #expect(fitted.utf8.count <= 255 && fitted.hasSuffix(".txt") && fitted.contains("~"))
        #expect(FileNames.fitted(long) != FileNames.fitted(String(repeating: "é", count: 126) + "e.txt"))
        let report = SpoolFileSystem.reportName(for: String(repeating: "r", count: 251))
        #expect(report.utf8.count <= 255 && report.hasSuffix(".error.json"))
        #expect(SpoolFileSystem.reportName(for: "a.txt") == "a.txt.error.json")
        let numbered = SpoolFileSystem.numbered(String(repeating: "n", count: 251) + ".txt", 12)
        #expect(numbered.utf8.count <= 255 && numbered.hasSuffix("-12.txt"))
        #expect(SpoolFileSystem.numbered("same.txt", 1) == "same-1.txt")
        #expect(SpoolFileSystem.numbered("notes", 2) == "notes-2")
    }

    @Test func parentsOfShortPaths() {
        #expect(FileNames.parent(of: "A") == "")
        #expect(FileNames.parent(of: "/A") == "/")
        #expect(FileNames.parent(of: "a/b/c") == "a/b")
        #expect(FileNames.parent(of: "a//b/") == "a")
    }

    @Test func logLinesCarryNoControlCharacters() {
        #expect(LogEscaping.escape("a\nb\u{1B}[31m\t\u{202E}z") == "a\\nb\\x1B[31m\\t\\u{202E}z")
        #expect(LogEscaping.escape("caf\u{E9} 日本") == "caf\u{E9} 日本")
    }

    @Test func theCrashLedgerSurvivesItsProcessAndRefusesATornWrite() throws {
        let dir = NSTemporaryDirectory() + "newsd-ledger-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            let ledger = try CrashLedger(directory: dir, limit: 3)
            ledger.begin(["1:2:3:4:a\tb\nc.txt", "1:2:3:4:d.txt"])
            ledger.begin(["1:2:3:4:e.txt"])
            ledger.settle(["1:2:3:4:d.txt"])
        }
        let again = try CrashLedger(directory: dir, limit: 3)
        #expect(again.crashes("1:2:3:4:a\tb\nc.txt") == 1)
        #expect(again.crashes("1:2:3:4:d.txt") == 0)
        #expect(again.crashes("1:2:3:4:e.txt") == 1)
        again.begin(["1:2:3:4:e.txt"])
        #expect(try CrashLedger(directory: dir, limit: 3).crashes("1:2:3:4:e.txt") == 2)
        // A clean stop leaves the earlier crash's suspects, not the files in hand.
        again.release()
        let third = try CrashLedger(directory: dir, limit: 3)
        #expect(third.crashes("1:2:3:4:e.txt") == 1 && third.crashes("1:2:3:4:a\tb\nc.txt") == 1)
        // Torn: the body no longer matches the checksum.
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + CrashLedger.fileName)))
        let bodyStart = try #require(bytes.firstIndex(of: 0x0A)) + 1
        bytes[bodyStart + 3] ^= 0x01
        #expect(CrashLedger.parse(bytes).isEmpty)
    }
}
