import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import NewsCore

/// The pages for people: server-rendered from the Mustache templates in Resources/templates.
/// Every value from an article goes through `{{...}}`, which escapes it; only our own rendered
/// HTML (a page body, the chart) is put in unescaped. Links are made only of http(s) URLs.
struct WebPages: Sendable {
    let backend: WebBackend
    let configuration: WebConfiguration
    let overview: OverviewCache

    init(backend: WebBackend, configuration: WebConfiguration) {
        self.backend = backend
        self.configuration = configuration
        overview = OverviewCache(backend: backend)
    }

    func register(on router: Router<WebRequestContext>) {
        router.get("/") { _, _ in try await alerts() }
        router.get("/articles/:seq") { _, context in try await article(try WebAPI.number(context, "seq")) }
        router.get("/stories/:id") { _, context in try await story(try WebAPI.number(context, "id")) }
        router.get("/search") { request, _ in try await search(QueryString(request.uri.query)) }
        router.get("/overview") { _, _ in try await overviewPage() }
        router.get("/static/newsd.css") { _, _ in Self.asset("static/newsd.css", type: "text/css; charset=utf-8") }
        router.get("/static/live.js") { _, _ in Self.asset("static/live.js", type: "text/javascript; charset=utf-8") }
    }

    // MARK: Pages

    func alerts(now: Date = Date()) async throws -> Response {
        let since = QueryString.time("today", now: now) ?? 0
        let limit = 1_000
        let records: [AlertRecord]
        do { records = try await backend.outbox.alerts(sinceMillis: since, alert: nil, limit: limit) } catch { return Self.failure(error) }
        // By story, the story with the newest alert first; in a story, oldest first.
        var order: [Int64] = []
        var byStory: [Int64: [AlertRecord]] = [:]
        for r in records {
            if byStory[r.story] == nil { order.append(r.story) }
            byStory[r.story, default: []].append(r)
        }
        order.sort { (byStory[$0]?.last?.id ?? 0) > (byStory[$1]?.last?.id ?? 0) }
        let stories: [[String: Any]] = order.map { story in
            let list = byStory[story] ?? []
            return [
                "story": story, "title": list.first?.title ?? "",
                "alerts": list.map { a -> [String: Any] in
                    var item: [String: Any] = [
                        "time": APIModel.time(a.atMillis) ?? "", "clock": Self.clock(a.atMillis), "subscription": a.alert,
                        "seq": a.seq, "title": a.title,
                    ]
                    if let s = a.source, !s.isEmpty { item["source"] = s }
                    if a.count > 1 { item["count"] = String(a.count - 1) }
                    let waiting = a.deliveries.filter { !$0.isDelivered }.map(\.sink)
                    if !waiting.isEmpty { item["pending"] = "not yet delivered to " + waiting.joined(separator: ", ") }
                    return item
                },
            ]
        }
        var view: [String: Any] = ["stories": stories, "since": APIModel.time(since) ?? "", "limit": limit]
        if records.count == limit { view["truncated"] = true }
        return page("alerts", title: "Alerts today", view, live: true)
    }

    func article(_ seq: Int64) async throws -> Response {
        let found: StoredArticle?
        do { found = try await backend.reader.article(seq: seq) } catch { return Self.failure(error) }
        guard let a = found else { return errorPage(.notFound, "There is no article \(seq).") }
        let analysis = a.analysis ?? ArticleAnalysis()
        var view: [String: Any] = [
            "seq": a.seq, "title": a.article.headline.isEmpty ? "(untitled)" : a.article.headline, "file": a.file,
            "ingested": APIModel.time(a.atMillis) ?? "",
            "paragraphs": a.article.body.components(separatedBy: "\n\n").filter { !$0.isEmpty }.prefix(500).map { $0 },
            "countries": analysis.countries.map {
                ["code": $0, "name": CountryNames.name($0), "flag": CountryNames.flag($0), "main": analysis.mainCountries.contains($0)] as [String: Any]
            },
            "hasCountries": !analysis.countries.isEmpty, "places": analysis.places, "hasPlaces": !analysis.places.isEmpty,
            "people": analysis.people, "hasPeople": !analysis.people.isEmpty,
            "organizations": analysis.organizations, "hasOrganizations": !analysis.organizations.isEmpty,
            "topics": analysis.topics.map {
                ["id": $0.id, "score": String(format: "%.2f", $0.score), "terms": $0.evidence.isEmpty ? nil : $0.evidence.joined(separator: ", ")] as [String: Any?]
            },
            "hasTopics": !analysis.topics.isEmpty,
        ]
        if let s = a.article.source, !s.isEmpty { view["source"] = s }
        if let p = a.article.published { view["published"] = DateParser.format(p) }
        if let l = analysis.language ?? a.article.language { view["language"] = l }
        if let url = a.article.url, !url.isEmpty {
            if let safe = Self.webURL(url) { view["link"] = safe } else { view["unlinked"] = url }
        }
        if let d = a.duplicateOf { view["duplicateOf"] = d }
        if let story = a.story {
            let others = ((try? await backend.reader.story(story, limit: 50)) ?? []).filter { $0.seq != a.seq }
            view["story"] = ["story": story, "others": others.isEmpty ? nil : ["articles": others.map(Self.row)] as [String: Any]] as [String: Any?]
        }
        return page("article", title: a.article.headline, view)
    }

