import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Backfill: ingest files and folders into the store (SQLite or PostgreSQL), leaving them in place.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "Files or folders (walked recursively).")
    var paths: [String]

    func run() async throws {
        let config = try store.configuration()
        do {
            try FileManager.default.createDirectory(atPath: config.stateDirectory, withIntermediateDirectories: true)
        } catch {
            let code = (error as NSError).userInfo[NSUnderlyingErrorKey].flatMap { ($0 as? NSError)?.code } ?? 0
            throw failure(
                code == Int(EACCES) || code == Int(EPERM) ? .noPermission : .cannotCreate,
                "cannot create the state directory \(config.stateDirectory): \(error.localizedDescription); pass --state-dir or fix its permissions")
        }
        let analyzer = try store.analyzer(config)
        // The store links the articles into stories, starting from what it holds.
        let journal: any ArticleJournal
        if let postgres = try await store.openPostgres(config, readOnly: false, stories: config.linkerConfiguration) {
            journal = postgres
        } else {
            do { journal = try SQLiteStore(path: config.storePath, stories: config.linkerConfiguration) } catch {
                throw exitStatus(error, store: config.storePath)
            }
        }
        let paths = paths
        // Backfill blocks while each batch commits on the store's actor: a thread of its own,
        // never one of the cooperative pool's, waits.
        let summary = try await withCheckedThrowingContinuation { (done: CheckedContinuation<Backfill.Summary, any Error>) in
            Thread.named("newsd-backfill") {
                do { done.resume(returning: try Self.backfill(paths, into: journal, config: config, analyzer: analyzer)) } catch {
                    done.resume(throwing: error)
                }
            }.start()
        }
        for note in summary.notes {
            writeStderr("newsd: \(note.file): \(note.note)\n")
        }
        if summary.notesLeftOut > 0 { writeStderr("newsd: \(summary.notesLeftOut) more such notes left out\n") }
        for failure in summary.failed {
            writeStderr("newsd: \(failure.file): \(failure.reason)\n")
        }
        let rate = summary.seconds > 0 ? Int(Double(summary.files) / summary.seconds) : summary.files
        print("\(summary.files) files: \(summary.articles) articles stored, \(summary.duplicates) duplicates, \(summary.failed.count) failed (\(rate) files/s)")
        if !summary.failed.isEmpty { throw ExitCode(Sysexit.dataError.rawValue) }
    }

    /// Ingests the files under `paths` with a progress bar; exits 66 when a path cannot be
    /// walked, 74 when a batch cannot be committed.
    private static func backfill(_ paths: [String], into journal: any ArticleJournal, config: NewsdConfiguration, analyzer: Analyzer) throws -> Backfill.Summary {
        let backfill = Backfill(journal: journal, configuration: config, analyzer: analyzer)
        let files: [String]
        do {
            files = try backfill.files(under: paths)
        } catch {
            throw failure(.noInput, "\(error)")
        }
        let bar = ProgressBar(total: files.count, label: "ingest")
        defer { bar.finish() }
        do {
            return try backfill.run(files) { bar.update($0) }
        } catch {
            throw failure(.ioError, "\(error); nothing of the failed batch was stored, run the same command again")
        }
    }
}
