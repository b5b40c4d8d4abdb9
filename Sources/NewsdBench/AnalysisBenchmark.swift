import Foundation
import NewsCore

/// The analysis alone, for steady instruction counts under callgrind (`newsd analyze` runs on
/// Swift's async main, which valgrind 3.19 cannot run):
///
///     NewsdBench analysis CORPUS_DIR [--passes N]
///
/// Decodes every `.txt` file under the folder, analyses each article once to build the shared
/// tables, then `--passes` times more inside ``passes(_:over:with:)``, the one function to count:
/// `valgrind --tool=callgrind --toggle-collect='*AnalysisBenchmark*passes*' NewsdBench analysis DIR`.
enum AnalysisBenchmark {
    static func run(_ arguments: [String]) {
        var passes = 1
        if let i = arguments.firstIndex(of: "--passes"), i + 1 < arguments.count { passes = max(1, Int(arguments[i + 1]) ?? 1) }
        guard let dir = arguments.first(where: { !$0.hasPrefix("--") && Int($0) == nil }) else {
            print("usage: NewsdBench analysis CORPUS_DIR [--passes N]")
            return
        }
        let articles = Corpus.articles(in: dir)
        let analyzer = Analyzer()
        for a in articles { _ = analyzer.analyze(a) }
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        let start = Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        let checksum = Self.passes(passes, over: articles, with: analyzer)
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        let cpu = Double(t.tv_sec) + Double(t.tv_nsec) / 1e9 - start
        let count = articles.count * passes
        print("articles: \(articles.count), passes: \(passes), checksum: \(checksum), "
            + "us CPU/article: \(String(format: "%.1f", cpu / Double(max(count, 1)) * 1e6))")
    }

    /// The counted part: `passes` analyses of every article (the count of tags, so that none is left out).
    @inline(never)
    static func passes(_ passes: Int, over articles: [Article], with analyzer: Analyzer) -> Int {
        var checksum = 0
        for _ in 0..<passes {
            for a in articles {
                let r = analyzer.analyze(a).analysis
                checksum &+= r.countries.count + r.places.count + r.people.count + r.organizations.count + r.topics.count
            }
        }
        return checksum
    }
}
