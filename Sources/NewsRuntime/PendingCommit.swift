import Dispatch
import NewsCore
import NewsStoreSQLite

/// A batch being committed on a committer queue while the caller reads and decodes the next
/// one: waiting for the disk (fsync) overlaps the analysis. Commits on one serial queue run one
/// at a time, in order. The caller must not touch the store or the linker until it has waited.
final class PendingCommit: @unchecked Sendable {
    let items: [IntakeItem]
    let millis: Int64
    /// The batch's file names.
    let names: Set<String>
    private let done = DispatchSemaphore(value: 0)
    /// Written on the queue before `done` is signalled; read only after waiting for it.
    private var result: Result<[IntakeOutcome], SQLiteError> = .success([])
    /// The alert run that followed a successful commit; read only after ``wait()``.
    private(set) var alertRun: AlertRun?

    private init(items: [IntakeItem], millis: Int64) {
        self.items = items
        self.millis = millis
        names = Set(items.map(\.file))
    }

    /// Starts committing `items` on `queue`; an ``AlertRun`` of `alerts` (matching and delivering
    /// them) follows there, after a successful commit and before ``wait()`` returns.
    static func start(_ items: [IntakeItem], at millis: Int64, store: any ArticleStore, linker: StoryLinker?,
                      on queue: DispatchQueue, alerts: AlertDispatcher? = nil) -> PendingCommit {
        let commit = PendingCommit(items: items, millis: millis)
        let store = UncheckedSendable(store)
        let linker = UncheckedSendable(linker)
        let alerts = UncheckedSendable(alerts)
        queue.async {
            do throws(SQLiteError) {
                commit.result = .success(try store.value.commit(commit.items, at: commit.millis, linker: linker.value))
                commit.alertRun = alerts.value.map(AlertRun.init)
            } catch {
                commit.result = .failure(error)
            }
            commit.done.signal()
        }
        return commit
    }

    /// Waits for the commit; its outcomes, one per item, or why nothing was committed.
    func wait() -> Result<[IntakeOutcome], SQLiteError> {
        done.wait()
        done.signal()  // a second wait returns at once
        return result
    }
}

/// The store, the story linker and the alert dispatcher cross to the committer queue inside one
/// of these each: their owner does not touch them again until it has waited for that commit.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
