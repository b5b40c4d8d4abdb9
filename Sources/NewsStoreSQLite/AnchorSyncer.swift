import Dispatch
import Foundation
import Synchronization

/// Writes the head anchor (``StoreAnchor``) on a thread of its own, so that a commit's way to its
/// alert waits for one fsync (the WAL's), not two. A commit hands its new head over once its
/// transaction is durable (``post(_:)``) and returns; the thread writes and fsyncs the newest head
/// handed over (heads handed over while a write is in progress are folded into the next write:
/// the anchor only ever needs the newest).
///
/// The anchor is never ahead of the database (a head is handed over only after its commit), and
/// may be behind it by the commits of one write after a crash, which an open of the store takes
/// as it took an anchor a crash left one commit behind (it writes the database's head); `newsd
/// verify` reports only an anchor ahead of the journal. ``flush()`` returns once every head handed
/// over is written: at a close, and after a retention pass.
final class AnchorSyncer: Sendable {
    private struct Queue {
        var next: StoreAnchor?
        var stopped = false
        var failure: String?
    }

    private let queue = Mutex(Queue())
    /// Held while a head is written, by the thread or by ``flush()``: one writer at a time.
    private let writer: Mutex<StoreAnchor.Writer>
    private let wake = DispatchSemaphore(value: 0)
    /// Signalled after each write of the thread (for tests).
    let wrote = DispatchSemaphore(value: 0)

    init(_ writer: sending StoreAnchor.Writer) {
        self.writer = Mutex(writer)
        // The thread holds the syncer until ``stop()``.
        let thread = Thread.named("newsd-anchor") { [self] in loop() }
        thread.start()
    }

    private func loop() {
        while true {
            wake.wait()
            if queue.withLock({ $0.stopped }) { break }
            writeNext()
            wrote.signal()
        }
    }

    /// Writes the newest head handed over, if one waits.
    private func writeNext() {
        writer.withLock { writer in
            guard let head = queue.withLock({ q -> StoreAnchor? in
                defer { q.next = nil }
                return q.next
            }) else { return }
            let failure: String?
            do throws(AnchorError) {
                try writer.write(head)
                failure = nil
            } catch {
                failure = error.description
            }
            queue.withLock { $0.failure = failure }
        }
    }

    /// Hands over the head of a durable commit.
    func post(_ head: StoreAnchor) {
        let wasIdle = queue.withLock { q -> Bool in
            defer { q.next = head }
            return q.next == nil && !q.stopped
        }
        if wasIdle { wake.signal() }
    }

    /// Returns once every head handed over is written (by the thread, or here).
    func flush() {
        writeNext()
    }

    /// Why the last write failed, if it did.
    var failure: String? { queue.withLock { $0.failure } }

    /// Writes what waits, then ends the thread.
    func stop() {
        flush()
        queue.withLock { $0.stopped = true }
        wake.signal()
    }
}
