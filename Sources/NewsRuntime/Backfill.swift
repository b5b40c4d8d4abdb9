import Foundation
import NewsCore

/// `newsd ingest PATH...`: the daemon's read-decode-commit pipeline over files and folders given
/// by hand. Files are left where they are (an archive is not an inbox).
public struct Backfill {
    public struct Summary: Sendable {
        public var files = 0
        public var articles = 0
        public var duplicates = 0
        public var failed: [(file: String, reason: String)] = []
        /// What decoders left out of stored files (``DecodeNotes``): the first ``noteLimit``,
        /// then only counted in `notesLeftOut`.
        public var notes: [(file: String, note: String)] = []
        public var notesLeftOut = 0
        public var seconds = 0.0
        public static let noteLimit = 1000
    }

    let journal: any ArticleJournal
    var intake: FileIntake
    let batchSize: Int
    let policy: FileNamePolicy

    /// - Parameters:
    ///   - journal: where the articles go; it links them to earlier ones (duplicates, stories).
    ///   - analyzer: runs on every article; nil stores them unanalysed.
    public init(journal: any ArticleJournal, configuration: NewsdConfiguration, analyzer: Analyzer? = nil) {
        self.journal = journal
        intake = FileIntake(
            maximumFileSize: configuration.maximumFileSize, analyzer: analyzer,
            decoder: ArticleDecoder(maximumFeedItems: configuration.maximumFeedItems))
        batchSize = configuration.batchMaximumFiles
        policy = configuration.namePolicy
    }

    /// The files under `paths` (``InputFiles/list(_:policy:)``: folders walked recursively, in name
    /// order, dotfiles and temp names skipped).
    /// - Throws: ``SpoolError`` for a path that does not exist or cannot be listed.
    public func files(under paths: [String]) throws(SpoolError) -> [String] {
        for path in paths where Syscalls.lstat(path) == nil {
            throw SpoolError(path: path, errno: errno, action: "cannot ingest")
        }
        return try InputFiles.list(paths, policy: policy)
    }

    /// Ingests `files` in batches; a batch is committed while the next is read and decoded.
    /// - Parameter progress: called after each batch with the number of files done.
    /// - Throws: ``StoreError`` when a batch could not be committed (nothing of it was stored).
    public func run(_ files: [String], progress: (Int) -> Void = { _ in }) throws(StoreError) -> Summary {
        var summary = Summary()
        let start = monotonicNow()
        var pending: PendingCommit?

        func finish(_ commit: PendingCommit) throws(StoreError) {
            let outcomes = try commit.wait().result.get()
            for (item, outcome) in zip(commit.items, outcomes) {
                switch outcome {
                case .stored(let seqs):
                    summary.articles += seqs.count
                    for note in item.notes {
                        if summary.notes.count < Summary.noteLimit { summary.notes.append((item.file, note)) } else { summary.notesLeftOut += 1 }
                    }
                case .duplicate, .alreadyRecorded: summary.duplicates += 1
                case .failed(_, _, let reason): summary.failed.append((item.file, reason))
                }
            }
        }

        var index = 0
        while index < files.count {
            let chunk = files[index..<min(index + batchSize, files.count)]
            var prepared: [FileIntake.Prepared] = []
            for path in chunk {
                let p = intake.read(path: RawPath(escaped: path), name: path, recordIdentity: false)
                switch p {
                case .read, .item: prepared.append(p)
                case .skip, .notBefore: summary.failed.append((path, "the file vanished or changed while it was read"))
                }
            }
            let items = intake.decode(prepared)
            if let previous = pending {
                try finish(previous)
                summary.files = index
                progress(index)
            }
            pending = PendingCommit.start(items, at: Int64(Date().timeIntervalSince1970 * 1000), journal: journal)
            index += chunk.count
        }
        if let last = pending { try finish(last) }
        summary.files = index
        progress(index)
        summary.seconds = monotonicNow() - start
        return summary
    }
}
