import CSQLite
import Dispatch
import Foundation
import Synchronization

/// Copies the write-ahead log back into the database on a thread and connection of its own, so
/// that no commit waits for it. SQLite's default has the committing connection do it once the
/// WAL holds 1,000 pages: with about 30 pages a one-article commit, every 30th file waited
/// several milliseconds more for its commit (and its alert), the tail of drop-to-alert.
///
/// The writer's WAL hook asks for a checkpoint past ``threshold`` pages (4,000, not SQLite's
/// 1,000: each pass copies the pages rewritten since the last one and syncs the database, and
/// a 10,000-file burst took 0.706 ms of CPU a file with passes at 1,000 pages against 0.622 at
/// 4,000, on a quiet machine); a PASSIVE checkpoint
/// never blocks the writer. Should the checkpoints fall behind (a reader holding an old
/// snapshot), the writer checkpoints itself past ``backstop`` pages, as before, so the log
/// stays bounded.
///
/// A connection that has not read the database yet does not know it is in WAL mode, and SQLite
/// then treats `sqlite3_wal_checkpoint_v2` as a no-op that succeeds (it returns SQLITE_OK with
/// -1 pages): the connection reads the schema once before its first checkpoint, and each pass
/// records what it copied (``lastPass``), so a checkpoint that copies nothing is seen.
final class WALCheckpointer: Sendable {
    static let threshold: Int32 = 4_000
    static let backstop: Int32 = 16_000

    private struct State {
        var requested = false
        var stopped = false
        var completed = 0
        var failed = false
        var lastPass = Pass(log: -1, copied: -1)
    }

    /// What one checkpoint pass found: pages in the log, and pages copied back in all (both -1
    /// when the pass did nothing, as on a connection that is not in WAL mode).
    struct Pass: Sendable, Equatable {
        var log: Int32
        var copied: Int32
    }

    private let state = Mutex(State())
    private let wake = DispatchSemaphore(value: 0)
    /// Signalled after each checkpoint (for tests).
    let checkpointed = DispatchSemaphore(value: 0)

    /// Starts the thread, which opens a connection of its own to the database at `path`. Should
    /// that fail, the writer checkpoints itself at ``threshold`` pages, as SQLite does by default.
    init(path: String) {
        // The thread holds the checkpointer until ``stop()``.
        let thread = Thread.named("newsd-checkpt") { [self] in loop(path: path) }
        thread.start()
    }

    private func loop(path: String) {
        var connection = try? SQLiteDatabase(path: path)
        do {
            // Reading the schema opens the connection's WAL: without a read first, a checkpoint
            // on it does nothing (see the type's comment).
            try connection?.execute("SELECT count(*) FROM sqlite_schema")
        } catch {
            connection = nil
        }
        if connection == nil { state.withLock { $0.failed = true } }
        while true {
            wake.wait()
            let go = state.withLock { s -> Bool in
                if s.stopped { return false }
                s.requested = false
                return true
            }
            guard go, let connection else { break }
            var pass = Pass(log: -1, copied: -1)
            _ = sqlite3_wal_checkpoint_v2(connection.handle, nil, SQLITE_CHECKPOINT_PASSIVE, &pass.log, &pass.copied)
            state.withLock {
                $0.completed += 1
                $0.lastPass = pass
            }
            checkpointed.signal()
        }
    }

    /// Whether the checkpointer's connection could not be opened.
    var failed: Bool { state.withLock { $0.failed } }

    /// Checkpoints done so far.
    var completed: Int { state.withLock { $0.completed } }

    /// What the latest checkpoint found and copied.
    var lastPass: Pass { state.withLock { $0.lastPass } }

    /// Asks for a checkpoint (one is enough for any number of requests before it starts).
    func request() {
        let first = state.withLock { s -> Bool in
            defer { s.requested = true }
            return !s.requested && !s.stopped
        }
        if first { wake.signal() }
    }

    /// Ends the thread, which closes its connection.
    func stop() {
        state.withLock { $0.stopped = true }
        wake.signal()
    }

    /// Installs the hook on the writer's connection `db`; the checkpointer must outlive it (the
    /// store holds both and removes the hook first).
    func hook(_ db: OpaquePointer?) {
        sqlite3_wal_hook(db, { context, db, name, pages in
            guard let context else { return SQLITE_OK }
            let checkpointer = Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue()
            if pages >= WALCheckpointer.backstop || (pages >= WALCheckpointer.threshold && checkpointer.failed) {
                _ = sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            } else if pages >= WALCheckpointer.threshold {
                checkpointer.request()
            }
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }
}
