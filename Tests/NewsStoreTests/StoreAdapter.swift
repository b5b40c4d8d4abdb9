import Foundation
import Logging
import NewsCore
import NewsRuntime
import NewsStorePostgres
import NewsStoreSQLite
import PostgresNIO
import Testing

/// The two stores the one suite runs against: SQLite always, PostgreSQL when
/// `NEWSD_TEST_POSTGRES_URL` names a server (`scripts/postgres-test-cluster.sh run -- make test`).
enum StoreAdapter: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let postgresURL = ProcessInfo.processInfo.environment["NEWSD_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// Every adapter this run can test.
    static let all: [StoreAdapter] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

    /// The PostgreSQL half only (empty without a server).
    static let postgresOnly: [StoreAdapter] = postgresURL == nil ? [] : [.postgres]
}

/// A fresh store for one test: a temporary SQLite file, or a PostgreSQL database of its own.
final class TestStore: Sendable {
    let adapter: StoreAdapter
    /// The SQLite file or the PostgreSQL URL of the test's own database.
    let location: String
    private let admin: PostgresLocation?
    private let database: String?

    init(_ adapter: StoreAdapter) async throws {
        self.adapter = adapter
        switch adapter {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsd-store-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            location = dir + "/newsd.db"
            admin = nil
            database = nil
        case .postgres:
            let admin = try PostgresLocation(url: StoreAdapter.postgresURL!)
            let name = "newsd_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            try await Self.adminQuery(admin, "CREATE DATABASE \(name)")
            var mine = admin
            mine.database = name
            self.admin = admin
            database = name
            location = Self.url(mine)
        }
    }

    static func url(_ l: PostgresLocation) -> String {
        "postgres://\(l.user)@\(l.host ?? "")\(l.host == nil ? "" : ":\(l.port)")/\(l.database)"
            + (l.socketDirectory.map { "?host=\($0)&port=\(l.port)" } ?? "?sslmode=disable")
    }

    /// Runs one statement on the server's administrative database (CREATE/DROP DATABASE).
    static func adminQuery(_ location: PostgresLocation, _ sql: String) async throws {
        _ = try await withPool(location) { client in
            try await client.query(PostgresQuery(unsafeSQL: sql))
        }
    }

    /// Runs `body` with a client of `location`'s database.
    static func withPool<T: Sendable>(_ location: PostgresLocation, _ body: @Sendable (PostgresClient) async throws -> T) async throws -> T {
        let config = PostgresClient.Configuration(
            unixSocketPath: location.socketPath ?? "", username: location.user, password: nil, database: location.database)
        let client = PostgresClient(configuration: config)
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { await client.run(); return nil }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }

    /// Raw SQL on the test's database, bypassing the store (as a bug or an attacker would).
    func tamper(_ sql: String) async throws {
        guard let admin, let database else { return }
        var mine = admin
        mine.database = database
        try await Self.withPool(mine) { client in _ = try await client.query(PostgresQuery(unsafeSQL: sql)) }
    }

    /// Opens a writer on the store (server `server` on PostgreSQL) and runs `body` with it.
    func withWriter<T: Sendable>(
        server: String = "alpha", stories: StoryLinker.Configuration? = StoryLinker.Configuration(),
        _ body: @Sendable (any StoreFactory.Store) async throws -> T
    ) async throws -> T {
        switch adapter {
        case .sqlite:
            let store = try SQLiteStore(path: location, stories: stories)
            return try await body(store)
        case .postgres:
            let store = PostgresStore(location: try PostgresLocation(url: location), password: nil, server: server, stories: stories)
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await store.run(); return nil }
                defer { group.cancelAll() }
                try await store.open()
                return try await body(store)
            }
        }
    }

    /// Drops the test's database.
    func remove() async {
        if let admin, let database {
            try? await Self.adminQuery(admin, "DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
        } else {
            try? FileManager.default.removeItem(atPath: (location as NSString).deletingLastPathComponent)
        }
    }
}

/// Items for the tests, analysed by the real analyzer.
enum Items {
    static let analyzer = Analyzer()

    static func article(_ file: String, _ title: String, body: String? = nil, identity: String? = nil, language: String? = "en") -> IntakeItem {
        let input = Article(title: title, body: body ?? "Body of \(title).", language: language, format: "text")
        let (article, analysis) = analyzer.analyze(input)
        return IntakeItem(
            file: file, identity: identity, sha256: ContentHash.sha256Hex(Array((title + (body ?? "")).utf8)),
            result: .success([article]), analyses: [analysis])
    }

    static func failed(_ file: String) -> IntakeItem {
        IntakeItem(file: file, identity: nil, sha256: ContentHash.sha256Hex(Array(file.utf8)), result: .failure(.empty))
    }
}
