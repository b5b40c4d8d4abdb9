import CSystemd
import Glibc

/// sd_notify(3): READY, STATUS, WATCHDOG, RELOADING and STOPPING messages to the service
/// manager. Does nothing when `$NOTIFY_SOCKET` is unset (not run by systemd).
public struct SystemdNotifier: Sendable {
    public init() {}

    public func notify(_ state: String) {
        _ = sd_notify(0, state)
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
