import Foundation
import NewsCore
import PostgresNIO

extension PostgresStore {
    public func append(_ items: [IntakeItem], at millis: Int64) async throws(StoreError) -> [IntakeOutcome] {
        guard !items.isEmpty else { return [] }
        guard !readOnly else { throw StoreError(.permanent, "\(location): opened read-only") }
        try await open()
        await acquire()
        defer { release() }
        try await requireConnection()
        do {
            let (outcomes, head) = try await transaction { s in try await self.commit(items, at: millis, s) }
            linker?.commit()
            linkerSeq = head
            return outcomes
        } catch {
            linker?.rollback()
            throw error
        }
    }

    /// The commit itself, inside the transaction: lock the head, learn what the other servers
    /// committed, append the group, move the head. Returns the outcomes and the new head.
    private func commit(_ items: [IntakeItem], at millis: Int64, _ s: PGSession) async throws -> ([IntakeOutcome], Int64) {
        var seq: Int64 = 0
        var chain = JournalRecord.genesis
        try await s.query("SELECT seq, chain FROM chain_head WHERE id = 1 FOR UPDATE") { row in
            seq = row.int(0) ?? 0
            chain = row.bytes(1) ?? JournalRecord.genesis
        }
        if let linker, seq > linkerSeq {
            try await refresh(linker, through: seq, s)
            linker.commit()
            linkerSeq = seq
        }
        var outcomes: [IntakeOutcome] = []
        outcomes.reserveCapacity(items.count)
        var configs = Set<String>()
        for item in items {
            if let identity = item.identity, let earlier = try await recorded(identity: identity, sha256: item.sha256, s) {
                outcomes.append(earlier)
                continue
            }
            switch item.result {
            case .failure(let error):
                seq += 1
                try await appendRecord(
                    JournalRecord(seq: seq, kind: .failed, atMillis: millis, file: item.file, fileSHA256: item.sha256,
                                  errorCode: error.code, errorReason: error.description),
                    identity: item.identity, at: millis, chain: &chain, configs: &configs, s)
                outcomes.append(.failed(seq: seq, code: error.code, reason: error.description))
            case .success(let articles):
                // The head lock orders every commit, so this sees every server's articles.
                if let original = try await s.scalar(
                    "SELECT min(seq) FROM journal WHERE file_sha256 = $1 AND kind = 'article'", [.text(item.sha256)])
                {
                    seq += 1
                    try await appendRecord(
                        JournalRecord(seq: seq, kind: .duplicate, atMillis: millis, file: item.file, fileSHA256: item.sha256,
                                      duplicateOf: original),
                        identity: item.identity, at: millis, chain: &chain, configs: &configs, s)
                    outcomes.append(.duplicate(seq: seq, of: original))
                    continue
                }
                var seqs: [Int64] = []
                for (index, article) in articles.enumerated() {
                    seq += 1
                    try await appendRecord(
                        JournalRecord(seq: seq, kind: .article, atMillis: millis, file: item.file, fileSHA256: item.sha256,
                                      item: index, article: article),
                        identity: index == 0 ? item.identity : nil,
                        analysis: index < item.analyses.count ? item.analyses[index] : nil, at: millis, chain: &chain, configs: &configs, s)
                    seqs.append(seq)
                }
                outcomes.append(.stored(seqs: seqs))
            }
        }
        configs.remove("")
        if !configs.isEmpty {
            try await s.execute(
                "INSERT INTO ts_configs SELECT unnest($1::text[])::regconfig ON CONFLICT DO NOTHING", [.texts(configs.sorted())])
        }
        try await s.execute("UPDATE chain_head SET seq = $1, chain = $2 WHERE id = 1", [.int(seq), .bytes(chain)])
        return (outcomes, seq)
    }

