import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A real HTTP server on 127.0.0.1 that receives webhooks: each request is answered with the
/// status `respond` picks and then yielded on ``requests``, so a test awaits requests instead
/// of sleeping. It can be stopped and started again on the same port (a receiver that is down).
final class WebhookTestServer: Sendable {
    struct Request: Sendable {
        var headers: [String: String]
        var body: [UInt8]
        /// The status it was answered with.
        var status: Int
    }

    let port: Int
    let requests: AsyncStream<Request>
    private let continuation: AsyncStream<Request>.Continuation
    private let respond: @Sendable (Request) -> Int
    private let delay: TimeAmount
    private let channel: Mutex<(any Channel)?> = Mutex(nil)

    var url: String { "http://127.0.0.1:\(port)/hook" }

    /// Listens on `port` (0: any free port).
    /// - Parameter delay: each answer is sent this long after the request (a slow receiver).
    init(port: Int = 0, delay: TimeAmount = .zero, respond: @escaping @Sendable (Request) -> Int = { _ in 200 }) async throws {
        (requests, continuation) = AsyncStream.makeStream()
        self.respond = respond
        self.delay = delay
        let bound = try await Self.bind(port: port, delay: delay, continuation: continuation, respond: respond)
        self.port = bound.localAddress?.port ?? port
        channel.withLock { $0 = bound }
    }

    /// A port no server listens on now (a receiver that is down), to start a server on later.
    static func freePort() async throws -> Int {
        let server = try await WebhookTestServer()
        try await server.stop()
        return server.port
    }

    func start() async throws {
        let bound = try await Self.bind(port: port, delay: delay, continuation: continuation, respond: respond)
        channel.withLock { $0 = bound }
    }

    /// Ends ``requests`` after the ones already received (call once no more can come).
    func finish() { continuation.finish() }

    func stop() async throws {
        guard let open = channel.withLock({ c in defer { c = nil }; return c }) else { return }
        try await open.close()
    }

    private static func bind(
        port: Int, delay: TimeAmount, continuation: AsyncStream<Request>.Continuation, respond: @escaping @Sendable (Request) -> Int
    ) async throws -> any Channel {
        try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(delay: delay, continuation: continuation, respond: respond))
                }
            }
            .bind(host: "127.0.0.1", port: port).get()
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let delay: TimeAmount
        let continuation: AsyncStream<Request>.Continuation
        let respond: @Sendable (Request) -> Int
        var headers: [String: String] = [:]
        var body: [UInt8] = []

        init(delay: TimeAmount, continuation: AsyncStream<Request>.Continuation, respond: @escaping @Sendable (Request) -> Int) {
            self.delay = delay
            self.continuation = continuation
            self.respond = respond
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                headers = Dictionary(head.headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
                body = []
            case .body(let buffer):
                body += buffer.readableBytesView
            case .end:
                var request = Request(headers: headers, body: body, status: 0)
                request.status = respond(request)
                continuation.yield(request)
                let status = request.status
                guard delay > .zero else { return answer(context, status: status) }
                let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                context.eventLoop.scheduleTask(in: delay) { bound.value.0.answer(bound.value.1, status: status) }
            }
        }

        func answer(_ context: ChannelHandlerContext, status: Int) {
            let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: ["content-length": "2"])
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: "ok")))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
