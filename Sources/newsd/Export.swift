import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime

struct Export: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    static let configuration = CommandConfiguration(
        abstract: "Write the stored articles with their tags to standard output, oldest first (JSON lines or CSV).",
        discussion: """
            Read page by page, so memory stays flat however large the store. JSON lines carry what `newsd import` needs: \
            the article, its intake time, file, hashes and tags. Redacted and pruned articles are not exported.
            """)

    @Option(help: "Only articles ingested since TIME: 2026-11-24, 2026-11-24T10:00:00Z, or 30m, 24h, 7d ago.")
    var since: String?
    @Option(help: "jsonl (one JSON object a line) or csv (RFC 4180, with a header).") var format: Format = .jsonl
    @OptionGroup var store: StoreOptions

    static let pageSize = 500

    func run() async throws {
        var sinceMillis: Int64 = 0
        if let since {
            guard let millis = ArticleOutput.parseSince(since) else {
                throw ValidationError("--since \(since): expected a date (2026-11-24), a time (2026-11-24T10:00:00Z) or a span (30m, 24h, 7d)")
            }
            sinceMillis = millis
        }
        let config = try store.configuration()
        let (archive, _) = try await store.openArchive(config, readOnly: true)
        var out = BufferedOutput()
        var count = 0
        do {
            let bar = ProgressBar(total: Int(try await archive.exportCount(sinceMillis: sinceMillis)), label: "export")
            if format == .csv { out.write(ExportFormat.csvHeader) }
            var after: Int64 = 0
            while true {
                let page = try await archive.exportPage(afterSeq: after, sinceMillis: sinceMillis, limit: Self.pageSize)
                guard let last = page.last else { break }
                for article in page {
                    out.write(format == .csv ? ExportFormat.csv(article) : ExportFormat.jsonLine(article))
                }
                try out.flush()
                count += page.count
                bar.update(count)
                after = last.stored.seq
            }
            try out.flush(force: true)
            bar.finish()
        } catch let error as BufferedOutput.WriteError {
            writeStderr("newsd: export: cannot write to standard output: \(error.reason)\n")
            throw ExitCode(74)  // EX_IOERR
        } catch {
            writeStderr("newsd: \(config.storeDescription): the export stopped after \(count) articles: \(error)\n")
            throw ExitCode((error as? StoreError)?.isTransient == true ? Sysexit.tryAgain.rawValue : Sysexit.ioError.rawValue)
        }
        writeStderr("newsd: exported \(count) articles\n")
    }
}

/// Standard output written in 64 KiB chunks.
struct BufferedOutput {
    struct WriteError: Error { var reason: String }
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
    }

    mutating func flush(force: Bool = false) throws(WriteError) {
        guard force || buffer.count >= 64 << 10 else { return }
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(1, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteError(reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
