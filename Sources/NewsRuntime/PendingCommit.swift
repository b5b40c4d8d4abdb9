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

    private init(items: [IntakeItem], millis: Int64) {
        self.items = items
        self.millis = millis
        names = Set(items.map(\.file))
    }

    /// Starts committing `items` on `queue`.
    static func start(_ items: [IntakeItem], at millis: Int64, store: any ArticleStore, linker: StoryLinker?,
                      on queue: DispatchQueue) -> PendingCommit {
        let commit = PendingCommit(items: items, millis: millis)
        let store = UncheckedSendable(store)
        let linker = UncheckedSendable(linker)
        queue.async {
            do throws(SQLiteError) {
                commit.result = .success(try store.value.commit(commit.items, at: commit.millis, linker: linker.value))
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

/// The store and the story linker cross to the committer queue inside one
/// of these each: their owner does not touch them again until it has waited for that commit.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
