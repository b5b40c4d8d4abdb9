import Foundation
import Logging
import NewsStore
import ServiceLifecycle
import UnixSignals

/// `newsd run`: the ingest engine on its own thread, SIGHUP reloads, the systemd watchdog,
/// and a graceful stop on SIGTERM/SIGINT that commits the batch in hand.
public struct Daemon: Service {
    /// How the configuration was given, so a reload reads it the same way.
    public struct Source: Sendable {
        public var file: String?
        public var inbox: String?
        public var stateDirectory: String?

        public init(file: String?, inbox: String?, stateDirectory: String?) {
            self.file = file
            self.inbox = inbox
            self.stateDirectory = stateDirectory
        }

        /// The file (if any) over the defaults, with the command-line overrides on top.
        public func load(
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) throws(ConfigurationError) -> NewsdConfiguration {
            var defaults = NewsdConfiguration(environment: environment)
            if let stateDirectory {
                // processed/ and failed/ follow the state directory unless they live in the spool.
                if defaults.processedDirectory == defaults.stateDirectory + "/processed" {
                    defaults.processedDirectory = stateDirectory + "/processed"
                }
                if defaults.failedDirectory == defaults.stateDirectory + "/failed" {
                    defaults.failedDirectory = stateDirectory + "/failed"
                }
                defaults.stateDirectory = stateDirectory
            }
            var config = try file.map { path throws(ConfigurationError) in try ConfigurationLoader.load(file: path, over: defaults) } ?? defaults
            if let inbox { config.inbox = inbox }
            if let stateDirectory, config.stateDirectory != stateDirectory { config.stateDirectory = stateDirectory }
            return config
        }
    }

    let source: Source
    let configuration: NewsdConfiguration
    let logger: Logger
    let notifier = SystemdNotifier()

    public init(source: Source, configuration: NewsdConfiguration, logger: Logger) {
        self.source = source
        self.configuration = configuration
        self.logger = logger
    }

    public func run() async throws {
        let control = EngineControl(waker: try Waker.make())
        let config = configuration
        let logger = logger
        let notifier = notifier
        let finished = AsyncStream<(any Error)?>.makeStream()
        let thread = Thread {
            do {
                try SpoolFileSystem.makeDirectories(config.stateDirectory)
                let lock = try InstanceLock(directory: config.stateDirectory)
                defer { withExtendedLifetime(lock) {} }
                let store = try SQLiteArticleStore(path: config.storePath)
                let alerts = AlertDispatcher(
                    store: store, index: try AlertDispatcher.subscriptions(config), defaultWindow: config.alertWindow,
                    logger: logger)
                let engine = try IngestEngine(
                    config: config, store: store, control: control, notifier: notifier, logger: logger, alerts: alerts)
                engine.run()
                finished.continuation.yield(nil)
            } catch {
                finished.continuation.yield(StartupError(underlying: error))
            }
            finished.continuation.finish()
        }
        thread.name = "newsd-ingest"
        thread.start()

        try await withGracefulShutdownHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await result in finished.stream {
                        if let result { throw result }
                    }
                }
                group.addTask { await reloadOnHangup(control) }
                if let interval = notifier.watchdogInterval {
                    group.addTask { await watchdog(control, interval: interval) }
                }
                try await group.next()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            control.requestStop()
            notifier.stopping()
        }
    }

    private func reloadOnHangup(_ control: EngineControl) async {
        for await _ in await UnixSignalsSequence(trapping: .sighup) {
            notifier.reloading()
            do {
                let new = try source.load()
                logger.notice("reloading the configuration\(source.file.map { " from \($0)" } ?? "")")
                control.requestReload(new)
            } catch {
                logger.error("configuration reload refused: \(error); keeping the previous configuration")
                notifier.ready(status: "Reload refused: \(error); \(control.counters.statusLine)")
            }
        }
    }

    /// WATCHDOG=1 at half the interval, but only while the engine's loop is seen to turn.
    private func watchdog(_ control: EngineControl, interval: Double) async {
        let period = interval / 2
        while !Task.isCancelled {
            if monotonicNow() - control.heartbeat < max(period, 1.5) {
                notifier.notify("WATCHDOG=1")
            } else {
                logger.warning("the ingest loop has not turned for \(Int(monotonicNow() - control.heartbeat)) s; withholding the watchdog ping")
            }
            try? await Task.sleep(for: .seconds(period))
        }
    }
}

/// Why `newsd run` could not start, and where to look.
struct StartupError: Error, CustomStringConvertible {
    var underlying: any Error

    var description: String {
        "newsd cannot start: \(underlying); check the inbox and state_dir settings (--inbox, --state-dir, or the configuration file)"
    }
}
