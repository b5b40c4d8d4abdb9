import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
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

    var source: Daemon.Source {
        Daemon.Source(file: config ?? NewsdConfiguration.defaultFile(), inbox: nil, stateDirectory: stateDirectory)
    }

    func configuration() throws -> NewsdConfiguration {
        do {
            return try source.load()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The analyzer of `config`'s topics file (the default taxonomy when none is named).
    func analyzer(_ config: NewsdConfiguration) throws -> Analyzer {
        do { return try AnalyzerLoader.analyzer(topicsFile: config.topicsFile) } catch { throw ValidationError("\(error)") }
    }

    /// Opens an existing store (of `config` when the caller has loaded it already), with a clear
    /// message when there is none.
    func openStore(_ config: NewsdConfiguration? = nil, readOnly: Bool = true) throws -> SQLiteArticleStore {
        let config = try config ?? configuration()
        try StoreAccess.requireReadable(config.storePath)
        guard FileManager.default.fileExists(atPath: config.storePath) else {
            throw ValidationError(
                "no store at \(config.storePath); run `newsd run` or `newsd ingest` first, or pass --state-dir")
        }
        do {
            return try SQLiteArticleStore(path: config.storePath, readOnly: readOnly)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The store's read port, for commands that only read: `show`, `list`, `search`, `story`,
    /// `stats`, `verify`.
    func openReader(_ config: NewsdConfiguration? = nil) throws -> SQLiteStore {
        let config = try config ?? configuration()
        try StoreAccess.requireReadable(config.storePath)
        guard FileManager.default.fileExists(atPath: config.storePath) else {
            writeStderr("newsd: no store at \(config.storePath); run `newsd run` or `newsd ingest` first, or pass --state-dir\n")
            throw ExitCode(66)  // EX_NOINPUT
        }
        do {
            return try SQLiteStore(path: config.storePath, readOnly: true)
        } catch {
            throw exitStatus(error, store: config.storePath)
        }
    }
}

/// Prints a store error with the store's path and returns the exit status for it (sysexits):
/// 75 (try again) when it may pass, 65 when the store is damaged, 74 otherwise.
func exitStatus(_ error: StoreError, store path: String) -> ExitCode {
    writeStderr("newsd: \(path): \(error)\n")
    switch error.kind {
    case .transient: return ExitCode(75)  // EX_TEMPFAIL
    case .corrupt: return ExitCode(65)  // EX_DATAERR
    case .permanent: return ExitCode(74)  // EX_IOERR
    }
}

/// Runs a read on the store, turning a ``StoreError`` into a message and an exit status.
func reading<T>(_ reader: SQLiteStore, _ body: (SQLiteStore) async throws(StoreError) -> T) async throws -> T {
    do {
        return try await body(reader)
    } catch {
        throw exitStatus(error, store: reader.path)
    }
}