    /// Appends one record to the chain, with its article and analysis, linking the article into a story.
    private func appendRecord(
        _ record: JournalRecord, identity: String?, analysis: ArticleAnalysis? = nil, at millis: Int64, chain: inout [UInt8],
        configs: inout Set<String>, _ s: PGSession
    ) async throws {
        let hash = record.recordHash
        chain = JournalRecord.chain(previous: chain, recordHash: hash)
        configs.insert(try await insert(record, identity: identity, hash: hash, chain: chain, language: analysis?.language, s))
        guard let a = record.article, let analysis else { return }
        let at = a.eventMillis(ingestedAt: record.atMillis)
        let link = linker?.link(seq: record.seq, atMillis: at, analysis: analysis)
        try await Self.saveAnalysis(analysis, seq: record.seq, link: link ?? StoryLinker.Link(duplicateOf: nil, story: record.seq), atMillis: at, s)
        if let link { try await Self.saveMerges(link, seq: record.seq, at: millis, s) }
    }

    /// Inserts one record (and its article, with its full-text vector); returns the article's
    /// text search configuration ("" for no article).
    func insert(_ record: JournalRecord, identity: String?, hash: [UInt8], chain: [UInt8], language: String?, _ s: PGSession) async throws -> String {
        try await s.execute(
            """
            INSERT INTO journal(seq, kind, at_ms, file, file_sha256, file_identity, server, item, duplicate_of,
                error_code, error_reason, record_hash, chain, version, content_hash, origin_at_ms, origin_hash)
                VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)
            """,
            [.int(record.seq), .text(record.kind.rawValue), .int(record.atMillis), .text(record.file), .text(record.fileSHA256),
             PGValue(identity), .text(server), .int(Int64(record.item)), PGValue(record.duplicateOf), PGValue(record.errorCode),
             PGValue(record.errorReason), .bytes(hash), .bytes(chain), .int(Int64(record.version)),
             record.contentHash.map { .bytes($0) } ?? .null, PGValue(record.originAtMillis), PGValue(record.originHash)])
        guard let a = record.article else { return "" }
        let config = PostgresSchema.textSearchConfiguration(language ?? a.language)
        try await s.execute(
            """
            INSERT INTO articles(seq, title, body, url, published, source, language, format, ts_config, tsv)
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9::regconfig,
                setweight(to_tsvector($9::regconfig, $2), 'A') || setweight(to_tsvector($9::regconfig, $3), 'B'))
            """,
            [.int(record.seq), .text(a.title), .text(a.body), PGValue(a.url), PGValue(a.published.map(DateParser.format)),
             PGValue(a.source), PGValue(a.language), .text(a.format), .text(config)])
        return config
    }

    static func json(_ strings: [String]) -> PGValue { .text(JSONLine.encode(strings)) }

    /// Writes (or rewrites, for `newsd reindex`) the analysis of one article.
    static func saveAnalysis(_ a: ArticleAnalysis, seq: Int64, link: StoryLinker.Link, atMillis: Int64, _ s: PGSession) async throws {
        try await s.execute(
            """
            INSERT INTO analysis(seq, language, countries, places, people, organizations, topics, fingerprint, keys,
                duplicate_of, story, at_ms, lead_keys, story_evidence, main_countries)
            VALUES ($1,$2,$3::jsonb,$4::jsonb,$5::jsonb,$6::jsonb,$7::jsonb,$8,$9::jsonb,$10,$11,$12,$13::jsonb,$14::jsonb,$15::jsonb)
            ON CONFLICT (seq) DO UPDATE SET language = EXCLUDED.language, countries = EXCLUDED.countries,
                places = EXCLUDED.places, people = EXCLUDED.people, organizations = EXCLUDED.organizations,
                topics = EXCLUDED.topics, fingerprint = EXCLUDED.fingerprint, keys = EXCLUDED.keys,
                duplicate_of = EXCLUDED.duplicate_of, story = EXCLUDED.story, at_ms = EXCLUDED.at_ms,
                lead_keys = EXCLUDED.lead_keys, story_evidence = EXCLUDED.story_evidence, main_countries = EXCLUDED.main_countries
            """,
            [.int(seq), PGValue(a.language), json(a.countries), json(a.places), json(a.people), json(a.organizations),
             .text(JSONLine.encode(a.topics)), .int(Int64(bitPattern: a.fingerprintValue)), json(a.keys), PGValue(link.duplicateOf),
             .int(link.story), .int(atMillis), json(a.leadKeys), PGValue(link.evidence.map { JSONLine.encode($0) }),
             json(a.mainCountries)])
    }

