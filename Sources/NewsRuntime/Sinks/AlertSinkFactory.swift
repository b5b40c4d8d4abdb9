import Foundation
import NewsCore

/// Builds the configured sinks: the local ones (journal, exec) for `newsd run`, the network ones
/// (webhook) for `newsd deliver`.
public enum AlertSinkFactory {
    public enum Placement: Sendable {
        /// Sinks the ingest daemon delivers (its unit has no network).
        case local
        /// Sinks `newsd deliver` delivers.
        case network
    }

    /// The sinks of `configuration` that run in `placement`.
    /// - Parameters:
    ///   - store: the store's identity, sent with each alert.
    ///   - client: the HTTP client of the webhooks (needed for `.network`).
    ///   - environment: where `secret_env` secrets are read.
    /// - Throws: a ``ConfigurationError`` naming the sink when its secret cannot be read.
    public static func sinks(
        _ configuration: NewsdConfiguration, placement: Placement, store: String?,
        client: WebhookClient? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        configurationFile: String = "newsd.yaml"
    ) throws(ConfigurationError) -> [any AlertSink] {
        var out: [any AlertSink] = []
        for sink in configuration.sinks where sink.needsNetwork == (placement == .network) {
            switch sink.kind {
            case .journal(let socket):
                var journal = JournalAlertSink(id: sink.id, store: store)
                if let socket { journal.socketPath = socket }
                out.append(journal)
            case .exec(let exec):
                out.append(ExecAlertSink(id: sink.id, configuration: exec, store: store))
            case .webhook(let hook):
                guard let client else { continue }
                let secret = try self.secret(hook, sink: sink.id, environment: environment, file: configurationFile)
                out.append(WebhookAlertSink(id: sink.id, configuration: hook, secret: secret, store: store, client: client))
            }
        }
        return out
    }

    /// The webhook's shared secret (surrounding whitespace dropped), or nil when none is configured.
    static func secret(
        _ hook: SinkConfiguration.Webhook, sink: String, environment: [String: String], file: String
    ) throws(ConfigurationError) -> [UInt8]? {
        var value: String?
        if let path = hook.secretFile {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigurationError(file: file, message: "sinks: \(sink): cannot read secret_file \(path); check that it exists and that newsd may read it (under systemd: LoadCredential=)")
            }
            value = String(decoding: data, as: UTF8.self)
        } else if let name = hook.secretEnvironment {
            guard let v = environment[name] else {
                throw ConfigurationError(file: file, message: "sinks: \(sink): the environment variable \(name) (secret_env) is not set")
            }
            value = v
        }
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw ConfigurationError(file: file, message: "sinks: \(sink): the webhook secret is empty")
        }
        return Array(trimmed.utf8)
    }
}
