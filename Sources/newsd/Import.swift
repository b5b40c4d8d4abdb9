import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime
import NewsStoreSQLite

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add the articles of a `newsd export` JSON lines file to this store, as new records of its chain.",
        discussion: """
            Each article is analysed again (with this store's topics) and linked into stories; its first intake time and \
            record hash are kept as provenance (origin_at, origin_hash) in its record. An article whose content is already \
            stored is skipped, so importing a file twice adds nothing. Stop the daemon first.
            """)

    @Argument(help: "The JSON lines file (`newsd export` wrote it).") var file: String
    @OptionGroup var store: StoreOptions

    static let batchSize = 256
    /// A longer line is refused (a file is at most max_file_size, 16 MiB by default; its JSON a little more).
    static let maximumLine = 64 << 20

    func run() throws {
        let config = try store.configuration()
        guard let input = FileHandle(forReadingAtPath: file) else {
            writeStderr("newsd: import: cannot open \(file): \(String(cString: strerror(errno)))\n")
            throw ExitCode(errno == EACCES ? 77 : 66)  // EX_NOPERM, EX_NOINPUT
        }
        do { try FileManager.default.createDirectory(atPath: config.stateDirectory, withIntermediateDirectories: true) } catch {
            writeStderr("newsd: import: cannot create \(config.stateDirectory): \(error.localizedDescription)\n")
            throw ExitCode(73)  // EX_CANTCREAT
        }
        let lock: InstanceLock
        do { lock = try InstanceLock(directory: config.stateDirectory) } catch {
            writeStderr("newsd: \(error)\n")
            throw ExitCode(75)  // EX_TEMPFAIL: the daemon holds the store
        }
        defer { withExtendedLifetime(lock) {} }
        let articles: SQLiteArticleStore
        let linker = StoryLinker(configuration: config.linkerConfiguration)
        do {
            articles = try SQLiteArticleStore(path: config.storePath)
            try articles.restore(linker)
        } catch {
            writeStderr("newsd: \(config.storePath): \(error)\n")
            throw ExitCode(74)  // EX_IOERR
        }
        let analyzer = try store.analyzer(config)
        let now = nowMillis()
        var reader = LineReader(handle: input, maximumLine: Self.maximumLine)
        var batch: [SQLiteArticleStore.ImportedArticle] = []
        var (lines, added, refused) = (0, 0, 0)
        func commit() throws {
            added += try articles.importArticles(batch, at: now, linker: linker).count
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
                    if batch.count >= Self.batchSize { try commit() }
                }
            }
            try commit()
        } catch let error as LineReader.ReadError {
            writeStderr("newsd: \(file):\(lines + 1): \(error.reason); \(added) articles were imported before it\n")
            throw ExitCode(65)  // EX_DATAERR
        } catch {
            writeStderr("newsd: \(config.storePath): the import stopped: \(error); \(added) articles were imported, run it again to add the rest\n")
            throw ExitCode(74)  // EX_IOERR
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
