import ArgumentParser
import NewsCore
import Foundation
import NewsRuntime
import NewsStoreSQLite
import Synchronization

extension ListOrder: ExpressibleByArgument {}

struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one stored article.")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The article's sequence number.") var seq: Int64
    @Flag(help: "One JSON object.") var json = false

    func run() async throws {
        let reader = try await store.openReader()
        guard let article = try await reading(reader, { r throws(StoreError) in try await r.article(seq: seq) }) else {
            writeStderr("newsd: \(reader.path): no article with sequence number \(seq); `newsd list` shows the latest\n")
            throw ExitCode(66)  // EX_NOINPUT
        }
        print(json ? ArticleOutput.json(article) : ArticleOutput.full(article))
    }
}

struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Print the articles of a story, and why each joined it.",
        discussion: """
            ID is a story id (the seq of its first article, as `show` and alerts print it) or the seq of any of its \
            articles. Each article says what linked it: a near-duplicate of an earlier one, or the article it shares \
            most with (weighted overlap of people, places, organisations, countries and key terms; hours apart).
            """)
    @OptionGroup var store: StoreOptions
    @Argument(help: "A story id, or the seq of one of its articles.") var id: Int64
    @Option(help: "At most this many articles.") var limit = 1000
    @Flag(help: "One JSON object.") var json = false

    struct Member: Encodable {
        var seq: Int64
        var title: String
        var source: String?
        var published: String?
        var event: String?
        var file: String
        var duplicateOf: Int64?
        var joined: StoryLinker.Evidence?
        enum CodingKeys: String, CodingKey {
            case seq, title, source, published, event, file, joined
            case duplicateOf = "duplicate_of"
        }
    }

    struct Output: Encodable {
        var story: Int64
        var articles: [Member]
    }

    func run() async throws {
        let reader = try await store.openReader()
        // An article's seq names its story too.
        let story = try await reading(reader) { r throws(StoreError) in try await r.article(seq: id)?.story } ?? id
        let articles = try await reading(reader) { r throws(StoreError) in try await r.story(story, limit: limit) }
        guard !articles.isEmpty else {
            writeStderr("newsd: \(reader.path): no story \(id) and no article \(id); give a story id or an article's seq (`newsd list` shows the latest)\n")
            throw ExitCode(66)  // EX_NOINPUT
        }
        func date(_ millis: Int64?) -> String? { millis.map { DateParser.format(Date(timeIntervalSince1970: Double($0) / 1000)) } }
        let members = articles.map {
            Member(seq: $0.seq, title: $0.article.headline, source: $0.article.source, published: $0.article.published.map(DateParser.format),
                   event: date($0.eventMillis), file: $0.file, duplicateOf: $0.duplicateOf, joined: $0.storyEvidence)
        }
        if json {
            print(JSONLine.encode(Output(story: story, articles: members)))
            return
        }
        print("story \(story): \(members.count) article\(members.count == 1 ? "" : "s")")
        for m in members {
            print("\n\(m.seq)  \(m.event ?? "?")  \(m.title)\(m.source.map { "  (\($0))" } ?? "")")
            guard let e = m.joined else {
                print("    first article of the story")
                continue
            }
            if e.duplicate {
                print("    near-duplicate of \(e.via)")
            } else {
                print("    linked to \(e.via): similarity \(e.similarity), \(e.hours) h apart; shares \(e.shared.joined(separator: ", "))")
            }
            if !e.also.isEmpty { print("    also linked to \(e.also.map(String.init).joined(separator: ", "))") }
        }
    }
}

struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List stored articles, newest first (by intake, or by publication with --sort published).")
    @OptionGroup var store: StoreOptions
    @Option(help: "Only articles ingested since TIME: today, yesterday, 2026-11-24, 2026-11-24T10:00:00Z, or 30m, 24h, 7d ago.")
    var since: String?
    @Option(help: "At most this many.") var limit = 50
    @Option(help: "Newest first by: ingested (when newsd stored it) or published (the article's own date; undated last).")
    var sort: ListOrder = .ingested
    @Flag(help: "One JSON object per line.") var json = false

    func run() async throws {
        var sinceMillis: Int64?
        if let since {
            guard let millis = ArticleOutput.parseSince(since) else {
                throw ValidationError("--since \(since): expected today, yesterday, a date (2026-11-24), a time (2026-11-24T10:00:00Z) or a span (30m, 24h, 7d)")
            }
            sinceMillis = millis
        }
        let reader = try await store.openReader()
        let articles = try await reading(reader) { r throws(StoreError) in
            try await r.list(sinceMillis: sinceMillis, limit: limit, order: sort)
        }
        if !json && !articles.isEmpty && isatty(1) != 0 { print("seq\tingested\tpublished\ttitle") }
        for article in articles {
            print(json ? ArticleOutput.json(article, includeBody: false) : ArticleOutput.line(article))
        }
    }
}

struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the stored articles with the subscription query language, best match first.",
        discussion: """
            QUERY is the language of subscriptions: words and "a phrase" in title and body (case and accents \
            folded, Indo-Pacific and COVID-19 as written), prefix*, title:word, a NEAR/5 b, AND, OR, NOT (or -), \
            parentheses, and the fields country: (JP, Japan, "Southeast Asia"), topic: (topic:defense>=0.5), \
            place:, person:, org:, lang:, source:. A search finds what a subscription with the same query would \
            have alerted on. Ranked by BM25 (title ten times the body) when the query has words, else newest first; \
            at most 20,000 candidates are looked at, and newsd says when that cut a search short.
            """)
    @OptionGroup var store: StoreOptions
    @Argument(help: "The query.") var query: String
    @Option(help: "At most this many.") var limit = 20
    @Flag(help: "One JSON object per line.") var json = false

    func run() async throws {
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery(query)
        } catch {
            writeStderr("newsd: search: query \(error); see `newsd search --help` for the language\n")
            throw ExitCode(64)  // EX_USAGE
        }
        let reader = try await store.openReader()
        let results = try await reading(reader) { r throws(StoreError) in try await r.search(parsed, limit: limit) }
        for hit in results.hits {
            if json {
                print(ArticleOutput.json(hit.article, includeBody: false, score: (hit.rank * 1000).rounded() / 1000))
            } else {
                print(ArticleOutput.line(hit.article))
            }
        }
        if !results.complete {
            writeStderr("newsd: search: stopped at its bound (\(results.scanned) candidates read; a query of filters alone reads only the newest articles), so there may be more matches; add words to the query to reach them\n")
        }
    }
}

struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the store: SQLite's integrity check, then every record's hash and the hash chain.")
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let articleStore = try await store.openReader(primary: true)
        let bar = Mutex<ProgressBar?>(nil)
        let report = try await reading(articleStore) { r throws(StoreError) in
            try await r.verify { done, total in
                bar.withLock { bar in
                    if bar == nil { bar = ProgressBar(total: Int(total), label: "verify") }
                    bar?.update(Int(done))
                }
            }
        }
        bar.withLock { $0?.finish() }
        if let problem = report.problem {
            writeStderr("newsd: \(articleStore.path): verification FAILED at record \(report.firstBadSeq ?? 0): \(problem)\n")
            throw ExitCode(Sysexit.dataError.rawValue)
        }
        for note in report.notes { writeStderr("newsd: \(articleStore.path): note: \(note)\n") }
        print("\(articleStore.path): \(report.records) records verified, hash chain intact")
    }
}

struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Counts and sizes of the store.")
    @OptionGroup var store: StoreOptions
    @Flag(help: "One JSON object.") var json = false

    func run() async throws {
        let s = try await reading(try await store.openReader()) { r throws(StoreError) in try await r.stats() }
        let perArticle = s.articles > 0 ? s.bytes / s.articles : 0
        let first = s.firstAtMillis.map { DateParser.format(Date(timeIntervalSince1970: Double($0) / 1000)) }
        let last = s.lastAtMillis.map { DateParser.format(Date(timeIntervalSince1970: Double($0) / 1000)) }
        if json {
            let object: [String: Any] = [
                "articles": s.articles, "duplicates": s.duplicates, "failed": s.failed, "last_seq": s.lastSeq,
                "bytes": s.bytes, "bytes_per_article": perArticle, "first": first ?? NSNull(), "last": last ?? NSNull(),
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("articles:    \(s.articles)\nduplicates:  \(s.duplicates)\nfailed:      \(s.failed)")
            print("last seq:    \(s.lastSeq)\nstore size:  \(s.bytes) bytes (\(perArticle) per article)")
            if let first, let last { print("ingested:    \(first) .. \(last)") }
        }
    }
}
