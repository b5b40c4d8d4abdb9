import Foundation
import NewsCore

/// The articles the benchmarks run on: every `.txt` file under a folder (the BBC corpus), decoded
/// as the daemon decodes it; files that decode to nothing are skipped.
enum Corpus {
    static func articles(in directory: String, limit: Int = .max) -> [Article] {
        let decoder = ArticleDecoder()
        var out: [Article] = []
        let files = FileManager.default.enumerator(atPath: directory)
        while out.count < limit, let name = files?.nextObject() as? String {
            guard name.hasSuffix(".txt"), let data = FileManager.default.contents(atPath: directory + "/" + name),
                let article = try? decoder.decode(Array(data), fileName: name).first
            else { continue }
            out.append(article)
        }
        return out
    }
}
