import Dispatch
import Foundation
import Synchronization

/// Sends STATUS= lines from a thread of its own, so that the ingest loop never waits on the
/// service manager: sd_notify(3) blocks while the notify socket's queue is full. Lines are
/// coalesced to the latest and sent at most every ``interval`` seconds; a line that comes after
/// a quiet spell goes out at once (so a lone file's status is not held back).
final class StatusPublisher: Sendable {
    static let interval = 0.005

    private let pending = Mutex<String?>(nil)
    private let signal = DispatchSemaphore(value: 0)
    private let stopped = Atomic<Bool>(false)

    init(notifier: SystemdNotifier) {
        let thread = Thread.named("newsd-status") { [self] in
            while true {
                signal.wait()
                if stopped.load(ordering: .acquiring) { return }
                guard let line = pending.withLock({ value -> String? in
                    defer { value = nil }
                    return value
                }) else { continue }
                notifier.status(line)
                Thread.sleep(forTimeInterval: Self.interval)  // rate limit, not synchronisation: at most 200 a second
            }
        }
        thread.start()
    }

    /// Replaces the line waiting to be sent.
    func publish(_ line: String) {
        let wasEmpty = pending.withLock { value -> Bool in
            defer { value = line }
            return value == nil
        }
        if wasEmpty { signal.signal() }
    }

    func stop() {
        stopped.store(true, ordering: .releasing)
        signal.signal()
    }
}

/// The one STATUS line of the engines of several inboxes: their counters summed (alerts are
/// counted once: every engine reads the same service), the first problem any of them has.
/// One engine alone owns one with a single slot.
final class SharedStatus: Sendable {
    private let slots: Mutex<[IngestCounters]>
    private let publisher: StatusPublisher

    init(engines: Int, notifier: SystemdNotifier) {
        slots = Mutex(Array(repeating: IngestCounters(), count: max(engines, 1)))
        publisher = StatusPublisher(notifier: notifier)
    }

    /// Records `counters` for the engine in `slot`; the sum of all.
    @discardableResult
    func update(_ slot: Int, _ counters: IngestCounters) -> IngestCounters {
        slots.withLock { slots in
            slots[slot] = counters
            var sum = IngestCounters()
            for c in slots {
                sum.articles += c.articles
                sum.duplicates += c.duplicates
                sum.failed += c.failed
                sum.queued += c.queued
                sum.batches += c.batches
                sum.alerts = max(sum.alerts, c.alerts)
                sum.storeProblem = sum.storeProblem ?? c.storeProblem
                sum.spoolProblem = sum.spoolProblem ?? c.spoolProblem
            }
            return sum
        }
    }

    /// The line with `counters` for `slot`, sent from the publisher's thread.
    func publish(_ slot: Int, _ counters: IngestCounters) {
        publisher.publish(update(slot, counters).statusLine)
    }

    func line(_ slot: Int, _ counters: IngestCounters) -> String { update(slot, counters).statusLine }

    func stop() { publisher.stop() }
}
