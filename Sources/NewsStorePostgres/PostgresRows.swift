import Foundation
import NewsCore

/// The rows of one commit (or one batch of `newsd copy`), written with one statement a table:
/// each table's rows go as one JSON array through `jsonb_to_recordset`. Row by row, a file cost
/// five round trips inside the chain-head lock, which every server's commits wait for.
struct PostgresRows {
    private var journal = JSONRows()
    private var articles = JSONRows()
    private var analyses = JSONRows()
    /// One row a story (an upsert may not touch a row twice in one statement): the last wins.
    private var merges: [Int64: (into: Int64, bySeq: Int64, atMillis: Int64)] = [:]
    private var configs = Set<String>()
    /// Redactions of copied records (`newsd copy` of a redacted store).
    private var redactions = JSONRows()

    mutating func addJournal(
        seq: Int64, kind: String, atMillis: Int64, file: String, fileSHA256: String, identity: String?, server: String,
        item: Int, duplicateOf: Int64?, errorCode: String?, errorReason: String?, recordHash: [UInt8], chain: [UInt8],
        version: Int, contentHash: [UInt8]?, originAtMillis: Int64?, originHash: String?
    ) {
        journal.row { r in
            r.int("seq", seq); r.text("kind", kind); r.int("at_ms", atMillis); r.text("file", file)
            r.text("file_sha256", fileSHA256); r.text("file_identity", identity); r.text("server", server)
            r.int("item", Int64(item)); r.int("duplicate_of", duplicateOf); r.text("error_code", errorCode)
            r.text("error_reason", errorReason); r.hex("record_hash", recordHash); r.hex("chain", chain)
            r.int("version", Int64(version)); r.hex("content_hash", contentHash); r.int("origin_at_ms", originAtMillis)
            r.text("origin_hash", originHash)
        }
    }

    mutating func addArticle(
        seq: Int64, title: String, body: String, url: String?, published: String?, source: String?, language: String?,
        format: String, config: String
    ) {
        configs.insert(config)
        articles.row { r in
            r.int("seq", seq); r.text("title", title); r.text("body", body); r.text("url", url); r.text("published", published)
            r.text("source", source); r.text("language", language); r.text("format", format); r.text("ts_config", config)
        }
    }

    /// `countries`... `mainCountries` and `evidence` are JSON texts, stored as jsonb.
    mutating func addAnalysis(
        seq: Int64, language: String?, countries: String, places: String, people: String, organizations: String,
        topics: String, fingerprint: Int64, keys: String, duplicateOf: Int64?, story: Int64, atMillis: Int64,
        leadKeys: String, evidence: String?, mainCountries: String
    ) {
        analyses.row { r in
            r.int("seq", seq); r.text("language", language); r.json("countries", countries); r.json("places", places)
            r.json("people", people); r.json("organizations", organizations); r.json("topics", topics)
            r.int("fingerprint", fingerprint); r.json("keys", keys); r.int("duplicate_of", duplicateOf); r.int("story", story)
            r.int("at_ms", atMillis); r.json("lead_keys", leadKeys); r.json("story_evidence", evidence)
            r.json("main_countries", mainCountries)
        }
    }

    /// An analysed article's row, linked into its story as `link` says (at event time
    /// `atMillis`), and the merges the link found (at `mergedAt`): the one mapping of an analysis
    /// to its columns, for a commit, an import and a reindex.
    mutating func addAnalysis(_ a: ArticleAnalysis, seq: Int64, link: StoryLinker.Link, atMillis: Int64, mergedAt: Int64) {
        addAnalysis(
            seq: seq, language: a.language, countries: JSONLine.encode(a.countries), places: JSONLine.encode(a.places),
            people: JSONLine.encode(a.people), organizations: JSONLine.encode(a.organizations), topics: JSONLine.encode(a.topics),
            fingerprint: Int64(bitPattern: a.fingerprintValue), keys: JSONLine.encode(a.keys), duplicateOf: link.duplicateOf,
            story: link.story, atMillis: atMillis, leadKeys: JSONLine.encode(a.leadKeys), evidence: link.evidence.map { JSONLine.encode($0) },
            mainCountries: JSONLine.encode(a.mainCountries))
        for story in link.merged { addMerge(story: story, into: link.story, bySeq: seq, atMillis: mergedAt) }
    }

    mutating func addMerge(story: Int64, into: Int64, bySeq: Int64, atMillis: Int64) {
        merges[story] = (into, bySeq, atMillis)
    }

    mutating func addRedaction(seq: Int64, reason: String, atMillis: Int64) {
        redactions.row { r in r.int("seq", seq); r.text("reason", reason); r.int("at_ms", atMillis) }
    }

