import Foundation

/// Walks a journal's records in order and checks each against its hash and the chain, the same
/// for every store: a gap is allowed only after a checkpoint (the records up to it were pruned;
/// the chain continues from its value) or where the caller says records were lost; a redacted
/// article's record is checked through the content hash it kept (a version 1 record, whose hash
/// needs the text, only by the chain); a checkpoint must match its record's chain value while
/// the record exists. Notes (prunes, redactions) are collected for the report.
public struct ChainVerifier {
    public struct Redaction: Sendable {
        public var reason: String
        public var atMillis: Int64

        public init(reason: String, atMillis: Int64) {
            self.reason = reason
            self.atMillis = atMillis
        }
    }

    private let checkpoints: [Int64: Checkpoint]
    private let redactions: [Int64: Redaction]
    /// The last record checked (or the checkpoint the chain continues from).
    public private(set) var last: Int64 = 0
    /// The chain value after `last`.
    public private(set) var chain = JournalRecord.genesis
    /// Records checked.
    public private(set) var checked: Int64 = 0
    public private(set) var notes: [String] = []

    public init(checkpoints: [Int64: Checkpoint], redactions: [Int64: Redaction]) {
        self.checkpoints = checkpoints
        self.redactions = redactions
    }

    static func time(_ millis: Int64) -> String { DateParser.format(Date(timeIntervalSince1970: Double(millis) / 1000)) }

    /// Continues the chain from the checkpoint at `seq`: the records up to it were pruned.
    private mutating func resume(at seq: Int64) {
        let c = checkpoints[seq]!
        notes.append("records up to \(seq) were pruned at \(Self.time(c.atMillis)) (those ingested before \(Self.time(c.beforeMillis))); "
            + "verified from the checkpoint at record \(seq), chain \(ContentHash.hex(c.chain).prefix(16))...")
        chain = c.chain
        last = seq
    }

    /// Checks the next record. `record` carries its stored fields and its article when the store
    /// holds one; `storedHash`, `storedChain` and `storedContentHash` are what the store kept.
    /// - Parameter lostAllowed: whether records `from...through` are known lost (not a problem here).
    /// - Returns: the problem and the first bad seq, or nil.
    public mutating func check(
        _ record: JournalRecord, storedHash: [UInt8], storedChain: [UInt8], storedContentHash: [UInt8]?,
        lostAllowed: (_ from: Int64, _ through: Int64) -> Bool = { _, _ in false }
    ) -> (String, Int64)? {
        var record = record
        let seq = record.seq
        checked += 1
        if seq != last + 1, checkpoints[seq - 1] != nil, seq - 1 >= last { resume(at: seq - 1) }
        if seq != last + 1, !lostAllowed(last + 1, seq - 1) {
            return ("record \(last + 1) is missing (the next record is \(seq))", last + 1)
        }
        last = seq
        let hash: [UInt8]
        if let article = record.article {
            if record.version >= 2, JournalRecord.contentHash(article) != storedContentHash {
                return ("record \(seq) (\(record.file)): its article's text was altered: it no longer matches its content hash", seq)
            }
            hash = record.recordHash
        } else if record.kind == .article, let redaction = redactions[seq] {
            notes.append("record \(seq) (\(record.file)) was redacted at \(Self.time(redaction.atMillis)): \(redaction.reason)"
                + (record.version >= 2 ? "" : " (a version 1 record: its own fields are vouched for by the chain only)"))
            if record.version >= 2 {
                record.keptContentHash = storedContentHash
                hash = record.recordHash
            } else {
                hash = storedHash
            }
        } else if record.kind == .article {
            return ("record \(seq) is an article whose text is missing", seq)
        } else {
            hash = record.recordHash
        }
        if hash != storedHash {
            return ("record \(seq) (\(record.file)) was altered: its content no longer matches its hash", seq)
        }
        let next = JournalRecord.chain(previous: chain, recordHash: hash)
        if next != storedChain {
            return ("record \(seq) (\(record.file)) breaks the hash chain: a record before it was changed or removed", seq)
        }
        if let c = checkpoints[seq], c.chain != next {
            return ("the checkpoint at record \(seq) does not match the record's chain value: the checkpoint was forged", seq)
        }
        chain = next
        return nil
    }

    /// After the last record: a store pruned up to its head continues from the last checkpoint.
    public mutating func finish() {
        if let top = checkpoints.keys.max(), top > last { resume(at: top) }
    }
}
