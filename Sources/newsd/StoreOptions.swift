import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

/// `--config` and `--state-dir`, shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The YAML configuration file (default: $CONFIGURATION_DIRECTORY/newsd.yaml under systemd, else none).")
    var config: String?

    @Option(name: .customLong("state-dir"), help: "Where the store lives (default: ./var, or $STATE_DIRECTORY).")
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
}
