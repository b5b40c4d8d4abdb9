/// One record's file, as it went to processed/ (for `newsd redact` and `newsd prune`, which remove it).
public struct JournalFile: Sendable, Equatable {
    public var seq: Int64
    public var kind: JournalRecord.Kind
    public var file: String
    public var fileSHA256: String
    /// Intake time: processed/YYYY/MM/DD is this day (UTC).
    public var atMillis: Int64
    /// The server that took the file in (PostgreSQL, several servers), whose processed/ holds it;
    /// nil in a store of one server (SQLite).
    public var server: String?

    public init(seq: Int64, kind: JournalRecord.Kind, file: String, fileSHA256: String, atMillis: Int64, server: String? = nil) {
        self.seq = seq
        self.kind = kind
        self.file = file
        self.fileSHA256 = fileSHA256
        self.atMillis = atMillis
        self.server = server
    }
}
