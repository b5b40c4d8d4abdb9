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
            var redactions: [Int64: ChainVerifier.Redaction] = [:]
            var checkpoints: [Int64: Checkpoint] = [:]
            try await s.query("SELECT seq, reason, at_ms FROM redactions") { redactions[$0.int(0) ?? 0] = .init(reason: $0.text(1) ?? "", atMillis: $0.int(2) ?? 0) }
            try await s.query("SELECT seq, chain, at_ms, before_ms FROM checkpoints") { checkpoints[$0.int(0) ?? 0] = Self.checkpoint($0) }
            var verifier = ChainVerifier(checkpoints: checkpoints, redactions: redactions)
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
                var record = JournalRecord(
                    seq: row.int(0) ?? 0, kind: JournalRecord.Kind(rawValue: row.text(1) ?? "") ?? .failed, atMillis: row.int(2) ?? 0,
                    file: row.text(3) ?? "", fileSHA256: row.text(4) ?? "", item: Int(row.int(5) ?? 0), duplicateOf: row.int(6),
                    errorCode: row.text(7), errorReason: row.text(8), version: Int(row.int(19) ?? 2), originAtMillis: row.int(21),
                    originHash: row.text(22))
                if row.bool(11) {
                    record.article = Article(
                        title: row.text(12) ?? "", body: row.text(13) ?? "", url: row.text(14),
                        published: row.text(15).flatMap(DateParser.parse), source: row.text(16), language: row.text(17),
                        format: row.text(18) ?? "")
                }
                problem = verifier.check(record, storedHash: row.bytes(9) ?? [], storedChain: row.bytes(10) ?? [], storedContentHash: row.bytes(20))
                if problem != nil { break }
                if verifier.checked % 5000 == 0 { progress(verifier.checked, total) }
            }
            if problem == nil { verifier.finish() }
            let (checked, last, previous, notes) = (verifier.checked, verifier.last, verifier.chain, verifier.notes)
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
