import Foundation
import HTTPTypes
import Hummingbird
import NewsCore
import ServiceLifecycle
import Synchronization

/// `/events`: new articles and alerts as Server-Sent Events. Each stream polls the store's ports
/// (a bounded batch per tick) from its cursor. An event's id is `SEQ-ALERT` (the last article's
/// sequence number and the last alert's id sent so far), so a client that reconnects with
/// Last-Event-ID misses nothing and gets nothing twice; a bare `SEQ` resumes the articles after
/// it and the alerts from now.
struct EventStream: Sendable {
    let backend: WebBackend
    let configuration: WebConfiguration
    let metrics: WebMetrics
    let slots: StreamSlots

    init(backend: WebBackend, configuration: WebConfiguration, metrics: WebMetrics) {
        self.backend = backend
        self.configuration = configuration
        self.metrics = metrics
        slots = StreamSlots(maximum: configuration.maximumStreams)
    }

    /// Where a stream stands.
    struct Cursor: Equatable, Sendable {
        var seq: Int64
        /// The last alert sent; nil: none yet.
        var alertID: Int64?
        /// Alerts are read from this time on.
        var alertSinceMillis: Int64

        var eventID: String { "\(seq)-\(alertID ?? 0)" }

        /// Parses a Last-Event-ID: `SEQ-ALERT` or `SEQ`.
        static func parse(_ text: String, now: Int64) -> Cursor? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let seq = Int64(parts[0]), seq >= 0 else { return nil }
            if parts.count == 1 { return Cursor(seq: seq, alertID: nil, alertSinceMillis: now) }
            guard let alert = Int64(parts[1]), alert >= 0 else { return nil }
            // An alert id with no time: the alerts of the last 7 days after it (a bounded read).
            return Cursor(seq: seq, alertID: alert, alertSinceMillis: now - 7 * 86_400_000)
        }
    }

    func register(on router: Router<WebRequestContext>) {
        router.get("/events") { request, _ in try await respond(request) }
    }

    func respond(_ request: Request) async throws -> Response {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let q = QueryString(request.uri.query)
        var cursor: Cursor
        if let last = request.headers[.lastEventID] ?? q["last_event_id"] {
            guard let parsed = Cursor.parse(last, now: now) else {
                throw WebError.badRequest("Last-Event-ID: expected SEQ-ALERT or SEQ as this server sends them, not \"\(last.prefix(40))\"")
            }
            cursor = parsed
        } else if let after = try q.sequence("after") {
            cursor = Cursor(seq: after, alertID: nil, alertSinceMillis: now)
        } else {
            let tip: Int64
            do { tip = try await backend.outbox.lastArticleSeq() } catch { throw WebError.store(error) }
            cursor = Cursor(seq: tip, alertID: nil, alertSinceMillis: now)
        }
        guard let slot = slots.take() else {
            throw WebError(status: .serviceUnavailable, message: "too many event streams are open (\(configuration.maximumStreams)); try again later",
                           headers: [.retryAfter: "10"])
        }
        metrics.streams.set(Double(slots.open))
        let start = cursor
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store", .init("X-Accel-Buffering")!: "no"],
            body: .init { [self] writer in
                defer {
                    withExtendedLifetime(slot) {}
                    metrics.streams.set(Double(slots.open - 1))
                }
                try await writer.write(ByteBuffer(string: "retry: 2000\n: newsd events from \(start.eventID)\n\n"))
                // A stop (SIGTERM) ends the stream within a tick: the server waits for open requests.
                try await stream(from: start, writer: &writer)
                try await writer.finish(nil)
            })
    }

    private func stream(from start: Cursor, writer: inout any ResponseBodyWriter) async throws {
        var cursor = start
        var idle = Duration.zero
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let (events, next) = try await poll(cursor)
            cursor = next
            if events.isEmpty {
                // A comment now and then keeps proxies from closing an idle stream, and finds a gone client.
                if idle >= .seconds(15) {
                    try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                    idle = .zero
                }
                try await Task.sleep(for: configuration.pollInterval)
                idle += configuration.pollInterval
            } else {
                try await writer.write(ByteBuffer(string: events))
                idle = .zero
            }
        }
    }

    /// One tick: at most a batch of articles and a batch of alerts after `cursor`, as event text.
    func poll(_ cursor: Cursor) async throws -> (String, Cursor) {
        var cursor = cursor
        var text = ""
        let articles: [StoredArticle]
        do { articles = try await backend.reader.articles(afterSeq: cursor.seq, limit: configuration.streamBatch) } catch { throw WebError.store(error) }
        for a in articles {
            cursor.seq = a.seq
            text += Self.event("article", id: cursor.eventID, data: JSONBody.encode(APIModel.ArticleSummary(a)))
        }
        let alerts = try await WebAPI.alerts(since: cursor.alertSinceMillis, afterID: cursor.alertID, subscription: nil,
                                             limit: configuration.streamBatch, outbox: backend.outbox)
        for a in alerts {
            cursor.alertID = a.id
            cursor.alertSinceMillis = a.atMillis
            text += Self.event("alert", id: cursor.eventID, data: JSONBody.encode(APIModel.AlertItem(a)))
        }
        return (text, cursor)
    }

    /// One event; the JSON has no newline, so it is one `data:` line.
    static func event(_ name: String, id: String, data: [UInt8]) -> String {
        "id: \(id)\nevent: \(name)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }
}

/// A bounded number of open streams. A slot is given back when its stream ends (or its response is dropped unsent).
final class StreamSlots: Sendable {
    let maximum: Int
    private let count = Mutex(0)

    init(maximum: Int) { self.maximum = maximum }

    var open: Int { count.withLock { $0 } }

    final class Slot: Sendable {
        let owner: StreamSlots
        init(_ owner: StreamSlots) { self.owner = owner }
        deinit { owner.count.withLock { $0 -= 1 } }
    }

    func take() -> Slot? {
        let taken = count.withLock { n -> Bool in
            guard n < maximum else { return false }
            n += 1
            return true
        }
        return taken ? Slot(self) : nil
    }
}
