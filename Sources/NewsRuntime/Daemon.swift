import Foundation
import Logging
import NewsCore
import NewsStorePostgres
import NewsStoreSQLite
import ServiceLifecycle
import Synchronization
import UnixSignals

/// `newsd run`: the ingest engine on its own thread, SIGHUP reloads, the systemd watchdog,
/// and a graceful stop on SIGTERM/SIGINT that commits the batch in hand.
public struct Daemon: Service {
    /// How the configuration was given, so a reload reads it the same way.
    public struct Source: Sendable {
        public var file: String?
        public var inbox: String?
        public var stateDirectory: String?
        /// `--store`: a PostgreSQL URL or an SQLite file, over `store:`.
        public var store: String?

        public init(file: String?, inbox: String?, stateDirectory: String?, store: String? = nil) {
            self.file = file
            self.inbox = inbox
            self.stateDirectory = stateDirectory
            self.store = store
        }

        /// The file (if any) over the defaults, with the command-line overrides on top.
        public func load(
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) throws(ConfigurationError) -> NewsdConfiguration {
            // The installed configuration keeps its store and spool where the unit puts them.
            let installed = file == NewsdConfiguration.installedFile
            var defaults = NewsdConfiguration(environment: installed ? NewsdConfiguration.installedEnvironment(environment) : environment)
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
            if let inbox {
                config.inbox = inbox
                config.inboxIsExplicit = true
                config.inboxes = []  // --inbox watches that one alone
            }
            if let stateDirectory, config.stateDirectory != stateDirectory { config.stateDirectory = stateDirectory }
            if let store {
                // --store names the one store of the command: a read command reads it, not read_store:.
                config.store = store
                config.readStore = nil
            }
            return config
        }
    }

    let source: Source
    let configuration: NewsdConfiguration
    let logger: Logger
    let notifier = SystemdNotifier()
    let metrics: MetricsFileWriter?
    /// The shared store when `store:` names PostgreSQL (its client runs as a service of the
    /// same group, before the daemon); nil for SQLite.
    let postgres: PostgresStore?

    /// - Parameters:
    ///   - metrics: writes the metrics file while the daemon runs (``MetricsFileWriter/bootstrap(path:interval:storePath:)``).
    ///   - postgres: the PostgreSQL store (``StoreFactory/postgres(_:readOnly:stories:logger:file:)``), run by the caller.
    public init(source: Source, configuration: NewsdConfiguration, logger: Logger, metrics: MetricsFileWriter? = nil,
                postgres: PostgresStore? = nil) {
        self.source = source
        self.configuration = configuration
        self.logger = logger
        self.metrics = metrics
        self.postgres = postgres
    }

    /// How long after a commit its articles wait for the full-text index (``SQLiteStore``); a
    /// search reads the articles that wait one by one meanwhile.
    static let searchIndexDelay = Duration.milliseconds(100)

