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
    private let done = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Completion?>(nil)

    /// What the commit came to.
    struct Completion: Sendable {
        var result: Result<[IntakeOutcome], StoreError>
        /// Why the store's head anchor (kept outside the database) could not be written, if it
        /// could not: the commit stands, but a rollback would go unnoticed.
        var anchorFailure: String?
    }

    private init(items: [IntakeItem], millis: Int64) {
        self.items = items
        self.millis = millis
        names = Set(items.map(\.file))
    }

    /// Starts appending `items` to `journal`.
    static func start(_ items: [IntakeItem], at millis: Int64, journal: any ArticleJournal) -> PendingCommit {
        let commit = PendingCommit(items: items, millis: millis)
        Task {
            var completion: Completion
            do throws(StoreError) {
                completion = Completion(result: .success(try await journal.append(commit.items, at: commit.millis)))
                if let sqlite = journal as? SQLiteStore { completion.anchorFailure = await sqlite.anchorFailure }
            } catch {
                completion = Completion(result: .failure(error))
            }
            commit.outcome.withLock { $0 = completion }
            commit.done.signal()
        }
        return commit
    }

    /// Waits for the commit (blocking the calling thread); its outcomes, one per item, or why
    /// nothing was committed.
    func wait() -> Completion {
        done.wait()
        done.signal()  // a second wait returns at once
        return outcome.withLock { $0! }
    }
}

/// Runs `body` on the cooperative pool and blocks the calling thread until it is done: for the
/// engine's own thread (never a thread of the pool) to ask an actor something.
func blockingAwait<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let done = DispatchSemaphore(value: 0)
    let box = Mutex<T?>(nil)
    Task {
        let value = await body()
        box.withLock { $0 = value }
        done.signal()
    }
    done.wait()
    return box.withLock { $0! }
}
