import ArgumentParser
import NewsCore
import Foundation
import NewsRuntime
import NewsStore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one stored article.")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The article's sequence number.") var seq: Int64
    @Flag(help: "One JSON object.") var json = false

    func run() throws {
        guard let article = try store.openStore().article(seq: seq) else {
            throw ValidationError("no article with sequence number \(seq); `newsd list` shows the latest")
        }
        print(json ? ArticleOutput.json(article) : ArticleOutput.full(article))
    }
}

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List stored articles, newest first.")
    @OptionGroup var store: StoreOptions
    @Option(help: "Only articles ingested since TIME: 2026-11-24, 2026-11-24T10:00:00Z, or 30m, 24h, 7d ago.")
    var since: String?
    @Option(help: "At most this many.") var limit = 50
    @Flag(help: "One JSON object per line.") var json = false

    func run() throws {
        var sinceMillis: Int64?
        if let since {
            guard let millis = ArticleOutput.parseSince(since) else {
                throw ValidationError("--since \(since): expected a date (2026-11-24), a time (2026-11-24T10:00:00Z) or a span (30m, 24h, 7d)")
            }
            sinceMillis = millis
        }
        for article in try store.openStore().list(sinceMillis: sinceMillis, limit: limit) {
            print(json ? ArticleOutput.json(article, includeBody: false) : ArticleOutput.line(article))
        }
    }
}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over titles and bodies, best match first.",
        discussion: "QUERY is FTS5 syntax: words, \"a phrase\", prefix*, AND, OR, NOT, NEAR(a b, 5).")
    @OptionGroup var store: StoreOptions
    @Argument(help: "What to look for.") var query: String
    @Option(help: "At most this many.") var limit = 20
    @Flag(help: "One JSON object per line.") var json = false

    func run() throws {
        for (article, rank) in try store.openStore().search(query, limit: limit) {
            if json {
                print(ArticleOutput.json(article, includeBody: false, score: (rank * 1000).rounded() / 1000))
            } else {
                print(ArticleOutput.line(article))
            }
        }
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the store: SQLite's integrity check, then every record's hash and the hash chain.")
    @OptionGroup var store: StoreOptions

    func run() throws {
        let articleStore = try store.openStore()
        var bar: ProgressBar?
        let report = try articleStore.verify { done, total in
            if bar == nil { bar = ProgressBar(total: Int(total), label: "verify") }
            bar?.update(Int(done))
        }
        bar?.finish()
        if let problem = report.problem {
            writeStderr("newsd: \(articleStore.path): verification FAILED at record \(report.firstBadSeq ?? 0): \(problem)\n")
            throw ExitCode(1)
        }
        print("\(articleStore.path): \(report.records) records verified, hash chain intact")
    }
}

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Counts and sizes of the store.")
    @OptionGroup var store: StoreOptions
    @Flag(help: "One JSON object.") var json = false

    func run() throws {
        let s = try store.openStore().stats()
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
