import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

extension StoreOptions {
    /// The store opened for `redact` and `prune`, which remove but never append: PostgreSQL, or
    /// SQLite without the head anchor, so they may run beside the daemon (SQLite's lock keeps
    /// their transactions apart; on PostgreSQL, row locks and the prune's advisory lock do).
    func openForRemoval(_ config: NewsdConfiguration) async throws -> any JournalRetention {
        if let postgres = try await openPostgres(config, readOnly: false) { return postgres }
        try requireStore(config.storePath, writing: true)
        do {
            return try SQLiteStore(path: config.storePath, anchored: false)
        } catch {
            throw exitStatus(error, store: config.storePath)
        }
    }
}

func formatMillis(_ millis: Int64) -> String {
    DateParser.format(Date(timeIntervalSince1970: Double(millis) / 1000))
}

func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
