import Dispatch
import Foundation
import NewsCore
import Synchronization

/// Links the articles of a large commit on a thread of its own, in their order, while the
/// store's thread writes their records: the story linker is then off the commit's critical path.
/// In a backlog the linker was about 40% of the store thread's time (0.17 of 0.39 ms a file at
/// 1,000,000 files), and the store's thread is the one stage of the pipeline that cannot spread
/// over both cores. Links are the same as linking inline: one linker, the same articles, in the
/// same order; only their analysis rows are written after the batch's records instead of beside
/// each.
///
/// Protocol, all on the store's thread: ``begin(_:)``, ``enqueue(seq:atMillis:analysis:)`` for
/// each article, then ``finish()``, which waits until every article is linked and returns the
/// links in order. Between `begin` and `finish` the linker belongs to this thread; the store's
/// thread touches it again (commit or rollback) only after `finish` returned.
final class LinkerThread: Sendable {
    /// The linker, handed to the thread for one commit: see the ownership rule above, which the
    /// compiler cannot follow across the two threads.
    private struct Lent: @unchecked Sendable {
        let linker: StoryLinker
    }

    private struct Job: Sendable {
        let seq: Int64
        let atMillis: Int64
        let analysis: ArticleAnalysis
    }

    private struct State {
        var lent: Lent?
        var jobs: [Job] = []
        var taken = 0
        var links: [StoryLinker.Link] = []
        /// The thread waits for work (every job taken is linked).
        var idle = true
        /// ``finish()`` waits for the thread to become idle.
        var closing = false
        var stopped = false
    }

    private let state = Mutex(State())
    private let wake = DispatchSemaphore(value: 0)
    private let drained = DispatchSemaphore(value: 0)

    /// Commits of at least this many files link on the thread; smaller ones link inline (a
    /// hand-over costs a thread's wake-up, more than a file or two gain).
    static let minimumFiles = 16

    init() {
        // The thread holds this object until ``stop()``.
        let thread = Thread { [self] in loop() }
        thread.name = "newsd-linker"
        thread.start()
    }

    private func loop() {
        while true {
            wake.wait()
            while true {
                let (batch, lent, stop) = state.withLock { s -> ([Job], Lent?, Bool) in
                    if s.stopped { return ([], nil, true) }
                    let batch = Array(s.jobs[s.taken...])
                    s.taken = s.jobs.count
                    if batch.isEmpty {
                        s.idle = true
                        if s.closing {
                            s.closing = false
                            drained.signal()
                        }
                    }
                    return (batch, s.lent, false)
                }
                if stop { return }
                guard !batch.isEmpty, let lent else { break }
                let links = batch.map { lent.linker.link(seq: $0.seq, atMillis: $0.atMillis, analysis: $0.analysis) }
                state.withLock { $0.links.append(contentsOf: links) }
            }
        }
    }

    /// Lends `linker` to the thread for one commit.
    func begin(_ linker: StoryLinker) {
        state.withLock { s in
            s.lent = Lent(linker: linker)
            s.jobs.removeAll(keepingCapacity: true)
            s.links.removeAll(keepingCapacity: true)
            s.taken = 0
        }
    }

    /// Queues one article to link, after those queued before it.
    func enqueue(seq: Int64, atMillis: Int64, analysis: ArticleAnalysis) {
        let signal = state.withLock { s -> Bool in
            s.jobs.append(Job(seq: seq, atMillis: atMillis, analysis: analysis))
            guard s.idle else { return false }
            s.idle = false
            return true
        }
        if signal { wake.signal() }
    }

    /// Waits until every queued article is linked, takes the linker back, and returns the links
    /// in the order the articles were queued.
    func finish() -> [StoryLinker.Link] {
        let wait = state.withLock { s -> Bool in
            guard !s.idle else { return false }
            s.closing = true
            return true
        }
        if wait { drained.wait() }
        return state.withLock { s in
            s.lent = nil
            s.jobs.removeAll(keepingCapacity: true)
            s.taken = 0
            defer { s.links.removeAll(keepingCapacity: true) }
            return s.links
        }
    }

    /// Ends the thread (the store is closing).
    func stop() {
        state.withLock { $0.stopped = true }
        wake.signal()
    }
}
