import CSystemd
import Dispatch
import Foundation
import Glibc
import Synchronization

/// sd_notify(3): READY, STATUS, WATCHDOG, RELOADING and STOPPING messages to the service
/// manager. Does nothing when `$NOTIFY_SOCKET` is unset (not run by systemd).
///
/// Messages are sent in order from a thread of their own: sd_notify blocks while the notify
/// socket's queue is full, and a jammed service manager must never hold up ingestion or a stop
/// (a SIGTERM once waited two minutes on STOPPING=1 to a socket nobody read).
public final class SystemdNotifier: Sendable {
    private final class Outbox: Sendable {
        let messages = Mutex<[String]>([])
        let signal = DispatchSemaphore(value: 0)
    }

    private let outbox = Outbox()
    private let enabled = ProcessInfo.processInfo.environment["NOTIFY_SOCKET"].map { !$0.isEmpty } ?? false

    public init() {
        guard enabled else { return }
        let outbox = self.outbox
        let thread = Thread.named("newsd-notify") {
            while true {
                outbox.signal.wait()
                let next = outbox.messages.withLock { q -> String? in q.isEmpty ? nil : q.removeFirst() }
                if let next { _ = sd_notify(0, next) }
            }
        }
        thread.start()
    }

    /// Queues one message; returns at once. A STATUS= line still waiting is replaced by the
    /// next one, so a jammed socket costs no memory.
    public func notify(_ state: String) {
        guard enabled else { return }
        let added = outbox.messages.withLock { q -> Bool in
            if state.hasPrefix("STATUS="), let last = q.last, last.hasPrefix("STATUS=") {
                q[q.count - 1] = state
                return false
            }
            q.append(state)
            return true
        }
        if added { outbox.signal.signal() }
    }

    public func ready(status: String) { notify("READY=1\nSTATUS=\(status)") }
    public func status(_ text: String) { notify("STATUS=\(text)") }
    public func stopping() { notify("STOPPING=1\nSTATUS=Stopping: finishing the batch in hand") }

    /// RELOADING=1 with the MONOTONIC_USEC systemd 253 asks for with Type=notify-reload.
    public func reloading() {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let usec = UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1000
        notify("RELOADING=1\nMONOTONIC_USEC=\(usec)\nSTATUS=Reloading configuration")
    }

    /// The watchdog interval systemd asked for, in seconds, or nil when none.
    public var watchdogInterval: Double? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return Double(usec) / 1_000_000
    }
}

/// Monotonic time in seconds, for deadlines and intervals.
func monotonicNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
