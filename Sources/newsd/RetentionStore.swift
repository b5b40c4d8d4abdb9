import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

extension StoreOptions {
    /// The store opened for `redact` and `prune`, which remove but never append: without the head
    /// anchor, so they may run beside the daemon (SQLite's lock keeps their transactions apart).
    func openForRemoval(_ config: NewsdConfiguration) throws -> SQLiteArticleStore {
        guard FileManager.default.fileExists(atPath: config.storePath) else {
            writeStderr("newsd: no store at \(config.storePath); run `newsd run` or `newsd ingest` first, or pass --state-dir\n")
            throw ExitCode(66)  // EX_NOINPUT
        }
        do {
            return try SQLiteArticleStore(path: config.storePath, readOnly: false, anchored: false)
        } catch {
            writeStderr("newsd: \(config.storePath): \(error)\n")
            throw ExitCode(error.code & 0xFF == 3 || error.code & 0xFF == 8 ? 77 : 74)  // SQLITE_PERM, SQLITE_READONLY: EX_NOPERM
        }
    }
}

func formatMillis(_ millis: Int64) -> String {
    DateParser.format(Date(timeIntervalSince1970: Double(millis) / 1000))
}

func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
