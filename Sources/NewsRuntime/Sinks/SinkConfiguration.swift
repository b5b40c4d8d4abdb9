import Foundation
import NewsCore

/// One entry of `sinks:` in newsd.yaml: where alerts of the subscriptions that name `id` go.
public struct SinkConfiguration: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One journald entry per alert (the default sink, always present), sent to journald's
        /// native socket or to `socket` (another journald, or a test's own socket).
        case journal(socket: String?)
        case webhook(Webhook)
        case exec(Exec)
    }

    /// An HTTP POST of the alert as JSON, signed with HMAC-SHA256 when a secret is given.
    public struct Webhook: Sendable, Equatable {
        public var url: String
        /// Extra request headers, e.g. an `Authorization` a gateway wants.
        public var headers: [String: String] = [:]
        /// The whole request, connection included (seconds).
        public var timeout: Double = 10
        /// A file holding the shared secret (e.g. `$CREDENTIALS_DIRECTORY/webhook`).
        public var secretFile: String?
        /// An environment variable holding the shared secret.
        public var secretEnvironment: String?
        /// Shape the body for a chat service's incoming webhook instead of newsd's own document.
        public var template: WebhookTemplate?

        public init(url: String) { self.url = url }
    }

    /// A command run with the alert as JSON on stdin, without a shell.
    public struct Exec: Sendable, Equatable {
        /// The program (a path, or a name looked up in `PATH`) and its arguments.
        public var command: [String]
        /// The command is killed (SIGKILL) when it runs longer (seconds).
        public var timeout: Double = 30

        public init(command: [String]) { self.command = command }
    }

    public var id: String
    public var kind: Kind

    public init(id: String, kind: Kind) {
        self.id = id
        self.kind = kind
    }

    /// The journald sink every configuration has.
    public static let journal = SinkConfiguration(id: AlertDelivery.journal, kind: .journal(socket: nil))

    /// Whether delivery needs the network: such sinks are delivered by `newsd deliver`, not by
    /// the daemon that parses untrusted files (whose unit has `PrivateNetwork=yes`).
    public var needsNetwork: Bool {
        if case .webhook = kind { return true }
        return false
    }

    public var typeName: String {
        switch kind {
        case .journal: "journal"
        case .webhook: "webhook"
        case .exec: "exec"
        }
    }
}

/// How a webhook's body is shaped for a chat service's incoming webhook.
public enum WebhookTemplate: String, Sendable, CaseIterable {
    /// `{"text": ...}` (Slack incoming webhooks, mrkdwn links).
    case slack
    /// `{"text": ...}` with Markdown links (Mattermost incoming webhooks).
    case mattermost
    /// `{"msgtype": "m.text", "body": ..., "format": "org.matrix.custom.html", "formatted_body": ...}`
    /// (a Matrix hookshot or similar generic webhook bridge).
    case matrix
}