    public func run() async throws {
        let config = configuration
        // Fewer malloc arenas, and their free pages given back while a backlog drains (HeapTrimmer).
        let heap = HeapTrimmer()
        defer { heap.stop() }
        // One engine per inbox (one alone without `inboxes:`), all into one store.
        let inboxes = config.inboxConfigurations()
        var made: [EngineControl] = []
        for _ in inboxes { made.append(EngineControl(waker: try Waker.make())) }
        let controls = made
        let control = controls[0]
        let logger = logger
        let notifier = notifier
        let finished = AsyncStream<(any Error)?>.makeStream()
        let stopped = DispatchSemaphore(value: 0)
        let ledgerBox = Mutex<[CrashLedger]>([])
        // The alert service, made on the engine's thread once the store opens, runs here.
        let alertServices = AsyncStream<AlertService>.makeStream()
        let configFile = source.file ?? "newsd.yaml"
        // The analysis' tables (the gazetteer's 55,000 names, the taxonomy, the topic model) are
        // built on a second thread while the store opens and the story linker reads what it holds:
        // READY comes when the slower of the two is done, not after both in turn.
        Thread.named("newsd-warm-up") { AnalyzerLoader.warmUp() }.start()
        let postgres = postgres
        let thread = Thread.named("newsd-ingest") {
            defer { stopped.signal() }
            defer { alertServices.continuation.finish() }
            do {
                guard let state = try Self.openState(
                    config, inboxes: inboxes, control: control, notifier: notifier, logger: logger, postgres: postgres)
                else {
                    finished.continuation.yield(nil)  // stopped while waiting for the store
                    finished.continuation.finish()
                    return
                }
                defer { withExtendedLifetime(state) {} }
                let retention = (state.store as? any JournalRetention).flatMap { RetentionJob.daily(config, store: $0, logger: logger) }
                defer { retention?.cancel() }
                let ledgers = state.ledgers
                ledgerBox.withLock { $0 = ledgers }
                // One store for ingest and alerts: its actor keeps their transactions apart.
                // On PostgreSQL each server matches the articles it committed (PostgresMatchingView).
                let alerts = AlertService(
                    store: postgres.map { PostgresMatchingView($0) } ?? state.store,
                    sinks: try AlertSinkFactory.sinks(
                        config, placement: .local, store: JournalAlertSink.storeIdentity(config.postgresURL == nil ? config.storePath : config.storeDescription), configurationFile: configFile),
                    subscriptions: .init(index: try AlertService.subscriptions(config, logger: logger), defaultWindow: config.alertWindow),
                    logger: logger)
                alertServices.continuation.yield(alerts)
                alertServices.continuation.finish()  // the async side starts it now
                let status = SharedStatus(engines: inboxes.count, notifier: notifier)
                defer { status.stop() }
                let store = state.store
                let hooks = alerts.hooks
                // One analyzer (taxonomy, indexes) for every inbox's engine, built once.
                let analyzer = try AnalyzerLoader.analyzer(topicsFile: config.topicsFile)
                // An engine that cannot start stops the others: newsd runs with all its inboxes or not at all.
                let failure = Mutex<(any Error)?>(nil)
                // Each engine is handed its inbox lock and holds the only reference: it lets go of
                // it while its inbox is being removed (an open lock file keeps the folder alive).
                let locks = Mutex<[InstanceLock?]>(inboxes.indices.map { state.takeInboxLock($0) })
                let runEngine = { @Sendable (i: Int) in
                    do {
                        let engine = try IngestEngine(
                            config: inboxes[i], journal: store, control: controls[i], notifier: notifier, logger: logger, hooks: hooks,
                            ledger: ledgers[i], inboxLock: locks.withLock { $0[i].take() }, status: status, slot: i,
                            analyzer: analyzer)
                        engine.run()
                    } catch {
                        failure.withLock { $0 = $0 ?? error }
                        controls.forEach { $0.requestStop() }
                    }
                }
                // The other inboxes' engines on threads of their own; this thread runs the first's.
                let others = DispatchGroup()
                for i in inboxes.indices.dropFirst() {
                    others.enter()
                    let engineThread = Thread.named("newsd-ingest-\(i)") {
                        defer { others.leave() }
                        runEngine(i)
                    }
                    engineThread.start()
                }
                runEngine(0)
                others.wait()
                // What waits for the full-text index goes in now rather than at the next start.
                if let sqlite = store as? SQLiteStore {
                    if let problem = blockingAwait({ () async -> String? in
                        do throws(StoreError) { try await sqlite.indexForSearchNow(); return nil } catch { return error.description }
                    }) {
                        logger.error("\(problem)")
                    }
                }
                if let error = failure.withLock({ $0 }) { throw error }
                finished.continuation.yield(nil)
            } catch {
                finished.continuation.yield(StartupError(underlying: error))
            }
            finished.continuation.finish()
        }
        thread.start()
        let watchdog = notifier.watchdogInterval.map { interval in
            Watchdog(notifier: notifier, progress: controls.map(\.progress), interval: interval, stallTimeout: config.stallTimeout, logger: logger)
        }
        defer { watchdog?.stop() }

        try await withGracefulShutdownHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    var alerts: (service: AlertService, task: Task<Void, Never>)?
                    for await service in alertServices.stream {
                        alerts = (service, Task { await service.run() })
                    }
                    for await result in finished.stream {
                        if let result {
                            alerts?.task.cancel()
                            throw result
                        }
                    }
                    // The engine committed its last batch: one last pass alerts on it.
                    if let alerts {
                        alerts.task.cancel()
                        await alerts.task.value
                        await alerts.service.pass()
                    }
                }
                group.addTask { await reloadOnHangup(controls) }
                if let metrics {
                    group.addTask { await metrics.run { logger.warning("\($0)") } }
                }
                try await group.next()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            controls.forEach { $0.requestStop() }
            notifier.stopping()
            // The batch in hand may be long (a huge feed, a slow disk): it gets stop_timeout, then
            // newsd exits without it. Its transaction is never committed and its files stay in
            // the inbox, as after a crash; the crash ledger is told it was no crash.
            let timeout = config.stopTimeout
            let limit = Thread.named("newsd-stop-limit") {
                guard stopped.wait(timeout: .now() + timeout) == .timedOut else { return }
                logger.warning(
                    "the batch in hand did not finish within stop_timeout (\(timeout) s); exiting without it: its files stay in the inbox and are taken at the next start")
                CrashLedger.releaseAndExit(ledgerBox.withLock({ $0 })[...], status: 0)
            }
            limit.start()
        }
    }

    /// The locks, the store and the crash ledger, opened in order. A store that cannot be opened
    /// (read-only or full file system, missing or unreadable file, wrong owner) is waited for:
    /// READY=1 with a STATUS= that says why, retried with backoff (0.5 s up to 30 s), while the
    /// watchdog keeps seeing the loop turn. A restart by systemd would only meet the same fault,
    /// and a restart loop ends in a failed unit nobody restarts once the fault is fixed.
    /// - Returns: nil when a stop was requested while waiting.
    /// - Throws: ``LockConflict`` when another newsd holds the state directory or the inbox.
    static func openState(
        _ config: NewsdConfiguration, inboxes: [NewsdConfiguration], control: EngineControl, notifier: SystemdNotifier, logger: Logger,
        postgres: PostgresStore? = nil
    ) throws -> OpenState? {
        var stateLock: InstanceLock?
        var inboxLocks: [InstanceLock] = []
        var backoff = 0.5
        var reported: String?
        while !control.stopRequested {
            do {
                if stateLock == nil {
                    try SpoolFileSystem.makeDirectories(config.stateDirectory)
                    stateLock = try InstanceLock(stateDirectory: config.stateDirectory)
                }
                while inboxLocks.count < inboxes.count {
                    let inbox = inboxes[inboxLocks.count].inbox
                    try SpoolFileSystem.makeDirectories(inbox)
                    inboxLocks.append(try InstanceLock(inbox: inbox, stateDirectory: config.stateDirectory))
                }
                let store: any StoreFactory.Store
                if let postgres {
                    // Connects and migrates; an unreachable server is waited for like a missing disk.
                    if let error = blockingAwait({ () async -> StoreError? in
                        do throws(StoreError) { try await postgres.open(); return nil } catch { return error }
                    }) {
                        throw error
                    }
                    store = postgres
                } else {
                    store = try SQLiteStore(path: config.storePath, stories: config.linkerConfiguration, searchIndexDelay: Self.searchIndexDelay)
                }
                if let sqlite = store as? SQLiteStore, let lost = sqlite.lostRecords {
                    logger.critical(
                        "the store \(config.storePath) lost records \(lost.lowerBound)-\(lost.upperBound) since they were committed (a truncated WAL or a restored copy?); their numbers are not given out again, and their files are in \(config.processedDirectory): put them back into the inbox to store them again. `newsd verify` reports the loss until the store is restored")
                }
                let ledgers = try inboxes.map { inbox throws(SpoolError) in
                    try CrashLedger(directory: config.stateDirectory, limit: config.quarantineAfter, fileName: inbox.ledgerFileName)
                }
                if reported != nil { logger.notice("the store \(config.storeDescription) opens again; starting") }
                return OpenState(stateLock: stateLock!, inboxLocks: inboxLocks, store: store, ledgers: ledgers)
            } catch let conflict as LockConflict {
                throw conflict
            } catch let error as StoreError where error.code == "schema-newer" || error.code?.hasPrefix("postgres:28") == true {
                throw error  // a newer schema, a refused login: waiting will not cure it (exit 78)
            } catch {
                let problem = "\(error)"
                if problem != reported {
                    logger.error(
                        "cannot open the store: \(problem); newsd waits and retries (files wait in the inbox): \(config.postgresURL == nil ? "fix the file system or the permissions of \(config.stateDirectory)" : "start PostgreSQL or fix its address, user or password")")
                    reported = problem
                }
                notifier.ready(status: "Store unavailable at start, retrying every \(Int(backoff.rounded(.up))) s: \(problem)")
                control.progress.advance()
                control.waker.wait(timeout: backoff)
                control.progress.advance()
                backoff = min(backoff * 2, 30)
            }
        }
        return nil
    }

    /// What ``openState(_:control:notifier:logger:)`` holds for the daemon's lifetime. The inbox
    /// lock is handed to the engine, which lets go of it while the inbox is being removed.
    final class OpenState {
        let stateLock: InstanceLock
        private var inboxLocks: [InstanceLock?]
        let store: any StoreFactory.Store
        /// One crash ledger per inbox.
        let ledgers: [CrashLedger]

        init(stateLock: InstanceLock, inboxLocks: [InstanceLock], store: any StoreFactory.Store, ledgers: [CrashLedger]) {
            self.stateLock = stateLock
            self.inboxLocks = inboxLocks
            self.store = store
            self.ledgers = ledgers
        }

        /// The lock on inbox `i`, handed to its engine.
        func takeInboxLock(_ i: Int) -> InstanceLock? {
            defer { inboxLocks[i] = nil }
            return inboxLocks[i]
        }
    }

    /// Each engine gets its inbox's part of the new configuration. A change in the number of
    /// inboxes waits for a restart (the engines and their threads are made at the start).
    private func reloadOnHangup(_ controls: [EngineControl]) async {
        for await _ in await UnixSignalsSequence(trapping: .sighup) {
            notifier.reloading()
            do {
                let new = try source.load()
                let configs = new.inboxConfigurations()
                guard configs.count == controls.count else {
                    throw ConfigurationError(
                        file: source.file ?? "newsd.yaml",
                        message: "inboxes: the number of inboxes changes (\(controls.count) to \(configs.count)) only at a restart (systemctl restart newsd)")
                }
                logger.notice("reloading the configuration\(source.file.map { " from \($0)" } ?? "")")
                for (control, config) in zip(controls, configs) { control.requestReload(config) }
            } catch {
                logger.error("configuration reload refused: \(error); keeping the previous configuration")
                notifier.ready(status: "Reload refused: \(error); \(controls[0].counters.statusLine)")
            }
        }
    }
}

