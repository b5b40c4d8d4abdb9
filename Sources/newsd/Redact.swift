import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove one article's text and analysis (a takedown), keeping its record so the hash chain still verifies.",
        discussion: """
            The article's title, body, url and analysis go (from the full-text index too), and its processed/ file and those \
            of its duplicates; its alerts keep their row, titled \(SQLiteArticleStore.redactedTitle). The record and its content \
            hash stay: `newsd verify` shows the article as redacted, with the reason and time, and checks everything else.
            """)

    @Argument(help: "The article's sequence number (as `newsd list` shows it).") var seq: Int64
    @Option(help: "Why it is removed (kept in the store and shown by verify).") var reason: String
    @OptionGroup var store: StoreOptions

    func run() throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw ValidationError("--reason must say why the article is removed") }
        let config = try store.configuration()
        let articles = try store.openForRemoval(config)
        let outcome: RedactOutcome
        do {
            outcome = try articles.redact(seq: seq, reason: reason, at: nowMillis())
        } catch {
            writeStderr("newsd: \(config.storePath): cannot redact record \(seq): \(error); nothing was changed\n")
            throw ExitCode(74)  // EX_IOERR
        }
        switch outcome {
        case .notFound:
            writeStderr("newsd: \(config.storePath): there is no record \(seq) (pruned, or not yet stored?)\n")
            throw ExitCode(66)  // EX_NOINPUT
        case .notAnArticle(let kind):
            writeStderr("newsd: \(config.storePath): record \(seq) is a \(kind) record, not an article: it holds no text to redact\n")
            throw ExitCode(65)  // EX_DATAERR
        case .alreadyRedacted(let earlier, let at):
            print("record \(seq) was already redacted at \(formatMillis(at)) (\(earlier)): nothing to do")
        case .redacted(let files, let alerts):
            print("record \(seq) redacted: its text, analysis and full-text entry are removed; its record and content hash stay, so `newsd verify` still checks the chain")
            if config.afterIngest == .move {
                for file in files {
                    if let path = ProcessedFiles.remove(file, processedDirectory: config.processedDirectory) {
                        print("removed \(path)")
                    } else {
                        print("no file of record \(file.seq) (\(file.file)) in \(config.processedDirectory) to remove")
                    }
                }
            }
            if alerts > 0 { print("\(alerts) alert\(alerts == 1 ? "" : "s") now show it as \(SQLiteArticleStore.redactedTitle)") }
        }
    }
}
