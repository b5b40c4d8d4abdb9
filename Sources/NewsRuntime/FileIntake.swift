import Foundation
import NewsCore
import NewsStore

/// Reads one file and decodes it into an ``IntakeItem``: the step shared by the daemon and
/// `newsd ingest`.
struct FileIntake {
    enum Prepared {
        case item(IntakeItem)
        /// Nothing to do now (vanished, or changed while read; an event or rescan brings it back).
        case skip
        /// Younger than the minimum age: look again at this wall-clock time.
        case notBefore(Double)
    }

    var maximumFileSize: Int64
    var minimumFileAge: Double = 0
    let decoder = ArticleDecoder()

    /// - Parameters:
    ///   - path: where the file is.
    ///   - name: what the journal calls it (relative to the inbox).
    ///   - recordIdentity: whether to record the inode identity for crash recovery (inbox files only).
    func prepare(path: String, name: String, recordIdentity: Bool) -> Prepared {
        switch SpoolFileSystem.read(path, limit: maximumFileSize) {
        case .vanished, .changing:
            return .skip
        case .refused(let error, let facts):
            return .item(IntakeItem(
                file: name, identity: recordIdentity ? facts?.identity(name: name) : nil,
                sha256: ContentHash.sha256Hex([]), result: .failure(error)))
        case .bytes(let bytes, let facts):
            if minimumFileAge > 0 {
                let ready = Double(facts.mtimeNanos) / 1e9 + minimumFileAge
                if ready > Date().timeIntervalSince1970 { return .notBefore(ready) }
            }
            let sha = ContentHash.sha256Hex(bytes)
            let result: Result<[Article], IntakeError>
            do {
                result = .success(try decoder.decode(bytes, fileName: (name as NSString).lastPathComponent))
            } catch {
                result = .failure(error)
            }
            return .item(IntakeItem(
                file: name, identity: recordIdentity ? facts.identity(name: name) : nil, sha256: sha, result: result))
        }
    }
}
