import ArgumentParser
import Foundation
import Logging
import NewsCore
import NewsRuntime
import NewsStorePostgres
import NewsStoreSQLite

struct Alerts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read alerts back from the journal (or from the store when the journal has none).")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Keep printing new alerts as they come.") var follow = false
    @Option(help: "Only alerts since TIME (today, yesterday, 2026-11-24, 2026-11-24T10:00:00Z, 30m, 24h, 7d).") var since: String?
    @Option(name: .customLong("alert"), help: "Only the alerts of this subscription id.") var alert: String?
    @Flag(help: "One JSON object per line.") var json = false
    @Flag(help: "Read the store's record of alerts, with their delivery to each sink, not the journal (the default when sinks other than the journal are configured).") var fromStore = false
    @Flag(help: "Show the journal's alerts of every newsd store on this machine, not only this one's.") var allStores = false

    func run() async throws {
        var sinceMillis: Int64 = 0
        if let since {
            guard let s = ArticleOutput.parseSince(since) else { throw ValidationError("--since \(since): expected today, yesterday, a date (2026-11-24), a time (2026-11-24T10:00:00Z) or a span (30m, 24h, 7d)") }
            sinceMillis = s
        }
        let config = try store.configuration()
        // The journal knows only the journal sink's deliveries: with other sinks, the store tells more.
        let onlyJournal = config.sinks.allSatisfy { if case .journal = $0.kind { true } else { false } }
        if !fromStore, onlyJournal || follow, let reader = try? JournalReader() {
            let identity = allStores ? nil : JournalAlertSink.storeIdentity(config.postgresURL == nil ? config.storePath : config.storeDescription)
            reader.select(messageID: JournalAlertSink.topicMatchID, alert: alert, store: identity,
                          sinceMicros: UInt64(max(sinceMillis, 0)) * 1000)
            var printed = 0
            while true {
                while let fields = reader.next() {
                    printed += 1
                    print(line(fields))
                    fflush(nil)
                }
                guard follow else { break }
                reader.wait(seconds: 1)
            }
            if printed > 0 || follow { return }
        }
        // The journal cannot be read, or holds none (rotated away, volatile): the store keeps them all.
        if config.reading.postgresURL != nil || config.readStore != nil {
            let reader = try await store.openReader(config)
            let alerts = try await reading(reader) { r throws(StoreError) in
                try await r.alerts(sinceMillis: sinceMillis, alert: alert, limit: 10_000)
            }
            for a in alerts { print(line(a)) }
            return
        }
        let articleStore = try store.openStore(config)
        for a in try articleStore.alerts(sinceMillis: sinceMillis, alert: alert) {
            print(line(a))
        }
    }

    /// One alert, the same from the journal and from the store.
    struct Line: Encodable {
        var time: String
        var alert: String
        var priority: Int?
        var seq: Int64?
        var story: Int64?
        var title: String
        var url: String?
        var file: String?
        var source: String?
        var topics: [String]
        var countries: [String]
        var score: Double?
        /// Articles of the story counted on this alert (the store keeps it; the journal does not).
        var count: Int?
        var delivered: Bool?
        /// A later article of a story already alerted on: the seq of the article of the first alert.
        var foldedInto: Int64?
        /// Its delivery to each sink (the store keeps it).
        var sinks: [Delivery]?
        enum CodingKeys: String, CodingKey {
            case time, alert, priority, seq, story, title, url, file, source, topics, countries, score, count, delivered, sinks
            case foldedInto = "folded_into"
        }
    }

    typealias Delivery = DeliveryOutput

    private func line(_ f: [String: String]) -> String {
        let micros = UInt64(f["__REALTIME_TIMESTAMP"] ?? "") ?? 0
        let l = Line(
            time: DateParser.format(Date(timeIntervalSince1970: Double(micros) / 1e6)), alert: f["NEWSD_ALERT"] ?? "",
            priority: f["PRIORITY"].flatMap { Int($0) }, seq: f["NEWSD_SEQ"].flatMap { Int64($0) },
            story: f["NEWSD_STORY"].flatMap { Int64($0) }, title: f["NEWSD_TITLE"] ?? "", url: f["NEWSD_URL"],
            file: f["NEWSD_FILE"], source: nil,
            topics: (f["NEWSD_TOPICS"] ?? "").split(separator: ",").map(String.init),
            countries: (f["NEWSD_COUNTRIES"] ?? "").split(separator: ",").map(String.init),
            score: f["NEWSD_SCORE"].flatMap { Double($0) }, count: nil, delivered: true,
            foldedInto: f["NEWSD_FOLDED_INTO"].flatMap { Int64($0) })
        return render(l)
    }

    private func line(_ a: AlertRecord) -> String {
        render(Line(
            time: DateParser.format(Date(timeIntervalSince1970: Double(a.atMillis) / 1000)), alert: a.alert, priority: a.priority,
            seq: a.seq, story: a.story, title: a.title, url: a.url, file: a.file, source: a.source, topics: a.topics,
            countries: a.countries, score: a.score, count: a.foldedInto == nil ? a.count : nil, delivered: a.deliveredMillis != nil,
            foldedInto: a.foldedInto, sinks: a.deliveries.isEmpty ? nil : a.deliveries.map(Delivery.init)))
    }

    private func render(_ l: Line) -> String {
        if json { return JSONLine.encode(l) }
        let more = (l.count ?? 1) > 1 ? "  (+\(l.count! - 1) more in the story)" : ""
        var waiting = l.foldedInto.map { "  [same story as the alert on seq \($0)]" } ?? ""
        if let sinks = l.sinks {
            // Only what is not plainly delivered: the common case stays one short line.
            for d in sinks where d.state != "delivered" {
                waiting += "  [\(d.sink): \(d.state), \(d.attempts) attempt\(d.attempts == 1 ? "" : "s")\(d.lastError.map { ": \($0)" } ?? "")]"
            }
        } else if l.delivered == false {
            waiting += "  [waiting for journald]"
        }
        return "\(l.time)  \(l.alert)  seq \(l.seq.map(String.init) ?? "?")  story \(l.story.map(String.init) ?? "?")  \(l.title)\(more)\(waiting)"
    }
}

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check subscription files and try queries on files.", subcommands: [Check.self, Test.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a subscriptions file; errors give the line and column.",
            discussion: """
                A rule that can never match is an error, with a suggestion: a topic no topic has \
                (topic:defence is read as defense), a language that is no ISO 639-1 code, a country newsd \
                does not know. A person, organisation or place the gazetteer does not know is a warning. \
                The sinks a subscription names must be configured under sinks: in the configuration (--config). \
                Exit status 78 (EX_CONFIG) when the file would be refused.
                """)
        @Argument(help: "The subscriptions file.") var file: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let config = try store.configuration()
            let vocabulary: QueryVocabulary
            do { vocabulary = try AlertService.vocabulary(config) } catch { throw configFailure(error) }
            var warnings = 0
            try check {
                let index = try SubscriptionLoader.load(file: file, sinks: config.sinkIDs, vocabulary: vocabulary) { finding in
                    if !finding.message.hasPrefix("note:") { warnings += 1 }
                    writeStderr("newsd: \(finding)\n")
                }
                return "\(file): \(index.count) subscriptions, all valid" + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "")
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show which files a query matches, and why.")
        @Argument(help: "The query.") var query: String
        @Argument(help: "Files to analyse and match.") var paths: [String]
        @OptionGroup var store: StoreOptions

        func run() throws {
            let config = try store.configuration()
            let analyzer = try store.analyzer(config)
            let vocabulary: QueryVocabulary
            do { vocabulary = try AlertService.vocabulary(config) } catch { throw configFailure(error) }
            let subscription: Subscription
            do { subscription = try Subscription(id: "test", query: query, vocabulary: vocabulary) } catch {
                writeStderr("newsd: query:\(error.column): \(error.message)\n  \(query)\n  \(String(repeating: " ", count: max(error.column - 1, 0)))^\n")
                throw ExitCode(Sysexit.usage.rawValue)
            }
            for finding in subscription.findings {
                writeStderr("newsd: query:\(finding.column): \(finding.severity.rawValue): \(finding.message)\n")
            }
            var matched = 0
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    writeStderr("newsd: \(path): cannot read the file\n")
                    continue
                }
                let articles: [Article]
                do { articles = try ArticleDecoder().decode(Array(data), fileName: (path as NSString).lastPathComponent) } catch {
                    writeStderr("newsd: \(path): \(error)\n")
                    continue
                }
                for raw in articles {
                    let (article, analysis) = analyzer.analyze(raw)
                    let doc = MatchDocument(article: article, analysis: analysis)
                    if subscription.matches(doc) {
                        matched += 1
                        print("match     \(path)  \(article.headline)\n          because: \(subscription.explain(doc).joined(separator: "; "))")
                    } else {
                        print("no match  \(path)  \(article.headline)\n          because: \(subscription.whyNot(doc).joined(separator: "; "))")
                    }
                }
            }
            if matched == 0 { throw ExitCode(1) }
        }
    }
}

struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the current subscriptions over stored articles, alerting as on arrival (once per story).")

    @OptionGroup var store: StoreOptions
    @Option(help: "Articles ingested since TIME (today, yesterday, 2026-11-24, 24h, 7d).") var since: String
    @Flag(help: "Print the matches; record and send nothing.") var dryRun = false

    func run() async throws {
        guard let sinceMillis = ArticleOutput.parseSince(since) else { throw ValidationError("--since \(since): expected today, yesterday, a date (2026-11-24), a time (2026-11-24T10:00:00Z) or a span (30m, 24h, 7d)") }
        let config = try store.configuration()
        let index: SubscriptionIndex
        do { index = try AlertService.subscriptions(config) { writeStderr("newsd: \($0)\n") } } catch { throw configFailure(error) }
        guard index.count > 0 else { throw failure(.config, "no subscriptions: set subscriptions_file in the configuration (--config)") }
        let (jobStore, lock) = try await store.openJobStore(config, readOnly: dryRun, exclusive: false)
        defer { withExtendedLifetime(lock) {} }
        let job = ReplayJob(store: jobStore, subscriptions: .init(index: index, defaultWindow: config.alertWindow))
        var bar: ProgressBar?
        let matches: [AlertMatch]
        do {
            matches = try await job.matches(sinceMillis: sinceMillis) { done, total in
                if bar == nil { bar = ProgressBar(total: Int(total), label: "replay") }
                bar?.update(Int(done))
            }
        } catch {
            bar?.finish()
            throw exitStatus(error, store: config.storeDescription)
        }
        bar?.finish()
        if dryRun {
            for m in matches { print("\(m.alert)\tseq \(m.seq)\tstory \(m.story)\t\(m.title)") }
            print("\(matches.count) matches (dry run: nothing recorded)")
            return
        }
        let summary: ReplayJob.Summary
        do { summary = try await job.record(matches) } catch { throw exitStatus(error, store: config.storeDescription) }
        let sinks: [any AlertSink]
        let identity = JournalAlertSink.storeIdentity(config.postgresURL == nil ? config.storePath : config.storeDescription)
        do {
            sinks = try AlertSinkFactory.sinks(config, placement: .local, store: identity)
        } catch { throw configFailure(error) }
        let outbox: any StoreFactory.Store
        if let postgres = jobStore as? PostgresStore {
            outbox = postgres
        } else {
            do { outbox = try SQLiteStore(path: config.storePath) } catch { throw exitStatus(error, store: config.storePath) }
        }
        let service = AlertService(
            store: outbox, sinks: sinks,
            subscriptions: .init(index: index, defaultWindow: config.alertWindow), logger: .init(label: "newsd"))
        let delivered = await service.deliver()
        let network = config.sinks.filter(\.needsNetwork).map(\.id)
        print("""
            \(summary.matches) matches: \(summary.alerts) new alerts, \(summary.folded) counted on alerts of the same story, \
            \(summary.recordedBefore) recorded before; \(delivered) delivered to \(sinks.map(\.id).joined(separator: ", "))
            """ + (network.isEmpty ? "" : "; \(network.joined(separator: ", ")) by `newsd deliver`"))
    }
}

struct Topics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the default topic taxonomy, or check a topics file.", subcommands: [Show.self, Check.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the default taxonomy (YAML), to copy and edit.")
        func run() { print(Taxonomy.defaultYAML) }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a topics file, as it would be merged over the default.")
        @Argument(help: "The topics file.") var file: String
        func run() throws {
            try check { "\(file): valid; \(try AnalyzerLoader.taxonomy(topicsFile: file).topics.count) topics with the default ones" }
        }
    }
}

/// Runs a file check: prints its summary, or the error (with file, line and column) and exits
/// 78 (EX_CONFIG), as the daemon would refuse the file.
func check(_ validate: () throws -> String) throws {
    do {
        print(try validate())
    } catch {
        throw configFailure(error)
    }
}
