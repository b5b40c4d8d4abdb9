import Foundation

/// How newsd's own test suite keeps its entries out of the way of real ones in the host's
/// journal. With `NEWSD_TEST_JOURNAL=1` in the environment (the test harness sets it for every
/// newsd it starts, and `make test` for the whole run), log lines and alerts are written with
/// `SYSLOG_IDENTIFIER=newsd-test`, alerts with their own MESSAGE_ID at priority debug (7, the
/// intended priority in `NEWSD_PRIORITY`) and `NEWSD_TEST=1`. So `journalctl -t newsd`,
/// `journalctl -p warning` and `newsd alerts` on the host never show a test's alert as real, and
/// `journalctl -t newsd-test` finds them all. journald cannot delete single entries; they
/// rotate away with the rest.
public enum JournalMark {
    public static let environmentKey = "NEWSD_TEST_JOURNAL"

    /// True in a process started with `NEWSD_TEST_JOURNAL=1`.
    public static let isTest: Bool = ProcessInfo.processInfo.environment[environmentKey] == "1"

    /// SYSLOG_IDENTIFIER of newsd's entries.
    public static var identifier: String { isTest ? testIdentifier : "newsd" }
    public static let testIdentifier = "newsd-test"

    /// MESSAGE_ID of an alert written by a test run.
    public static let testAlertID = "5e0b7d1f9c2a4e83b6d4a1c07f3e9b26"
}
