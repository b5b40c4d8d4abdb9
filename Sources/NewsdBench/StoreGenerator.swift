import Dispatch
import Foundation
import NewsCore
import NewsStoreSQLite

/// Writes a store of N articles quickly, for start-up and memory measurements on a large store
/// (`scripts/bench_startup.py`): the BBC articles, each decoded and analysed once, then stored
/// over and over as numbered copies through the real commit (journal, hash chain, full-text
/// index, analysis, the story linker), in groups of 2,048. Arrival times are spread evenly over
/// `--days`, so the story window holds what a daemon taking that many articles a day would hold.
///
///     NEWSD_BENCH=1 swift run -c release NewsdBench store PATH --articles 1000000 [--days 100] [CORPUS_DIR]
enum StoreGenerator {
    static func run(_ args: [String]) throws {
        var total = 1_000_000
        var days = 100.0
        var rest = args
        if let i = rest.firstIndex(of: "--articles"), i + 1 < rest.count {
            total = Int(rest[i + 1]) ?? total
            rest.removeSubrange(i...i + 1)
        }
        if let i = rest.firstIndex(of: "--days"), i + 1 < rest.count {
            days = Double(rest[i + 1]) ?? days
            rest.removeSubrange(i...i + 1)
        }
        guard let path = rest.first else {
            FileHandle.standardError.write(Data("usage: NewsdBench store PATH [--articles N] [--days D] [CORPUS_DIR]\n".utf8))
            exit(64)
        }
        let corpus = rest.count > 1 ? rest[1] : "../shared/corpus/bbc"
        let analyzer = Analyzer()
        let sources = Corpus.articles(in: corpus).map { analyzer.analyze($0) }
        guard !sources.isEmpty else {
            FileHandle.standardError.write(Data("no .txt articles under \(corpus); give the BBC corpus folder\n".utf8))
            exit(66)
        }
        let store = try SQLiteArticleStore(path: path)
        let linker = StoryLinker()
        let start: Int64 = 1_780_000_000_000
        let step = Int64(days * 86_400_000) / Int64(max(total, 1))
        let began = DispatchTime.now().uptimeNanoseconds
        var n = 0
        while n < total {
            var items: [IntakeItem] = []
            let count = min(2048, total - n)
            for k in 0..<count {
                let (source, analysis) = sources[(n + k) % sources.count]
                var article = source
                article.body += "\n(copy \(n + k))\n"
                let sha = ContentHash.sha256Hex(Array("\(n + k)\n\(article.title)".utf8))
                items.append(IntakeItem(
                    file: "g\(n + k).txt", identity: nil, sha256: sha, result: .success([article]), analyses: [analysis]))
            }
            _ = try store.commit(items, at: start + Int64(n) * step, linker: linker)
            n += count
            if n % 50_000 < 2048 || n == total {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
                print(String(format: "%8d articles  %.0f s  %.0f articles/s", n, seconds, Double(n) / seconds))
                fflush(nil)
            }
        }
    }
}
