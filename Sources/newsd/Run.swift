import ArgumentParser
import Foundation
import Logging
import NewsRuntime
import NewsStorePostgres
import ServiceLifecycle

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the daemon: watch the inbox and ingest every article dropped into it.",
        discussion: """
            With no options it watches ./inbox and keeps its store in ./var. Under systemd it reads \
            $CONFIGURATION_DIRECTORY/newsd.yaml and uses $STATE_DIRECTORY and $NEWSD_SPOOL. SIGHUP reloads \
            the configuration; SIGTERM commits the batch in hand and exits.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The folder to watch (default: ./inbox, or $NEWSD_SPOOL/inbox).")
    var inbox: String?

    func run() async throws {
        let source = Daemon.Source(
            file: store.config ?? NewsdConfiguration.defaultFile(), inbox: inbox, stateDirectory: store.stateDirectory,
            store: store.storeLocation)
        let config: NewsdConfiguration
        do {
            config = try source.load()
        } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(78)  // EX_CONFIG: systemd does not restart it (RestartPreventExitStatus=)
        }
        for inbox in config.inboxConfigurations() { try Self.checkInbox(inbox, file: source.file) }
        bootstrapLogging(level: config.logLevel)
        let logger = Logger(label: "newsd")
        let metrics = config.metricsFile.map {
            MetricsFileWriter.bootstrap(path: $0, interval: .milliseconds(Int64(config.metricsInterval * 1000)), storePath: config.storePath)
        }
        let postgres: PostgresStore?
        do {
            // postgres-nio logs each failed connection attempt at info: while the server is down,
            // newsd's own error line and STATUS= say it once.
            var background = logger
            background.logLevel = max(logger.logLevel, .notice)
            if logger.logLevel <= .debug { background.logLevel = logger.logLevel }
            postgres = try StoreFactory.postgres(
                config, stories: config.linkerConfiguration, logger: background, file: source.file ?? "newsd.yaml")
        } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(78)
        }
        let daemon = Daemon(source: source, configuration: config, logger: logger, metrics: metrics, postgres: postgres)
        // The PostgreSQL client first: the group stops the daemon before it.
        let group = ServiceGroup(
            configuration: .init(
                services: (postgres.map { [ServiceGroupConfiguration.ServiceConfiguration(service: $0)] } ?? []) + [.init(service: daemon)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        do {
            try await group.run()
        } catch let error as StartupError {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(error.exitCode)
        }
    }
}

extension Run {
    /// A named inbox must exist: a typo in `inbox:` or `--inbox` would otherwise create a folder
    /// nobody writes to. Only the built-in default is created. Exits 78 (EX_CONFIG) when it is
    /// missing or not a folder, 77 when it cannot be reached.
    static func checkInbox(_ config: NewsdConfiguration, file: String?) throws {
        guard config.inboxIsExplicit else { return }
        let origin = file.map { "inbox: in \($0)" } ?? "--inbox"
        switch PathState(config.inbox) {
        case .absent:
            throw failure(.config, "the inbox \(config.inbox) does not exist (named by \(origin)); create it (mkdir -p \(config.inbox)) or correct the path")
        case .unreachable(let code) where code == EACCES || code == EPERM:
            throw failure(.noPermission, "the inbox \(config.inbox) cannot be reached: permission denied; give this user search permission on every folder of its path")
        case .unreachable(let code):
            throw failure(.config, "the inbox \(config.inbox) cannot be used: \(String(cString: strerror(code)))")
        case .present:
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: config.inbox, isDirectory: &isFolder), !isFolder.boolValue {
                throw failure(.config, "the inbox \(config.inbox) is not a folder (named by \(origin))")
            }
        }
    }
}

/// Logs to journald when stderr is the journal (under systemd), else to stderr, at `level`.
/// Control characters in file names and errors are escaped: a name cannot forge a log line.
func bootstrapLogging(level: String) {
    let level = Logger.Level(rawValue: level) ?? .info
    let journal = JournalLogHandler.stderrIsJournal
    LoggingSystem.bootstrap { label in
        var handler = EscapingLogHandler(
            journal ? JournalLogHandler(label: label) : StreamLogHandler.standardError(label: label))
        handler.logLevel = level
        return handler
    }
}
