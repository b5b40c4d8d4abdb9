import Foundation
import HTTPTypes
import Hummingbird
import NewsCore

/// The JSON API under /api (described in openapi.yaml), with the health probes and /metrics.
struct WebAPI: Sendable {
    let backend: WebBackend
    let configuration: WebConfiguration
    let metrics: WebMetrics

    func register(on router: Router<WebRequestContext>) {
        router.get("/healthz") { _, _ in Self.json(["status": "ok"]) }
        router.get("/readyz") { _, _ in try await readyz() }
        router.get("/metrics") { _, _ in try await metricsText() }
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: WebResources.openAPIJSON)))
        }
        let api = router.group("api")
        api.get("articles") { request, _ in try await articles(QueryString(request.uri.query)) }
        api.get("articles/:seq") { _, context in try await article(try Self.number(context, "seq")) }
        api.get("search") { request, _ in try await search(QueryString(request.uri.query)) }
        api.get("stories/:id") { request, context in
            try await story(try Self.number(context, "id"), QueryString(request.uri.query))
        }
        api.get("alerts") { request, _ in try await alerts(QueryString(request.uri.query)) }
        api.get("alerts/:id") { _, context in try await alert(try Self.number(context, "id")) }
        api.get("subscriptions") { _, _ in subscriptions() }
        api.post("rules/test") { request, _ in try await rulesTest(request) }
        api.get("stats") { _, _ in try await stats() }
    }

    // MARK: Routes

    func readyz() async throws -> Response {
        do {
            _ = try await backend.reader.stats()
            return Self.json(["status": "ready"])
        } catch {
            return Self.json(APIModel.Problem(error: "the store cannot be read: \(error)"), status: .serviceUnavailable)
        }
    }

    func metricsText() async throws -> Response {
        if let stats = try? await backend.reader.stats() {
            metrics.articles.set(Double(stats.articles))
            metrics.lastSeq.set(Double(stats.lastSeq))
        }
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: metrics.text())))
    }

    func articles(_ q: QueryString) async throws -> Response {
        let limit = try q.limit(fallback: 50, maximum: configuration.maximumLimit)
        let since = try q.since()
        var order = ListOrder.ingested
        if q.has("order") {
            let o = q["order"] ?? ""
            guard let parsed = ListOrder(rawValue: o) else { throw WebError.badRequest("order: expected ingested or published, not \"\(o.prefix(40))\"") }
            order = parsed
        }
        if let after = try q.sequence("after") {
            // Forward paging in sequence order: the cursor of a reader that keeps up.
            var page = try await store { r throws(StoreError) in try await r.articles(afterSeq: after, limit: limit) }
            if let since { page = page.filter { $0.atMillis >= since } }
            return Self.json(APIModel.ArticlePage(articles: page.map(APIModel.ArticleSummary.init),
                                                  nextAfter: page.count == limit ? page.last?.seq : nil))
        }
        let page = try await store { r throws(StoreError) in try await r.list(sinceMillis: since, limit: limit, order: order) }
        return Self.json(APIModel.ArticlePage(articles: page.map(APIModel.ArticleSummary.init), nextAfter: nil))
    }

    func article(_ seq: Int64) async throws -> Response {
        guard let a = try await store({ r throws(StoreError) in try await r.article(seq: seq) }) else {
            throw WebError.notFound("no article \(seq)")
        }
        return Self.json(APIModel.ArticleDetail(a))
    }

    func search(_ q: QueryString) async throws -> Response {
        guard let text = q["q"] else { throw WebError.badRequest("q: a query is required, e.g. q=country:JP AND topic:defense") }
        let limit = try q.limit(fallback: 50, maximum: configuration.maximumLimit)
        let results = try await Self.search(text, limit: limit, backend: backend)
        return Self.json(APIModel.SearchPage(query: text, hits: results.hits.map { .init(rank: $0.rank.isFinite ? $0.rank : 0, article: .init($0.article)) },
                                             scanned: results.scanned, complete: results.complete))
    }

    static let maximumQueryLength = 2_000

    static func search(_ text: String, limit: Int, backend: WebBackend) async throws -> SearchResults {
        // A URL carries at most this much (longer queries: POST /api/rules/test takes 16 KiB).
        guard text.unicodeScalars.count <= maximumQueryLength else {
            throw WebError.badRequest("q: the query is over \(maximumQueryLength) characters; narrow it, or split it into several searches")
        }
        let query: SearchQuery
        do { query = try SearchQuery(text) } catch { throw WebError.query(error) }
        do { return try await backend.reader.search(query, limit: limit) } catch { throw WebError.store(error) }
    }

    func story(_ id: Int64, _ q: QueryString) async throws -> Response {
        let limit = try q.limit(fallback: configuration.maximumLimit, maximum: configuration.maximumLimit)
        let articles = try await store { r throws(StoreError) in try await r.story(id, limit: limit) }
        guard !articles.isEmpty else { throw WebError.notFound("no story \(id)") }
        return Self.json(APIModel.StoryPage(story: id, articles: articles.map(APIModel.ArticleSummary.init)))
    }

    func alerts(_ q: QueryString) async throws -> Response {
        let limit = try q.limit(fallback: 50, maximum: configuration.maximumLimit)
        let since = try q.since() ?? (Int64(Date().timeIntervalSince1970 * 1000) - 86_400_000)
        let afterID = try q.sequence("after_id")
        let subscription = q["subscription"]
        let page = try await Self.alerts(since: since, afterID: afterID, subscription: subscription, limit: limit, outbox: backend.outbox)
        return Self.json(APIModel.AlertPage(alerts: page.map(APIModel.AlertItem.init), nextAfterID: page.count == limit ? page.last?.id : nil))
    }

    /// Alerts raised at or after `since` with an id above `afterID`, oldest first. The port pages by
    /// time; alerts of one commit share their time, so a bounded window past the page is read.
    static func alerts(since: Int64, afterID: Int64?, subscription: String?, limit: Int, outbox: any AlertOutbox) async throws -> [AlertRecord] {
        let window = afterID == nil ? limit : min(limit + 2_000, 10_000)
        let records: [AlertRecord]
        do { records = try await outbox.alerts(sinceMillis: since, alert: subscription, limit: window) } catch { throw WebError.store(error) }
        return Array(records.lazy.filter { $0.id > (afterID ?? -1) }.prefix(limit))
    }

    func alert(_ id: Int64) async throws -> Response {
        guard let record = try await Self.alert(id, outbox: backend.outbox) else { throw WebError.notFound("no alert \(id)") }
        return Self.json(APIModel.AlertItem(record))
    }

    /// One alert by id. The outbox port reads alerts by time only, so this looks at the newest
    /// 10,000 alerts of the last 90 days: older ones are not found (a port method would lift that).
    static func alert(_ id: Int64, outbox: any AlertOutbox) async throws -> AlertRecord? {
        let since = Int64(Date().timeIntervalSince1970 * 1000) - 90 * 86_400_000
        do {
            return try await outbox.alerts(sinceMillis: since, alert: nil, limit: 10_000).first { $0.id == id }
        } catch { throw WebError.store(error) }
    }

    func subscriptions() -> Response {
        Self.json(backend.subscriptions.subscriptions.map {
            APIModel.SubscriptionItem(id: $0.id, query: $0.queryText, priority: $0.priority, description: $0.description,
                                      windowSeconds: $0.window, sinks: $0.sinks)
        })
    }

    func rulesTest(_ request: Request) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: configuration.maximumBody) } catch {
            throw WebError(status: .contentTooLarge, message: "the body is over \(configuration.maximumBody) bytes")
        }
        let input: APIModel.RulesTestRequest
        do { input = try JSONDecoder().decode(APIModel.RulesTestRequest.self, from: Data(buffer: body)) } catch {
            throw WebError.badRequest("expected a JSON object with query and text (and title): \(Self.describe(error))")
        }
        return Self.json(try Self.rulesTest(input, backend: backend))
    }

    /// Analyses the posted text as an article and tells whether `query` matches it, and why.
    static func rulesTest(_ input: APIModel.RulesTestRequest, backend: WebBackend) throws -> APIModel.RulesTestResult {
        let subscription: Subscription
        do { subscription = try Subscription(id: "test", query: input.query, vocabulary: backend.vocabulary) } catch { throw WebError.query(error) }
        // As `newsd rules test` reads a file: the text's first line is its title when it looks like one.
        let raw: Article
        if let title = input.title {
            raw = Article(title: title, body: input.text, format: "text")
        } else {
            do {
                raw = try ArticleDecoder().decode(Array(input.text.utf8), fileName: "posted.txt").first ?? Article(title: "", body: input.text, format: "text")
            } catch {
                throw WebError.badRequest("text: \(error)")
            }
        }
        let (article, analysis) = backend.analyzer.analyze(raw)
        let doc = MatchDocument(article: article, analysis: analysis)
        let matched = subscription.matches(doc)
        return APIModel.RulesTestResult(
            matched: matched, because: matched ? subscription.explain(doc) : subscription.whyNot(doc),
            warnings: subscription.findings.map(\.description), title: article.headline,
            countries: analysis.countries.map { .init(code: $0, name: CountryNames.name($0)) }, places: analysis.places,
            people: analysis.people, organizations: analysis.organizations,
            topics: analysis.topics.map { .init(id: $0.id, score: $0.score, evidence: $0.evidence) })
    }

    func stats() async throws -> Response {
        let s = try await store { r throws(StoreError) in try await r.stats() }
        return Self.json(APIModel.Stats(articles: s.articles, duplicates: s.duplicates, failed: s.failed, lastSeq: s.lastSeq,
                                        firstAt: APIModel.time(s.firstAtMillis), lastAt: APIModel.time(s.lastAtMillis), bytes: s.bytes))
    }

    // MARK: Helpers

    private func store<T>(_ body: (any ArticleReader) async throws(StoreError) -> T) async throws -> T {
        do { return try await body(backend.reader) } catch { throw WebError.store(error) }
    }

    static func number(_ context: WebRequestContext, _ name: String) throws -> Int64 {
        let text = context.parameters.get(name) ?? ""
        guard let n = Int64(text), n >= 0 else { throw WebError.badRequest("\(name): expected a whole number of 0 or more, not \"\(text.prefix(40))\"") }
        return n
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: JSONBody.encode(value))))
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "\(key.stringValue) is missing"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            "\(c.codingPath.map(\.stringValue).joined(separator: ".")): \(c.debugDescription)"
        case DecodingError.dataCorrupted: "the body is not valid JSON"
        default: "\(error)"
        }
    }
}
