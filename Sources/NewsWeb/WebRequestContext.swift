import Hummingbird
import NIOCore

/// The context of one request: who sent it (the peer's address, and the user a trusted proxy named).
public struct WebRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The TCP peer; nil for a Unix socket.
    public let peer: SocketAddress?
    /// The user the trusted proxy header named, or "token" for a bearer token.
    public var user: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress
    }

    /// Whether the peer is on this machine (127.0.0.0/8 or ::1, or an IPv4-mapped loopback).
    public var peerIsLoopback: Bool {
        guard let peer else { return false }
        switch peer {
        case .v4(let a): return (UInt32(bigEndian: a.address.sin_addr.s_addr) >> 24) == 127
        case .v6:
            guard let ip = peer.ipAddress else { return false }
            return ip == "::1" || ip.hasPrefix("::ffff:127.")
        case .unixDomainSocket: return true
        }
    }

    /// Request bodies are read explicitly, each with its own bound.
    public var maxUploadSize: Int { 256 * 1024 }
}
