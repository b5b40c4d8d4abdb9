/// The store's tables on PostgreSQL, as numbered migrations: `newsd run` and `newsd migrate`
/// apply the missing ones in one transaction under an advisory lock (several servers starting at
/// once migrate once), and a database whose schema is newer than the binary is refused.
import Foundation

enum PostgresSchema {
    /// The advisory lock that migrations hold (any constant no other program uses).
    static let migrationLock: Int64 = 0x6E65_7773_6400_0001

    /// Migration `i + 1` is `migrations[i]`; never edit one that shipped, add the next.
    static let migrations: [String] = [
        """
        CREATE TABLE chain_head(
            id integer PRIMARY KEY CHECK (id = 1),
            seq bigint NOT NULL,
            chain bytea NOT NULL
        );
        INSERT INTO chain_head VALUES (1, 0, decode(repeat('00', 32), 'hex'));
        CREATE TABLE journal(
            seq bigint PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('article', 'duplicate', 'failed')),
            at_ms bigint NOT NULL,
            file text NOT NULL,
            file_sha256 text NOT NULL,
            file_identity text,
            server text NOT NULL,
            item integer NOT NULL DEFAULT 0,
            duplicate_of bigint,
            error_code text,
            error_reason text,
            record_hash bytea NOT NULL,
            chain bytea NOT NULL,
            version integer NOT NULL,
            content_hash bytea,
            origin_at_ms bigint,
            origin_hash text
        );
        -- The same bytes make one article, whichever server saw them first.
        CREATE UNIQUE INDEX journal_one_article ON journal(file_sha256) WHERE kind = 'article' AND item = 0;
        CREATE INDEX journal_sha ON journal(file_sha256, kind);
        CREATE INDEX journal_identity ON journal(server, file_identity) WHERE file_identity IS NOT NULL;
        CREATE INDEX journal_server ON journal(server, seq);
        CREATE INDEX journal_at ON journal(at_ms);
        CREATE TABLE articles(
            seq bigint PRIMARY KEY REFERENCES journal(seq),
            title text NOT NULL,
            body text NOT NULL,
            url text,
            published text,
            source text,
            language text,
            format text NOT NULL,
            ts_config regconfig NOT NULL,
            tsv tsvector NOT NULL
        );
        CREATE INDEX articles_tsv ON articles USING gin(tsv);
        CREATE TABLE ts_configs(config regconfig PRIMARY KEY);
        CREATE TABLE analysis(
            seq bigint PRIMARY KEY REFERENCES articles(seq),
            language text,
            countries jsonb NOT NULL,
            places jsonb NOT NULL,
            people jsonb NOT NULL,
            organizations jsonb NOT NULL,
            topics jsonb NOT NULL,
            fingerprint bigint NOT NULL,
            keys jsonb NOT NULL,
            duplicate_of bigint,
            story bigint NOT NULL,
            at_ms bigint NOT NULL,
            lead_keys jsonb NOT NULL,
            story_evidence jsonb,
            main_countries jsonb NOT NULL
        );
        CREATE INDEX analysis_story ON analysis(story);
        CREATE INDEX analysis_countries ON analysis USING gin(countries);
        CREATE TABLE story_merges(
            story bigint PRIMARY KEY,
            into_story bigint NOT NULL CHECK (into_story < story),
            by_seq bigint NOT NULL,
            at_ms bigint NOT NULL
        );
        CREATE INDEX story_merges_into ON story_merges(into_story);
        CREATE INDEX story_merges_by ON story_merges(by_seq);
        -- One row: recording alerts takes it FOR UPDATE, so a story alerts once per window
        -- whichever servers matched its articles.
        CREATE TABLE alert_lock(id integer PRIMARY KEY CHECK (id = 1));
        INSERT INTO alert_lock VALUES (1);
        -- Each server matches the articles it committed: one watermark per server.
        CREATE TABLE match_watermarks(server text PRIMARY KEY, seq bigint NOT NULL);
        CREATE TABLE alerts(
            id bigserial PRIMARY KEY,
            alert text NOT NULL,
            priority integer NOT NULL,
            seq bigint NOT NULL,
            story bigint NOT NULL,
            at_ms bigint NOT NULL,
            title text NOT NULL,
            url text,
            file text NOT NULL,
            source text,
            topics jsonb NOT NULL,
            countries jsonb NOT NULL,
            score double precision NOT NULL,
            count integer NOT NULL DEFAULT 1,
            last_seq bigint NOT NULL,
            delivered_ms bigint,
            folded_into bigint,
            UNIQUE (alert, seq)
        );
        CREATE INDEX alerts_story ON alerts(alert, story, at_ms);
        CREATE INDEX alerts_at ON alerts(at_ms);
        CREATE TABLE alert_deliveries(
            alert bigint NOT NULL REFERENCES alerts(id),
            sink text NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            last_error text,
            last_attempt_ms bigint,
            delivered_ms bigint,
            next_attempt_ms bigint,
            claimed_by text,
            claimed_until_ms bigint,
            PRIMARY KEY (alert, sink)
        );
        CREATE INDEX alert_deliveries_pending ON alert_deliveries(sink, alert) WHERE delivered_ms IS NULL;
        CREATE FUNCTION newsd_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the % table is append-only', TG_TABLE_NAME; END $$;
        CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON journal
            FOR EACH ROW EXECUTE FUNCTION newsd_append_only();
        CREATE TRIGGER articles_append_only BEFORE UPDATE OR DELETE ON articles
            FOR EACH ROW EXECUTE FUNCTION newsd_append_only();
        CREATE FUNCTION newsd_delivery_final() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD.delivered_ms IS NOT NULL AND NEW.delivered_ms IS DISTINCT FROM OLD.delivered_ms THEN
                    RAISE EXCEPTION 'a confirmed delivery is final';
                END IF;
                RETURN NEW;
            END $$;
        CREATE TRIGGER alert_deliveries_once BEFORE UPDATE ON alert_deliveries
            FOR EACH ROW EXECUTE FUNCTION newsd_delivery_final();
        """,
        // 2: retention (`newsd prune`, `newsd redact`), as on SQLite (docs/retention.md). The
        // journal and the articles stay append-only, except for what a checkpoint or a redaction allows.
        """
        CREATE TABLE checkpoints(
            seq bigint PRIMARY KEY,
            chain bytea NOT NULL,
            at_ms bigint NOT NULL,
            before_ms bigint NOT NULL
        );
        CREATE TABLE redactions(
            seq bigint PRIMARY KEY,
            reason text NOT NULL,
            at_ms bigint NOT NULL
        );
        CREATE FUNCTION newsd_journal_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND OLD.seq <= (SELECT coalesce(max(seq), 0) FROM checkpoints) THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'the journal table is append-only: only records at or below a checkpoint are deleted (newsd prune)';
            END $$;
        CREATE FUNCTION newsd_articles_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND (EXISTS (SELECT 1 FROM redactions WHERE seq = OLD.seq)
                        OR OLD.seq <= (SELECT coalesce(max(seq), 0) FROM checkpoints)) THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'the articles table is append-only: an article goes only with a redaction (newsd redact) or a checkpoint (newsd prune)';
            END $$;
        DROP TRIGGER journal_append_only ON journal;
        DROP TRIGGER articles_append_only ON articles;
        CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON journal
            FOR EACH ROW EXECUTE FUNCTION newsd_journal_guard();
        CREATE TRIGGER articles_append_only BEFORE UPDATE OR DELETE ON articles
            FOR EACH ROW EXECUTE FUNCTION newsd_articles_guard();
        """,
        // 3: `newsd import` (and a commit's duplicate check by content) look up content hashes.
        """
        CREATE INDEX journal_content ON journal(content_hash) WHERE content_hash IS NOT NULL;
        """,
    ]

    /// The advisory lock a prune's transactions hold (checkpoint and batches), so servers that
    /// prune at the same time take turns instead of deleting the same rows at once.
    static let pruneLock: Int64 = 0x6E65_7773_6400_0002

    /// One migration's statements, one at a time (the extended protocol takes one per query):
    /// a statement ends with a line ending in `;` outside a `$$` function body.
    static func statements(_ migration: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inBody = false
        for line in migration.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("--") { continue }
            current += line + "\n"
            if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
            if !inBody, line.hasSuffix(";") {
                out.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { out.append(rest) }
        return out
    }

    /// The schema this binary writes.
    static var latest: Int { migrations.count }

    /// PostgreSQL's text search configuration for an ISO 639-1 language (the ones PostgreSQL 15
    /// ships), `simple` for any other.
    static func textSearchConfiguration(_ language: String?) -> String {
        guard let code = language?.prefix(2).lowercased() else { return "simple" }
        return configurations[code] ?? "simple"
    }

    static let configurations: [String: String] = [
        "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "da": "danish", "nl": "dutch",
        "en": "english", "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "hi": "hindi",
        "hu": "hungarian", "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian", "ne": "nepali",
        "no": "norwegian", "nb": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
        "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
    ]
}
