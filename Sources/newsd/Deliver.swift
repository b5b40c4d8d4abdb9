import ArgumentParser
import Foundation
import Logging
import NewsCore
import NewsRuntime
import NewsStoreSQLite
import ServiceLifecycle

struct Deliver: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Deliver alerts to the network sinks (webhooks) from the store's outbox, until stopped.",
        discussion: """
            `newsd run` records alerts and delivers the local sinks (journal, exec); its unit has no \
            network. This command, in its own unit (newsd-deliver.service), reads the same store and \
            delivers the sinks that need the network, each with its own retries. SIGTERM finishes \
            the delivery in hand and exits.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "How often the outbox is read for new alerts (seconds).")
    var poll: Double = 1

    @Flag(name: .customLong("ip-allow"), help: "Print the IPAddressAllow= drop-in for newsd-deliver.service (the webhooks' addresses) and exit.")
    var ipAllow = false

    func run() async throws {
        let config: NewsdConfiguration
        do {
            config = try store.source.load()
        } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(78)  // EX_CONFIG
        }
        if ipAllow {
            do { print(try NetworkAllowList.dropIn(config), terminator: "") } catch {
                writeStderr("newsd: \(error)\n")
                throw ExitCode(78)
            }
            return
        }
        bootstrapLogging(level: config.logLevel)
        let logger = Logger(label: "newsd")
        let client = WebhookClient()
        do {
            try await deliver(config, client: client, logger: logger)
            try await client.shutdown()
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private func deliver(_ config: NewsdConfiguration, client: WebhookClient, logger: Logger) async throws {
        let sinks: [any AlertSink]
        do {
            sinks = try AlertSinkFactory.sinks(
                config, placement: .network,
                store: JournalAlertSink.storeIdentity(config.postgresURL == nil ? config.storePath : config.storeDescription), client: client,
                configurationFile: store.source.file ?? "newsd.yaml")
        } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(78)
        }
        let notifier = SystemdNotifier()
        guard !sinks.isEmpty else {
            logger.notice("no network sinks (webhook) are configured: nothing to deliver")
            notifier.ready(status: "No network sinks configured")
            return
        }
        let (outbox, lock) = try await openOutbox(config)
        defer { withExtendedLifetime(lock) {} }
        let services = sinks.map {
            AlertDeliveryService(sink: $0, outbox: outbox, pollInterval: .milliseconds(Int64(max(poll, 0.01) * 1000)), logger: logger)
        }
        notifier.ready(status: "Delivering to \(sinks.map(\.id).joined(separator: ", "))")
        logger.notice("delivering alerts to \(sinks.map(\.id).joined(separator: ", ")) from \(config.storeDescription)")
        let group = ServiceGroup(
            configuration: .init(
                services: services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
        notifier.stopping()
    }

    /// The outbox, with the lock that keeps this state directory's deliveries to one process:
    /// SQLite's, or PostgreSQL's, where a delivery process runs on every server and each claims
    /// the deliveries it sends under its `server_name` (`FOR UPDATE SKIP LOCKED`, with a lease),
    /// so each goes out once.
    private func openOutbox(_ config: NewsdConfiguration) async throws -> (any AlertOutbox, InstanceLock) {
        let postgres = config.postgresURL != nil
        if !postgres {
            try StoreAccess.requireReadable(config.storePath)
            guard FileManager.default.fileExists(atPath: config.storePath) else {
                writeStderr("newsd: no store at \(config.storePath); start `newsd run` first, or pass --state-dir\n")
                throw ExitCode(66)  // EX_NOINPUT
            }
        }
        let lock: InstanceLock
        do {
            // On PostgreSQL the state directory holds only the locks: it may not exist yet.
            if postgres { try FileManager.default.createDirectory(atPath: config.stateDirectory, withIntermediateDirectories: true) }
            lock = try InstanceLock.delivery(stateDirectory: config.stateDirectory)
        } catch let conflict as LockConflict {
            writeStderr("newsd: \(conflict)\n")
            throw ExitCode(LockConflict.exitCode)
        } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(73)  // EX_CANTCREAT
        }
        if postgres, let store = try await store.openPostgres(config, readOnly: false) { return (store, lock) }
        do {
            // Not anchored: the journal's head anchor belongs to `newsd run`; this process writes only the outbox.
            return (try SQLiteStore(path: config.storePath, anchored: false), lock)
        } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(error.isTransient ? 75 : 74)  // EX_TEMPFAIL, EX_IOERR
        }
    }
}
