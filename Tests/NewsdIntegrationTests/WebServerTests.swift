import AsyncHTTPClient
import Foundation
import NewsCore
import NewsRuntime
import NewsTestSupport
@testable import NewsWeb
import Testing

/// `newsd web` against a store filled by `newsd ingest`: each endpoint, the bounds, the event
/// stream, access control and the escaping of hostile articles.
@Suite(.timeLimit(.minutes(2)))
struct WebServerTests {
    static let japan = """
        Japan and Vietnam agree to deepen defence ties

        HANOI, Nov 24 - Japan and Vietnam agreed on Monday to deepen defence cooperation, including joint coast guard drills in the South China Sea, the two defence ministers said after talks in Hanoi.
        """
    static let drills = """
        Vietnam and Japan to hold first joint naval drills

        TOKYO, Nov 26 - The navies of Japan and Vietnam will hold their first joint exercise near Da Nang next month, the Japanese defence ministry said on Wednesday, as the two countries expand security ties.
        """

    static func articles(_ n: Int) -> [String: String] {
        var files = ["a-japan.txt": japan, "b-drills.txt": drills]
        for i in 0..<n { files["c-\(i).txt"] = DaemonHarness.article(i) }
        return files
    }

    @Test func theAPIAnswersEachEndpointWithinItsBounds() async throws {
        let h = try WebTestServer.store(Self.articles(3))
        let alert = try await WebTestServer.alert(h, seq: 1)
        try await WebTestServer.with(h) { web async throws in
            let stats = try await web.get("/api/stats")
            #expect(stats.status == 200)
            #expect(stats.object["articles"] as? Int == 5)

            // Newest first, bounded.
            let newest = try await web.get("/api/articles?limit=2")
            let newestSeqs = (newest.object["articles"] as? [[String: Any]])?.compactMap { $0["seq"] as? Int }
            #expect(newestSeqs == [5, 4])
            // Forward paging by the sequence cursor, to the end.
            var after = 0
            var seen: [Int] = []
            for _ in 0..<5 {
                let page = try await web.get("/api/articles?after=\(after)&limit=2")
                #expect(page.status == 200)
                seen += (page.object["articles"] as? [[String: Any]] ?? []).compactMap { $0["seq"] as? Int }
                guard let next = page.object["next_after"] as? Int else { break }
                after = next
            }
            #expect(seen == [1, 2, 3, 4, 5])
            for bad in ["limit=0", "limit=201", "limit=abc", "after=-1", "since=someday", "order=random"] {
                let reply = try await web.get("/api/articles?\(bad)")
                #expect(reply.status == 400, "\(bad)")
                #expect((reply.object["error"] as? String)?.isEmpty == false, "\(bad): \(reply.body)")
            }
            #expect(try await web.get("/api/articles?limit=200").status == 200)

            let one = try await web.get("/api/articles/1")
            #expect(one.status == 200)
            #expect(one.object["title"] as? String == "Japan and Vietnam agree to deepen defence ties")
            let countries = (one.object["countries"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
            #expect(countries.contains("Japan") && countries.contains("Vietnam"), "\(countries)")
            #expect((one.object["places"] as? [String])?.contains("Hanoi") == true)
            #expect(try await web.get("/api/articles/999").status == 404)
            #expect(try await web.get("/api/articles/x").status == 400)

            let hits = try await web.get("/api/search?q=country:JP+AND+topic:defense")
            #expect(hits.status == 200)
            #expect((hits.object["hits"] as? [Any])?.count == 2)
            let broken = try await web.get("/api/search?q=country:JP%20AND%20(")
            #expect(broken.status == 400)
            #expect(broken.object["line"] as? Int == 1)
            #expect(broken.object["column"] as? Int == 17, "\(broken.body)")
            #expect(try await web.get("/api/search").status == 400)

            let story = try #require(one.object["story"] as? Int)
            let stories = try await web.get("/api/stories/\(story)")
            #expect(stories.status == 200)
            #expect((stories.object["articles"] as? [[String: Any]])?.first?["seq"] as? Int == 1)
            #expect(try await web.get("/api/stories/999999").status == 404)

            let alerts = try await web.get("/api/alerts")
            let list = alerts.object["alerts"] as? [[String: Any]] ?? []
            #expect(list.count == 1)
            #expect(list.first?["subscription"] as? String == "test-sub")
            let single = try await web.get("/api/alerts/\(alert.id)")
            #expect(single.status == 200)
            let deliveries = single.object["deliveries"] as? [[String: Any]] ?? []
            #expect(deliveries.first?["sink"] as? String == "journal")
            #expect(deliveries.first?["state"] as? String == "pending")
            #expect(try await web.get("/api/alerts/\(alert.id + 100)").status == 404)

            #expect(try await web.get("/api/subscriptions").json as? [Any] != nil)

            let body = #"{"query": "country:JP AND topic:defense", "text": "\#(Self.japan.replacingOccurrences(of: "\n", with: "\\n"))"}"#
            let tested = try await web.request("/api/rules/test", method: .POST, body: body)
            #expect(tested.status == 200, "\(tested.body)")
            #expect(tested.object["matched"] as? Bool == true)
            let missed = try await web.request("/api/rules/test", method: .POST, body: #"{"query": "country:FR", "text": "Nothing here."}"#)
            #expect(missed.object["matched"] as? Bool == false)
            #expect((missed.object["because"] as? [String])?.isEmpty == false)
            #expect(try await web.request("/api/rules/test", method: .POST, body: "{").status == 400)
            #expect(try await web.request("/api/rules/test", method: .POST, body: #"{"query": "(", "text": "x"}"#).status == 400)
            let huge = #"{"query": "country:FR", "text": ""# + String(repeating: "x", count: 300_000) + #""}"#
            #expect(try await web.request("/api/rules/test", method: .POST, body: huge).status == 413)

            #expect(try await web.get("/healthz").status == 200)
            #expect(try await web.get("/readyz").status == 200)
            let metrics = try await web.get("/metrics")
            #expect(metrics.body.contains("newsd_web_requests_total{"), "\(metrics.body.prefix(500))")
            #expect(metrics.body.contains("newsd_web_store_articles 5"))
            #expect((try await web.get("/openapi.json").object["openapi"] as? String) == "3.1.0")
            let wrongMethod = try await web.request("/api/stats", method: .DELETE)
            #expect(wrongMethod.status == 405)
            #expect(wrongMethod.headers.first(name: "allow") == "GET")
            let nowhere = try await web.get("/api/nothing-here")
            #expect(nowhere.status == 404)
            #expect((nowhere.object["error"] as? String)?.contains("/openapi.json") == true)
        }
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedPathAnswers() async throws {
        let document = try WebResources.openAPIDocument()
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let server = WebServer(configuration: .init(), backend: WebBackend(
            reader: InMemoryStore(), outbox: InMemoryStore(), subscriptions: .init([]), analyzer: Analyzer()), logger: .init(label: "t"))
        var routes = Set<String>()
        for route in server.router().routes {
            let path = route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            let openAPIPath = "/" + path.joined(separator: "/")
            routes.insert("\(route.method.rawValue.lowercased()) \(openAPIPath)")
        }
        var documented = Set<String>()
        for (path, operations) in paths { for method in operations.keys { documented.insert("\(method) \(path)") } }
        #expect(routes == documented, "served but not documented: \(routes.subtracting(documented)); documented but not served: \(documented.subtracting(routes))")

        // And each documented path answers, on a real store (a 404 only for an item that is not there).
        let h = try WebTestServer.store(Self.articles(0))
        _ = try await WebTestServer.alert(h, seq: 1)
        try await WebTestServer.with(h) { web async throws in
            for (path, operations) in paths where path != "/events" {
                let concrete = path.replacingOccurrences(of: "{seq}", with: "1").replacingOccurrences(of: "{id}", with: "1")
                let query = path.hasSuffix("search") ? "?q=country:JP" : ""
                let reply = try await web.request(concrete + query, method: operations["post"] != nil ? .POST : .GET,
                                                  body: operations["post"] != nil ? #"{"query": "country:JP", "text": "Tokyo"}"# : nil)
                #expect(reply.status == 200, "\(path): \(reply.status) \(reply.body.prefix(200))")
                let type = reply.headers.first(name: "content-type") ?? ""
                let documentedTypes = ((operations.values.first as? [String: Any])?["responses"] as? [String: Any])?["200"]
                #expect(!type.isEmpty, "\(path)")
                _ = documentedTypes
            }
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func theEventStreamDeliversANewArticleAndResumesFromLastEventID() async throws {
        let h = try WebTestServer.store(["a-japan.txt": Self.japan])
        var configuration = WebConfiguration(host: "127.0.0.1", port: 0)
        configuration.pollInterval = .milliseconds(20)
        try await WebTestServer.with(h, configuration: configuration) { web async throws in
            let stream = try await web.events()
            #expect(stream.status == 200)
            // Stored after the stream opened: it arrives on it.
            try WebTestServer.ingest(h, ["b-drills.txt": Self.drills])
            let article = try #require(try await stream.next())
            #expect(article.name == "article")
            #expect(article.id == "2-0")
            #expect(article.data.contains("Vietnam and Japan to hold first joint naval drills"))
            let alert = try await WebTestServer.alert(h, seq: 2)
            let alertEvent = try #require(try await stream.next())
            #expect(alertEvent.name == "alert")
            #expect(alertEvent.id == "2-\(alert.id)")

            // A client that saw only the first article resumes with the second and the alert, once each.
            let resumed = try await web.events(lastEventID: "1-0")
            let again = try #require(try await resumed.next())
            #expect(again.id == "2-0")
            #expect(again.data == article.data)
            let alertAgain = try #require(try await resumed.next())
            #expect(alertAgain.id == "2-\(alert.id)")
            // One that saw everything gets only what comes next.
            let caughtUp = try await web.events(lastEventID: "2-\(alert.id)")
            try WebTestServer.ingest(h, ["c.txt": DaemonHarness.article(7)])
            let next = try #require(try await caughtUp.next())
            #expect(next.id == "3-\(alert.id)")
            #expect(try await web.get("/events", headers: [("Last-Event-ID", "garbage")]).status == 400)
        }
    }

    @Test func eventStreamsAreBounded() async throws {
        let h = try WebTestServer.store(["a.txt": Self.japan])
        var configuration = WebConfiguration(host: "127.0.0.1", port: 0)
        configuration.maximumStreams = 1
        try await WebTestServer.with(h, configuration: configuration) { web async throws in
            let first = try await web.events()
            #expect(first.status == 200)
            let second = try await web.get("/events")
            #expect(second.status == 503)
            #expect(second.headers.first(name: "retry-after") == "10")
        }
    }

    @Test func tokensAreRequiredWhenConfiguredAndComparedExactly() async throws {
        let h = try WebTestServer.store(["a.txt": Self.japan])
        var configuration = WebConfiguration(host: "127.0.0.1", port: 0)
        configuration.tokens = ["first-token-0123456789", "second-token-0123456789"]
        try await WebTestServer.with(h, configuration: configuration) { web async throws in
            let none = try await web.get("/api/stats")
            #expect(none.status == 401)
            #expect(none.headers.first(name: "www-authenticate")?.hasPrefix("Bearer") == true)
            #expect(try await web.get("/", headers: [("Authorization", "Bearer first-token-012345678")]).status == 401)
            #expect(try await web.get("/", headers: [("Authorization", "Bearer first-token-0123456789x")]).status == 401)
            #expect(try await web.get("/api/stats", headers: [("Authorization", "Basic Zmlyc3Q=")]).status == 401)
            #expect(try await web.get("/api/stats", headers: [("Authorization", "Bearer second-token-0123456789")]).status == 200)
            #expect(try await web.get("/", headers: [("Authorization", "bearer first-token-0123456789")]).status == 200)
            // Probes need no token.
            #expect(try await web.get("/healthz").status == 200)
            #expect(try await web.get("/readyz").status == 200)
        }
    }

    @Test func aTrustedProxyHeaderIsTheOnlyWayInWhenConfigured() async throws {
        let h = try WebTestServer.store(["a.txt": Self.japan])
        var configuration = WebConfiguration(host: "127.0.0.1", port: 0)
        configuration.trustedProxyHeader = "X-Forwarded-User"
        try await WebTestServer.with(h, configuration: configuration) { web async throws in
            #expect(try await web.get("/api/stats").status == 401)
            #expect(try await web.get("/api/stats", headers: [("X-Forwarded-User", "alice")]).status == 200)
            #expect(try await web.get("/api/stats", headers: [("X-Forwarded-User", "")]).status == 401)
        }
    }

    static let hostile = #"""
        {"title": "<script>alert('title')</script> \"quoted\" 'single' <img src=x onerror=alert(1)>",
         "body": "Tokyo officials said <script>document.cookie</script> and <b onmouseover=\"alert(2)\">bold</b> in Japan. \" onfocus=\"alert(3)",
         "url": "javascript:alert(document.domain)",
         "source": "<i>Evil</i> \" onload=\"x",
         "published": "2026-11-24T10:00:00Z"}
        """#

    @Test func aHostileArticleIsShownEscapedAndNeverLinkedOrRun() async throws {
        let h = try WebTestServer.store(["a-hostile.json": Self.hostile, "b.txt": Self.japan])
        _ = try await WebTestServer.alert(h, seq: 1)
        try await WebTestServer.with(h) { web async throws in
            for path in ["/articles/1", "/", "/search?q=country:JP", "/stories/1", "/overview"] {
                let page = try await web.get(path)
                #expect(page.status == 200, "\(path)")
                let csp = page.headers.first(name: "content-security-policy") ?? ""
                #expect(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "\(path): \(csp)")
                #expect(page.headers.first(name: "x-content-type-options") == "nosniff")
                #expect(page.headers.first(name: "referrer-policy") == "no-referrer")
                // No markup from the article survives: every tag in the page is one of ours.
                #expect(!page.body.contains("<script>"), "\(path)")
                #expect(!page.body.contains("<img"), "\(path)")
                #expect(!page.body.contains("<b "), "\(path)")
                #expect(!page.body.contains("<i>"), "\(path)")
                #expect(!page.body.contains("\" onfocus="), "\(path)")
                #expect(!page.body.lowercased().contains("href=\"javascript:"), "\(path)")
                // The only script is the server's own file.
                let scripts = page.body.components(separatedBy: "<script").count - 1
                #expect(scripts <= 1, "\(path)")
                if scripts == 1 { #expect(page.body.contains("<script src=\"/static/live.js\" defer></script>"), "\(path)") }
            }
            let article = try await web.get("/articles/1")
            #expect(article.body.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &quot;quoted&quot;"))
            #expect(article.body.contains("Link (not a web address, not linked)"))
            #expect(article.body.contains("javascript:alert(document.domain)"), "shown as text")
            #expect(article.body.contains("&lt;i&gt;Evil&lt;/i&gt; &quot; onload=&quot;x"))
        }
    }

    @Test func pagesShowTagsStoriesAndHelpfulErrors() async throws {
        let h = try WebTestServer.store(Self.articles(2))
        _ = try await WebTestServer.alert(h, seq: 1)
        try await WebTestServer.with(h) { web async throws in
            let article = try await web.get("/articles/1")
            #expect(article.body.contains("Japan"))
            #expect(article.body.contains("🇯🇵"))
            #expect(article.body.contains("Hanoi"))
            #expect(article.body.contains("defense"))
            #expect(article.body.contains("<a class=\"source-link\"") == false, "the article has no URL")
            let alerts = try await web.get("/")
            #expect(alerts.body.contains("test-sub"))
            #expect(alerts.body.contains("href=\"/articles/1\""))
            #expect(alerts.body.contains("data-events=\"/events\""))
            let search = try await web.get("/search?q=country:JP+AND+(")
            #expect(search.status == 400)
            #expect(search.body.contains("column 17"))
            #expect(search.body.contains("                ^"))
            let found = try await web.get("/search?q=country%3AVN+AND+topic%3Adefense")
            #expect(found.body.contains("2 articles"))
            let overview = try await web.get("/overview")
            #expect(overview.body.contains("<svg"))
            #expect(overview.body.contains("Vietnam"))
            #expect(try await web.get("/articles/77").status == 404)
            #expect(try await web.get("/static/newsd.css").headers.first(name: "content-type")?.hasPrefix("text/css") == true)
            #expect(try await web.get("/static/live.js").body.contains("textContent"))
        }
    }

    @Test(arguments: [
        ("https://example.org/a?b=c", true), ("http://example.org", true), ("HTTPS://EXAMPLE.ORG/", true),
        ("javascript:alert(1)", false), (" javascript:alert(1)", false), ("JaVaScRiPt:alert(1)", false),
        ("data:text/html,<script>", false), ("/relative/path", false), ("//example.org/x", false),
        ("https://exa mple.org", false), ("vbscript:x", false), ("http:/nohost", false), ("java\tscript:alert(1)", false),
    ])
    func onlyWebURLsBecomeLinks(url: String, linked: Bool) {
        #expect((WebPages.webURL(url) != nil) == linked, "\(url)")
    }

    @Test func theWebSettingsAreReadWithTheirErrorsPlaced() throws {
        let good = try ConfigurationLoader.parse("web:\n  listen: '[::1]:9000'\n  trusted_proxy_header: X-Remote-User\n", file: "n.yaml")
        #expect(good.web.listen == "[::1]:9000")
        #expect(WebSettings.address(good.web.listen)! == ("::1", 9000))
        #expect(good.web.trustedProxyHeader == "X-Remote-User")
        #expect(NewsdConfiguration().web.listen == "127.0.0.1:8470")
        for (text, message) in [
            ("web:\n  listen: localhost\n", "n.yaml:2: web: listen: expected HOST:PORT"),
            ("web:\n  port: 8080\n", "n.yaml:2: web: port: unknown key"),
            ("web: 8080\n", "n.yaml:1: web: expected a mapping"),
            ("web:\n  trusted_proxy_header: 'X Bad:'\n", "n.yaml:2: web: trusted_proxy_header: expected a header name"),
        ] {
            #expect(throws: ConfigurationError.self) { try ConfigurationLoader.parse(text, file: "n.yaml") }
            do { _ = try ConfigurationLoader.parse(text, file: "n.yaml") } catch {
                #expect(error.description.hasPrefix(message), "\(error)")
            }
        }
        // Tokens: one a line, comments skipped; a file others can read is refused.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tokens-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/tokens"
        try "# team\nabcdefghijklmnop0123\n\nqrstuvwxyz0123456789\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o640)
        var settings = WebSettings()
        settings.tokensFile = file
        #expect(try settings.tokens() == ["abcdefghijklmnop0123", "qrstuvwxyz0123456789"])
        chmod(file, 0o644)
        #expect(throws: ConfigurationError.self) { try settings.tokens() }
        try "short\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        #expect(throws: ConfigurationError.self) { try settings.tokens() }
    }

    @Test(.timeLimit(.minutes(1)))
    func newsdWebSaysReadyAndStopsOnSIGTERM() throws {
        let h = try WebTestServer.store(["a.txt": Self.japan])
        // At debug level too: the service group logs each service's description there.
        let config = h.root + "/newsd.yaml"
        try "state_dir: \(h.state)\nlog_level: debug\n".write(toFile: config, atomically: true, encoding: .utf8)
        let socket = try h.launch(arguments: ["--config", config, "--listen", "127.0.0.1:0"], paths: false, command: "web")
        let ready = try socket.wait(for: "READY=1", timeout: 10) { $0.contains("READY=1") }
        #expect(ready.contains("STATUS=Serving http://127.0.0.1:"), "\(ready)")
        h.signal(SIGTERM)
        #expect(h.waitForExit(timeout: 15) == 0, "\(h.log)")
    }

    @Test func newsdWebRefusesABadConfigurationWith78() throws {
        let h = try DaemonHarness()
        let config = h.root + "/newsd.yaml"
        try "web:\n  listen: nowhere\n".write(toFile: config, atomically: true, encoding: .utf8)
        let result = try DaemonHarness.run(DaemonHarness.binary, ["web", "--config", config])
        #expect(result.status == 78)
        #expect(result.err.contains("newsd.yaml:2: web: listen: expected HOST:PORT"), "\(result.err)")
        let noStore = try DaemonHarness.run(DaemonHarness.binary, ["web", "--state-dir", h.state])
        #expect(noStore.status == 66, "\(noStore.err)")
    }
}

/// The pieces of the server that need no socket: the bounds of a stream's tick, event ids, times.
struct WebServerPartsTests {
    @Test func aStreamTickReadsABoundedBatchAndMovesItsCursor() async throws {
        let store = InMemoryStore()
        for i in 1...7 {
            let body = "Body of article \(i)."
            _ = try await store.append([IntakeItem(file: "f\(i)", identity: nil, sha256: ContentHash.sha256Hex(Array(body.utf8)),
                                                   result: .success([Article(title: "A\(i)", body: body, format: "text")]))], at: Int64(i))
        }
        var configuration = WebConfiguration()
        configuration.streamBatch = 3
        let stream = EventStream(backend: WebBackend(reader: store, outbox: store, subscriptions: .init([]), analyzer: Analyzer()),
                                 configuration: configuration, metrics: WebMetrics())
        var cursor = EventStream.Cursor(seq: 0, alertID: nil, alertSinceMillis: 0)
        var ticks: [[String]] = []
        for _ in 0..<4 {
            let (text, next) = try await stream.poll(cursor)
            ticks.append(text.split(separator: "\n").filter { $0.hasPrefix("id: ") }.map { String($0.dropFirst(4)) })
            cursor = next
        }
        #expect(ticks == [["1-0", "2-0", "3-0"], ["4-0", "5-0", "6-0"], ["7-0"], []])
    }

    @Test(arguments: [
        ("12-7", EventStream.Cursor(seq: 12, alertID: 7, alertSinceMillis: 1_000_000_000 - 7 * 86_400_000)),
        ("12", EventStream.Cursor(seq: 12, alertID: nil, alertSinceMillis: 1_000_000_000)),
        ("0-0", EventStream.Cursor(seq: 0, alertID: 0, alertSinceMillis: 1_000_000_000 - 7 * 86_400_000)),
    ])
    func lastEventIDsAreRead(text: String, cursor: EventStream.Cursor) {
        #expect(EventStream.Cursor.parse(text, now: 1_000_000_000) == cursor)
    }

    @Test(arguments: ["", "-", "a-1", "1-b", "1-2-3", "-1", "1--2", "99999999999999999999"])
    func badLastEventIDsAreRefused(text: String) {
        #expect(EventStream.Cursor.parse(text, now: 0) == nil)
    }

    @Test func sinceTakesNamesSpansDatesAndTimes() {
        let now = Date(timeIntervalSince1970: 1_764_590_400)  // 2025-12-01T12:00:00Z
        #expect(QueryString.time("today", now: now) == 1_764_547_200_000)
        #expect(QueryString.time("yesterday", now: now) == 1_764_460_800_000)
        #expect(QueryString.time("30m", now: now) == 1_764_588_600_000)
        #expect(QueryString.time("2026-11-24", now: now) == 1_795_478_400_000)
        #expect(QueryString.time("2026-11-24T10:00:00Z", now: now) == 1_795_514_400_000)
        for bad in ["someday", "1x", "-5d", "", "99999999999999d"] { #expect(QueryString.time(bad, now: now) == nil, "\(bad)") }
    }

    @Test func everyDataFileIsCompiledIn() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/NewsWeb/Resources").standardized.path
        var files: [String] = []
        let walker = try #require(FileManager.default.enumerator(atPath: folder))
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue { files.append(path) }
        }
        #expect(files.sorted() == WebResources.paths.sorted(), "list each file of Sources/NewsWeb/Resources in CNewsWebData.c")
        for path in WebResources.paths {
            #expect(WebResources.bytes(path) == Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))), "\(path)")
        }
    }

    @Test func aQueryInAURLIsBounded() async throws {
        let store = InMemoryStore()
        let backend = WebBackend(reader: store, outbox: store, subscriptions: .init([]), analyzer: Analyzer())
        _ = try await WebAPI.search(String(repeating: "a", count: WebAPI.maximumQueryLength), limit: 10, backend: backend)
        await #expect(throws: WebError.self) {
            _ = try await WebAPI.search(String(repeating: "a", count: WebAPI.maximumQueryLength + 1), limit: 10, backend: backend)
        }
    }
}
