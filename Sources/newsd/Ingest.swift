import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Backfill: ingest files and folders into the store, leaving them in place.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "Files or folders (walked recursively).")
    var paths: [String]

    func run() throws {
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
        let backfill: Backfill
        do {
            // The store links the articles into stories, starting from what it holds.
            let journal = try SQLiteStore(path: config.storePath, stories: config.linkerConfiguration)
            backfill = Backfill(
                journal: journal, configuration: config, analyzer: analyzer)
        } catch {
            throw exitStatus(error, store: config.storePath)
        }
        let files: [String]
        do {
            files = try backfill.files(under: paths)
        } catch {
            throw failure(.noInput, "\(error)")
        }
        let bar = ProgressBar(total: files.count, label: "ingest")
        let summary: Backfill.Summary
        do {
            summary = try backfill.run(files) { bar.update($0) }
        } catch {
            bar.finish()
            throw failure(.ioError, "\(error); nothing of the failed batch was stored, run the same command again")
        }
        bar.finish()
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
}
