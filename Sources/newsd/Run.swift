import ArgumentParser
import Logging
import NewsRuntime
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
            file: store.config ?? NewsdConfiguration.defaultFile(), inbox: inbox, stateDirectory: store.stateDirectory)
        let config: NewsdConfiguration
        do {
            config = try source.load()
        } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(78)  // EX_CONFIG: systemd does not restart it (RestartPreventExitStatus=)
        }
        bootstrapLogging(level: config.logLevel)
        let logger = Logger(label: "newsd")
        let daemon = Daemon(source: source, configuration: config, logger: logger)
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: daemon)],
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
