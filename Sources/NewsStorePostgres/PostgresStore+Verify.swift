import Foundation
import NewsCore

extension PostgresStore {
    /// Every record's hash and chain value in order, one global sequence with no gap, the head
    /// row against the last record, and the derived tables (the analysis and the alerts).
    public func verify(progress: @escaping @Sendable (Int64, Int64) -> Void) async throws(StoreError) -> VerifyReport {
        try await session { s in
            let total = try await s.scalar("SELECT count(*) FROM journal") ?? 0
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
                } else if record.kind == .article {
                    problem = ("record \(seq) is an article whose text is missing", seq)
                    break
                }
                let hash = record.recordHash
                if hash != row.bytes(9) {
                    problem = ("record \(seq) (\(record.file)) was altered: its content no longer matches its hash", seq)
                    break
                }
                let chain = JournalRecord.chain(previous: previous, recordHash: hash)
                if chain != row.bytes(10) {
                    problem = ("record \(seq) (\(record.file)) breaks the hash chain: a record before it was changed or removed", seq)
                    break
                }
                previous = chain
                if checked % 5000 == 0 { progress(checked, total) }
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
                    SELECT l.id, l.seq, l.title, a.seq IS NOT NULL, a.title, a.body FROM alerts l
                    LEFT JOIN articles a ON a.seq = l.seq ORDER BY l.id
                    """
                ) { row in
                    guard problem == nil else { return }
                    let id = row.int(0) ?? 0
                    let seq = row.int(1) ?? 0
                    guard row.bool(3) else {
                        problem = ("alert \(id) names article \(seq), which is not stored: the alert was forged", seq)
                        return
                    }
                    if row.text(2) != Article(title: row.text(4) ?? "", body: row.text(5) ?? "", format: "").headline {
                        problem = ("alert \(id)'s title is not its article's (\(seq)): the alert was altered", seq)
                    }
                }
            }
            return VerifyReport(records: checked, problem: problem?.0, firstBadSeq: problem?.1)
        }
    }
}
