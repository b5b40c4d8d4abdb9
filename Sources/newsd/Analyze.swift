import ArgumentParser
import Foundation
import NewsCore
import NewsRuntime

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decode files as the daemon would and print what it finds, without storing anything.",
        discussion: "One JSON object per article with --json (a feed gives several). Files that are not articles are reported on stderr; the exit status is then 2.")

    @Argument(help: "Files to read.") var paths: [String]
    @Flag(help: "One JSON object per line.") var json = false
    @Option(help: "Refuse files larger than this many bytes.") var maxFileSize: Int64 = 16 << 20

    struct Output: Encodable {
        var file: String
        var item: Int
        var format: String
        var title: String
        var language: String?
        var published: String?
        var source: String?
        var url: String?
        var body: String
    }

    func run() throws {
        let decoder = ArticleDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var failed = 0
        for path in paths {
            let bytes: [UInt8]
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                guard data.count <= maxFileSize else {
                    throw IntakeError.tooLarge(size: Int64(data.count), limit: maxFileSize)
                }
                bytes = Array(data)
            } catch {
                writeStderr("newsd: \(path): \(error)\n")
                failed += 1
                continue
            }
            do {
                let articles = try decoder.decode(bytes, fileName: (path as NSString).lastPathComponent)
                for (i, a) in articles.enumerated() {
                    if json {
                        let out = Output(
                            file: path, item: i, format: a.format, title: a.title, language: a.language,
                            published: a.published.map(DateParser.format), source: a.source, url: a.url, body: a.body)
                        print(String(decoding: try encoder.encode(out), as: UTF8.self))
                    } else {
                        print("\(path)\(articles.count > 1 ? " #\(i + 1)" : "") [\(a.format)] \(a.headline)")
                    }
                }
            } catch {
                writeStderr("newsd: \(path): \(error)\n")
                failed += 1
            }
        }
        if failed > 0 { throw ExitCode(2) }
    }
}
