import Dispatch
import NewsCore
import NewsStoreSQLite
import Synchronization

/// A batch being appended to the journal while the caller, on a thread of its own (not the
/// cooperative pool), reads and decodes the next one: waiting for the disk (fsync) overlaps the
/// analysis. The caller waits for one commit before starting the next, so they stay in order.
final class PendingCommit: Sendable {
    let items: [IntakeItem]
    let millis: Int64
    /// The batch's file names.
    let names: Set<String>
    /// When the commit started (for its latency).
    let started = ContinuousClock.now
    private let completion: Pending<Completion>

    /// What the commit came to.
    struct Completion: Sendable {
        var result: Result<[IntakeOutcome], StoreError>
        /// Why the store's head anchor (kept outside the database) could not be written, if it
        /// could not: the commit stands, but a rollback would go unnoticed.
        var anchorFailure: String?
        /// Why the full-text index could not take the last articles, if it could not: they are
        /// stored and alerted on, and a search reads them one by one until it can.
        var searchIndexFailure: String?
    }

    private init(_ items: [IntakeItem], at millis: Int64, journal: any ArticleJournal) {
        self.items = items
        self.millis = millis
        names = Set(items.map(\.file))
        completion = Pending {
            do throws(StoreError) {
                var done = Completion(result: .success(try await journal.append(items, at: millis)))
                if let sqlite = journal as? SQLiteStore {
                    done.anchorFailure = await sqlite.anchorFailure
                    done.searchIndexFailure = await sqlite.searchIndexFailure
                }
                return done
            } catch {
                return Completion(result: .failure(error))
            }
        }
    }

    /// Starts appending `items` to `journal`.
    static func start(_ items: [IntakeItem], at millis: Int64, journal: any ArticleJournal) -> PendingCommit {
        PendingCommit(items, at: millis, journal: journal)
    }

    /// Waits for the commit (blocking the calling thread); its outcomes, one per item, or why
    /// nothing was committed.
    func wait() -> Completion { completion.wait() }
}

/// Work started on the cooperative pool whose result a thread of its own (never a thread of the
/// pool) waits for, blocking.
final class Pending<T: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let value = Mutex<T?>(nil)

    init(_ body: @escaping @Sendable () async -> T) {
        Task {
            let result = await body()
            self.value.withLock { $0 = result }
            self.done.signal()
        }
    }

    /// The result, once `body` returned; a second wait returns at once.
    func wait() -> T {
        done.wait()
        done.signal()
        return value.withLock { $0! }
    }
}

/// Runs `body` on the cooperative pool and blocks the calling thread until it is done: for the
/// engine's own thread (never a thread of the pool) to ask an actor something.
func blockingAwait<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    Pending(body).wait()
}
