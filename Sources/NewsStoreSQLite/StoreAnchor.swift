import Foundation
import NewsCore

/// The journal's head kept outside the database: `newsd.db.head` beside the store holds the
/// last committed sequence number and chain value, written and fsynced after every commit (by the
/// daemon's store on a thread of its own, ``AnchorSyncer``, so that an alert waits for the WAL's
/// fsync alone).
/// A database that lost its tail (a truncated WAL, a restored backup, a rolled-back file) is
/// behind its anchor, so the loss is seen at the next start and by `newsd verify`, and sequence
/// numbers are never given out twice; a rewritten journal no longer reaches the anchored chain.
///
/// Two 128-byte slots are written in turn, each with a counter and a checksum, so a write torn by
/// a crash leaves the other slot readable.
struct StoreAnchor: Equatable, Sendable {
    var seq: Int64
    var chain: [UInt8]

    static let slotSize = 128

    static func path(forStore store: String) -> String { store + ".head" }

    /// The newest valid slot, nil when the file is missing; throws when it exists but no slot is valid.
    static func read(path: String) throws(AnchorError) -> StoreAnchor? {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw AnchorError(path: path, reason: "cannot be read") }
            return nil
        }
        var best: (counter: UInt64, anchor: StoreAnchor)?
        for slot in 0..<2 {
            let start = slot * slotSize
            guard data.count >= start + slotSize else { continue }
            guard let line = String(bytes: data[start..<start + slotSize], encoding: .utf8)?
                .split(separator: "\n", maxSplits: 1).first
            else { continue }
            let f = line.split(separator: " ")
            guard f.count == 6, f[0] == "newsd-head", f[1] == "1", let counter = UInt64(f[2]), let seq = Int64(f[3]),
                let chain = ContentHash.bytes(hex: String(f[4])), String(f[5]) == checksum(f[0...4].joined(separator: " "))
            else { continue }
            if best.map({ counter > $0.counter }) ?? true { best = (counter, StoreAnchor(seq: seq, chain: chain)) }
        }
        guard let best else { throw AnchorError(path: path, reason: "holds no valid head (both slots damaged)") }
        return best.anchor
    }

    static func checksum(_ text: String) -> String { String(ContentHash.hex(ContentHash.sha256(Array(text.utf8))).prefix(16)) }

    /// Keeps the file open and writes each new head into the other slot, then fdatasync.
    final class Writer {
        let path: String
        private let fd: Int32
        private var counter: UInt64

        init(path: String) throws(AnchorError) {
            self.path = path
            fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
            guard fd >= 0 else { throw AnchorError(path: path, reason: "cannot be opened: \(String(cString: strerror(errno)))") }
            // Continue the counter of what is there, so the newest slot stays the newest.
            counter = 0
            var buffer = [UInt8](repeating: 0, count: 2 * StoreAnchor.slotSize)
            let n = pread(fd, &buffer, buffer.count, 0)
            if n > 0 {
                for slot in 0..<2 {
                    let line = String(decoding: buffer[(slot * StoreAnchor.slotSize)..<((slot + 1) * StoreAnchor.slotSize)], as: UTF8.self)
                    let f = line.split(separator: " ")
                    if f.count >= 3, let c = UInt64(f[2]) { counter = max(counter, c) }
                }
            }
        }

        deinit { close(fd) }

        func write(_ anchor: StoreAnchor) throws(AnchorError) {
            counter += 1
            let body = "newsd-head 1 \(counter) \(anchor.seq) \(ContentHash.hex(anchor.chain))"
            var line = Array("\(body) \(StoreAnchor.checksum(body))\n".utf8)
            line += [UInt8](repeating: 0x20, count: max(0, StoreAnchor.slotSize - line.count))
            let offset = off_t(Int(counter % 2) * StoreAnchor.slotSize)
            guard pwrite(fd, line, line.count, offset) == line.count, fdatasync(fd) == 0 else {
                throw AnchorError(path: path, reason: "cannot be written: \(String(cString: strerror(errno)))")
            }
        }
    }
}

struct AnchorError: Error, CustomStringConvertible, Sendable {
    var path: String
    var reason: String
    var description: String { "head anchor \(path) \(reason)" }
}