    static func saveMerges(_ link: StoryLinker.Link, seq: Int64, at millis: Int64, _ s: PGSession) async throws {
        for story in link.merged {
            try await s.execute(
                """
                INSERT INTO story_merges(story, into_story, by_seq, at_ms) VALUES ($1,$2,$3,$4)
                ON CONFLICT (story) DO UPDATE SET into_story = EXCLUDED.into_story, by_seq = EXCLUDED.by_seq, at_ms = EXCLUDED.at_ms
                """, [.int(story), .int(link.story), .int(seq), .int(millis)])
        }
    }

    private func recorded(identity: String, sha256: String, _ s: PGSession) async throws -> IntakeOutcome? {
        var outcome: IntakeOutcome?
        try await s.query(
            "SELECT kind, seq, error_code, error_reason FROM journal WHERE server = $1 AND file_identity = $2 AND file_sha256 = $3 LIMIT 1",
            [.text(server), .text(identity), .text(sha256)]
        ) { row in
            outcome = .alreadyRecorded(
                kind: JournalRecord.Kind(rawValue: row.text(0) ?? "") ?? .article, seq: row.int(1) ?? 0, code: row.text(2), reason: row.text(3))
        }
        return outcome
    }

    /// Teaches `linker` what is stored: the fingerprints of the latest articles and the story
    /// keys of the latest ones, as many as it keeps, and the merges among them (bounded, as on SQLite).
    func restoreLinker(_ s: PGSession) async throws {
        guard let linker else { return }
        var head: Int64 = 0
        try await s.query("SELECT seq FROM chain_head WHERE id = 1") { head = $0.int(0) ?? 0 }
        try await load(linker, after: head - Int64(linker.configuration.fingerprints), through: head, s)
        linker.commit()
        linkerSeq = head
    }

    /// Learns the articles committed after the linker's last commit, up to `head` (locked).
    func refresh(_ linker: StoryLinker, through head: Int64, _ s: PGSession) async throws {
        try await load(linker, after: max(linkerSeq, head - Int64(linker.configuration.fingerprints)), through: head, s)
    }

    private func load(_ linker: StoryLinker, after first: Int64, through head: Int64, _ s: PGSession) async throws {
        let keysFrom = head - Int64(linker.configuration.stories)
        try await s.query(
            """
            SELECT seq, at_ms, fingerprint, story, CASE WHEN seq > $1 THEN keys::text END, lead_keys::text
            FROM analysis WHERE seq > $2 AND seq <= $3 ORDER BY seq
            """, [.int(keysFrom), .int(first), .int(head)]
        ) { row in
            let keys = row.text(4).map { Self.decode([String].self, $0) ?? [] }
            let lead = keys == nil ? [] : row.text(5).flatMap { Self.decode([String].self, $0) } ?? []
            linker.restore(seq: row.int(0) ?? 0, atMillis: row.int(1) ?? 0, fingerprint: UInt64(bitPattern: row.int(2) ?? 0),
                           story: row.int(3) ?? 0, keys: keys, leadKeys: lead)
        }
        try await s.query(
            "SELECT story, into_story FROM story_merges WHERE by_seq > $1 AND by_seq <= $2 ORDER BY story", [.int(first), .int(head)]
        ) { row in
            linker.restoreMerge(story: row.int(0) ?? 0, into: row.int(1) ?? 0)
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
