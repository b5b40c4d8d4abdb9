import Foundation
import Logging
import NewsCore
import NewsStorePostgres
import NewsStoreSQLite

/// Opens the store a configuration names: SQLite (the default, `store:` absent or a path) or
/// PostgreSQL (`store: postgres://...`).
public enum StoreFactory {
    /// The store behind all three ports.
    public typealias Store = ArticleJournal & ArticleReader & AlertOutbox

    /// The PostgreSQL store `config` names (not yet connected: run it as a service, then
    /// ``PostgresStore/open()``), or nil for SQLite.
    /// - Throws: ``ConfigurationError`` for a bad URL or an unreadable password file.
    public static func postgres(
        _ config: NewsdConfiguration, readOnly: Bool = false, stories: StoryLinker.Configuration? = nil,
        logger: Logger = Logger(label: "newsd.postgres"), file: String = "newsd.yaml"
    ) throws(ConfigurationError) -> PostgresStore? {
        guard let url = config.postgresURL else { return nil }
        do {
            let location = try PostgresLocation(url: url)
            let password = try PostgresPassword.read(file: config.passwordFile)
            return PostgresStore(
                location: location, password: password, server: config.serverName ?? ProcessInfo.processInfo.hostName,
                readOnly: readOnly, stories: stories, logger: logger)
        } catch {
            throw ConfigurationError(file: file, message: "store: \(error)")
        }
    }
}
