import ArgumentParser
import Dispatch
import Foundation
import NewsCore
import NewsRuntime

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole analysis on files, without storing them.",
        discussion: """
            One JSON object per article with --json (a feed gives several): the clean text, language, \
            countries, places, people, organisations, topics with their evidence, and the fingerprint. \
            Files that are not articles are reported on stderr; the exit status is then 65 (EX_DATAERR).
            """)

    @Argument(help: "Files or folders (walked recursively, in name order, skipping what the inbox skips; symbolic links are followed, FIFOs and devices refused).") var paths: [String]
    @Flag(help: "One JSON object per line.") var json = false
    @Flag(help: "Say why: the terms that fired each topic, and every top-level topic's score, fired or not (topic_ranking with --json).")
    var explain = false
    @Option(help: "Refuse files larger than this many bytes.") var maxFileSize: Int64 = 16 << 20
    @Flag(help: "Print only the time spent in the analysis itself (decoding and output left out), on stderr.")
    var timing = false
    @Flag(help: """
        With --timing: analyse the first article once more before the clock starts, so that the set-up done on first \
        use (lists built when first read, the first touch of the tables) is printed apart and left out of the figure.
        """)
    var warmUp = false
    @OptionGroup var store: StoreOptions

    func run() throws {
        let config = try store.configuration()
        let analyzer = try store.analyzer(config)
        let decoder = ArticleDecoder(maximumFeedItems: config.maximumFeedItems)
        var failed = 0
        var analysed = 0
        var seconds = 0.0
        // The thread's CPU time too: steadier than the wall clock on a busy machine.
        var cpuSeconds = 0.0
        // --warm-up: done once, before the first article is timed.
        var warmed = !warmUp
        defer {
            if timing {
                let perArticle = analysed > 0 ? cpuSeconds / Double(analysed) * 1e6 : 0
                writeStderr("analysed \(analysed) articles in \(String(format: "%.3f", seconds)) s: \(Int(Double(analysed) / max(seconds, 1e-9))) articles/s on one core; \(String(format: "%.3f", cpuSeconds)) s of CPU, \(String(format: "%.1f", perArticle)) us CPU/article\n")
            }
        }
        let files: [String]
        do {
            files = try InputFiles.list(paths, policy: config.namePolicy)
        } catch {
            writeStderr("newsd: \(error); check the path and its permissions\n")
            throw ExitCode(Sysexit.noInput.rawValue)
        }
        for path in files {
            let bytes: [UInt8]
            switch InputFiles.read(path, limit: maxFileSize, followSymlink: true) {
            case .success(let read): bytes = read
            case .failure(.unreadable(let errno, let message)) where errno != IntakeError.changedWhileRead:
                writeStderr("newsd: \(path): cannot read it: \(message); check the path and its permissions\n")
                failed += 1
                continue
            case .failure(.notRegularFile(let kind)):
                writeStderr("newsd: \(path): is a \(kind), not a regular file; name files or folders\n")
                failed += 1
                continue
            case .failure(let error):
                writeStderr("newsd: \(path): \(error)\n")
                failed += 1
                continue
            }
            do {
                let (articles, notes) = try DecodeNotes.collecting { () throws(IntakeError) in
                    try decoder.decode(bytes, fileName: (path as NSString).lastPathComponent)
                }
                for note in notes { writeStderr("newsd: \(path): \(note)\n") }
                for (i, raw) in articles.enumerated() {
                    if !warmed {
                        warmed = true
                        let cpuStart = Self.threadCPUSeconds()
                        _ = analyzer.analyze(raw)
                        if timing {
                            writeStderr("warm-up: the first article analysed once untimed, \(String(format: "%.1f", (Self.threadCPUSeconds() - cpuStart) * 1e3)) ms of CPU\n")
                        }
                    }
                    let start = DispatchTime.now().uptimeNanoseconds
                    let cpuStart = Self.threadCPUSeconds()
                    let (article, analysis) = analyzer.analyze(raw)
                    seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    cpuSeconds += Self.threadCPUSeconds() - cpuStart
                    analysed += 1
                    if timing && !json { continue }
                    if json {
                        var out = AnalysisOutput(file: path, item: i, article: article, analysis: analysis)
                        if explain { out.topicRanking = analyzer.topLevelRanking(article) }
                        print(out.jsonLine())
                    } else {
                        print("\(path)\(articles.count > 1 ? " #\(i + 1)" : "") [\(article.format), \(analysis.language ?? "?")] \(article.headline)")
                        print("  countries: \(analysis.countries.joined(separator: ", "))")
                        print("  places: \(analysis.places.joined(separator: ", "))")
                        print("  people: \(analysis.people.joined(separator: ", "))")
                        print("  organizations: \(analysis.organizations.joined(separator: ", "))")
                        print("  topics: " + analysis.topics.map { "\($0.id) \($0.score)" }.joined(separator: ", "))
                        if explain { print(Self.explanation(analysis, ranking: analyzer.topLevelRanking(article))) }
                    }
                }
            } catch {
                writeStderr("newsd: \(path): \(error)\n")
                failed += 1
            }
        }
        if failed > 0 { throw ExitCode(Sysexit.dataError.rawValue) }
    }

    /// CPU time of the calling thread.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// The text form of `--explain`: each topic with the terms that fired it, then the
    /// top-level ranking (0.5 is the threshold).
    static func explanation(_ analysis: ArticleAnalysis, ranking: [TopicScore]) -> String {
        var lines: [String] = []
        for t in analysis.topics {
            lines.append("    \(t.id) \(t.score): \(t.evidence.isEmpty ? "(from its subtopic)" : t.evidence.joined(separator: ", "))")
        }
        lines.append("  top-level ranking (fires at 0.5):")
        for t in ranking.prefix(8) where t.score > 0 || t.id == ranking.first?.id {
            let terms = t.evidence.prefix(6).joined(separator: ", ")
            lines.append("    \(t.score >= 0.5 ? "*" : " ") \(t.id) \(t.score)\(terms.isEmpty ? "" : ": \(terms)")")
        }
        return lines.joined(separator: "\n")
    }

}