    /// Writes the rows: at most six statements, whatever their number.
    /// - Parameter replacingAnalysis: analysis rows replace the ones stored (`newsd reindex`).
    func write(_ s: PGSession, replacingAnalysis: Bool = false) async throws {
        if !journal.isEmpty {
            try await s.execute(
                """
                INSERT INTO journal(seq, kind, at_ms, file, file_sha256, file_identity, server, item, duplicate_of,
                    error_code, error_reason, record_hash, chain, version, content_hash, origin_at_ms, origin_hash)
                SELECT seq, kind, at_ms, file, file_sha256, file_identity, server, item, duplicate_of, error_code, error_reason,
                    decode(record_hash, 'hex'), decode(chain, 'hex'), version, decode(content_hash, 'hex'), origin_at_ms, origin_hash
                FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, kind text, at_ms bigint, file text, file_sha256 text,
                    file_identity text, server text, item integer, duplicate_of bigint, error_code text, error_reason text,
                    record_hash text, chain text, version integer, content_hash text, origin_at_ms bigint, origin_hash text)
                ORDER BY seq
                """, [.text(journal.json)])
        }
        if !articles.isEmpty {
            try await s.execute(
                """
                INSERT INTO articles(seq, title, body, url, published, source, language, format, ts_config, tsv)
                SELECT seq, title, body, url, published, source, language, format, ts_config::regconfig,
                    setweight(to_tsvector(ts_config::regconfig, title), 'A') || setweight(to_tsvector(ts_config::regconfig, body), 'B')
                FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, title text, body text, url text, published text, source text,
                    language text, format text, ts_config text)
                ORDER BY seq
                """, [.text(articles.json)])
        }
        if !analyses.isEmpty {
            try await s.execute(
                """
                INSERT INTO analysis(seq, language, countries, places, people, organizations, topics, fingerprint, keys,
                    duplicate_of, story, at_ms, lead_keys, story_evidence, main_countries)
                SELECT seq, language, countries, places, people, organizations, topics, fingerprint, keys, duplicate_of, story,
                    at_ms, coalesce(lead_keys, '[]'), story_evidence, coalesce(main_countries, '[]')
                FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, language text, countries jsonb, places jsonb, people jsonb,
                    organizations jsonb, topics jsonb, fingerprint bigint, keys jsonb, duplicate_of bigint, story bigint,
                    at_ms bigint, lead_keys jsonb, story_evidence jsonb, main_countries jsonb)
                ORDER BY seq
                """ + (replacingAnalysis ? """

                ON CONFLICT (seq) DO UPDATE SET language = EXCLUDED.language, countries = EXCLUDED.countries,
                    places = EXCLUDED.places, people = EXCLUDED.people, organizations = EXCLUDED.organizations,
                    topics = EXCLUDED.topics, fingerprint = EXCLUDED.fingerprint, keys = EXCLUDED.keys,
                    duplicate_of = EXCLUDED.duplicate_of, story = EXCLUDED.story, at_ms = EXCLUDED.at_ms,
                    lead_keys = EXCLUDED.lead_keys, story_evidence = EXCLUDED.story_evidence, main_countries = EXCLUDED.main_countries
                """ : ""), [.text(analyses.json)])
        }
        if !merges.isEmpty {
            var rows = JSONRows()
            for (story, m) in merges.sorted(by: { $0.key < $1.key }) {
                rows.row { r in r.int("story", story); r.int("into_story", m.into); r.int("by_seq", m.bySeq); r.int("at_ms", m.atMillis) }
            }
            try await s.execute(
                """
                INSERT INTO story_merges(story, into_story, by_seq, at_ms)
                SELECT story, into_story, by_seq, at_ms
                FROM jsonb_to_recordset($1::jsonb) AS r(story bigint, into_story bigint, by_seq bigint, at_ms bigint)
                ON CONFLICT (story) DO UPDATE SET into_story = EXCLUDED.into_story, by_seq = EXCLUDED.by_seq, at_ms = EXCLUDED.at_ms
                """, [.text(rows.json)])
        }
        if !redactions.isEmpty {
            try await s.execute(
                """
                INSERT INTO redactions(seq, reason, at_ms)
                SELECT seq, reason, at_ms FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, reason text, at_ms bigint)
                """, [.text(redactions.json)])
        }
        if !configs.isEmpty {
            try await s.execute(
                "INSERT INTO ts_configs SELECT unnest($1::text[])::regconfig ON CONFLICT DO NOTHING", [.texts(configs.sorted())])
        }
    }
}

/// A JSON array of flat objects, written by hand: strings escaped, JSON texts embedded as they
/// are, nil fields left out (NULL in `jsonb_to_recordset`).
struct JSONRows {
    private(set) var text = "["
    private(set) var isEmpty = true

    struct Row {
        fileprivate var text: String
        fileprivate var first = true

        private mutating func key(_ name: String) {
            if !first { text += "," }
            first = false
            text += "\""
            text += name
            text += "\":"
        }

        mutating func int(_ name: String, _ value: Int64?) {
            guard let value else { return }
            key(name)
            text += String(value)
        }

        mutating func text(_ name: String, _ value: String?) {
            guard let value else { return }
            key(name)
            JSONRows.appendString(value, to: &text)
        }

        mutating func json(_ name: String, _ value: String?) {
            guard let value else { return }
            key(name)
            text += value
        }

        mutating func hex(_ name: String, _ value: [UInt8]?) {
            text(name, value.map(ContentHash.hex))
        }
    }

    mutating func row(_ fill: (inout Row) -> Void) {
        var r = Row(text: isEmpty ? "{" : ",{")
        fill(&r)
        r.text += "}"
        text += r.text
        isEmpty = false
    }

    /// The JSON text of the array.
    var json: String { text + "]" }

    /// Appends `value` as a JSON string: quotes, backslashes and control characters escaped.
    static func appendString(_ value: String, to out: inout String) {
        var bytes = [UInt8]()
        bytes.reserveCapacity(value.utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        for b in value.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(digits[Int(b >> 4)])
                bytes.append(digits[Int(b & 15)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        out += String(decoding: bytes, as: UTF8.self)
    }
}
