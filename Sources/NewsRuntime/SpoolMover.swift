import Foundation
import Logging
import NewsCore

/// Moves a file out of the inbox once its record is durable: to processed/YYYY/MM/DD (or
/// deleted) when it was stored, to failed/ with a report beside it when it was refused. It never
/// moves a file that changed since it was read (swap detection), and puts back a file that took
/// the name between that check and the rename.
struct SpoolMover {
    /// What became of one file.
    enum Outcome: Equatable {
        case moved
        /// The inbox entry is not the file that was read (replaced or rewritten): left in place.
        case changed
        /// It could not move (disk full, folder read-only): it stays in the inbox.
        case cannotMove(SpoolError)
    }

    let inbox: String
    let processedDirectory: String
    let failedDirectory: String
    let afterIngest: NewsdConfiguration.AfterIngest
    let logger: Logger

    init(_ config: NewsdConfiguration, logger: Logger) {
        inbox = config.inbox
        processedDirectory = config.processedDirectory
        failedDirectory = config.failedDirectory
        afterIngest = config.afterIngest
        self.logger = logger
    }

    /// Where an inbox file is, by the name it is recorded under.
    func inboxPath(_ name: String) -> RawPath { RawPath(directory: inbox, name: name) }

    /// processed/YYYY/MM/DD/[subfolder/]name, or deletion.
    func finish(_ item: IntakeItem, millis: Int64) -> Outcome {
        guard isUnchanged(item) else { return .changed }
        let source = inboxPath(item.file)
        do throws(SpoolError) {
            if afterIngest == .delete {
                if Syscalls.unlink(source) != 0 && errno != ENOENT {
                    throw SpoolError(path: item.file, errno: errno, action: "cannot delete")
                }
                return .moved
            }
            let day = Self.dayFolder(millis)
            let (subfolder, name) = Self.split(FileNames.display(item.file))
            let target = try SpoolFileSystem.move(source, into: processedDirectory + "/" + day + subfolder, name: name)
            restoreIfSwapped(item, movedTo: target)
            return .moved
        } catch {
            return .cannotMove(error)
        }
    }

    /// YYYY/MM/DD of a time in milliseconds since 1970, in UTC, as processed/ names its folders.
    static func dayFolder(_ millis: Int64) -> String {
        let (y, m, d) = DateParser.day(ofMillis: millis)
        if (0...9999).contains(y) {
            // Ten ASCII bytes from the numbers, without formatting the whole time.
            return String(unsafeUninitializedCapacity: 10) { out in
                func put(_ value: Int64, endingAt end: Int, width: Int) {
                    var v = value
                    for k in stride(from: end - 1, through: end - width, by: -1) {
                        out[k] = UInt8(ascii: "0") + UInt8(v % 10)
                        v /= 10
                    }
                }
                put(y, endingAt: 4, width: 4)
                out[4] = UInt8(ascii: "/")
                put(m, endingAt: 7, width: 2)
                out[7] = UInt8(ascii: "/")
                put(d, endingAt: 10, width: 2)
                return 10
            }
        }
        let date = DateParser.format(Date(timeIntervalSince1970: Double(millis) / 1000)).utf8.prefix(10)
        return String(decoding: date.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
    }

    /// failed/[subfolder/]name with name.error.json beside it; neither ever overwrites.
    func fail(_ item: IntakeItem, seq: Int64, code: String, reason: String, millis: Int64) -> Outcome {
        guard isUnchanged(item) else { return .changed }
        let (subfolder, name) = Self.split(FileNames.display(item.file))
        let folder = failedDirectory + subfolder
        do {
            try SpoolFileSystem.makeDirectories(folder)
            var n = 0
            while Syscalls.lstat(folder + "/" + SpoolFileSystem.numbered(name, n)) != nil
                || Syscalls.lstat(folder + "/" + SpoolFileSystem.reportName(for: SpoolFileSystem.numbered(name, n))) != nil
            {
                n += 1
            }
            let target = SpoolFileSystem.numbered(name, n)
            let report: [String: Any] = [
                "file": item.file, "error": code, "reason": reason, "sha256": item.sha256, "seq": seq,
                "time": DateParser.format(Date(timeIntervalSince1970: Double(millis) / 1000)),
            ]
            let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .prettyPrinted])
            try SpoolFileSystem.writeNew(folder + "/" + SpoolFileSystem.reportName(for: target), Array(json) + [0x0A])
            let movedTo = try SpoolFileSystem.move(inboxPath(item.file), into: folder, name: target)
            restoreIfSwapped(item, movedTo: movedTo)
            return .moved
        } catch let error as SpoolError {
            return .cannotMove(error)
        } catch {
            return .cannotMove(SpoolError(path: item.file, errno: EINVAL, action: "cannot write the report for (\(error))"))
        }
    }

    /// True when the inbox entry is still the very file that was read: same device, inode, size
    /// and modification time. (Refused entries without an identity count as unchanged.)
    func isUnchanged(_ item: IntakeItem) -> Bool {
        guard let identity = item.identity else { return true }
        guard let st = Syscalls.lstat(inboxPath(item.file)) else { return true }  // gone: nothing to lose
        return FileFacts(st).identity(name: item.file) == identity
    }

    /// Closes the window between the check and the rename: if another file took the name in
    /// between and was moved instead, it goes back to the inbox to be ingested on its own.
    private func restoreIfSwapped(_ item: IntakeItem, movedTo target: String) {
        guard let identity = item.identity, let st = Syscalls.lstat(target) else { return }
        let facts = FileFacts(st)
        // A copy across file systems has a new inode; only a rename can be checked this way.
        guard identity.hasPrefix("\(facts.device):"), facts.identity(name: item.file) != identity else { return }
        let (subfolder, name) = Self.split(item.file)
        do {
            try SpoolFileSystem.move(target, into: inbox + subfolder, name: name)
            logger.notice("\(item.file) was replaced while it was being moved; the new file went back to the inbox")
        } catch {
            logger.error("\(error); \(target) holds a file that was not ingested: move it back into the inbox")
        }
    }

    static func split(_ relative: String) -> (subfolder: String, name: String) {
        guard let slash = relative.lastIndex(of: "/") else { return ("", relative) }
        return ("/" + relative[..<slash], String(relative[relative.index(after: slash)...]))
    }
}
