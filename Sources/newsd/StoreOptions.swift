import ArgumentParser
import Foundation
import Logging
import NewsCore
import NewsRuntime
import NewsStorePostgres
import NewsStoreSQLite

/// `--config` and `--state-dir`, shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: """
            The YAML configuration file (default: $CONFIGURATION_DIRECTORY/newsd.yaml under systemd, else \
            ./newsd.yaml, else the installed /etc/newsd/newsd.yaml, the first that exists; else none).
            """)
    var config: String?

    @Option(name: .customLong("state-dir"), help: "Where the store lives (default: ./var, or $STATE_DIRECTORY, or /var/lib/newsd with the installed configuration).")
    var stateDirectory: String?

    @Option(name: .customLong("store"), help: """
            The store: a PostgreSQL URL (postgres://USER@HOST/DATABASE, ?sslmode=require for TLS; the password \
            comes from password_file: or PGPASSWORD, never from here) or an SQLite file (default: newsd.db in the state directory).
            """)
    var storeLocation: String?

    var source: Daemon.Source {
        Daemon.Source(file: config ?? NewsdConfiguration.defaultFile(), inbox: nil, stateDirectory: stateDirectory, store: storeLocation)
    }

    /// The configuration; a file that cannot be read or used exits 78 (EX_CONFIG) with the place.
    func configuration() throws -> NewsdConfiguration {
        var config: NewsdConfiguration
        do {
            config = try source.load()
        } catch {
            throw configFailure(error)
        }
        if let storeLocation, PostgresLocation.isURL(storeLocation) {
            do { _ = try PostgresLocation(url: storeLocation) } catch { throw failure(.config, "--store: \(error)") }
        }
        return config
    }

    /// The PostgreSQL store `config` names, its pool running and its schema checked (a writer
    /// applies the missing migrations); nil for SQLite. Exits 78 for a bad URL or password file,
    /// 65 for a schema newer than this newsd, 75 when the server cannot be reached.
    func openPostgres(
        _ config: NewsdConfiguration, readOnly: Bool, stories: StoryLinker.Configuration? = nil
    ) async throws -> PostgresStore? {
        let postgres: PostgresStore?
        var quiet = Logger(label: "newsd.postgres")
        quiet.logLevel = .error
        do {
            postgres = try StoreFactory.postgres(config, readOnly: readOnly, stories: stories, logger: quiet, file: source.file ?? "newsd.yaml")
        } catch {
            throw failure(.config, "\(error)")
        }
        guard let postgres else { return nil }
        Task.detached { try? await postgres.run() }  // the pool, for the life of this command
        do {
            try await postgres.open()
        } catch {
            throw exitStatus(error, store: config.storeDescription)
        }
        return postgres
    }

    /// The analyzer of `config`'s topics file (the default taxonomy when none is named).
    func analyzer(_ config: NewsdConfiguration) throws -> Analyzer {
        do { return try AnalyzerLoader.analyzer(topicsFile: config.topicsFile) } catch { throw configFailure(error) }
    }

    /// Exits 77 when the store at `path` cannot be read (or, `writing`, written) for permission,
    /// 66 when there is none.
    func requireStore(_ path: String, writing: Bool = false) throws {
        try StoreAccess.requireReadable(path)
        switch PathState(path) {
        case .present: break
        case .absent:
            throw failure(.noInput, "no store at \(path); run `newsd run` or `newsd ingest` first, or pass --state-dir")
        case .unreachable(let code):
            throw failure(.ioError, "\(path): \(String(cString: strerror(code)))")
        }
        if writing, access(path, W_OK) != 0, errno == EACCES || errno == EPERM {
            throw failure(.noPermission, StoreAccess.denied(path, doing: "write to"))
        }
    }

    /// Takes the daemon's lock on the state directory, for a job that must not run beside
    /// `newsd run` on SQLite: exits 75 while the daemon holds it.
    func daemonLock(_ config: NewsdConfiguration) throws -> InstanceLock {
        do { return try InstanceLock(directory: config.stateDirectory) } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(Sysexit.tryAgain.rawValue)  // the daemon holds the store
        }
    }

    /// Opens an existing store (of `config` when the caller has loaded it already), with a clear
    /// message when there is none (66), it may not be read (77) or is damaged (65).
    func openStore(_ config: NewsdConfiguration? = nil, readOnly: Bool = true) throws -> SQLiteArticleStore {
        let config = try config ?? configuration()
        try requireStore(config.storePath, writing: !readOnly)
        do {
            return try SQLiteArticleStore(path: config.storePath, readOnly: readOnly)
        } catch {
            throw exitStatus(error, store: config.storePath)
        }
    }

    /// The store a job that rewrites derived data (`reindex`, `replay`) works on: PostgreSQL, or
    /// SQLite, with the daemon's lock held when `exclusive` (exit 75 while the daemon runs),
    /// returned with the store.
    func openJobStore(_ config: NewsdConfiguration, readOnly: Bool = false, exclusive: Bool) async throws -> (any JobStore, InstanceLock?) {
        if let postgres = try await openPostgres(config, readOnly: readOnly) { return (postgres, nil) }
        let lock = exclusive ? try daemonLock(config) : nil
        return (try openStore(config, readOnly: readOnly), lock)
    }

    /// The store `newsd export` reads (`readOnly`) or `newsd import` appends to: PostgreSQL, whose
    /// imports link with the store-backed linker and may run beside every server's daemon, or
    /// SQLite, whose imports hold the daemon's lock (exit 75 while it runs), returned with it.
    func openArchive(_ config: NewsdConfiguration, readOnly: Bool) async throws -> (any ArticleArchive, InstanceLock?) {
        if let postgres = try await openPostgres(config, readOnly: readOnly, stories: readOnly ? nil : config.linkerConfiguration) {
            return (postgres, nil)
        }
        var lock: InstanceLock?
        if !readOnly {
            do { try FileManager.default.createDirectory(atPath: config.stateDirectory, withIntermediateDirectories: true) } catch {
                throw failure(.cannotCreate, "import: cannot create \(config.stateDirectory): \(error.localizedDescription)")
            }
            lock = try daemonLock(config)
        }
        do {
            let store = readOnly ? try openStore(config, readOnly: true) : try SQLiteArticleStore(path: config.storePath)
            return (try SQLiteArchive(store: store, stories: readOnly ? nil : config.linkerConfiguration), lock)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw exitStatus(error, store: config.storePath)
        }
    }

    /// The store's read port, for commands that only read: `show`, `list`, `search`, `story`,
    /// `stats`, `alerts`, `web` (`read_store:` when the configuration names one), and `verify`
    /// (`primary: true`: the store itself, never `read_store:`).
    func openReader(_ config: NewsdConfiguration? = nil, primary: Bool = false) async throws -> StoreReader {
        let config = primary ? try config ?? configuration() : try (config ?? configuration()).reading
        if let postgres = try await openPostgres(config, readOnly: true) {
            return StoreReader(reader: postgres, path: config.storeDescription)
        }
        try requireStore(config.storePath)
        do {
            return StoreReader(reader: try SQLiteStore(path: config.storePath, readOnly: true), path: config.storePath)
        } catch {
            throw exitStatus(error, store: config.storePath)
        }
    }
}

/// The read side of whichever store the configuration names, with its name for messages.
struct StoreReader: Sendable {
    let reader: any ArticleReader & AlertOutbox
    /// The SQLite file, or the PostgreSQL URL without secrets.
    let path: String
}

/// Prints a store error with the store's path and returns the exit status for it (sysexits):
/// 75 (try again) when it may pass, 65 when the store is damaged, 77 for permission, 74 otherwise.
func exitStatus(_ error: any Error, store path: String) -> ExitCode {
    let error = SQLiteStore.storeError(error)
    if error.code == "schema-newer" {
        writeStderr("newsd: \(error)\n")
        return ExitCode(65)  // EX_DATAERR
    }
    if !PostgresLocation.isURL(path), access(path, R_OK) != 0 && (errno == EACCES || errno == EPERM) {
        return failure(.noPermission, "\(error); " + StoreAccess.denied(path))
    }
    writeStderr(error.message.hasPrefix(path) || error.message.contains(path) ? "newsd: \(error)\n" : "newsd: \(path): \(error)\n")
    switch error.kind {
    case .transient: return ExitCode(75)  // EX_TEMPFAIL
    case .corrupt: return ExitCode(65)  // EX_DATAERR
    case .permanent: return ExitCode(74)  // EX_IOERR
    }
}

/// Runs a read on the store, turning a ``StoreError`` into a message and an exit status.
func reading<T>(_ reader: StoreReader, _ body: (any ArticleReader & AlertOutbox) async throws(StoreError) -> T) async throws -> T {
    do {
        return try await body(reader.reader)
    } catch {
        throw exitStatus(error, store: reader.path)
    }
}
