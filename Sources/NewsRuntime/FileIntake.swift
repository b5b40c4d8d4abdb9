import Dispatch
import Foundation
import NewsCore
import NewsStore

/// Reads files and decodes them into ``IntakeItem``s: the steps shared by the daemon and
/// `newsd ingest`. Reading is sequential (it is I/O); hashing and decoding a batch is spread
/// over the cores by ``decode(_:)``.
struct FileIntake: Sendable {
    enum Prepared {
        /// Read; waiting for ``FileIntake/decode(_:)``.
        case read(RawFile)
        /// Refused before decoding (not a regular file, too large, unreadable).
        case item(IntakeItem)
        /// Nothing to do now (vanished, or changed while read; an event or rescan brings it back).
        case skip
        /// Younger than the minimum age: look again at this wall-clock time.
        case notBefore(Double)
    }

    struct RawFile: Sendable {
        var name: String
        var identity: String?
        var bytes: [UInt8]
    }

    var maximumFileSize: Int64
    var minimumFileAge: Double = 0
    /// Runs on each decoded article, on the decoding threads; nil stores articles unanalysed.
    var analyzer: Analyzer?
    let decoder = ArticleDecoder()

    /// - Parameters:
    ///   - path: where the file is.
    ///   - name: what the journal calls it (relative to the inbox).
    ///   - recordIdentity: whether to record the inode identity for crash recovery (inbox files only).
    func read(path: String, name: String, recordIdentity: Bool) -> Prepared {
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
            return .read(RawFile(name: name, identity: recordIdentity ? facts.identity(name: name) : nil, bytes: bytes))
        }
    }

    /// Hashes and decodes, in order; several files at once on several cores.
    func decode(_ prepared: [Prepared]) -> [IntakeItem] {
        var slots = [IntakeItem?](repeating: nil, count: prepared.count)
        var work: [(slot: Int, raw: RawFile)] = []
        for (index, p) in prepared.enumerated() {
            switch p {
            case .read(let raw): work.append((index, raw))
            case .item(let item): slots[index] = item
            case .skip, .notBefore: break
            }
        }
        let decodeOne = { @Sendable (raw: RawFile) -> IntakeItem in
            var result = Result { () throws(IntakeError) in
                try decoder.decode(raw.bytes, fileName: (raw.name as NSString).lastPathComponent)
            }
            var analyses: [ArticleAnalysis] = []
            if let analyzer, case .success(let articles) = result {
                let analysed = articles.map { analyzer.analyze($0) }
                result = .success(analysed.map(\.article))
                analyses = analysed.map(\.analysis)
            }
            return IntakeItem(file: raw.name, identity: raw.identity, sha256: ContentHash.sha256Hex(raw.bytes), result: result,
                              analyses: analyses)
        }
        if work.count < 2 {
            for (slot, raw) in work { slots[slot] = decodeOne(raw) }
        } else {
            // Each iteration writes its own slot, and no other: the threads share no element.
            let work = work
            slots.withUnsafeMutableBufferPointer { buffer in
                let shared = UncheckedSendable(buffer)
                DispatchQueue.concurrentPerform(iterations: work.count) { i in
                    shared.value[work[i].slot] = decodeOne(work[i].raw)
                }
            }
        }
        return slots.compactMap { $0 }
    }
}
