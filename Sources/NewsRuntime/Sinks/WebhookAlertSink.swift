import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import NewsCore

/// Posts each alert to an HTTP endpoint as JSON (``AlertDocument``, or a chat template), signed
/// the way Stripe signs its webhooks: `X-Newsd-Timestamp: <unix seconds>` and
/// `X-Newsd-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`, so a receiver can
/// check both the body and its freshness. `X-Newsd-Alert-ID` stays the same on every retry.
///
/// A 2xx answer is a delivery. Connection errors, timeouts, 408, 429 and 5xx are transient;
/// other answers are permanent (the alert is kept and retried slowly, never dropped).
public struct WebhookAlertSink: AlertSink {
    public let id: String
    public let configuration: SinkConfiguration.Webhook
    private let secret: [UInt8]?
    private let store: String?
    private let client: WebhookClient

    /// The most of an answer's body kept for an error message.
    static let excerptLimit = 512

    /// - Parameters:
    ///   - secret: the shared secret's bytes (nil: requests go unsigned).
    ///   - store: the store's identity, sent in the document.
    ///   - client: the process's webhook client (its owner shuts it down).
    public init(id: String, configuration: SinkConfiguration.Webhook, secret: [UInt8]?, store: String?, client: WebhookClient) {
        self.id = id
        self.configuration = configuration
        self.secret = secret
        self.store = store
        self.client = client
    }

    /// `sha256=<hex>` over `<timestamp>.<body>`.
    public static func signature(body: [UInt8], timestamp: Int64, secret: [UInt8]) -> String {
        var message = Array("\(timestamp).".utf8)
        message += body
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: secret))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    public func deliver(_ alert: AlertRecord) async throws(SinkError) {
        let body = WebhookBody.render(AlertDocument(alert, store: store), template: configuration.template)
        var request = HTTPClientRequest(url: configuration.url)
        request.method = .POST
        for (name, value) in configuration.headers { request.headers.replaceOrAdd(name: name, value: value) }
        request.headers.replaceOrAdd(name: "Content-Type", value: "application/json")
        request.headers.replaceOrAdd(name: "User-Agent", value: "newsd")
        request.headers.replaceOrAdd(name: "X-Newsd-Alert-ID", value: String(alert.id))
        if let secret {
            let timestamp = Int64(Date().timeIntervalSince1970)
            request.headers.replaceOrAdd(name: "X-Newsd-Timestamp", value: String(timestamp))
            request.headers.replaceOrAdd(
                name: "X-Newsd-Signature",
                value: Self.signature(body: body, timestamp: timestamp, secret: secret))
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response: HTTPClientResponse
        var excerpt = ""
        do {
            response = try await client.http.execute(request, timeout: .milliseconds(Int64(configuration.timeout * 1000)))
            if !(200..<300).contains(response.status.code) {
                let buffer = try? await response.body.collect(upTo: 64 << 10)
                excerpt = buffer.map { String(decoding: $0.readableBytesView.prefix(Self.excerptLimit), as: UTF8.self) } ?? ""
            } else {
                // Drain the body so the connection goes back to the pool.
                for try await _ in response.body {}
            }
        } catch {
            throw SinkError(.transient, "\(configuration.url): \(Self.describe(error))")
        }
        let status = response.status
        guard !(200..<300).contains(status.code) else { return }
        let what = "\(configuration.url) answered \(status.code) \(status.reasonPhrase)"
            + (excerpt.isEmpty ? "" : ": \(excerpt.replacingOccurrences(of: "\n", with: " "))")
        switch Self.classify(status: Int(status.code)) {
        case .transient: throw SinkError(.transient, what)
        case .permanent: throw SinkError(.permanent, "\(what); check the sink's url, headers and secret in newsd.yaml (the alert is kept and retried slowly)")
        }
    }

    /// 408, 429 and 5xx may pass by themselves; any other non-2xx answer needs a change on one side.
    public static func classify(status: Int) -> SinkError.Kind {
        status == 408 || status == 429 || status >= 500 ? .transient : .permanent
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? HTTPClientError {
            switch e {
            case .connectTimeout: return "no connection within the timeout"
            case .readTimeout, .deadlineExceeded: return "no answer within the timeout"
            case .remoteConnectionClosed: return "the server closed the connection"
            default: return "\(e)"
            }
        }
        if let e = error as? IOError { return "\(String(cString: strerror(e.errnoCode))) (errno \(e.errnoCode))" }
        return "\(error)"
    }
}
