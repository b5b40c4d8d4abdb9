import Foundation
import Glibc
import Logging
import NewsCore
import Testing

@testable import NewsRuntime

/// The moves out of the inbox, on a real temporary spool. (Faults injected into the moves are
/// tested in ``IngestEngineTests``, whose suite is serialized: injection is process-wide.)
@Suite struct SpoolMoverTests {
    static func setUp(_ afterIngest: NewsdConfiguration.AfterIngest = .move) throws -> (DaemonHarness, SpoolMover) {
        let h = try DaemonHarness()
        var config = try IngestEngineTests.configuration(h)
        config.afterIngest = afterIngest
        for folder in [h.processed, h.failed] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        return (h, SpoolMover(config, logger: Logger(label: "test")))
    }

    /// The item as the engine would have read it: with the file's identity now.
    static func item(_ h: DaemonHarness, _ name: String) -> IntakeItem {
        let identity = Syscalls.lstat(h.inbox + "/" + name).map { FileFacts($0).identity(name: name) }
        return IntakeItem(file: name, identity: identity, sha256: "00", result: .failure(.empty))
    }

    @Test func aStoredFileGoesToTheDaysFolderOfProcessed() throws {
        let (h, mover) = try Self.setUp()
        h.write("a.txt", "text")
        #expect(mover.finish(Self.item(h, "a.txt"), millis: Int64(Date().timeIntervalSince1970 * 1000)) == .moved)
        #expect(h.files(in: h.inbox).isEmpty)
        #expect(h.files(in: h.processed) == ["\(DaemonHarness.today)/a.txt"])
    }

    @Test func aStoredFileIsDeletedWhenSoConfigured() throws {
        let (h, mover) = try Self.setUp(.delete)
        h.write("a.txt", "text")
        #expect(mover.finish(Self.item(h, "a.txt"), millis: 0) == .moved)
        #expect(h.files(in: h.inbox).isEmpty && h.files(in: h.processed).isEmpty)
    }

    @Test func aRefusedFileGoesToFailedWithItsReportAndNeverOverwrites() throws {
        let (h, mover) = try Self.setUp()
        for _ in 0..<2 {
            h.write("e.txt", "")
            #expect(mover.fail(Self.item(h, "e.txt"), seq: 1, code: "empty", reason: "the file is empty", millis: 0) == .moved)
        }
        #expect(h.files(in: h.failed) == ["e-1.txt", "e-1.txt.error.json", "e.txt", "e.txt.error.json"])
        let report = try String(contentsOfFile: h.failed + "/e.txt.error.json", encoding: .utf8)
        #expect(report.contains("\"error\" : \"empty\""))
    }

    @Test func aFileReplacedSinceItWasReadIsLeftInTheInbox() throws {
        let (h, mover) = try Self.setUp()
        h.write("s.txt", "old")
        let item = Self.item(h, "s.txt")
        _ = FileManager.default.createFile(atPath: h.root + "/.new", contents: Data("newer".utf8))
        #expect(rename(h.root + "/.new", h.inbox + "/s.txt") == 0)
        #expect(mover.finish(item, millis: 0) == .changed)
        #expect(mover.fail(item, seq: 1, code: "empty", reason: "", millis: 0) == .changed)
        #expect(h.files(in: h.inbox) == ["s.txt"])
    }

    @Test func theDaysFolderIsTheFormattedDateWithSlashes() {
        var generator = SystemRandomNumberGenerator()
        var times: [Int64] = [0, 86_399_999, 86_400_000, -1, 951_782_400_000, 253_402_300_799_999, 1_798_761_599_999]
        for _ in 0..<2_000 { times.append(Int64.random(in: -1_000_000_000_000...253_402_300_799_999, using: &generator)) }
        for millis in times {
            let formatted = DateParser.format(Date(timeIntervalSince1970: Double(millis) / 1000)).prefix(10)
            #expect(SpoolMover.dayFolder(millis) == formatted.replacingOccurrences(of: "-", with: "/"), "\(millis)")
        }
    }

    @Test func aMoveMakesAMissingFolderAndSaysWhyWhenItCannot() throws {
        let (h, _) = try Self.setUp()
        h.write("m.txt", "text")
        let target = try SpoolFileSystem.move(RawPath(directory: h.inbox, name: "m.txt"), into: h.processed + "/x/y", name: "m.txt")
        #expect(target == h.processed + "/x/y/m.txt")
        #expect(h.files(in: h.processed) == ["x/y/m.txt"])
        // A file where the folder should be: the move says so, and the file stays.
        _ = FileManager.default.createFile(atPath: h.processed + "/z", contents: Data("in the way".utf8))
        h.write("n.txt", "text")
        do {
            try SpoolFileSystem.move(RawPath(directory: h.inbox, name: "n.txt"), into: h.processed + "/z", name: "n.txt")
            Issue.record("moved into a file")
        } catch {
            #expect(error.errno == ENOTDIR && error.description.contains("cannot use as a directory"))
        }
        #expect(h.files(in: h.inbox) == ["n.txt"])
    }
}
