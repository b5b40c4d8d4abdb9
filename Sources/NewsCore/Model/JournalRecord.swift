import Foundation

/// One record of the append-only journal: an article, a duplicate drop, or a failed file.
///
/// Each record has a hash over a canonical encoding of its fields, and a chain value
/// `SHA-256(previous chain || record hash)`, so editing or removing any record breaks
/// every chain value after it.
///
/// Version 2 (every record written since retention came) hashes the article through its own
/// hash: record hash = H(metadata + ``contentHash``), where the content is the article as decoded
/// (title, body, url, published, source, language, format; ``contentEncoding(_:)``). The analysis
/// is not content: it is derived and `newsd reindex` rewrites it. So an article's text can be
/// removed (`newsd redact`) while its record, with the content hash, still verifies and keeps
/// the chain. Version 1 records (stores made before) hash the article's fields directly.
public struct JournalRecord: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case article, duplicate, failed
    }

    public var seq: Int64
    public var kind: Kind
    /// Intake time, milliseconds since the Unix epoch.
    public var atMillis: Int64
    /// The file's name relative to the inbox (or the path given to `newsd ingest`).
    public var file: String
    /// SHA-256 of the file's bytes, hex.
    public var fileSHA256: String
    /// Index of the article within its file (JSON arrays and feeds hold several).
    public var item: Int
    public var duplicateOf: Int64?
    public var article: Article?
    public var errorCode: String?
    public var errorReason: String?
    /// 1 for records written before content hashes, 2 since.
    public var version: Int
    /// SHA-256 of the article's ``contentEncoding(_:)`` (version 2): of ``article`` when it is
    /// there, else ``keptContentHash`` (a redacted article's).
    public var contentHash: [UInt8]? {
        guard version >= 2 else { return nil }
        return article.map(Self.contentHash) ?? keptContentHash
    }
    /// The content hash of an article whose text was removed (redacted), as the store kept it.
    public var keptContentHash: [UInt8]?
    /// For an imported article (`newsd import`): its intake time in the store it came from...
    public var originAtMillis: Int64?
    /// ...and its record hash there, hex.
    public var originHash: String?

    public init(
        seq: Int64, kind: Kind, atMillis: Int64, file: String, fileSHA256: String, item: Int = 0,
        duplicateOf: Int64? = nil, article: Article? = nil, errorCode: String? = nil, errorReason: String? = nil,
        version: Int = 2, originAtMillis: Int64? = nil, originHash: String? = nil
    ) {
        self.version = version
        self.originAtMillis = originAtMillis
        self.originHash = originHash
        self.seq = seq
        self.kind = kind
        self.atMillis = atMillis
        self.file = file
        self.fileSHA256 = fileSHA256
        self.item = item
        self.duplicateOf = duplicateOf
        self.article = article
        self.errorCode = errorCode
        self.errorReason = errorReason
    }

    /// The chain value before the first record.
    public static let genesis = [UInt8](repeating: 0, count: 32)

    /// The article's content, encoded as the records are: what ``contentHash`` is the hash of.
    public static func contentEncoding(_ a: Article) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(a.title.utf8.count + a.body.utf8.count + 160 + (a.url?.utf8.count ?? 0) + (a.source?.utf8.count ?? 0))
        put(&out, "title", a.title)
        put(&out, "body", a.body)
        put(&out, "url", a.url)
        put(&out, "published", a.published.map(DateParser.format))
        put(&out, "source", a.source)
        put(&out, "language", a.language)
        put(&out, "format", a.format)
        return out
    }

    public static func contentHash(_ a: Article) -> [UInt8] { ContentHash.sha256(contentEncoding(a)) }

    private static func put(_ out: inout [UInt8], _ name: String, _ value: String?) {
        guard let value else { return }
        // Appended in place (a String's UTF-8 is copied in one piece): this runs for every
        // record, on the store's thread, over the whole article.
        out.append(contentsOf: name.utf8)
        out.append(UInt8(ascii: "="))
        out.append(contentsOf: String(value.utf8.count).utf8)
        out.append(UInt8(ascii: ":"))
        out.append(contentsOf: value.utf8)
        out.append(0x0A)
    }

    /// Length-prefixed `name=len:value` fields, so no two records encode alike.
    public var canonicalEncoding: [UInt8] { canonicalEncoding(contentHash: contentHash) }

    /// The encoding, with the ``contentHash`` the caller already has.
    private func canonicalEncoding(contentHash: [UInt8]?) -> [UInt8] {
        guard version >= 2 else { return canonicalEncodingV1 }
        var out: [UInt8] = []
        func put(_ name: String, _ value: String?) { Self.put(&out, name, value) }
        put("v", "2")
        put("seq", String(seq))
        put("kind", kind.rawValue)
        put("at", String(atMillis))
        put("file", file)
        put("sha256", fileSHA256)
        put("item", String(item))
        put("duplicate_of", duplicateOf.map(String.init))
        put("content", contentHash.map { ContentHash.hex($0) })
        put("origin_at", originAtMillis.map(String.init))
        put("origin_hash", originHash)
        put("error_code", errorCode)
        put("error_reason", errorReason)
        return out
    }

    /// The encoding of version 1, which held the article's fields themselves.
    private var canonicalEncodingV1: [UInt8] {
        var out: [UInt8] = []
        func put(_ name: String, _ value: String?) { Self.put(&out, name, value) }
        put("v", "1")
        put("seq", String(seq))
        put("kind", kind.rawValue)
        put("at", String(atMillis))
        put("file", file)
        put("sha256", fileSHA256)
        put("item", String(item))
        put("duplicate_of", duplicateOf.map(String.init))
        if let a = article {
            put("title", a.title)
            put("body", a.body)
            put("url", a.url)
            put("published", a.published.map(DateParser.format))
            put("source", a.source)
            put("language", a.language)
            put("format", a.format)
        }
        put("error_code", errorCode)
        put("error_reason", errorReason)
        return out
    }

    public var recordHash: [UInt8] { ContentHash.sha256(canonicalEncoding) }

    /// ``contentHash`` and ``recordHash`` together: the article is encoded and hashed once, where
    /// asking for the two hashed it twice (a writer stores both).
    public var hashes: (content: [UInt8]?, record: [UInt8]) {
        let content = contentHash
        return (content, ContentHash.sha256(canonicalEncoding(contentHash: content)))
    }

    public static func chain(previous: [UInt8], recordHash: [UInt8]) -> [UInt8] {
        ContentHash.sha256(previous + recordHash)
    }
}
