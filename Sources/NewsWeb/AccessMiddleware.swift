import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// Decides who may read: by default only this machine; with tokens, a bearer token; with a trusted
/// proxy header, the user the proxy (on this machine) authenticated. The health probes answer everyone
/// allowed to connect, so that a load balancer needs no secret.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let tokenDigests: [[UInt8]]
    let proxyHeader: HTTPField.Name?

    init(configuration: WebConfiguration) {
        tokenDigests = configuration.tokens.map { Array(SHA256.hash(data: Data($0.utf8))) }
        proxyHeader = configuration.trustedProxyHeader.flatMap { HTTPField.Name($0) }
    }

    static let open: Set<String> = ["/healthz", "/readyz"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if Self.open.contains(request.uri.path) { return try await next(request, context) }
        // A proxy on this machine that authenticated the user.
        if let proxyHeader, context.peerIsLoopback, let user = request.headers[proxyHeader], !user.isEmpty {
            context.user = user
            context.logger[metadataKey: "newsd.user"] = .string(user)
            return try await next(request, context)
        }
        if !tokenDigests.isEmpty {
            guard let token = Self.bearer(request), matches(token) else {
                return Self.refusal(.unauthorized, "a bearer token is required: send Authorization: Bearer TOKEN (tokens_file in the configuration)",
                                    headers: [.wwwAuthenticate: "Bearer realm=\"newsd\""])
            }
            context.user = "token"
            return try await next(request, context)
        }
        if proxyHeader != nil {
            return Self.refusal(.unauthorized, "sign in through the proxy: this server takes only requests that carry its user header")
        }
        guard context.peerIsLoopback else {
            return Self.refusal(.forbidden, "this server answers only this machine; set tokens_file or trusted_proxy_header under web: to open it")
        }
        return try await next(request, context)
    }

    static func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }

    /// Compares digests in constant time (each token, every byte), so the time taken says nothing of the tokens.
    func matches(_ token: String) -> Bool {
        let digest = SHA256.hash(data: Data(token.utf8))
        var found = false
        for known in tokenDigests {
            var difference: UInt8 = 0
            for (a, b) in zip(known, digest) { difference |= a ^ b }
            found = found || difference == 0
        }
        return found
    }

    static func refusal(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: JSONBody.error(message))))
    }
}
