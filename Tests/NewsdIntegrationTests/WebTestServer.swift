import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NewsCore
import NewsStoreSQLite
import NewsWeb

/// A store filled through the real ingest path (`newsd ingest`), served by an in-process
/// ``WebServer`` on a free loopback port, and an HTTP client for it.
struct WebTestServer {
    let port: Int
    let client: HTTPClient

    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) }
        var object: [String: Any] { (json as? [String: Any]) ?? [:] }
    }

    /// Stores `files` (name -> content) with `newsd ingest` into a new harness's store.
    static func store(_ files: [String: String]) throws -> DaemonHarness {
        let h = try DaemonHarness()
        let folder = h.root + "/drop"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { h.write(name, text, into: folder) }
        // By name: the files are stored in this order, so their sequence numbers are known.
        let result = try h.cli(["ingest"] + files.keys.sorted().map { folder + "/" + $0 })
        guard result.status == 0 else { throw WebTestError("newsd ingest: \(result.err)") }
        return h
    }

    /// Ingests more files into the harness's store, as the daemon would while the server runs.
    static func ingest(_ h: DaemonHarness, _ files: [String: String]) throws {
        let folder = h.root + "/drop-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { h.write(name, text, into: folder) }
        let result = try h.cli(["ingest", folder])
        guard result.status == 0 else { throw WebTestError("newsd ingest: \(result.err)") }
    }

    /// Records an alert on article `seq` in the store's outbox (as the daemon's matcher does), through the port.
    static func alert(_ h: DaemonHarness, seq: Int64, subscription: String = "test-sub") async throws -> AlertRecord {
        let writer = try SQLiteStore(path: h.state + "/newsd.db", anchored: false)
        guard let article = try await writer.article(seq: seq) else { throw WebTestError("no article \(seq)") }
        let content = Alert(alert: subscription, priority: 5, seq: seq, story: article.story ?? seq, title: article.article.headline,
                            url: article.article.url, file: article.file, source: article.article.source,
                            topics: article.analysis?.topics.map(\.id) ?? [], countries: article.analysis?.countries ?? [], score: 1)
        let watermark = try await writer.matchWatermark()
        let records = try await writer.record([AlertMatch(content, windowMillis: 0)], watermark: max(watermark, seq),
                                              at: Int64(Date().timeIntervalSince1970 * 1000))
        guard let first = records.first else { throw WebTestError("the outbox recorded no alert on \(seq)") }
        return first
    }

    /// Serves `h`'s store for the time of `body`.
    static func with<T>(
        _ h: DaemonHarness, configuration: WebConfiguration = WebConfiguration(host: "127.0.0.1", port: 0),
        subscriptions: SubscriptionIndex = SubscriptionIndex([]), _ body: (WebTestServer) async throws -> T
    ) async throws -> T {
        let store = try SQLiteStore(path: h.state + "/newsd.db", readOnly: true)
        let backend = WebBackend(reader: store, outbox: store, subscriptions: subscriptions, analyzer: Analyzer(),
                                 vocabulary: QueryVocabulary(topicIDs: Taxonomy.default.topics.map(\.id)))
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let logger = Logger(label: "newsd-web-test", factory: { _ in SwiftLogNoOpLogHandler() })
        let server = WebServer(configuration: configuration, backend: backend, logger: logger) { continuation.yield($0) }
        let task = Task { try await server.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw WebTestError("the server did not start") }
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let result: Result<T, any Error>
        do { result = .success(try await body(WebTestServer(port: port, client: client))) } catch { result = .failure(error) }
        try? await client.shutdown()
        task.cancel()
        _ = await task.result
        return try result.get()
    }

    func request(_ path: String, method: HTTPMethod = .GET, headers: [(String, String)] = [], body: String? = nil) async throws -> Reply {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = method
        for (k, v) in headers { request.headers.add(name: k, value: v) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await client.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 16 << 20)
        return Reply(status: Int(response.status.code), headers: response.headers, body: String(buffer: bytes))
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> Reply {
        try await request(path, headers: headers)
    }

    /// An open `/events` stream, read event by event.
    final class EventReader {
        var iterator: HTTPClientResponse.Body.AsyncIterator
        var pending = ""
        let status: Int

        init(_ response: HTTPClientResponse) {
            status = Int(response.status.code)
            iterator = response.body.makeAsyncIterator()
        }

        struct Event: Equatable {
            var id: String?
            var name: String?
            var data: String
        }

        /// The next event (comments and `retry:` skipped); nil when the stream ends.
        func next() async throws -> Event? {
            while true {
                if let range = pending.range(of: "\n\n") {
                    let block = String(pending[..<range.lowerBound])
                    pending.removeSubrange(..<range.upperBound)
                    var event = Event(id: nil, name: nil, data: "")
                    for line in block.split(separator: "\n") {
                        if line.hasPrefix("id: ") { event.id = String(line.dropFirst(4)) }
                        if line.hasPrefix("event: ") { event.name = String(line.dropFirst(7)) }
                        if line.hasPrefix("data: ") { event.data += line.dropFirst(6) }
                    }
                    if event.name != nil { return event }
                    continue
                }
                guard let chunk = try await iterator.next() else { return nil }
                pending += String(buffer: chunk)
            }
        }
    }

    func events(lastEventID: String? = nil) async throws -> EventReader {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/events")
        if let lastEventID { request.headers.add(name: "Last-Event-ID", value: lastEventID) }
        let response = try await client.execute(request, timeout: .seconds(60))
        return EventReader(response)
    }
}

struct WebTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
