/// One file, read and decoded, ready to be committed with others in one transaction.
public struct IntakeItem: Sendable {
    /// The name recorded in the journal: relative to the inbox, or the path given to `ingest`.
    public var file: String
    /// `dev:ino:size:mtime:name` of the inbox file; lets a restart after a crash recognise a file
    /// whose record was committed but which had not yet been moved out of the inbox.
    public var identity: String?
    public var sha256: String
    public var result: Result<[Article], IntakeError>
    /// What the analysis found, one per article (empty when the file was not analysed).
    public var analyses: [ArticleAnalysis]
    /// What the decoder left out without refusing the file (``DecodeNotes``), to log with it.
    public var notes: [String]
    /// The subscriptions its articles matched on the decoding threads (nil: not matched there).
    public var matched: PipelineMatches?

    public init(
        file: String, identity: String?, sha256: String, result: Result<[Article], IntakeError>,
        analyses: [ArticleAnalysis] = [], notes: [String] = []
    ) {
        self.file = file
        self.identity = identity
        self.sha256 = sha256
        self.result = result
        self.analyses = analyses
        self.notes = notes
    }
}

/// What the store did with one ``IntakeItem``.
public enum IntakeOutcome: Sendable, Equatable {
    /// New articles, with their sequence numbers.
    case stored(seqs: [Int64])
    /// The same bytes were stored before; a duplicate record was appended.
    case duplicate(seq: Int64, of: Int64)
    /// The file is not an article; a failure record was appended.
    case failed(seq: Int64, code: String, reason: String)
    /// This very file (same identity and content) was recorded before a crash; nothing appended.
    case alreadyRecorded(kind: JournalRecord.Kind, seq: Int64, code: String?, reason: String?)
}
