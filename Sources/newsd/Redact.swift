import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime

struct Redact: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove one article's text and analysis (a takedown), keeping its record so the hash chain still verifies.",
        discussion: """
            The article's title, body, url and analysis go (from the full-text index too), and its processed/ file and those \
            of its duplicates; its alerts keep their row, titled \(RedactOutcome.redactedTitle). The record and its content \
            hash stay: `newsd verify` shows the article as redacted, with the reason and time, and checks everything else.
            """)

    @Argument(help: "The article's sequence number (as `newsd list` shows it).") var seq: Int64
    @Option(help: "Why it is removed (kept in the store and shown by verify).") var reason: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw ValidationError("--reason must say why the article is removed") }
        let config = try store.configuration()
        let articles = try await store.openForRemoval(config)
        let outcome: RedactOutcome
        do {
            outcome = try await articles.redact(seq: seq, reason: reason, at: nowMillis())
        } catch {
            writeStderr("newsd: \(config.storeDescription): cannot redact record \(seq): \(error); nothing was changed\n")
            throw ExitCode(error.kind == .transient ? 75 : 74)  // EX_TEMPFAIL, EX_IOERR
        }
        switch outcome {
        case .notFound:
            writeStderr("newsd: \(config.storeDescription): there is no record \(seq) (pruned, or not yet stored?)\n")
            throw ExitCode(66)  // EX_NOINPUT
        case .notAnArticle(let kind):
            writeStderr("newsd: \(config.storeDescription): record \(seq) is a \(kind) record, not an article: it holds no text to redact\n")
            throw ExitCode(65)  // EX_DATAERR
        case .alreadyRedacted(let earlier, let at, let files):
            print("record \(seq) was already redacted at \(formatMillis(at)) (\(earlier)): nothing to do in the store")
            // A first run killed before it removed the files, or another server's files: removed now.
            if config.afterIngest == .move { removeFiles(files, config: config, localServer: articles.localServer, reportMissing: false) }
        case .redacted(let files, let alerts):
            print("record \(seq) redacted: its text, analysis and full-text entry are removed; its record and content hash stay, so `newsd verify` still checks the chain")
            if config.afterIngest == .move { removeFiles(files, config: config, localServer: articles.localServer, reportMissing: true) }
            if alerts > 0 { print("\(alerts) alert\(alerts == 1 ? "" : "s") now show it as \(RedactOutcome.redactedTitle)") }
        }
    }

    /// Removes the processed/ files of the redacted article's records that this server took in.
    private func removeFiles(_ files: [JournalFile], config: NewsdConfiguration, localServer: String?, reportMissing: Bool) {
        for file in files {
            if let server = file.server, server != localServer {
                print("record \(file.seq) (\(file.file)) was taken in by server \(server): run this command there to remove its processed/ file")
            } else if let path = ProcessedFiles.remove(file, processedDirectory: config.processedDirectory) {
                print("removed \(path)")
            } else if reportMissing {
                print("no file of record \(file.seq) (\(file.file)) in \(config.processedDirectory) to remove")
            }
        }
    }
}
