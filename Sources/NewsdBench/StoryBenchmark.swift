import Dispatch
import Foundation
import NewsCore

/// Story linking as the window fills: per-article link time over the first articles and after
/// up to 1,000,000 articles all within one story window. Articles are generated as analyses
/// (people, places, organisations, countries and key terms drawn from Zipf-like vocabularies,
/// grouped into events of 1 to 12 articles, 5% near-duplicates), so the linker alone is timed.
///
///     NEWSD_BENCH=1 swift run -c release NewsdBench stories [--articles 1000000] [--block 10000] [--copies 1114]
enum StoryBenchmark {
    /// An index in 0..<n, small ones far more often (Zipf-like, exponent about 1).
    static func zipf(_ n: Int, _ rng: inout SplitMix64) -> Int {
        let u = Double(rng.next() >> 11) / Double(1 << 53)
        return min(n - 1, Int(exp(u * log(Double(n)))) - 1)
    }

    static func threadCPUNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// This process's resident set, MiB (`/proc/self/statm`).
    static func rssMiB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? Double(fields[1]).map { $0 * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576 } ?? 0 : 0
    }

    static func run(_ args: [String]) {
        var total = 1_000_000
        var block = 10_000
        if let i = args.firstIndex(of: "--articles"), i + 1 < args.count { total = Int(args[i + 1]) ?? total }
        if let i = args.firstIndex(of: "--block"), i + 1 < args.count { block = Int(args[i + 1]) ?? block }
        // `--copies N`: after the first N articles, each is a copy of one of them with a few bits of
        // its fingerprint changed, as a backlog of a small corpus copied over and over is
        // (`bench_backlog.py`: 1,114 BBC articles, each with a line of its own).
        var copies = 0
        if let i = args.firstIndex(of: "--copies"), i + 1 < args.count { copies = Int(args[i + 1]) ?? 0 }
        var originals: [ArticleAnalysis] = []
        var rng = SplitMix64(seed: 42)
        let window: Int64 = 72 * 3_600_000
        let start: Int64 = 1_800_000_000_000
        let linker = StoryLinker()

        struct Event {
            var keys: [String]
            var lead: [String]
            var fingerprint: UInt64
            var left: Int
        }
        var event: Event?
        var times: [(done: Int, micros: Double)] = []
        var blockStart = DispatchTime.now().uptimeNanoseconds
        var linkNanos: UInt64 = 0
        var stories = Set<Int64>()
        // FNV-1a over every link (duplicate, story, merges): two linkers that decide alike print the same.
        var digest: UInt64 = 0xCBF2_9CE4_8422_2325
        print("articles  us/article (CPU)  stories  cached  RSS MiB  (all within one \(window / 3_600_000) h window)")
        func report(_ n: Int) {
            if (n + 1) % block == 0 {
                let micros = Double(linkNanos) / 1000 / Double(block)
                times.append((n + 1, micros))
                let wall = Double(DispatchTime.now().uptimeNanoseconds - blockStart) / 1e9
                print(String(format: "%8d  %16.2f  %7d  %6d  %7.1f  (block wall %.2f s, links %016llx)", n + 1, micros, stories.count,
                             linker.cachedStoryArticles, rssMiB(), wall, digest))
                fflush(nil)
                linkNanos = 0
                blockStart = DispatchTime.now().uptimeNanoseconds
            }
        }
        for n in 0..<total {
            var a: ArticleAnalysis
            if copies > 0, n >= copies {
                a = originals[n % copies]
                for _ in 0..<(1 + Int(rng.next() % 3)) { a.fingerprintValue ^= 1 << (rng.next() % 64) }
            } else {
                if event == nil || event!.left == 0 {
                    var keys: [String] = []
                    for _ in 0..<(1 + Int(rng.next() % 3)) { keys.append("p:person\(zipf(50_000, &rng))") }
                    for _ in 0..<(1 + Int(rng.next() % 3)) { keys.append("l:place\(zipf(20_000, &rng))") }
                    for _ in 0..<Int(rng.next() % 3) { keys.append("o:org\(zipf(10_000, &rng))") }
                    for _ in 0..<(1 + Int(rng.next() % 3)) { keys.append("c:C\(zipf(200, &rng))") }
                    for _ in 0..<8 { keys.append("t:term\(zipf(100_000, &rng))") }
                    event = Event(keys: keys, lead: Array(keys.prefix(4)), fingerprint: rng.next(), left: 1 + zipf(12, &rng))
                }
                event!.left -= 1
                a = ArticleAnalysis()
                // Each article of an event keeps most of its keys and adds a few of its own.
                a.keys = event!.keys.filter { _ in rng.next() % 10 < 8 } + (0..<3).map { _ in "t:term\(zipf(100_000, &rng))" }
                a.leadKeys = event!.lead.filter { a.keys.contains($0) }
                a.fingerprintValue = rng.next() % 20 == 0 ? event!.fingerprint ^ (1 << (rng.next() % 64)) : rng.next()
                if copies > 0 { originals.append(a) }
            }
            let at = start + Int64(rng.next() % UInt64(window))
            // CPU time of this thread, not wall time: steadier on a shared machine.
            let t0 = threadCPUNanos()
            let link = linker.link(seq: Int64(n + 1), atMillis: at, analysis: a)
            linker.commit()
            linkNanos += threadCPUNanos() - t0
            stories.insert(link.story)
            for v in [link.duplicateOf ?? -1, link.story] + link.merged { digest = (digest ^ UInt64(bitPattern: v)) &* 0x100_0000_01B3 }
            report(n)
        }
        guard let first = times.first, let last = times.last else { return }
        print(String(format: "first block %.2f us/article, last block %.2f us/article: %.2fx", first.micros, last.micros, last.micros / first.micros))
    }
}
