import ArgumentParser
import Foundation
import Logging
import NewsCore
import NewsRuntime
import NewsWeb
import ServiceLifecycle

struct Web: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the store read-only over HTTP: a JSON API, live events and pages for people, until stopped.",
        discussion: """
            Listens on web: listen: (127.0.0.1:8470 by default) and answers only this machine unless \
            tokens_file: or trusted_proxy_header: is set under web:. Never writes to the store. Its own \
            unit: newsd-web.service. SIGTERM closes the open event streams and exits. See docs/web.md.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "HOST:PORT to listen on, over web: listen: in the configuration (port 0 takes a free one).")
    var listen: String?

    func run() async throws {
        let config = try store.configuration()
        let settings = config.web
        guard let address = WebSettings.address(listen ?? settings.listen) else {
            throw ValidationError("--listen \(listen ?? ""): expected HOST:PORT such as 127.0.0.1:8470")
        }
        var web = WebConfiguration(host: address.host, port: address.port)
        do { web.tokens = try settings.tokens() } catch { throw configFailure(error) }
        web.trustedProxyHeader = settings.trustedProxyHeader
        bootstrapLogging(level: config.logLevel)
        let logger = Logger(label: "newsd-web")
        let analyzer = try store.analyzer(config)
        let subscriptions: SubscriptionIndex
        let vocabulary: QueryVocabulary
        do {
            vocabulary = try AlertService.vocabulary(config)
            subscriptions = try AlertService.subscriptions(config, logger: logger)
        } catch { throw configFailure(error) }
        // SQLite, or PostgreSQL (its pool runs for the life of the command).
        let opened = try await store.openReader(config)
        let backend = WebBackend(
            reader: opened.reader, outbox: opened.reader, subscriptions: subscriptions, analyzer: analyzer, vocabulary: vocabulary)
        let notifier = SystemdNotifier()
        let server = WebServer(configuration: web, backend: backend, logger: logger) { port in
            let url = "http://\(address.host.contains(":") ? "[\(address.host)]" : address.host):\(port)/"
            logger.notice("serving \(opened.path) read-only at \(url)")
            writeStderr("newsd: listening on \(url)\n")
            notifier.ready(status: "Serving \(url)")
        }
        let group = ServiceGroup(
            configuration: .init(services: [.init(service: server)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            writeStderr("newsd: web: \(error)\n")
            throw ExitCode(Sysexit.unavailable.rawValue)
        }
        notifier.stopping()
    }
}
