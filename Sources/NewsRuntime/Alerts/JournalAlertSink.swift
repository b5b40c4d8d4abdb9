import CSystemd
import Foundation
import NewsCore
/// One journald entry per alert, through sd_journal_sendv(3), so that
/// `journalctl -t newsd NEWSD_ALERT=senkaku` and `journalctl -p warning` find them.
public struct JournalAlertSink: AlertSink {
    /// MESSAGE_ID of a topic match; explained in systemd/newsd.catalog (`journalctl -x`).
    /// A test run's alerts have their own (``JournalMark``).
    public static var topicMatchID: String { JournalMark.isTest ? JournalMark.testAlertID : realTopicMatchID }
    public static let realTopicMatchID = "8f3c2a61d4b94e0f9a7b5e2d1c6f0a43"

    /// Where journald listens for native messages. Another path (a second journald, a test's own
    /// socket) gets the entry in journald's native datagram format directly.
    public var socketPath = JournalLogHandler.socketPath
    /// The store the alerts come from (``storeIdentity(_:)``), as `NEWSD_STORE`: `newsd alerts`
    /// shows only its own store's alerts when several newsd run on one machine.
    public var store: String?

    public let id: String

    public init(id: String = "journal", store: String? = nil) {
        self.id = id
        self.store = store
    }

    /// The store file's canonical path (symlinks and `..` resolved), the same for the daemon
    /// that writes alerts and for `newsd alerts` reading them.
    public static func storeIdentity(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Returns 0 when journald took the entry, or a negative errno.
    public func send(_ alert: AlertRecord) -> Int32 {
        let fields = Self.fields(alert, store: store)
        guard socketPath != JournalLogHandler.socketPath else { return JournalLogHandler.send(fields, socketPath: socketPath) }
        return Self.sendNative(fields, to: socketPath)
    }

    /// One datagram in journald's native protocol: `NAME=value` lines, or for a value with a
    /// newline, `NAME`, a newline, its length (64-bit little-endian) and the value.
    /// Returns 0 or a negative errno.
    static func sendNative(_ fields: [String], to path: String) -> Int32 {
        var datagram: [UInt8] = []
        for field in fields {
            let bytes = Array(field.utf8)
            guard let eq = bytes.firstIndex(of: UInt8(ascii: "=")), bytes[eq...].contains(UInt8(ascii: "\n")) else {
                datagram += bytes + [UInt8(ascii: "\n")]
                continue
            }
            let value = bytes[(eq + 1)...]
            datagram += bytes[..<eq] + [UInt8(ascii: "\n")]
            withUnsafeBytes(of: UInt64(value.count).littleEndian) { datagram += $0 }
            datagram += value + [UInt8(ascii: "\n")]
        }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return -errno }
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        guard pathBytes.count < MemoryLayout.size(ofValue: addr.sun_path) else { return -ENAMETOOLONG }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
            raw[pathBytes.count] = 0
        }
        let sent = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                sendto(fd, datagram, datagram.count, Int32(MSG_NOSIGNAL), $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return sent == datagram.count ? 0 : (sent < 0 ? -errno : -EMSGSIZE)
    }

    public func deliver(_ alert: AlertRecord) throws(SinkError) {
        let result = send(alert)
        guard result < 0 else { return }
        throw SinkError(.transient, "journald refused the entry (\(socketPath): \(String(cString: strerror(-result))))")
    }

    static func fields(_ a: AlertRecord, store: String? = nil) -> [String] {
        var fields = [
            "MESSAGE=\(a.summary)",
            "MESSAGE_ID=\(topicMatchID)",
            // A test's alert never passes for a real one in `journalctl -p warning`.
            "PRIORITY=\(JournalMark.isTest ? 7 : a.priority)",
            "SYSLOG_IDENTIFIER=\(JournalMark.identifier)",
            "NEWSD_ALERT=\(a.alert)",
            "NEWSD_SEQ=\(a.seq)",
            "NEWSD_TITLE=\(a.title)",
            "NEWSD_FILE=\(a.file)",
            "NEWSD_TOPICS=\(a.topics.joined(separator: ","))",
            "NEWSD_COUNTRIES=\(a.countries.joined(separator: ","))",
            "NEWSD_STORY=\(a.story)",
            "NEWSD_SCORE=\(String(format: "%.3f", a.score))",
            "NEWSD_ALERT_ROW=\(a.id)",
        ]
        if JournalMark.isTest { fields += ["NEWSD_TEST=1", "NEWSD_PRIORITY=\(a.priority)"] }
        if let url = a.url { fields.append("NEWSD_URL=\(url)") }
        if let store { fields.append("NEWSD_STORE=\(store)") }
        if let first = a.foldedInto { fields.append("NEWSD_FOLDED_INTO=\(first)") }
        return fields
    }
}
