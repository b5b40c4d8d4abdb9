import Foundation
import CShims
import Dispatch
import Glibc
import NewsCore
import NewsStoreSQLite

/// What the daemon's long-lived tables hold on the heap: malloc's bytes in use (mallinfo2) and
/// the resident set after each is built, then after the story linker learns a store's window
/// (as the daemon does at start). Built only with NEWSD_BENCH=1:
///
///     NEWSD_BENCH=1 swift run -c release NewsdBench memory [STORE] [CORPUS_DIR]
enum MemoryBenchmark {
    /// Bytes malloc has handed out and not had back (small chunks and mmapped ones).
    static func heapBytes() -> Int {
        newsd_heap_in_use()
    }

    /// CPU time of the calling thread (the steps run on it): steadier than wall time on a busy machine.
    static func threadCPUNanoseconds() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return t.tv_sec * 1_000_000_000 + t.tv_nsec
    }

    static func run(_ args: [String]) throws {
        var lastHeap = heapBytes()
        var lastRSS = StoryBenchmark.rssMiB()
        var lastTime = DispatchTime.now().uptimeNanoseconds
        var lastCPU = threadCPUNanoseconds()
        func step(_ name: String) {
            let heap = heapBytes()
            let rss = StoryBenchmark.rssMiB()
            let now = DispatchTime.now().uptimeNanoseconds
            let cpu = threadCPUNanoseconds()
            print(String(format: "%-52@ heap %+7.1f MiB (%6.1f)  RSS %+7.1f MiB (%6.1f)  %6.0f ms (CPU %6.0f ms)",
                         name as NSString, Double(heap - lastHeap) / 1_048_576, Double(heap) / 1_048_576, rss - lastRSS, rss,
                         Double(now - lastTime) / 1e6, Double(cpu - lastCPU) / 1e6))
            fflush(nil)
            lastHeap = heap
            lastRSS = rss
            lastTime = DispatchTime.now().uptimeNanoseconds
            lastCPU = threadCPUNanoseconds()
        }
        step("start")
        _ = Gazetteer.shared
        step("Gazetteer.shared")
        _ = Taxonomy.default
        step("Taxonomy.default")
        _ = TopicModel.shared
        step("TopicModel.shared")
        _ = TermWeights.shared
        step("TermWeights.shared")
        _ = NameContext.shared
        step("NameContext.shared")
        let analyzer = Analyzer()
        step("Analyzer()")
        let corpus = args.count > 1 ? args[1] : "../shared/corpus/bbc"
        var analysed = 0
        for article in Corpus.articles(in: corpus, limit: 200) {
            _ = analyzer.analyze(article)
            analysed += 1
        }
        step("\(analysed) articles analysed (lazy tables)")
        guard let path = args.first else { return }
        let store = try SQLiteArticleStore(path: path, readOnly: true)
        step("store opened")
        // The fingerprints alone, then the whole window: what the story keys cost.
        var fingerprintsOnly = StoryLinker.Configuration()
        fingerprintsOnly.stories = 0
        let bare = StoryLinker(configuration: fingerprintsOnly)
        try store.restore(bare)
        step("linker, fingerprints only (\(bare.count))")
        let linker = StoryLinker()
        try store.restore(linker)
        step("linker restored (\(linker.count) fingerprints, \(linker.cachedStoryArticles) keyed)")
        withExtendedLifetime((analyzer, store, bare, linker)) {}
    }
}