/// WATCHDOG=1 at half of WatchdogSec= from a thread of its own, so that no long piece of work
/// (a huge feed's analysis, a slow commit, a blocked cooperative thread pool) can starve it.
/// It pings while the pipeline moves: the engine's loop turns (at least once a second while it
/// waits for files), a file is decoded, a commit ends. When nothing has moved for stall_timeout,
/// the pipeline is stuck: the pings stop and systemd restarts newsd, and the crash ledger sets
/// the culprit aside after quarantine_after such restarts.
final class Watchdog: Sendable {
    private final class Flag: Sendable {
        let value = Atomic<Bool>(false)
    }

    private let stopped = Flag()

    /// - Parameter progress: each engine's (one per inbox): one stuck engine is a stuck newsd.
    init(notifier: SystemdNotifier, progress: [PipelineProgress], interval: Double, stallTimeout: Double, logger: Logger) {
        let period = interval / 2
        let thread = Thread.named("newsd-watchdog") { [stopped] in
            var withheld = false
            while !stopped.value.load(ordering: .relaxed) {
                let stalled = progress.map(\.stalledFor).max() ?? 0
                if stalled < stallTimeout {
                    notifier.notify("WATCHDOG=1")
                    if withheld { logger.notice("the ingest pipeline moves again; watchdog pings resumed") }
                    withheld = false
                } else if !withheld {
                    logger.error(
                        "the ingest pipeline has made no progress for \(Int(stalled)) s (stall_timeout \(Int(stallTimeout)) s); withholding the watchdog ping so that systemd restarts newsd")
                    withheld = true
                }
                Thread.sleep(forTimeInterval: period)  // the ping's period, not synchronisation
            }
        }
        thread.start()
    }

    func stop() { stopped.value.store(true, ordering: .relaxed) }
}

/// Why `newsd run` could not start, and where to look.
public struct StartupError: Error, CustomStringConvertible {
    var underlying: any Error

    public var description: String {
        if underlying is LockConflict { return "newsd cannot start: \(underlying)" }
        return "newsd cannot start: \(underlying); check the inbox and state_dir settings (--inbox, --state-dir, or the configuration file)"
    }

    /// sysexits.h: EX_TEMPFAIL (75) when another newsd holds the inbox or the state directory,
    /// EX_CONFIG (78) for a topics or subscriptions file with an error, EX_UNAVAILABLE (69) else.
    public var exitCode: Int32 {
        switch underlying {
        case is LockConflict: LockConflict.exitCode
        case is ConfigurationError, is TaxonomyError: 78
        case let e as StoreError where e.code == "schema-newer" || e.code?.hasPrefix("postgres:28") == true: 78
        default: 69
        }
    }
}
