#if DEBUG
import CSystemd
#endif
import Dispatch
import Foundation
import NewsCore
import NewsStoreSQLite

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

    /// A file with more than one link whose inode changed less than this long ago (seconds) is
    /// looked at again later: a mail-style drop links the file in, then removes its first name.
    static let linkSettleTime = 2.0

    var maximumFileSize: Int64
    var minimumFileAge: Double = 0
    /// Runs on each decoded article, on the decoding threads; nil stores articles unanalysed.
    var analyzer: Analyzer?
    var decoder = ArticleDecoder()
    /// The source of articles that name none (the inbox's `source:` in `inboxes:`).
    var defaultSource: String?
    /// Told of each file decoded, so the watchdog sees a long batch move.
    var progress: PipelineProgress?
    /// Matches each analysed article against the subscriptions (nil: the alert service matches
    /// what it reads back from the store).
    var matcher: PipelineMatcher?

    /// - Parameters:
    ///   - path: where the file is.
    ///   - name: what the journal calls it (relative to the inbox).
    ///   - recordIdentity: whether to record the inode identity for crash recovery (inbox files only).
    ///   - settle: a file changed less than this long ago (seconds) is looked at again later: one
    ///     a scan found, which may still be being written (no IN_CLOSE_WRITE said otherwise).
    func read(path: RawPath, name: String, recordIdentity: Bool, settle: Double = 0) -> Prepared {
        switch SpoolFileSystem.read(path, limit: maximumFileSize) {
        case .vanished, .changing:
            return .skip
        case .refused(let error, let facts, let sha256):
            // A file that could not be read (a FIFO, a device, EACCES, one over 1 GiB) has no
            // bytes to hash: its record carries the SHA-256 of none, as before.
            return .item(IntakeItem(
                file: name, identity: recordIdentity ? facts?.identity(name: name) : nil,
                sha256: sha256 ?? ContentHash.sha256Hex([]), result: .failure(error)))
        case .bytes(let bytes, let facts):
            if minimumFileAge > 0 || settle > 0 {
                let now = Date().timeIntervalSince1970
                let mtime = Double(facts.mtimeNanos) / 1e9
                if minimumFileAge > 0 && mtime + minimumFileAge > now { return .notBefore(mtime + minimumFileAge) }
                // Changed within the last `settle` seconds: maybe still being written. A time
                // further ahead of the clock (a writer's skewed clock, `rsync -t`) is no sign of
                // that, and must not hold the file until then.
                if settle > 0 && mtime > now - settle && mtime < now + settle { return .notBefore(min(mtime, now) + settle) }
            }
            // An inbox file must be newsd's alone: moving a hard link away leaves the data with
            // its other owner, and a later write there would change an article already stored.
            if recordIdentity && facts.links > 1 {
                let settled = facts.changeTime + Self.linkSettleTime
                if settled > Date().timeIntervalSince1970 { return .notBefore(settled) }
                return .item(IntakeItem(
                    file: name, identity: facts.identity(name: name), sha256: ContentHash.sha256Hex(bytes),
                    result: .failure(.hardLinked(links: facts.links))))
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
        let progress = self.progress
        let analysisTimer = IngestMetrics.analysisTimer
        let defaultSource = self.defaultSource
        let matcher = self.matcher
        let decodeOne = { @Sendable (raw: RawFile) -> IntakeItem in
            defer { progress?.advance() }
            #if DEBUG
            TestFaults.apply(to: raw.name)
            #endif
            let start = ContinuousClock.now
            defer { analysisTimer.record(duration: ContinuousClock.now - start) }
            let (decoded, notes) = DecodeNotes.collecting {
                Result { () throws(IntakeError) in
                    try decoder.decode(raw.bytes, fileName: FileNames.lastComponent(FileNames.display(raw.name)))
                }
            }
            var result = decoded
            if let defaultSource, case .success(let articles) = result, articles.contains(where: { $0.source == nil }) {
                result = .success(articles.map { a in
                    var a = a
                    if a.source == nil { a.source = defaultSource }
                    return a
                })
            }
            var analyses: [ArticleAnalysis] = []
            var matched: PipelineMatches?
            if let analyzer, case .success(let articles) = result {
                if let matcher {
                    let r = matcher.analyseAndMatch(articles, with: analyzer)
                    result = .success(r.articles)
                    analyses = r.analyses
                    matched = r.matched
                } else {
                    let analysed = articles.map { analyzer.analyze($0) }
                    result = .success(analysed.map(\.article))
                    analyses = analysed.map(\.analysis)
                }
            }
            var item = IntakeItem(file: raw.name, identity: raw.identity, sha256: ContentHash.sha256Hex(raw.bytes), result: result,
                                  analyses: analyses, notes: notes)
            item.matched = matched
            return item
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

/// A buffer handed to the decoding threads, each of which writes only its own slots: a
/// disjointness the compiler cannot see.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

#if DEBUG
/// Faults a test can inject into the daemon's decoding (debug builds only; a release build has
/// none of this): `NEWSD_TEST_CRASH_ON=MARK` aborts on a file whose name contains MARK, and
/// `NEWSD_TEST_STALL_ON=MARK:SECONDS` sleeps that long in it, as a decoder stuck in a loop would.
enum TestFaults {
    static let crashMarker = ProcessInfo.processInfo.environment["NEWSD_TEST_CRASH_ON"].flatMap { $0.isEmpty ? nil : $0 }
    static let stall: (marker: String, seconds: Double)? = {
        guard let spec = ProcessInfo.processInfo.environment["NEWSD_TEST_STALL_ON"],
            let colon = spec.lastIndex(of: ":"), let seconds = Double(spec[spec.index(after: colon)...])
        else { return nil }
        return (String(spec[..<colon]), seconds)
    }()

    static func apply(to name: String) {
        if let crashMarker, name.contains(crashMarker) { abort() }
        if let stall, name.contains(stall.marker) {
            _ = sd_notify(0, "X_NEWSD_TEST_STALL=\(name)")  // for the test to await; systemd ignores it
            Thread.sleep(forTimeInterval: stall.seconds)
        }
    }
}
#endif
