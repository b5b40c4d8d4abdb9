import ArgumentParser
import Logging
import NewsRuntime
import NewsStorePostgres

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply the store's schema migrations (PostgreSQL; `newsd run` also does at start).",
        discussion: """
            Several servers may run it at once: the migrations run once, under an advisory lock. A store whose schema \
            is newer than this newsd is refused (exit 65): upgrade newsd. An SQLite store migrates itself when opened.
            """)
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let config = try store.configuration()
        guard config.postgresURL != nil else {
            print("\(config.storePath): an SQLite store migrates itself when newsd opens it; nothing to do")
            return
        }
        let made: PostgresStore?
        var quiet = Logger(label: "newsd.postgres")
        quiet.logLevel = .error
        do { made = try StoreFactory.postgres(config, logger: quiet, file: store.source.file ?? "newsd.yaml") } catch {
            throw failure(.config, "\(error)")
        }
        guard let postgres = made else { return }
        Task.detached { try? await postgres.run() }
        let (from, to): (Int, Int)
        do { (from, to) = try await postgres.migrate() } catch { throw exitStatus(error, store: config.storeDescription) }
        print("\(config.storeDescription): schema version \(to)\(from == to ? " (up to date)" : "")")
    }
}
