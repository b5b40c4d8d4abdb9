import Foundation
import Logging
import NewsCore
import PostgresNIO
import ServiceLifecycle

/// The shared store behind newsd's ports on PostgreSQL, for several servers writing into one
/// database. Its ``PostgresClient`` runs as a ``Service`` (``run()``) in the caller's service
/// group; ``open()`` connects, applies the migrations and teaches the story linker what is stored.
///
/// One global sequence and one hash chain: a commit takes the `chain_head` row `FOR UPDATE`,
/// appends its group and moves the head, so commits of all servers form one linear chain. Inside
/// that lock the story linker first learns the articles other servers committed since its last
/// commit (bounded by its window), so an article on one server joins the story another started.
public actor PostgresStore: ArticleJournal, ArticleReader, AlertOutbox, Service {
    public nonisolated let location: PostgresLocation
    /// This server's name: recorded with each record (crash recovery by file identity and
    /// server) and used for its alert watermark.
    public nonisolated let server: String
    /// Who claims alert deliveries: this server and process (two delivery processes under one
    /// `server_name` would otherwise each take the other's claims as their own).
    nonisolated let claimant: String
    /// The pool in use; replaced by a new one when leases keep timing out (``restartClient()``).
    private(set) var client: PostgresClient
    private let clientConfiguration: PostgresClient.Configuration
    /// Leases in a row that timed out.
    private var leaseTimeouts = 0
    /// The pool restarts while the server stays down, logged at most every 5 minutes.
    private var restartNotices = NoticeLimiter(interval: .seconds(300))
    /// Tells ``run()`` to run the new pool and stop the old one.
    private let clients: (stream: AsyncStream<PostgresClient>, continuation: AsyncStream<PostgresClient>.Continuation)
    let logger: Logger
    let readOnly: Bool
    private var stories: StoryLinker.Configuration?
    var linker: StoryLinker?
    /// The last seq the linker has seen, its own commits and the others'.
    var linkerSeq: Int64 = 0
    /// What the linker has still to learn of the window stored at the open (nil once learnt).
    var restoring: LinkerWindow?
    /// Rows a step of that restore reads at most (``restoreStep``, fewer in tests).
    let restoreStep: Int
    private var opened = false
    /// The open in progress: callers that arrive meanwhile (the engine's first append, the
    /// alert service's first read) wait for it instead of opening twice.
    private var opening: Task<Void, any Error>?
    /// Appends on one store run one at a time (the linker is shared): a simple FIFO of waiters.
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// - Parameters:
    ///   - password: from `password_file:` or `PGPASSWORD` (``PostgresPassword``); never logged.
    ///   - server: this server's name (default: the host name).
    ///   - stories: a writer links new articles into stories with this configuration.
    ///   - restoreStep: rows the linker learns at most a step, after the open.
    public init(
        location: PostgresLocation, password: String?, server: String = ProcessInfo.processInfo.hostName,
        readOnly: Bool = false, stories: StoryLinker.Configuration? = nil, logger: Logger = Logger(label: "newsd.postgres"),
        restoreStep: Int = PostgresStore.restoreStep
    ) {
        self.restoreStep = max(1, restoreStep)
        self.location = location
        self.server = server
        claimant = server + "/" + UUID().uuidString.prefix(8).lowercased()
        self.readOnly = readOnly
        self.stories = stories
        self.logger = logger
        var config: PostgresClient.Configuration
        if let socket = location.socketPath {
            config = .init(unixSocketPath: socket, username: location.user, password: password, database: location.database)
        } else {
            let tls: PostgresClient.Configuration.TLS
            switch location.tls {
            case .disable: tls = .disable
            case .prefer: tls = .prefer(.makeClientConfiguration())
            case .require: tls = .require(.makeClientConfiguration())
            }
            config = .init(host: location.host ?? "localhost", port: location.port, username: location.user, password: password,
                           database: location.database, tls: tls)
        }
        config.options.connectTimeout = .seconds(5)
        config.options.maximumConnections = 8
        config.options.additionalStartupParameters = [("application_name", "newsd")]
        clientConfiguration = config
        client = PostgresClient(configuration: config, backgroundLogger: logger)
        clients = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
        clients.continuation.yield(client)
    }

    /// Runs the connection pool until cancelled (or until the service group shuts down), and
    /// each pool that replaces it.
    public nonisolated func run() async throws {
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                var current: Task<Void, Never>?
                for await client in clients.stream {
                    current?.cancel()
                    let run = Task { await client.run() }
                    current = run
                    group.addTask { await withTaskCancellationHandler { await run.value } onCancel: { run.cancel() } }
                }
                current?.cancel()
            }
        } onGracefulShutdown: { [clients] in
            // The daemon shuts down before the pool: its last commit is done by now. The pool
            // in use stops by itself (`PostgresClient.run` ends at a graceful shutdown).
            clients.continuation.finish()
        }
    }

    /// Replaces the pool by a new one; operations on the old one fail (transient) and are retried.
    func restartClient() {
        leaseTimeouts = 0
        let message = "PostgreSQL \(location): no connection for \(Self.leaseTimeout * Self.leaseTimeoutsBeforeRestart); starting a new connection pool"
        if let held = restartNotices.occurred() {
            // While the server stays down this repeats every 10 s: logged once every 5 minutes.
            logger.notice("\(message)\(held > 0 ? " (and \(held) times since the last notice; repeated at most every \(restartNotices.interval) while it lasts)" : "")")
        } else {
            logger.debug("\(message)")
        }
        client = PostgresClient(configuration: clientConfiguration, backgroundLogger: logger)
        clients.continuation.yield(client)
    }

    /// Runs `body` with the pool running beside it, for a command that opens the store, uses it and exits.
    public static func with<T: Sendable>(
        location: PostgresLocation, password: String?, server: String = ProcessInfo.processInfo.hostName, readOnly: Bool = false,
        stories: StoryLinker.Configuration? = nil, _ body: @Sendable (PostgresStore) async throws -> T
    ) async throws -> T {
        let store = PostgresStore(location: location, password: password, server: server, readOnly: readOnly, stories: stories)
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try? await store.run(); return nil }
            defer { group.cancelAll() }
            try await store.open()
            return try await body(store)
        }
    }

    // MARK: Opening

    /// Connects, applies the missing migrations (a writer) or checks the schema (a reader), and
    /// starts the story linker's restore (read a step at a time after the open). Idempotent.
    /// - Throws: a transient error while the server cannot be reached; a permanent one for a
    ///   schema newer than this binary or a database without newsd's tables (a reader).
    public func open() async throws(StoreError) {
        guard !opened else { return }
        let task = opening ?? Task { try await self.openOnce() }
        opening = task
        do {
            try await task.value
        } catch {
            opening = nil
            throw storeError(error)
        }
    }

    private func openOnce() async throws(StoreError) {
        guard !opened else { return }
        _ = try await migrate(apply: !readOnly)
        if !readOnly {
            // Articles this server stored before it matched alerts are not matched (as on SQLite).
            let server = server
            try await session { s in
                try await s.execute(
                    """
                    INSERT INTO match_watermarks(server, seq)
                    SELECT $1, coalesce(max(seq), 0) FROM journal WHERE server = $1 ON CONFLICT DO NOTHING
                    """, [.text(server)])
            }
        }
        if let stories {
            // The linker learns what is stored after the open, a step at a time (a stop right
            // after READY waits for one step; a commit first reads what is left).
            linker = StoryLinker(configuration: stories)
            do { try await startRestore() } catch {
                linker = nil
                throw error
            }
            Task { await self.restoreSteps(all: false) }
        }
        opened = true
    }

    /// `newsd migrate`: applies the missing migrations; returns the versions before and after.
    @discardableResult
    public func migrate() async throws(StoreError) -> (from: Int, to: Int) {
        try await migrate(apply: true)
    }

    private func migrate(apply: Bool) async throws(StoreError) -> (from: Int, to: Int) {
        let location = location
        // Migrating a large store may take a statement minutes (an index over every article).
        return try await transaction(stall: .seconds(3600)) { s in
            if apply {
                try await s.execute("SELECT pg_advisory_xact_lock($1)", [.int(PostgresSchema.migrationLock)])
                try await s.execute("CREATE TABLE IF NOT EXISTS newsd_schema(version integer PRIMARY KEY, applied_ms bigint NOT NULL, by_server text NOT NULL)")
            } else if try await s.scalar("SELECT count(*) FROM pg_tables WHERE tablename = 'newsd_schema' AND schemaname = current_schema()") == 0 {
                throw StoreError(.permanent, "\(location): this database holds no newsd store (no newsd_schema table); run `newsd migrate --store URL` or `newsd run` first")
            }
            let current = Int(try await s.scalar("SELECT coalesce(max(version), 0) FROM newsd_schema") ?? 0)
            if current > PostgresSchema.latest {
                throw StoreError(
                    .permanent,
                    "\(location): the store's schema is version \(current), newer than this newsd's (\(PostgresSchema.latest)): another server runs a newer newsd; upgrade this one",
                    code: "schema-newer")
            }
            guard apply else { return (current, current) }
            for version in (current + 1)...max(current + 1, PostgresSchema.latest) where version <= PostgresSchema.latest {
                for statement in PostgresSchema.statements(PostgresSchema.migrations[version - 1]) {
                    try await s.execute(statement)
                }
                try await s.execute("INSERT INTO newsd_schema VALUES ($1, $2, $3)",
                                    [.int(Int64(version)), .int(Self.now()), .text(self.server)])
            }
            return (current, PostgresSchema.latest)
        }
    }

    static func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    // MARK: Sessions

    /// How long an operation waits for a connection before it fails (transient) and newsd
    /// reports the store unavailable.
    static let leaseTimeout: Duration = .seconds(5)
    /// How long a statement may go without an answer or a row before its connection is closed
    /// (and the operation fails, transient): a server or network that hangs instead of failing.
    static let stallTimeout: Duration = .seconds(30)
    /// After this many leases in a row that timed out, the pool is replaced by a new one: a pool
    /// was seen stuck on one connection attempt after a server crash, long after the server was back.
    static let leaseTimeoutsBeforeRestart = 2

    /// Leases a connection within ``leaseTimeout``, watched by a ``StallWatch``.
    private func leased<T>(stall: Duration = stallTimeout, _ body: (PGSession) async throws -> sending T) async throws(StoreError) -> sending T {
        let lease: PostgresLease
        do {
            lease = try await PostgresLease.lease(from: client, timeout: Self.leaseTimeout)
            leaseTimeouts = 0
            restartNotices.reset()
        } catch is PostgresLease.TimedOut {
            leaseTimeouts += 1
            if leaseTimeouts >= Self.leaseTimeoutsBeforeRestart { restartClient() }
            throw StoreError(.transient, "PostgreSQL \(location): no connection within \(Self.leaseTimeout): the server is down, restarting or unreachable")
        } catch {
            throw storeError(error)
        }
        defer { lease.release() }
        let watch = StallWatch(limit: stall)
        let watchdog = watch.watch(lease.connection)
        defer { watchdog.cancel() }
        do {
            return try await body(PGSession(connection: lease.connection, logger: logger, watch: watch))
        } catch {
            throw storeError(error)
        }
    }

    /// Runs `body` on a leased connection, outside a transaction.
    func session<T>(_ body: (PGSession) async throws -> sending T) async throws(StoreError) -> sending T {
        try await leased(body)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(stall: Duration = stallTimeout, _ body: (PGSession) async throws -> sending T) async throws(StoreError) -> sending T {
        try await leased(stall: stall) { s in
            try await s.execute("BEGIN")
            do {
                let result = try await body(s)
                try await s.execute("COMMIT")
                return result
            } catch {
                // A connection the server dropped has no transaction left to roll back.
                if !s.connection.isClosed { try? await s.execute("ROLLBACK") }
                throw error
            }
        }
    }

    /// Waits for the appends before this one.
    func acquire() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }

    /// A store error for anything the client throws: unreachable or restarting servers,
    /// deadlocks and serialization failures are transient; corrupted data is `corrupt`.
    nonisolated func storeError(_ error: any Error) -> StoreError {
        if let e = error as? StoreError { return e }
        if let e = error as? PSQLError {
            let state = e.serverInfo?[.sqlState]
            let message = e.serverInfo?[.message].map { "\($0)\(e.serverInfo?[.detail].map { " (\($0))" } ?? "")" }
                ?? "\(e.code)\(e.underlying.map { ": \($0)" } ?? "")"
            let kind: StoreError.Kind
            if let state {
                if state.hasPrefix("08") || state.hasPrefix("57P") || state.hasPrefix("53") || state == "40001" || state == "40P01" || state == "55P03" {
                    kind = .transient
                } else if state == "XX001" || state == "XX002" {
                    kind = .corrupt
                } else {
                    kind = .permanent
                }
            } else {
                kind = .transient  // no answer from the server: connection refused, closed, timed out
            }
            return StoreError(kind, "PostgreSQL \(location): \(message)", code: state.map { "postgres:\($0)" } ?? "postgres:\(e.code)")
        }
        if error is CancellationError { return StoreError(.transient, "PostgreSQL \(location): cancelled") }
        return StoreError(.transient, "PostgreSQL \(location): \(error)")
    }

    // MARK: ArticleJournal

    public func configureStories(_ configuration: StoryLinker.Configuration) async throws(StoreError) {
        await acquire()
        defer { release() }
        let previous = linker
        linker = StoryLinker(configuration: configuration)
        do { try await transaction { s in try await self.restoreLinker(s) } } catch {
            linker = previous
            throw error
        }
        stories = configuration
    }
}
