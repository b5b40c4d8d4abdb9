import CShims
import Dispatch
import Foundation
import Glibc
import NewsCore

/// Matching speed with many subscriptions: articles/s of the presearcher and matcher for 100,
/// 10,000 and 100,000 generated subscriptions, over analysed articles (the BBC corpus when
/// given, synthetic articles otherwise). Built only with NEWSD_BENCH=1:
///
///     NEWSD_BENCH=1 swift run -c release NewsdBench [CORPUS_DIR] [--broad] [--counts 100,10000,100000] [--passes 5] [--pipeline-only]
///
/// `--seed N` draws the generated queries from a seeded generator (the same queries every run);
/// `--print-queries N` prints N of them as a subscriptions file's `query:` lines and stops (for
/// `--queries`, so that two builds match the very same subscriptions: scripts/match_instructions.py).
///
/// `NewsdBench stories` times story linking instead (``StoryBenchmark``); `NewsdBench store`
/// writes a large store to start from (``StoreGenerator``).
@main
struct AlertBenchmark {
    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        if args.first == "termstats" {
            TermStatistics.run(Array(args.dropFirst()))
            return
        }
        if args.first == "memory" {
            try MemoryBenchmark.run(Array(args.dropFirst()))
            return
        }
        if args.first == "store" {
            try StoreGenerator.run(Array(args.dropFirst()))
            return
        }
        // `NewsdBench analysis`: the analysis alone (``AnalysisBenchmark``).
        if args.first == "analysis" {
            AnalysisBenchmark.run(Array(args.dropFirst()))
            return
        }
        if args.first == "stories" {
            StoryBenchmark.run(Array(args.dropFirst()))
            return
        }
        var counts = [100, 10_000, 100_000]
        let countsGiven = args.contains("--counts")
        if let i = args.firstIndex(of: "--counts"), i + 1 < args.count {
            counts = args[i + 1].split(separator: ",").compactMap { Int($0) }
            args.removeSubrange(i...i + 1)
        }
        // --queries FILE: the `query:` lines of a subscriptions file instead of generated
        // queries (e.g. the four of examples/subscriptions.yaml: what loaded subscriptions that
        // match nothing cost). Counts then default to 0 and all of them.
        var fileQueries: [String]?
        if let i = args.firstIndex(of: "--queries"), i + 1 < args.count {
            let text = (try? String(contentsOfFile: args[i + 1], encoding: .utf8)) ?? ""
            fileQueries = text.split(separator: "\n").compactMap { line -> String? in
                let t = line.trimmingCharacters(in: .whitespaces)
                guard t.hasPrefix("query:") else { return nil }
                var q = t.dropFirst(6).trimmingCharacters(in: .whitespaces)
                if q.hasPrefix("'") && q.hasSuffix("'") && q.count >= 2 { q = String(q.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'") }
                return q
            }
            args.removeSubrange(i...i + 1)
            if !countsGiven { counts = [0, fileQueries!.count] }
        }
        var passes = 5
        if let i = args.firstIndex(of: "--passes"), i + 1 < args.count {
            passes = max(1, Int(args[i + 1]) ?? 5)
            args.removeSubrange(i...i + 1)
        }
        var seed = UInt64.random(in: 0...UInt64.max)
        if let i = args.firstIndex(of: "--seed"), i + 1 < args.count, let n = UInt64(args[i + 1]) {
            seed = n
            args.removeSubrange(i...i + 1)
        }
        var printed: Int?
        if let i = args.firstIndex(of: "--print-queries"), i + 1 < args.count {
            printed = Int(args[i + 1])
            args.removeSubrange(i...i + 1)
        }
        let corpusArgs = args.filter { !$0.hasPrefix("--") }
        let analyzer = Analyzer()
        var articles: [(Article, ArticleAnalysis)] = []
        /// Per article, what the pipeline matches from: the analysis' tokens.
        var kept: [(tokens: [Token], titleCount: Int)] = []
        if let dir = corpusArgs.first {
            for a in Corpus.articles(in: dir) {
                let r = analyzer.analyzeKeepingTokens(a)
                articles.append((r.article, r.analysis))
                kept.append((r.tokens, r.titleCount))
            }
        } else {
            for i in 0..<1000 {
                let body = "Officials from Japan and Vietnam met in Hanoi on day \(i) to discuss coast guard patrols, trade and energy. "
                    + String(repeating: "The talks covered defence cooperation and investment. ", count: 20)
                let r = analyzer.analyzeKeepingTokens(Article(title: "Talks \(i)", body: body, format: "text"))
                articles.append((r.article, r.analysis))
                kept.append((r.tokens, r.titleCount))
            }
        }
        let docs = articles.map { MatchDocument(article: $0.0, analysis: $0.1) }
        // --pipeline-only: only the pipeline's passes (to profile them: perf, callgrind).
        let pipelineOnly = args.contains("--pipeline-only")
        // The analysis alone, for the whole pipeline's rate: one core, median of 3.
        var analysisRates: [Double] = [0, 0, 0]
        for k in 0..<(pipelineOnly || printed != nil ? 0 : 3) {
            let start = Self.cpuNanoseconds()
            for a in articles { _ = analyzer.analyze(a.0) }
            analysisRates[k] = Double(articles.count) / (Double(Self.cpuNanoseconds() - start) / 1e9)
        }
        let analysisRate = analysisRates.sorted()[1]
        // Vocabulary for generated queries: the corpus's own words, entities and topics.
        // Words found in a few articles (2 to 2%): what subscriptions name is specific.
        var df: [String: Int] = [:]
        for d in docs { for w in d.distinctWords where w.count >= 4 && w.allSatisfy(\.isLetter) { df[w, default: 0] += 1 } }
        let vocabulary = df.filter { $0.value >= 2 && $0.value <= max(2, docs.count / 50) }.keys.sorted()
        let rare = Set(vocabulary)
        let countries = Array(Set(articles.flatMap { $0.1.countries })).sorted() + ["JP", "VN", "PH", "KR", "TW"]
        let topics = Taxonomy.default.topics.map(\.id)
        let people = Array(Set(articles.flatMap { $0.1.people })).sorted()
        var rng = SplitMix64(seed: seed)
        func pick<T>(_ a: [T]) -> T { a[Int.random(in: 0..<a.count, using: &rng)] }
        // Phrases that occur in the corpus: subscriptions name things that exist.
        var bigrams: [String] = []
        for d in docs.prefix(400) {
            for i in stride(from: 0, to: d.words.count - 1, by: 3) where rare.contains(d.words[i]) && d.words[i + 1].count >= 4 {
                bigrams.append(d.words[i] + " " + d.words[i + 1])
            }
        }
        let places = Array(Set(articles.flatMap { $0.1.places })).sorted() + ["Senkaku Islands", "South China Sea"]
        /// Specific queries, as monitoring subscriptions are: two or three conditions, or a phrase.
        func specific(_ i: Int) -> String {
            switch i % 6 {
            case 0: return "country:\(pick(countries)) AND country:\(pick(countries)) AND topic:\(pick(topics))"
            case 1: return "\"\(pick(bigrams))\""
            case 2: return people.isEmpty ? "\"\(pick(bigrams))\"" : "person:\"\(pick(people))\" AND topic:\(pick(topics))"
            case 3: return "\(pick(vocabulary)) AND \(pick(vocabulary)) AND country:\(pick(countries))"
            case 4: return "place:\"\(pick(places))\" AND (topic:\(pick(topics)) OR \(pick(vocabulary)))"
            default: return "\(pick(vocabulary)) NEAR/5 \(pick(vocabulary)) -\(pick(vocabulary))"
            }
        }
        /// Broad queries: one country and one topic, two words, a topic with a minimum score.
        func broad(_ i: Int) -> String {
            switch i % 6 {
            case 0: return "country:\(pick(countries)) AND topic:\(pick(topics))"
            case 1: return "\(pick(vocabulary)) AND \(pick(vocabulary))"
            case 2: return "\"\(pick(vocabulary)) \(pick(vocabulary))\" OR \(pick(vocabulary))"
            case 3: return people.isEmpty ? pick(vocabulary) : "person:\"\(pick(people))\""
            case 4: return "\(pick(vocabulary)) NEAR/5 \(pick(vocabulary)) -\(pick(vocabulary))"
            default: return "topic:\(pick(topics))>=0.7 AND (\(pick(vocabulary)) OR \(pick(vocabulary)))"
            }
        }
        let mix = args.contains("--broad") ? "broad" : "specific"
        let query = mix == "broad" ? broad : specific
        if let n = printed {
            for k in 0..<n { print("query: '" + query(k).replacingOccurrences(of: "'", with: "''") + "'") }
            return
        }
        print("articles: \(docs.count), vocabulary: \(vocabulary.count) words, \(mix) queries")
        print(String(format: "analysis alone: %.0f articles/s on one core", analysisRate))
        print("rates are articles per second of thread CPU time")
        print("subscriptions | matching articles/s (median of \(passes)) | vs first | analysis+matching articles/s | vs first | presearch us/article | candidates/article | matches/article")
        var table: [String] = []
        var indexBuilds: [String] = []
        var first: Double?
        var firstWhole: Double?
        for n in counts {
            let subs = try (0..<n).map { i in try Subscription(id: "s\(i)", query: fileQueries.map { $0[i % $0.count] } ?? query(i)) }
            // What loading them costs the daemon (at start and on reload): CPU and heap of the index.
            let heapBefore = newsd_heap_in_use()
            let buildStart = Self.cpuNanoseconds()
            let index = SubscriptionIndex(subs)
            let buildMs = Double(Self.cpuNanoseconds() - buildStart) / 1e6
            indexBuilds.append(String(format: "%9d | %9.1f | %9.1f", n, buildMs, Double(newsd_heap_in_use() - heapBefore) / 1_048_576))
            if pipelineOnly {
                var times: [Double] = []
                var matched = 0
                for _ in 0..<passes {
                    let start = Self.cpuNanoseconds()
                    for (k, a) in articles.enumerated() { matched += Self.pipelineMatch(index, kept[k], a.0, a.1).count }
                    times.append(Double(Self.cpuNanoseconds() - start) / 1e3 / Double(docs.count))
                }
                print(String(format: "%9d | pipeline %.1f us an article | %.1f matches", n, times.sorted()[passes / 2],
                             Double(matched) / Double(passes * docs.count)))
                continue
            }
            var rates: [Double] = []
            var matched = 0
            for _ in 0..<passes {
                matched = 0
                let start = Self.cpuNanoseconds()
                for d in docs { matched += index.matchingIndices(d).count }
                let seconds = Double(Self.cpuNanoseconds() - start) / 1e9
                rates.append(Double(docs.count) / seconds)
            }
            let median = rates.sorted()[rates.count / 2]
            var candidates = 0
            var presearches: [Double] = []
            for _ in 0..<passes {
                candidates = 0
                let start = Self.cpuNanoseconds()
                for d in docs { candidates += index.candidates(d).count }
                presearches.append(Double(Self.cpuNanoseconds() - start) / 1e3 / Double(docs.count))
            }
            let presearch = presearches.sorted()[passes / 2]
            // The pipeline's path: from the analysis' tokens to the matching subscriptions.
            var sink = 0
            var wholes: [Double] = []
            var builds: [Double] = []
            for _ in 0..<passes {
                var start = Self.cpuNanoseconds()
                for (k, a) in articles.enumerated() { sink &+= Self.pipelineMatch(index, kept[k], a.0, a.1).count }
                wholes.append(Double(Self.cpuNanoseconds() - start) / 1e3 / Double(docs.count))
                start = Self.cpuNanoseconds()
                for (k, a) in articles.enumerated() {
                    sink &+= MatchDocument(tokens: kept[k].tokens, titleCount: kept[k].titleCount, article: a.0, analysis: a.1).titleCount
                }
                builds.append(Double(Self.cpuNanoseconds() - start) / 1e3 / Double(docs.count))
            }
            if sink == -1 { print("") }  // keeps the work observable
            let pipeline = wholes.sorted()[passes / 2]
            let build = builds.sorted()[passes / 2]
            let total = 1e6 / median
            table.append(String(format: "%9d | %9.1f | %11.1f | %14.1f | %12.1f | %22.1f", n, presearch, max(0, total - presearch), total, build, pipeline))
            let whole = 1 / (1 / analysisRate + 1 / median)
            if first == nil { first = median; firstWhole = whole }
            print(String(format: "%13d | %33.0f | %7.2fx | %28.0f | %7.2fx | %20.1f | %18.1f | %15.1f", n, median, first! / median, whole,
                         firstWhole! / whole, presearch, Double(candidates) / Double(docs.count), Double(matched) / Double(docs.count)))
        }
        if args.contains("--by-shape"), let n = counts.last, fileQueries == nil {
            // Each generated shape (query i is shape i % 6) in an index of its own, at n / 6 queries.
            print("\nby shape, \(n / 6) queries each: shape | example | pipeline us | candidates | matches (per article)")
            for shape in 0..<6 {
                let subs = try stride(from: shape, to: n, by: 6).map { i in try Subscription(id: "s\(i)", query: query(i)) }
                let index = SubscriptionIndex(subs)
                var times: [Double] = []
                var candidates = 0
                var matched = 0
                for _ in 0..<passes {
                    let start = Self.cpuNanoseconds()
                    for (k, a) in articles.enumerated() { matched += Self.pipelineMatch(index, kept[k], a.0, a.1).count }
                    times.append(Double(Self.cpuNanoseconds() - start) / 1e3 / Double(docs.count))
                }
                for d in docs { candidates += index.candidates(d).count }
                print("\(shape) | \(subs[0].queryText) | " + String(format: "%.1f | %.1f | %.1f", times.sorted()[passes / 2],
                             Double(candidates) / Double(docs.count), Double(matched) / Double(passes * docs.count)))
            }
        }
        print("\nper article, us of thread CPU time (medians of \(passes) passes); load average \((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?")")
        print("subscriptions | presearch | verification | whole matching | MatchDocument | pipeline (tokens -> matches)")
        for line in table { print(line) }
        print("\nsubscriptions | index build, ms of thread CPU | index heap, MiB")
        for line in indexBuilds { print(line) }
    }

    /// What the pipeline does with an analysed article (``PipelineMatcher``).
    static func pipelineMatch(_ index: SubscriptionIndex, _ kept: (tokens: [Token], titleCount: Int), _ article: Article,
                              _ analysis: ArticleAnalysis) -> [Int32] {
        index.matchingIndices(tokens: kept.tokens, titleCount: kept.titleCount, article: article, analysis: analysis)
    }

    /// This thread's CPU time in nanoseconds: steadier than wall time on a shared machine.
    static func cpuNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}
