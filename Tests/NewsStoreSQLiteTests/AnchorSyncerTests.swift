import Foundation
import NewsCore
import Testing

@testable import NewsStoreSQLite

/// The head anchor written on a thread of its own (the daemon's store): a commit does not wait
/// for it, and the anchor is never ahead of the database, at most behind it after a crash.
@Suite final class AnchorSyncerTests: Sendable {
    let directory: String
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-anchor-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/newsd.db"
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func item(_ file: String) -> IntakeItem {
        IntakeItem(file: file, identity: nil, sha256: ContentHash.sha256Hex(Array(file.utf8)),
                   result: .success([Article(title: "Harbour ferry \(file) resumes", body: "The ferry \(file) sails again after repairs.", format: "text")]))
    }

    var anchored: Int64? { (try? StoreAnchor.read(path: StoreAnchor.path(forStore: path)))?.seq }

    @Test func aCommitsHeadReachesTheAnchorThroughItsThread() throws {
        let store = try SQLiteArticleStore(path: path)
        store.anchorInBackground()
        #expect(store.anchorSyncer != nil)
        for i in 1...3 { _ = try store.commit([item("f\(i)")], at: Int64(i)) }
        store.anchorSyncer?.flush()
        #expect(anchored == 3)
        #expect(store.anchorFailure == nil)
        #expect(try store.verify().problem == nil)
    }

    @Test func closingTheStoreWritesTheLastHead() throws {
        do {
            let store = try SQLiteArticleStore(path: path)
            store.anchorInBackground()
            for i in 1...5 { _ = try store.commit([item("g\(i)")], at: Int64(i)) }
        }
        #expect(anchored == 5)
        #expect(try SQLiteArticleStore(path: path, readOnly: true).verify().problem == nil)
    }

    @Test func headsHandedOverDuringAWriteFoldIntoTheNewest() throws {
        let syncer = AnchorSyncer(try StoreAnchor.Writer(path: directory + "/other.head"))
        defer { syncer.stop() }
        for seq in Int64(1)...40 { syncer.post(StoreAnchor(seq: seq, chain: Array(repeating: UInt8(seq), count: 32))) }
        syncer.flush()
        let read = try #require(try StoreAnchor.read(path: directory + "/other.head"))
        #expect(read.seq == 40)
        #expect(read.chain == Array(repeating: 40, count: 32))
    }

    /// What a crash can leave with the anchor written in the background: an anchor behind the
    /// database by a few commits. Not a loss: `verify` is content, and an open catches it up.
    @Test func anAnchorBehindTheDatabaseIsCaughtUpAtTheNextOpen() throws {
        do {
            let store = try SQLiteArticleStore(path: path)
            for i in 1...2 { _ = try store.commit([item("h\(i)")], at: Int64(i)) }
        }
        let behind = try Data(contentsOf: URL(fileURLWithPath: StoreAnchor.path(forStore: path)))
        do {
            let store = try SQLiteArticleStore(path: path)
            for i in 3...6 { _ = try store.commit([item("h\(i)")], at: Int64(i)) }
        }
        try behind.write(to: URL(fileURLWithPath: StoreAnchor.path(forStore: path)))
        #expect(anchored == 2)
        #expect(try SQLiteArticleStore(path: path, readOnly: true).verify().problem == nil)
        let reopened = try SQLiteArticleStore(path: path)
        #expect(reopened.lostRecords == nil)
        #expect(anchored == 6)
    }

    /// The look-alike that must still be found: an anchor AHEAD of the database (its last
    /// commits lost) is a rollback, background writes or not.
    @Test func anAnchorAheadOfTheDatabaseIsStillARollback() throws {
        do {
            let store = try SQLiteArticleStore(path: path)
            store.anchorInBackground()
            for i in 1...2 { _ = try store.commit([item("k\(i)")], at: Int64(i)) }
        }
        for ext in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + ext) {
            try FileManager.default.copyItem(atPath: path + ext, toPath: path + ext + ".old")
        }
        do {
            let store = try SQLiteArticleStore(path: path)
            store.anchorInBackground()
            for i in 3...4 { _ = try store.commit([item("k\(i)")], at: Int64(i)) }
        }
        for ext in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + ext)
            if FileManager.default.fileExists(atPath: path + ext + ".old") {
                try FileManager.default.copyItem(atPath: path + ext + ".old", toPath: path + ext)
            }
        }
        let report = try SQLiteArticleStore(path: path, readOnly: true).verify()
        #expect(report.problem?.contains("records 3-4") == true, "\(report.problem ?? "none")")
    }
}
