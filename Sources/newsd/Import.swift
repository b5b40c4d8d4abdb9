import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add the articles of a `newsd export` JSON lines file to this store, as new records of its chain.",
        discussion: """
            Each article is analysed again (with this store's topics) and linked into stories; its first intake time and \
            record hash are kept as provenance (origin_at, origin_hash) in its record. An article whose content is already \
            stored is skipped, so importing a file twice adds nothing. On SQLite, stop the daemon first; on PostgreSQL \
            the servers may keep running.
            """)

    @Argument(help: "The JSON lines file (`newsd export` wrote it).") var file: String
    @OptionGroup var store: StoreOptions

    static let batchSize = 256
    /// A longer line is refused (a file is at most max_file_size, 16 MiB by default; its JSON a little more).
    static let maximumLine = 64 << 20

    func run() async throws {
        let config = try store.configuration()
        guard let input = FileHandle(forReadingAtPath: file) else {
            writeStderr("newsd: import: cannot open \(file): \(String(cString: strerror(errno)))\n")
            throw ExitCode(errno == EACCES ? 77 : 66)  // EX_NOPERM, EX_NOINPUT
        }
        let (archive, lock) = try await store.openArchive(config, readOnly: false)
        defer { withExtendedLifetime(lock) {} }
        let analyzer = try store.analyzer(config)
        let now = nowMillis()
        var reader = LineReader(handle: input, maximumLine: Self.maximumLine)
        var batch: [ImportedArticle] = []
        var (lines, added, refused) = (0, 0, 0)
        func commit() async throws {
            added += try await archive.importArticles(batch, at: now).count
            batch.removeAll(keepingCapacity: true)
        }
        do {
            while let line = try reader.next() {
                lines += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                switch ExportFormat.imported(line) {
                case .failure(let error):
                    refused += 1
                    writeStderr("newsd: \(file):\(lines): \(error); line skipped\n")
                case .success(let parsed):
                    if let claimed = parsed.contentHash, claimed != ContentHash.hex(JournalRecord.contentHash(parsed.article)) {
                        refused += 1
                        writeStderr("newsd: \(file):\(lines): the article does not match its content_hash (edited after export?); line skipped\n")
                        continue
                    }
                    batch.append(.init(
                        article: parsed.article, analysis: analyzer.analyze(parsed.article).analysis, file: parsed.file,
                        fileSHA256: parsed.sha256, item: parsed.item, originAtMillis: parsed.atMillis, originHash: parsed.recordHash))
                    if batch.count >= Self.batchSize { try await commit() }
                }
            }
            try await commit()
        } catch let error as LineReader.ReadError {
            writeStderr("newsd: \(file):\(lines + 1): \(error.reason); \(added) articles were imported before it\n")
            throw ExitCode(65)  // EX_DATAERR
        } catch {
            writeStderr("newsd: \(config.storeDescription): the import stopped: \(error); \(added) articles were imported, run it again to add the rest\n")
            throw ExitCode((error as? StoreError)?.isTransient == true ? Sysexit.tryAgain.rawValue : Sysexit.ioError.rawValue)
        }
        let read = lines - refused
        print("imported \(added) articles from \(file) (\(read - added < 0 ? 0 : read - added) already stored, \(refused) refused)")
        if refused > 0 { throw ExitCode(65) }  // EX_DATAERR
    }
}

/// Lines of a file read in 64 KiB chunks, each at most `maximumLine` bytes.
struct LineReader {
    struct ReadError: Error { var reason: String }
    let handle: FileHandle
    let maximumLine: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(handle: FileHandle, maximumLine: Int) {
        self.handle = handle
        self.maximumLine = maximumLine
    }

    mutating func next() throws(ReadError) -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            if buffer.count - start > maximumLine { throw ReadError(reason: "a line longer than \(maximumLine) bytes") }
            buffer.removeFirst(start)
            start = 0
            do {
                let chunk = try handle.read(upToCount: 64 << 10) ?? Data()
                if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
            } catch {
                throw ReadError(reason: "cannot be read: \(error.localizedDescription)")
            }
        }
    }
}