    func story(_ id: Int64) async throws -> Response {
        let articles: [StoredArticle]
        do { articles = try await backend.reader.story(id, limit: configuration.maximumLimit) } catch { return Self.failure(error) }
        guard !articles.isEmpty else { return errorPage(.notFound, "There is no story \(id).") }
        return page("story", title: "Story \(id)", ["story": id, "count": articles.count, "articles": articles.map(Self.row)])
    }

    func search(_ q: QueryString) async throws -> Response {
        guard let text = q["q"] else { return page("search", title: "Search", [:]) }
        var view: [String: Any] = ["query": text]
        do {
            let results = try await WebAPI.search(text, limit: 100, backend: backend)
            view["searched"] = true
            view["count"] = results.hits.count
            view["complete"] = results.complete
            view["hits"] = results.hits.map { h -> [String: Any] in
                var row = Self.row(h.article)
                row["topics"] = (h.article.analysis?.topics ?? []).prefix(3).map(\.id)
                return row
            }
            return page("search", title: "Search: \(text)", view, query: text)
        } catch let error as WebError where error.status == .badRequest {
            // The place of the problem, under the query: the column counts characters from 1.
            let lines = text.components(separatedBy: "\n")
            let line = min(max((error.line ?? 1) - 1, 0), lines.count - 1)
            view["query"] = lines[line]
            view["error"] = [
                "message": error.message.hasPrefix("query: ") ? String(error.message.dropFirst(7)) : error.message,
                "column": error.column.map(String.init) as Any, "query": lines[line],
                "caret": String(repeating: " ", count: max((error.column ?? 1) - 1, 0)) + "^",
            ] as [String: Any]
            return page("search", title: "Search", view, status: .badRequest, query: text)
        }
    }

    func overviewPage() async throws -> Response {
        let summary: OverviewCache.Summary
        do { summary = try await overview.summary(now: Date()) } catch { return Self.failure(error) }
        let view: [String: Any] = [
            "chart": OverviewChart.svg(summary.days),
            "days": summary.days.map { ["day": $0.day, "articles": $0.articles, "alerts": $0.alerts] as [String: Any] },
            "articles": summary.articles, "alerts": summary.alerts,
            "countries": summary.countries.map { ["name": CountryNames.name($0.key), "flag": CountryNames.flag($0.key), "count": $0.count] as [String: Any] },
            "topics": summary.topics.map { ["id": $0.key, "count": $0.count] as [String: Any] },
            "truncated": summary.truncated, "limit": OverviewCache.maximumArticles,
        ]
        return page("overview", title: "Overview", view)
    }

    // MARK: Rendering

    static func row(_ a: StoredArticle) -> [String: Any] {
        [
            "seq": a.seq, "title": a.article.headline.isEmpty ? "(untitled)" : a.article.headline, "source": a.article.source ?? "",
            "date": String((APIModel.time(a.article.published.map { Int64($0.timeIntervalSince1970 * 1000) } ?? a.atMillis) ?? "").prefix(10)),
            "countries": a.analysis?.countries ?? [],
        ]
    }

    func page(_ template: String, title: String, _ view: [String: Any], status: HTTPResponse.Status = .ok, live: Bool = false,
              query: String = "") -> Response {
        let library = WebResources.templates
        let content = library.render(view, withTemplate: template) ?? ""
        let html = library.render(
            ["title": title, "content": content, "live": live, "query": query, "now": APIModel.time(Int64(Date().timeIntervalSince1970 * 1000)) ?? ""] as [String: Any],
            withTemplate: "layout") ?? ""
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func errorPage(_ status: HTTPResponse.Status, _ message: String) -> Response {
        page("error", title: "\(status.code) \(status.reasonPhrase)", ["status": "\(status.code) \(status.reasonPhrase)", "message": message], status: status)
    }

    static func failure(_ error: StoreError) -> Response {
        let web = WebError.store(error)
        let library = WebResources.templates
        let content = library.render(["status": "\(web.status.code)", "message": web.message], withTemplate: "error") ?? ""
        let html = library.render(["title": "Store unavailable", "content": content], withTemplate: "layout") ?? ""
        return Response(status: web.status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func asset(_ path: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(bytes: WebResources.bytes(path) ?? [])))
    }

    /// `text` when it is an absolute http or https URL with a host; nil for anything else
    /// (`javascript:`, `data:`, relative paths), which is then shown as text, never linked.
    static func webURL(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }),
              let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return nil }
        return trimmed
    }

    static func clock(_ millis: Int64) -> String {
        String((APIModel.time(millis) ?? "").dropFirst(11).prefix(5))
    }
}
