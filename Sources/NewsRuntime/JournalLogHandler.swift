import CSystemd
import Glibc
import Logging

/// A swift-log handler that writes structured entries to journald with sd_journal_sendv(3):
/// MESSAGE, PRIORITY, SYSLOG_IDENTIFIER, CODE_FILE/LINE/FUNC, and each metadata key as a field
/// (`newsd.file` becomes `NEWSD_FILE`). It never blocks on a full journal and never traps.
/// When journald refuses an entry (it is stopped or restarting), the line goes to stderr
/// instead, with a `<N>` priority prefix as systemd's stream protocol reads it: a log line is
/// never dropped silently.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String
    private let identifier: String
    /// Sends the fields of one entry; 0 or a negative errno (sd_journal_sendv; tests replace it).
    let sender: @Sendable ([String]) -> Int32
    /// Where a refused entry is written instead.
    let fallbackDescriptor: Int32

    public init(label: String, identifier: String = JournalMark.identifier) {
        self.init(label: label, identifier: identifier, sender: { Self.send($0) }, fallbackDescriptor: 2)
    }

    init(label: String, identifier: String = JournalMark.identifier, sender: @escaping @Sendable ([String]) -> Int32, fallbackDescriptor: Int32) {
        self.label = label
        self.identifier = identifier
        self.sender = sender
        self.fallbackDescriptor = fallbackDescriptor
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// True when stderr is connected to the journal (systemd sets `$JOURNAL_STREAM` to its dev:inode).
    public static var stderrIsJournal: Bool {
        guard let stream = getenv("JOURNAL_STREAM").map({ String(cString: $0) }) else { return false }
        var st = stat()
        guard fstat(2, &st) == 0 else { return false }
        return stream == "\(st.st_dev):\(st.st_ino)"
    }

    public func log(event: LogEvent) {
        var fields = [
            "MESSAGE=\(event.message)",
            "PRIORITY=\(Self.priority(event.level))",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "CODE_FILE=\(event.file)",
            "CODE_LINE=\(event.line)",
            "CODE_FUNC=\(event.function)",
            "NEWSD_LOGGER=\(label)",
        ]
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        for (key, value) in merged {
            fields.append("\(Self.fieldName(key))=\(value)")
        }
        let result = sender(fields)
        guard result < 0 else { return }
        let context = merged.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
        let message = String(event.message.description.map { $0 == "\n" ? " " : $0 })
        let line = "<\(Self.priority(event.level))>\(message)\(context) (journald refused the entry: \(String(cString: strerror(-result))))\n"
        _ = line.utf8CString.withUnsafeBufferPointer { write(fallbackDescriptor, $0.baseAddress, $0.count - 1) }
    }

    /// Where journald listens for native messages.
    public static let socketPath = "/run/systemd/journal/socket"

    /// Sends one entry; returns sd_journal_sendv's result (0, or a negative errno).
    /// sd_journal_sendv(3) reports success when the socket does not exist ("fail silently if the
    /// journal is not available"): that is reported here as -ENOENT, so that nothing is lost.
    @discardableResult
    public static func send(_ fields: [String], socketPath: String = socketPath) -> Int32 {
        guard access(socketPath, F_OK) == 0 else { return -ENOENT }
        var storage: [UInt8] = []
        var ranges: [Range<Int>] = []
        for field in fields {
            let start = storage.count
            storage.append(contentsOf: field.utf8)
            ranges.append(start..<storage.count)
        }
        return storage.withUnsafeMutableBytes { raw in
            let vecs = ranges.map { iovec(iov_base: raw.baseAddress! + $0.lowerBound, iov_len: $0.count) }
            return vecs.withUnsafeBufferPointer { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
        }
    }

    /// `newsd.file` -> `NEWSD_FILE`: upper case, only A-Z, 0-9 and _, not starting with _ or a digit.
    static func fieldName(_ key: String) -> String {
        var name = String(key.uppercased().map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "_" })
        while name.first == "_" || name.first?.isNumber == true { name.removeFirst() }
        return name.isEmpty ? "NEWSD_FIELD" : String(name.prefix(64))
    }

    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }
}
