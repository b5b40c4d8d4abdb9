import Foundation
import NewsCore

extension PostgresStore {
    /// Every record's hash and chain value in order, one global sequence with no gap, the head
    /// row against the last record, and the derived tables (the analysis and the alerts). After a
    /// prune, the chain continues from the checkpoint (which must match its record while that
    /// exists); a redacted article's record is checked through the content hash it kept.
    public func verify(progress: @escaping @Sendable (Int64, Int64) -> Void) async throws(StoreError) -> VerifyReport {
        try await session { s in
            let total = try await s.scalar("SELECT count(*) FROM journal") ?? 0
            var redactions: [Int64: (reason: String, atMillis: Int64)] = [:]
            var checkpoints: [Int64: Checkpoint] = [:]
            try await s.query("SELECT seq, reason, at_ms FROM redactions") { redactions[$0.int(0) ?? 0] = ($0.text(1) ?? "", $0.int(2) ?? 0) }
            try await s.query("SELECT seq, chain, at_ms, before_ms FROM checkpoints") { checkpoints[$0.int(0) ?? 0] = Self.checkpoint($0) }
            var notes: [String] = []
            func time(_ millis: Int64) -> String { DateParser.format(Date(timeIntervalSince1970: Double(millis) / 1000)) }
            /// Continues the chain from the checkpoint at `seq`: the records up to it were pruned.
            func resume(at seq: Int64) -> [UInt8] {
                let c = checkpoints[seq]!
                notes.append("records up to \(seq) were pruned at \(time(c.atMillis)) (those ingested before \(time(c.beforeMillis))); "
                    + "verified from the checkpoint at record \(seq), chain \(ContentHash.hex(c.chain).prefix(16))...")
                return c.chain
            }
            var checked: Int64 = 0
            var last: Int64 = 0
            var previous = JournalRecord.genesis
            var problem: (String, Int64)?
            let rows = try await s.connection.query(
                .make(
                    """
                    SELECT j.seq, j.kind, j.at_ms, j.file, j.file_sha256, j.item, j.duplicate_of, j.error_code, j.error_reason,
                           j.record_hash, j.chain, a.seq IS NOT NULL, a.title, a.body, a.url, a.published, a.source, a.language,
                           a.format, j.version, j.content_hash, j.origin_at_ms, j.origin_hash
                    FROM journal j LEFT JOIN articles a ON a.seq = j.seq ORDER BY j.seq
                    """, []), logger: s.logger)
            for try await raw in rows {
                let row = PGRow(raw)
                let seq = row.int(0) ?? 0
                checked += 1
                if seq != last + 1, checkpoints[seq - 1] != nil, seq - 1 >= last {
                    previous = resume(at: seq - 1)
                    last = seq - 1
                }
                if seq != last + 1 {
                    problem = ("record \(last + 1) is missing (the next record is \(seq))", last + 1)
                    break
                }
                last = seq
                var record = JournalRecord(
                    seq: seq, kind: JournalRecord.Kind(rawValue: row.text(1) ?? "") ?? .failed, atMillis: row.int(2) ?? 0,
                    file: row.text(3) ?? "", fileSHA256: row.text(4) ?? "", item: Int(row.int(5) ?? 0), duplicateOf: row.int(6),
                    errorCode: row.text(7), errorReason: row.text(8), version: Int(row.int(19) ?? 2), originAtMillis: row.int(21),
                    originHash: row.text(22))
                var hash: [UInt8]
                if row.bool(11) {
                    let article = Article(
                        title: row.text(12) ?? "", body: row.text(13) ?? "", url: row.text(14),
                        published: row.text(15).flatMap(DateParser.parse), source: row.text(16), language: row.text(17),
                        format: row.text(18) ?? "")
                    record.article = article
                    if record.version >= 2, JournalRecord.contentHash(article) != row.bytes(20) {
                        problem = ("record \(seq) (\(record.file)): its article's text was altered: it no longer matches its content hash", seq)
                        break
                    }
                    hash = record.recordHash
                } else if record.kind == .article, let redaction = redactions[seq] {
                    notes.append("record \(seq) (\(record.file)) was redacted at \(time(redaction.atMillis)): \(redaction.reason)"
                        + (record.version >= 2 ? "" : " (a version 1 record: its own fields are vouched for by the chain only)"))
                    if record.version >= 2 {
                        record.keptContentHash = row.bytes(20)
                        hash = record.recordHash
                    } else {
                        hash = row.bytes(9) ?? []
                    }
                } else if record.kind == .article {
                    problem = ("record \(seq) is an article whose text is missing", seq)
                    break
                } else {
                    hash = record.recordHash
                }
                if hash != row.bytes(9) {
                    problem = ("record \(seq) (\(record.file)) was altered: its content no longer matches its hash", seq)
                    break
                }
                let chain = JournalRecord.chain(previous: previous, recordHash: hash)
                if chain != row.bytes(10) {
                    problem = ("record \(seq) (\(record.file)) breaks the hash chain: a record before it was changed or removed", seq)
                    break
                }
                if let c = checkpoints[seq], c.chain != chain {
                    problem = ("the checkpoint at record \(seq) does not match the record's chain value: the checkpoint was forged", seq)
                    break
                }
                previous = chain
                if checked % 5000 == 0 { progress(checked, total) }
            }
            if problem == nil, let top = checkpoints.keys.max(), top > last {
                // Pruned up to the head: nothing after the last checkpoint yet.
                previous = resume(at: top)
                last = top
            }
            progress(checked, total)
            if problem == nil {
                var head: (Int64, [UInt8]) = (0, JournalRecord.genesis)
                try await s.query("SELECT seq, chain FROM chain_head WHERE id = 1") { head = ($0.int(0) ?? 0, $0.bytes(1) ?? []) }
                if head.0 != last {
                    problem = ("the journal ends at record \(last) but the chain head says \(head.0): records were removed from the end", last + 1)
                } else if head.1 != previous {
                    problem = ("the last record's chain value differs from the chain head's", last)
                }
            }
            if problem == nil, let seq = try await s.scalar(
                "SELECT n.seq FROM analysis n LEFT JOIN articles a ON a.seq = n.seq WHERE a.seq IS NULL LIMIT 1")
            {
                problem = ("analysis row \(seq) has no article: it was added by hand", seq)
            }
            if problem == nil {
                try await s.query(
                    """
                    SELECT l.id, l.seq, l.title, a.seq IS NOT NULL, a.title, a.body,
                           EXISTS (SELECT 1 FROM redactions r WHERE r.seq = l.seq) FROM alerts l
                    LEFT JOIN articles a ON a.seq = l.seq ORDER BY l.id
                    """
                ) { row in
                    guard problem == nil else { return }
                    let id = row.int(0) ?? 0
                    let seq = row.int(1) ?? 0
                    if row.bool(6) {
                        if row.text(2) != RedactOutcome.redactedTitle { problem = ("alert \(id) still holds the title of redacted article \(seq)", seq) }
                        return
                    }
                    guard row.bool(3) else {
                        problem = ("alert \(id) names article \(seq), which is not stored: the alert was forged", seq)
                        return
                    }
                    if row.text(2) != Article(title: row.text(4) ?? "", body: row.text(5) ?? "", format: "").headline {
                        problem = ("alert \(id)'s title is not its article's (\(seq)): the alert was altered", seq)
                    }
                }
            }
            return VerifyReport(records: checked, problem: problem?.0, firstBadSeq: problem?.1, notes: notes)
        }
    }
}
