import Foundation
import Synchronization

/// A serial executor running its jobs on one dedicated thread, for actors that make blocking
/// calls (SQLite, fsync) and must not hold one of the few threads of Swift's cooperative pool.
public final class ThreadExecutor: SerialExecutor, Sendable {
    private struct Queue: ~Copyable {
        var jobs: [UnownedJob] = []
        var stopping = false
    }
    private let queue = Mutex(Queue())
    private let wake = NSCondition()

    public init(name: String) {
        let thread = Thread.named(name) { [self] in self.loop() }
        thread.start()
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        wake.lock()
        queue.withLock { $0.jobs.append(job) }
        wake.signal()
        wake.unlock()
    }

    /// Lets the thread end once the jobs enqueued so far have run (the owner's deinit calls it).
    public func shutdown() {
        wake.lock()
        queue.withLock { $0.stopping = true }
        wake.signal()
        wake.unlock()
    }

    private func take() -> (jobs: [UnownedJob], stopping: Bool) {
        queue.withLock { q in
            defer { q.jobs.removeAll(keepingCapacity: true) }
            return (q.jobs, q.stopping)
        }
    }

    private func loop() {
        while true {
            wake.lock()
            var batch = take()
            while batch.jobs.isEmpty && !batch.stopping {
                wake.wait()
                batch = take()
            }
            wake.unlock()
            for job in batch.jobs { job.runSynchronously(on: asUnownedSerialExecutor()) }
            if batch.stopping && batch.jobs.isEmpty { return }
        }
    }

    public func asUnownedSerialExecutor() -> UnownedSerialExecutor { UnownedSerialExecutor(ordinary: self) }
}
