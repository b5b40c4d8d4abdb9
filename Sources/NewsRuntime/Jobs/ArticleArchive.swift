import Foundation
import NewsCore
import NewsStorePostgres
import NewsStoreSQLite

/// What `newsd export` and `newsd import` need of a store: SQLite and PostgreSQL both have it,
/// so the commands do not branch on the store beyond opening it.
public protocol ArticleArchive: AnyObject {
    /// How many articles ``exportPage(afterSeq:sinceMillis:limit:)`` would give from `sinceMillis` on.
    func exportCount(sinceMillis: Int64) async throws -> Int64
    /// The articles after `afterSeq` ingested at or after `sinceMillis`, in order, at most
    /// `limit`; redacted and pruned articles are not in it.
    func exportPage(afterSeq: Int64, sinceMillis: Int64, limit: Int) async throws -> [ExportedArticle]
    /// Appends the articles as new records of the chain in one transaction, linked into the
    /// store's stories; an article whose content is stored already is skipped. Returns the new seqs.
    func importArticles(_ items: [ImportedArticle], at millis: Int64) async throws -> [Int64]
}

extension PostgresStore: ArticleArchive {}

/// An SQLite store for export and import, with the story linker its imports link into
/// (restored from the store when it is opened for import).
public final class SQLiteArchive: ArticleArchive {
    public let store: SQLiteArticleStore
    private let linker: StoryLinker?

    public init(store: SQLiteArticleStore, stories: StoryLinker.Configuration?) throws {
        self.store = store
        if let stories {
            let linker = StoryLinker(configuration: stories)
            try store.restore(linker)
            self.linker = linker
        } else {
            linker = nil
        }
    }

    public func exportCount(sinceMillis: Int64) throws -> Int64 { try store.exportCount(sinceMillis: sinceMillis) }

    public func exportPage(afterSeq: Int64, sinceMillis: Int64, limit: Int) throws -> [ExportedArticle] {
        try store.exportPage(afterSeq: afterSeq, sinceMillis: sinceMillis, limit: limit)
    }

    public func importArticles(_ items: [ImportedArticle], at millis: Int64) throws -> [Int64] {
        try store.importArticles(items, at: millis, linker: linker)
    }
}
