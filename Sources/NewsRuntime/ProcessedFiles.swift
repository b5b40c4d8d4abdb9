import Foundation
import NewsCore
import NewsStoreSQLite

/// The files of stored records in processed/, where ``SpoolMover`` put them:
/// processed/YYYY/MM/DD/[subfolder/]name, the day of the record's intake (UTC), the name numbered
/// (`name-1.txt`) when it was taken that day. `newsd redact` and `newsd prune` remove them.
public enum ProcessedFiles {
    /// Numbered names tried beyond the plain one: a day with more copies of one name than this
    /// keeps the rest (bounded, so a prune never walks an unbounded list per record).
    static let maximumNumbered = 32

    /// Removes the processed/ file of `record` when it is there and still holds the recorded bytes
    /// (a file of the same name but other bytes is another record's). Returns the path removed.
    @discardableResult
    public static func remove(_ record: JournalFile, processedDirectory: String) -> String? {
        let day = DateParser.format(Date(timeIntervalSince1970: Double(record.atMillis) / 1000)).prefix(10)
            .replacingOccurrences(of: "-", with: "/")
        let (subfolder, name) = SpoolMover.split(FileNames.display(record.file))
        let folder = processedDirectory + "/" + day + subfolder
        for n in 0...maximumNumbered {
            let path = folder + "/" + SpoolFileSystem.numbered(name, n)
            guard let data = FileManager.default.contents(atPath: path) else {
                if n > 0 { break }  // numbered names are taken in order
                continue
            }
            if ContentHash.sha256Hex(Array(data)) == record.fileSHA256, unlink(path) == 0 { return path }
        }
        return nil
    }
}
